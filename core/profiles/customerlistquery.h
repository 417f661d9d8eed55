#pragma once

#include "project/rowsource.h"

#include <QCoreApplication>
#include <QString>

class Database;

/**
 * The customer list of the Customers page as a RowQuery: one row per customer
 * with the columns of Column, filtered by a search text in SQL.
 *
 * Each row carries one extra value after the visible columns: the customer's
 * row id (index IdValue). Pure functions; safe on any thread.
 */
class CustomerListQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListQuery)
public:
    /** Visible columns, in order. */
    enum Column {
        KeyColumn,
        NameColumn,
        EmailColumn,
        CountryColumn,
        OrdersColumn,
        RevenueColumn,
        FirstPurchaseColumn, ///< epoch seconds (first order line, returns included)
        LastPurchaseColumn,  ///< epoch seconds (last order line, returns included)
        ColumnCount
    };
    /** Index of the customer's row id in each row's values. */
    static constexpr int IdValue = ColumnCount;

    /**
     * The list filtered by @p search: customers whose key, name, email or
     * country contains the text (case-insensitive for ASCII, as SQLite's LIKE).
     * An empty or blank search lists everyone. The search is bound as a
     * parameter with % and _ escaped, never pasted into the SQL. Sorting is on
     * no column; the tie-breaker (row id) gives the import order. A non-empty
     * @p segment keeps only that saved segment's members.
     */
    static RowQuery build(const QString &search, const QString &segment = QString());

    /** Escapes \, % and _ of @p text for `LIKE ? ESCAPE '\'`. */
    static QString escapeLike(const QString &text);

    /** All customers of the project; -1 (and a translated @p error) when the query fails. */
    static qint64 countAll(Database &db, QString *error);

    /**
     * True when at least one customer has a non-empty value in @p column
     * (NameColumn or EmailColumn; other columns return true). Lets the list
     * hide columns a data set never fills. Stops at the first value found.
     */
    static bool hasValues(Database &db, Column column);
};
