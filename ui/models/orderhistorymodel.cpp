#include "orderhistorymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

OrderHistoryModel::OrderHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderHistoryModel::setOrders(const QList<CustomerProfile::Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size() || index.column() >= ColumnCount)
        return {};
    const CustomerProfile::Order &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return CustomerProfile::dateOf(order.orderedAt).toString(Qt::ISODate);
        case OrderColumn: return order.orderId;
        case TypeColumn: return order.isReturn ? tr("Return") : tr("Purchase");
        case LinesColumn: return QLocale().toString(order.lines);
        case ItemsColumn: return QLocale().toString(order.items, 'g', 12);
        case TotalColumn: return QLocale().toString(order.total, 'f', 2);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Order %1 on %2").arg(order.orderId,
                                        QLocale().toString(CustomerProfile::dateOf(order.orderedAt),
                                                           QLocale::LongFormat));
    case Qt::TextAlignmentRole:
        if (index.column() >= LinesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (order.isReturn && (index.column() == TypeColumn || index.column() == TotalColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= LinesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case OrderColumn: return tr("Order");
    case TypeColumn: return tr("Type");
    case LinesColumn: return tr("Lines");
    case ItemsColumn: return tr("Items");
    case TotalColumn: return tr("Total");
    }
    return {};
}
