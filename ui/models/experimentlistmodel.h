#pragma once

#include "experiments/experimentstore.h"

#include <QAbstractTableModel>

/** The project's experiments (a few dozen at most): name, arms, customers, created. */
class ExperimentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ArmsColumn, CustomersColumn, CreatedColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setExperiments(const QVector<ExperimentInfo> &experiments);
    const ExperimentInfo &experiment(int row) const { return m_experiments.at(row); }
    /** Row of the experiment @p name, or -1. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<ExperimentInfo> m_experiments;
};
