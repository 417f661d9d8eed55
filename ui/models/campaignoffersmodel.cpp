#include "campaignoffersmodel.h"

#include "segments/rfm.h"
#include "segments/segmentstore.h"

#include <QLocale>

namespace {

const char *const kFields[] = {"", "segment", "rfm_segment", "country", "clv_12m", "revenue", "order_count"};

const OfferCondition::Op kOps[] = {OfferCondition::Op::Equal, OfferCondition::Op::NotEqual,
                                   OfferCondition::Op::Less, OfferCondition::Op::LessEqual,
                                   OfferCondition::Op::Greater, OfferCondition::Op::GreaterEqual,
                                   OfferCondition::Op::In, OfferCondition::Op::NotIn};

QVariantMap choice(const QString &label, const QVariant &value)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}

} // namespace

CampaignOffersModel::CampaignOffersModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignOffersModel::setRules(const OfferRules &rules)
{
    beginResetModel();
    m_base = rules;
    m_rules = rules.rules();
    m_nextRule = int(m_rules.size()) + 1;
    endResetModel();
}

OfferRules CampaignOffersModel::rules() const
{
    OfferRules rules = m_base;
    rules.setRules(m_rules);
    return rules;
}

int CampaignOffersModel::insertRule(int row)
{
    row = qBound(0, row, int(m_rules.size()));
    OfferRule rule;
    rule.name = tr("rule %1").arg(m_nextRule++);
    rule.offer = tr("Free shipping");
    rule.recommendations = m_rules.empty() || m_rules.front().recommendations;
    beginInsertRows({}, row, row);
    m_rules.insert(m_rules.begin() + row, rule);
    endInsertRows();
    return row;
}

bool CampaignOffersModel::removeRule(int row)
{
    if (row < 0 || row >= int(m_rules.size()))
        return false;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    return true;
}

int CampaignOffersModel::moveRule(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= int(m_rules.size()) || target < 0 || target >= int(m_rules.size()) || delta == 0)
        return row;
    // beginMoveRows wants the destination before which the row lands.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    std::swap(m_rules[size_t(row)], m_rules[size_t(target)]);
    endMoveRows();
    return target;
}

QString CampaignOffersModel::validationError() const
{
    if (m_rules.empty())
        return tr("Add at least one offer rule.");
    for (size_t i = 0; i < m_rules.size(); ++i) {
        const OfferRule &rule = m_rules[i];
        if (rule.offer.trimmed().isEmpty())
            return tr("Rule %1 has no offer text.").arg(i + 1);
        for (const OfferCondition &condition : rule.conditions) {
            if (isNumericField(condition.field)) {
                const QVariantList values = isListOp(condition.op) ? condition.value.toList()
                                                                   : QVariantList{condition.value};
                for (const QVariant &value : values) {
                    bool ok = false;
                    value.toString().toDouble(&ok);
                    if (!ok)
                        return tr("Rule %1: %2 needs a number.").arg(i + 1).arg(fieldLabel(condition.field));
                }
            } else if (condition.value.toString().trimmed().isEmpty() && condition.value.toList().isEmpty()) {
                return tr("Rule %1: enter a value for %2.").arg(i + 1).arg(fieldLabel(condition.field));
            }
        }
    }
    // The core parser has the final word (operators per field, discounts).
    OfferRules check;
    QString error;
    if (!check.parse(rules().toJson(), &error))
        return error;
    return QString();
}

int CampaignOffersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int CampaignOffersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignOffersModel::fieldLabel(const QString &field)
{
    if (field.isEmpty())
        return tr("Everyone");
    if (field == QLatin1String("segment"))
        return tr("Saved segment");
    if (field == QLatin1String("rfm_segment"))
        return tr("RFM segment");
    if (field == QLatin1String("country"))
        return tr("Country");
    if (field == QLatin1String("clv_12m"))
        return tr("Predicted 12-month value");
    if (field == QLatin1String("revenue"))
        return tr("Revenue");
    if (field == QLatin1String("order_count"))
        return tr("Orders");
    return field;
}

