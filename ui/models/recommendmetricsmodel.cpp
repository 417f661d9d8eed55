#include "recommendmetricsmodel.h"

#include <QLocale>

int RecommendMetricsModel::addOrReplace(const Row &row)
{
    const int oldK = commonK();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).algo == row.algo) {
            m_rows[i] = row;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            if (commonK() != oldK)
                emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
            return i;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    if (commonK() != oldK)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    return at;
}

void RecommendMetricsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RecommendMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RecommendMetricsModel::commonK() const
{
    int k = 0;
    for (const Row &row : m_rows) {
        if (k != 0 && row.result.k != k)
            return 0;
        k = row.result.k;
    }
    return k;
}

QVariant RecommendMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const EvaluationResult &r = row.result;
    QVariant raw;
    switch (index.column()) {
    case PrecisionColumn: raw = r.precision; break;
    case RecallColumn: raw = r.recall; break;
    case NdcgColumn: raw = r.ndcg; break;
    case MapColumn: raw = r.map; break;
    case HitRateColumn: raw = r.hitRate; break;
    case CoverageColumn: raw = r.coverage; break;
    case RmseColumn: raw = r.rmse ? QVariant(*r.rmse) : QVariant(); break;
    case MaeColumn: raw = r.mae ? QVariant(*r.mae) : QVariant(); break;
    case UsersColumn: raw = double(r.usersEvaluated); break;
    case FitSecondsColumn: raw = r.fitSeconds; break;
    default: break;
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        if (index.column() == AlgorithmColumn)
            return row.label;
        if (!raw.isValid())
            return tr("—");
        if (index.column() == UsersColumn)
            return locale.toString(r.usersEvaluated);
        if (index.column() == FitSecondsColumn)
            return locale.toString(r.fitSeconds, 'f', r.fitSeconds < 10 ? 2 : 1);
        return locale.toString(raw.toDouble(), 'f', 4);
    }
    case RawValueRole:
        return index.column() == AlgorithmColumn ? QVariant(row.algo) : raw;
    case Qt::ToolTipRole:
        if (index.column() == AlgorithmColumn)
            return row.settings;
        if ((index.column() == RmseColumn || index.column() == MaeColumn) && !raw.isValid())
            return tr("Only rating models predict ratings; ranking models have no RMSE or MAE.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AlgorithmColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecommendMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int k = commonK();
    const QString at = k > 0 ? QString::number(k) : QStringLiteral("k");
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AlgorithmColumn: return tr("Algorithm");
        case PrecisionColumn: return tr("Precision@%1").arg(at);
        case RecallColumn: return tr("Recall@%1").arg(at);
        case NdcgColumn: return tr("NDCG@%1").arg(at);
        case MapColumn: return tr("MAP@%1").arg(at);
        case HitRateColumn: return tr("Hit rate@%1").arg(at);
        case CoverageColumn: return tr("Coverage");
        case RmseColumn: return tr("RMSE");
        case MaeColumn: return tr("MAE");
        case UsersColumn: return tr("Users");
        case FitSecondsColumn: return tr("Fit (s)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrecisionColumn: return tr("Share of the top-k recommendations the customer actually bought later.");
        case RecallColumn: return tr("Share of the customer's held-out purchases found in the top k.");
        case NdcgColumn: return tr("Ranking quality: hits near the top of the list count more (1 = ideal order).");
        case MapColumn: return tr("Mean average precision: precision at each hit, averaged over customers.");
        case HitRateColumn: return tr("Share of customers with at least one hit in their top k.");
        case CoverageColumn: return tr("Share of the catalogue recommended to at least one customer.");
        case RmseColumn: return tr("Root mean squared error of predicted ratings (rating models only; lower is better).");
        case MaeColumn: return tr("Mean absolute error of predicted ratings (rating models only; lower is better).");
        case UsersColumn: return tr("Customers with held-out purchases who were evaluated.");
        case FitSecondsColumn: return tr("Seconds spent training the model.");
        default: return {};
        }
    }
    return {};
}
