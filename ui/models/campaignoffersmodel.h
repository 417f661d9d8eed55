#pragma once

#include "campaigns/offerrules.h"

#include <QAbstractTableModel>
#include <QStringList>

/**
 * The offer rules of a campaign as an editable table, one rule per row (first
 * match wins). A rule has one condition here: field, operator and value
 * ("Everyone" when it has none). Ticking "Coupon" gives the rule a discount
 * (10% unless one is set); a discount of 0 means no coupon.
 */
class CampaignOffersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, OperatorColumn, ValueColumn, OfferColumn, DiscountColumn, CouponColumn,
                  PrefixColumn, ColumnCount };
    /** Role giving an editor's choices as a QVariantList of {label, value} QVariantMaps. */
    static constexpr int ChoicesRole = Qt::UserRole + 10;
    /** Role: true when the value editor accepts free text besides the choices. */
    static constexpr int FreeTextRole = Qt::UserRole + 11;

    explicit CampaignOffersModel(QObject *parent = nullptr);

    void setRules(const OfferRules &rules);
    /** The rules as edited (budget, prefix and length kept from setRules()). */
    OfferRules rules() const;
    /** Saved segment names offered as values of the "Saved segment" condition. */
    void setSegmentNames(const QStringList &names) { m_segmentNames = names; }

    /** Inserts an "Everyone" rule at @p row; returns its row. */
    int insertRule(int row);
    bool removeRule(int row);
    /** Moves @p row one place up (-1) or down (+1); returns the new row. */
    int moveRule(int row, int delta);

    /** Empty when every rule is valid, else a translated message naming the first bad rule. */
    QString validationError() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldLabel(const QString &field);
    static QString operatorLabel(OfferCondition::Op op);

private:
    static bool isNumericField(const QString &field);
    static bool isListOp(OfferCondition::Op op);
    QString valueText(const OfferCondition &condition) const;
    static bool isSegmentField(const QString &field);
    /** The value of a segment condition as shown: built-in segment names translated. */
    static QString segmentValueLabel(const OfferCondition &condition);

    std::vector<OfferRule> m_rules;
    OfferRules m_base;
    QStringList m_segmentNames;
    int m_nextRule = 1;
};
