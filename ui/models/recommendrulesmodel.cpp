#include "recommendrulesmodel.h"

#include <QLocale>

void RecommendRulesModel::setSuggestions(const std::vector<AssociationRules::Suggestion> &suggestions,
                                         const QStringList &names, const QStringList &skus)
{
    beginResetModel();
    m_rows.clear();
    for (const AssociationRules::Suggestion &s : suggestions)
        m_rows.append({names.value(s.item), skus.value(s.item), s});
    endResetModel();
}

void RecommendRulesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RecommendRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn: return row.name.isEmpty() ? row.sku : row.name;
        case SkuColumn: return row.sku;
        case SupportColumn: return tr("%1 %").arg(locale.toString(row.suggestion.support * 100.0, 'f', 2));
        case ConfidenceColumn: return tr("%1 %").arg(locale.toString(row.suggestion.confidence * 100.0, 'f', 1));
        case LiftColumn: return locale.toString(row.suggestion.lift, 'f', 2);
        default: return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case ProductColumn: return row.name;
        case SkuColumn: return row.sku;
        case SupportColumn: return row.suggestion.support;
        case ConfidenceColumn: return row.suggestion.confidence;
        case LiftColumn: return row.suggestion.lift;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ProductColumn)
            return row.name.isEmpty() ? row.sku : tr("%1 (%2)").arg(row.name, row.sku);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= SupportColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecommendRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProductColumn: return tr("Also bought");
        case SkuColumn: return tr("SKU");
        case SupportColumn: return tr("Support");
        case ConfidenceColumn: return tr("Confidence");
        case LiftColumn: return tr("Lift");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SupportColumn: return tr("Share of all orders that hold both products.");
        case ConfidenceColumn: return tr("Share of the orders with the chosen product that also hold this one.");
        case LiftColumn: return tr("How much more often they are bought together than by chance (above 1 = together "
                                   "more often).");
        default: return {};
        }
    }
    return {};
}
