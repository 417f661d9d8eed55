#pragma once

#include "recommend/associationrules.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

/**
 * "Frequently bought together" for one product: the consequents of its rules
 * with support, confidence and lift, best lift first. A few dozen rows at most.
 */
class RecommendRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProductColumn, SkuColumn, SupportColumn, ConfidenceColumn, LiftColumn, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /** Shows @p suggestions; item indexes resolve through @p names and @p skus. */
    void setSuggestions(const std::vector<AssociationRules::Suggestion> &suggestions, const QStringList &names,
                        const QStringList &skus);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString sku;
        AssociationRules::Suggestion suggestion;
    };
    QList<Row> m_rows;
};
