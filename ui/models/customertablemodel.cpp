#include "customertablemodel.h"

#include "profiles/customerprofile.h"

#include <QLocale>

namespace {

QString formatDay(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    return CustomerProfile::dateOf(value.toLongLong()).toString(Qt::ISODate);
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QueryTableModel(parent)
{
    setHeaders({tr("Customer"), tr("Name"), tr("Email"), tr("Country"), tr("Orders"), tr("Revenue"),
                tr("First seen"), tr("Last seen")});
    setFormatter(CustomerListQuery::OrdersColumn,
                 [](const QVariant &value) { return QLocale().toString(value.toLongLong()); });
    setFormatter(CustomerListQuery::RevenueColumn,
                 [](const QVariant &value) { return QLocale().toString(value.toDouble(), 'f', 2); });
    setFormatter(CustomerListQuery::FirstPurchaseColumn, formatDay);
    setFormatter(CustomerListQuery::LastPurchaseColumn, formatDay);
}

void CustomerTableModel::setProject(const QString &projectPath, const QString &search)
{
    m_projectPath = projectPath;
    m_search = search.trimmed();
    RowQuery next = CustomerListQuery::build(m_search, m_segment);
    next.sortColumn = m_sortColumn;
    next.descending = m_descending;
    if (m_projectPath.isEmpty())
        clear();
    else
        setQuery(m_projectPath, next);
}

void CustomerTableModel::setSearch(const QString &search)
{
    setProject(m_projectPath, search);
}

void CustomerTableModel::setSegment(const QString &segment)
{
    m_segment = segment;
    setProject(m_projectPath, m_search);
}

qint64 CustomerTableModel::customerId(int row) const
{
    return rowValues(row).value(CustomerListQuery::IdValue).toLongLong();
}

QString CustomerTableModel::customerKey(int row) const
{
    return rowValues(row).value(CustomerListQuery::KeyColumn).toString();
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return section >= CustomerListQuery::OrdersColumn ? int(Qt::DescendingOrder) : int(Qt::AscendingOrder);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section >= CustomerListQuery::OrdersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QueryTableModel::headerData(section, orientation, role);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CustomerListQuery::ColumnCount)
        return;
    m_sortColumn = column;
    m_descending = order == Qt::DescendingOrder;
    QueryTableModel::sort(column, order);
}
