#pragma once

#include "experiments/experimentanalysis.h"

#include <QAbstractTableModel>

/**
 * The results of an analysis, one row per arm: its size, mean and interval,
 * and (for variants) the comparison with the control: difference, relative
 * lift, p-values, chance to beat the control and expected loss. A handful of
 * rows, so the whole result is held. Qt::UserRole gives the raw number.
 */
class ExperimentResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ArmColumn,
        CustomersColumn,
        MeanColumn,
        MeanCiColumn,
        DiffColumn,
        DiffCiColumn,
        LiftColumn,
        LiftCiColumn,
        PColumn,
        AdjustedPColumn,
        ChanceColumn,
        LossColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const AnalysisResult &result);
    void clear();
    const AnalysisResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Comparison *comparisonFor(int row) const;

    AnalysisResult m_result;
};