QString CampaignOffersModel::operatorLabel(OfferCondition::Op op)
{
    switch (op) {
    case OfferCondition::Op::Equal: return tr("is");
    case OfferCondition::Op::NotEqual: return tr("is not");
    case OfferCondition::Op::Less: return tr("is less than");
    case OfferCondition::Op::LessEqual: return tr("is at most");
    case OfferCondition::Op::Greater: return tr("is more than");
    case OfferCondition::Op::GreaterEqual: return tr("is at least");
    case OfferCondition::Op::In: return tr("is one of");
    case OfferCondition::Op::NotIn: return tr("is none of");
    }
    return QString();
}

bool CampaignOffersModel::isNumericField(const QString &field)
{
    return field == QLatin1String("clv_12m") || field == QLatin1String("revenue")
        || field == QLatin1String("order_count");
}

bool CampaignOffersModel::isListOp(OfferCondition::Op op)
{
    return op == OfferCondition::Op::In || op == OfferCondition::Op::NotIn;
}

QString CampaignOffersModel::valueText(const OfferCondition &condition) const
{
    if (isListOp(condition.op)) {
        QStringList parts;
        for (const QVariant &v : condition.value.toList())
            parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
    if (isNumericField(condition.field) && condition.value.canConvert<double>()) {
        bool ok = false;
        const double number = condition.value.toString().toDouble(&ok);
        if (ok)
            return QLocale().toString(number, 'g', 12);
    }
    return condition.value.toString();
}

bool CampaignOffersModel::isSegmentField(const QString &field)
{
    return field == QLatin1String("rfm_segment") || field == QLatin1String("segment");
}

QString CampaignOffersModel::segmentValueLabel(const OfferCondition &condition)
{
    if (!isListOp(condition.op))
        return SegmentStore::displayName(condition.value.toString());
    QStringList parts;
    for (const QVariant &v : condition.value.toList())
        parts << SegmentStore::displayName(v.toString());
    return parts.join(QStringLiteral(", "));
}

QVariant CampaignOffersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rules.size()))
        return {};
    const OfferRule &rule = m_rules[size_t(index.row())];
    const OfferCondition *condition = rule.conditions.empty() ? nullptr : &rule.conditions.front();
    const QString field = condition ? condition->field : QString();
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return fieldLabel(field);
        if (role == Qt::EditRole)
            return field;
        if (role == ChoicesRole) {
            QVariantList choices;
            for (const char *f : kFields)
                choices << choice(fieldLabel(QString::fromLatin1(f)), QString::fromLatin1(f));
            return choices;
        }
        if (role == Qt::ToolTipRole)
            return tr("Who gets this offer. The first rule that matches a customer wins.");
        break;
    case OperatorColumn:
        if (!condition)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return operatorLabel(condition->op);
        if (role == Qt::EditRole)
            return int(condition->op);
        if (role == ChoicesRole) {
            QVariantList choices;
            for (OfferCondition::Op op : kOps) {
                const bool ordered = op != OfferCondition::Op::Equal && op != OfferCondition::Op::NotEqual
                    && !isListOp(op);
                if (ordered && !isNumericField(field))
                    continue;
                choices << choice(operatorLabel(op), int(op));
            }
            return choices;
        }
        break;
    case ValueColumn:
        if (!condition)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            QString text = valueText(*condition);
            if (role == Qt::DisplayRole && isSegmentField(field)) // stored in English, shown translated
                text = segmentValueLabel(*condition);
            if (role == Qt::DisplayRole && rule.conditions.size() > 1)
                text += tr(" (and %1 more conditions)").arg(rule.conditions.size() - 1);
            return text;
        }
        if (role == FreeTextRole)
            return true;
        if (role == ChoicesRole) {
            QVariantList choices;
            const QStringList names = field == QLatin1String("rfm_segment") ? Rfm::segmentNames()
                : field == QLatin1String("segment") ? m_segmentNames : QStringList();
            for (const QString &name : names)
                choices << choice(SegmentStore::displayName(name), name);
            return choices.isEmpty() ? QVariant() : QVariant(choices);
        }
        if (role == Qt::ToolTipRole && condition && isListOp(condition->op))
            return tr("Separate the values with commas");
        break;
    case OfferColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return rule.offer;
        if (role == Qt::ToolTipRole)
            return tr("The offer text, merged into the message as {{offer}}");
        break;
    case DiscountColumn:
        if (role == Qt::DisplayRole)
            return rule.hasCoupon() ? tr("%1 %").arg(QLocale().toString(rule.discountPercent, 'g', 6))
                                    : QStringLiteral("—");
        if (role == Qt::EditRole)
            return rule.discountPercent;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CouponColumn:
        if (role == Qt::CheckStateRole)
            return rule.hasCoupon() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Give each customer of this rule a unique coupon code");
        break;
    case PrefixColumn:
        if (role == Qt::DisplayRole)
            return rule.hasCoupon() ? (rule.couponPrefix.isEmpty() ? m_base.couponPrefix() : rule.couponPrefix)
                                    : QString();
        if (role == Qt::EditRole)
            return rule.couponPrefix.isEmpty() ? m_base.couponPrefix() : rule.couponPrefix;
        break;
    default:
        break;
    }
    return {};
}

