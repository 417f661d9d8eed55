#pragma once

#include "profiles/customerprofile.h"

#include <QAbstractTableModel>

/**
 * The orders of one customer profile (a few hundred rows at most), newest
 * first: date, order id, type, lines, items and net total.
 */
class OrderHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, OrderColumn, TypeColumn, LinesColumn, ItemsColumn, TotalColumn, ColumnCount };

    explicit OrderHistoryModel(QObject *parent = nullptr);

    void setOrders(const QList<CustomerProfile::Order> &orders);
    const QList<CustomerProfile::Order> &orders() const { return m_orders; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerProfile::Order> m_orders;
};
