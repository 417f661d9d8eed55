#pragma once

#include "recommend/evaluator.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The offline evaluation results of the Recommendations page: one row per
 * algorithm (a new evaluation of the same algorithm replaces its row), with
 * the ranking metrics, the rating errors and the timing. A handful of rows.
 */
class RecommendMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AlgorithmColumn,
        PrecisionColumn,
        RecallColumn,
        NdcgColumn,
        MapColumn,
        HitRateColumn,
        CoverageColumn,
        RmseColumn,
        MaeColumn,
        UsersColumn,
        FitSecondsColumn,
        ColumnCount
    };
    /** Role giving the raw number of a cell (double; invalid for an empty cell). */
    static constexpr int RawValueRole = Qt::UserRole + 1;

    /** One evaluated algorithm: its --algo name, label, settings summary and scores. */
    struct Row
    {
        QString algo;
        QString label;
        QString settings;   ///< parameters, split and k in words (tooltip)
        EvaluationResult result;
    };

    using QAbstractTableModel::QAbstractTableModel;

    /** Adds @p row, or replaces the row of the same algorithm. Returns its row number. */
    int addOrReplace(const Row &row);
    void clear();
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** The k every row shares, or 0 when they differ (headers then say "@k"). */
    int commonK() const;

    QList<Row> m_rows;
};
