#pragma once

#include "project/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * A parameterized SELECT that table views page through. @p select has no
 * ORDER BY/LIMIT; @p orderBy lists one SQL expression per visible column (the
 * order the user can sort by). User values go in @p params, never in the text.
 */
struct RowQuery
{
    QString select;               ///< e.g. "SELECT key, name FROM customers WHERE name LIKE ?"
    QVariantList params;
    QStringList orderBy;          ///< per column: SQL expression to sort by ("" = not sortable)
    int sortColumn = -1;
    bool descending = false;
    QString tieBreaker;           ///< expression appended to ORDER BY for a stable order (e.g. "id")

    /** The full statement for one page of rows. */
    QString pageSql() const;
    QString countSql() const;
};

/**
 * Reads pages of rows from a project for table models. Owns its own
 * connection: create, open and use it on one thread (the model's loader thread).
 */
class RowSource
{
    Q_DECLARE_TR_FUNCTIONS(RowSource)
public:
    bool open(const QString &projectPath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    /** Rows the query returns; -1 on error. */
    qint64 count(const RowQuery &query);
    /** Up to @p limit rows starting at @p offset, each as one value per column. */
    QList<QVariantList> fetch(const RowQuery &query, qint64 offset, int limit, QString *error);

private:
    Database m_db;
};
