#pragma once

#include "models/querytablemodel.h"
#include "profiles/customerlistquery.h"

/**
 * The customer list of the Customers page: a QueryTableModel over
 * CustomerListQuery with formatted dates and amounts, filtered and sorted in
 * SQL, loading 200-row chunks in the background.
 */
class CustomerTableModel : public QueryTableModel
{
    Q_OBJECT
public:
    explicit CustomerTableModel(QObject *parent = nullptr);

    /** Lists the customers of @p projectPath matching @p search, keeping the current sort. */
    void setProject(const QString &projectPath, const QString &search);
    /** Changes the search of the current project, keeping the current sort. */
    void setSearch(const QString &search);
    QString search() const { return m_search; }
    /** Keeps only the members of saved segment @p segment (empty = every customer). */
    void setSegment(const QString &segment);
    QString segment() const { return m_segment; }

    /** Row id of the customer in @p row; 0 while the row is not loaded. */
    qint64 customerId(int row) const;
    /** Key of the customer in @p row; empty while the row is not loaded. */
    QString customerKey(int row) const;

    /** Adds Qt::InitialSortOrderRole: numbers and dates sort highest first on the first click. */
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Sorts in SQL; the sort is kept across searches, reloads and projects. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString m_projectPath;
    QString m_search;
    QString m_segment;
    int m_sortColumn = -1;
    bool m_descending = false;
};