bool CampaignOffersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= int(m_rules.size()))
        return false;
    OfferRule &rule = m_rules[size_t(index.row())];
    const QModelIndex first = this->index(index.row(), 0);
    const QModelIndex last = this->index(index.row(), ColumnCount - 1);
    if (index.column() == CouponColumn && role == Qt::CheckStateRole) {
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        rule.discountPercent = on ? (rule.discountPercent > 0 ? rule.discountPercent : 10.0) : 0.0;
        emit dataChanged(first, last);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case FieldColumn: {
        const QString field = value.toString();
        if (field.isEmpty()) {
            rule.conditions.clear();
        } else {
            if (rule.conditions.empty())
                rule.conditions.push_back(OfferCondition());
            OfferCondition &condition = rule.conditions.front();
            if (condition.field != field) {
                condition.field = field;
                condition.op = isNumericField(field) ? OfferCondition::Op::GreaterEqual : OfferCondition::Op::Equal;
                condition.value = isNumericField(field) ? QVariant(0.0)
                    : field == QLatin1String("rfm_segment") ? QVariant(Rfm::segmentNames().value(0))
                    : field == QLatin1String("segment") ? QVariant(m_segmentNames.value(0))
                                                        : QVariant(QString());
            }
        }
        break;
    }
    case OperatorColumn: {
        if (rule.conditions.empty())
            return false;
        OfferCondition &condition = rule.conditions.front();
        const auto op = OfferCondition::Op(value.toInt());
        if (isListOp(op) != isListOp(condition.op)) {
            const QString text = valueText(condition);
            if (isListOp(op)) {
                QVariantList list;
                for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    list << part.trimmed();
                condition.value = list;
            } else {
                condition.value = text.section(QLatin1Char(','), 0, 0).trimmed();
            }
        }
        condition.op = op;
        break;
    }
    case ValueColumn: {
        if (rule.conditions.empty())
            return false;
        OfferCondition &condition = rule.conditions.front();
        const QString text = value.toString().trimmed();
        auto convert = [&](const QString &part) -> QVariant {
            if (!isNumericField(condition.field))
                return part;
            bool ok = false;
            double number = QLocale().toDouble(part, &ok);
            if (!ok)
                number = part.toDouble(&ok);
            return ok ? QVariant(number) : QVariant(part);
        };
        if (isListOp(condition.op)) {
            QVariantList list;
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list << convert(part.trimmed());
            condition.value = list;
        } else {
            condition.value = convert(text);
        }
        break;
    }
    case OfferColumn:
        rule.offer = value.toString();
        break;
    case DiscountColumn:
        rule.discountPercent = qBound(0.0, value.toDouble(), 100.0);
        break;
    case PrefixColumn:
        rule.couponPrefix = value.toString().trimmed();
        break;
    default:
        return false;
    }
    emit dataChanged(first, last);
    return true;
}

Qt::ItemFlags CampaignOffersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const OfferRule &rule = m_rules[size_t(index.row())];
    switch (index.column()) {
    case CouponColumn:
        return flags | Qt::ItemIsUserCheckable;
    case OperatorColumn:
    case ValueColumn:
        return rule.conditions.empty() ? flags : flags | Qt::ItemIsEditable;
    case PrefixColumn:
        return rule.hasCoupon() ? flags | Qt::ItemIsEditable : flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

QVariant CampaignOffersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && section == DiscountColumn)
        return tr("Coupon value as a percentage of an order; 0 means no coupon");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("When");
    case OperatorColumn: return tr("Condition");
    case ValueColumn: return tr("Value");
    case OfferColumn: return tr("Offer");
    case DiscountColumn: return tr("Discount");
    case CouponColumn: return tr("Coupon");
    case PrefixColumn: return tr("Coupon prefix");
    default: return {};
    }
}
