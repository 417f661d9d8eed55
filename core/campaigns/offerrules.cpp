#include "offerrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList &knownFields()
{
    static const QStringList fields = {QStringLiteral("segment"), QStringLiteral("rfm_segment"),
                                       QStringLiteral("country"), QStringLiteral("clv_12m"),
                                       QStringLiteral("revenue"), QStringLiteral("order_count")};
    return fields;
}

bool isNumericField(const QString &field)
{
    return field == QLatin1String("clv_12m") || field == QLatin1String("revenue")
        || field == QLatin1String("order_count");
}

const char *opName(OfferCondition::Op op)
{
    switch (op) {
    case OfferCondition::Op::Equal: return "==";
    case OfferCondition::Op::NotEqual: return "!=";
    case OfferCondition::Op::Less: return "<";
    case OfferCondition::Op::LessEqual: return "<=";
    case OfferCondition::Op::Greater: return ">";
    case OfferCondition::Op::GreaterEqual: return ">=";
    case OfferCondition::Op::In: return "in";
    case OfferCondition::Op::NotIn: return "not_in";
    }
    return "==";
}

} // namespace

bool OfferRules::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the offer rules %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!parse(file.readAll(), error)) {
        *error = tr("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool OfferRules::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = tr("the offer rules are not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    QJsonArray rulesArray;
    QJsonObject root;
    if (doc.isArray()) {
        rulesArray = doc.array();
    } else {
        root = doc.object();
        rulesArray = root.value(QStringLiteral("rules")).toArray();
    }
    m_couponPrefix = root.value(QStringLiteral("coupon_prefix")).toString(QStringLiteral("TLR-"));
    m_couponLength = root.value(QStringLiteral("coupon_length")).toInt(8);
    if (m_couponLength < 6 || m_couponLength > 16) {
        *error = tr("coupon_length must be between 6 and 16");
        return false;
    }
    m_budget = root.value(QStringLiteral("budget")).toDouble(0);
    if (rulesArray.isEmpty()) {
        *error = tr("the offer rules have no \"rules\" array");
        return false;
    }
    m_rules.clear();
    for (int i = 0; i < rulesArray.size(); ++i) {
        const QJsonObject object = rulesArray.at(i).toObject();
        OfferRule rule;
        rule.name = object.value(QStringLiteral("name")).toString(QStringLiteral("rule %1").arg(i + 1));
        rule.offer = object.value(QStringLiteral("offer")).toString();
        if (rule.offer.trimmed().isEmpty()) {
            *error = tr("rule %1 (\"%2\") has no \"offer\" text").arg(i + 1).arg(rule.name);
            return false;
        }
        rule.discountPercent = object.value(QStringLiteral("discount")).toDouble(0);
        if (rule.discountPercent < 0 || rule.discountPercent > 100) {
            *error = tr("rule %1 (\"%2\"): discount must be between 0 and 100 percent").arg(i + 1).arg(rule.name);
            return false;
        }
        if (object.value(QStringLiteral("coupon")).toBool(false) && rule.discountPercent <= 0) {
            *error = tr("rule %1 (\"%2\"): a coupon needs a \"discount\" percentage").arg(i + 1).arg(rule.name);
            return false;
        }
        rule.couponPrefix = object.value(QStringLiteral("prefix")).toString();
        rule.recommendations = object.value(QStringLiteral("recommendations")).toBool(true);
        const QJsonArray when = object.value(QStringLiteral("when")).toArray();
        for (const QJsonValue &value : when) {
            const QJsonObject c = value.toObject();
            OfferCondition condition;
            condition.field = c.value(QStringLiteral("field")).toString();
            if (condition.field == QLatin1String("clv"))
                condition.field = QStringLiteral("clv_12m");
            if (!knownFields().contains(condition.field)) {
                *error = tr("rule %1 (\"%2\"): unknown field \"%3\"; use %4")
                             .arg(i + 1).arg(rule.name, condition.field, knownFields().join(QStringLiteral(", ")));
                return false;
            }
            const QString op = c.value(QStringLiteral("op")).toString(QStringLiteral("=="));
            static const QHash<QString, OfferCondition::Op> ops = {
                {QStringLiteral("=="), OfferCondition::Op::Equal}, {QStringLiteral("="), OfferCondition::Op::Equal},
                {QStringLiteral("!="), OfferCondition::Op::NotEqual}, {QStringLiteral("<"), OfferCondition::Op::Less},
                {QStringLiteral("<="), OfferCondition::Op::LessEqual}, {QStringLiteral(">"), OfferCondition::Op::Greater},
                {QStringLiteral(">="), OfferCondition::Op::GreaterEqual}, {QStringLiteral("in"), OfferCondition::Op::In},
                {QStringLiteral("not_in"), OfferCondition::Op::NotIn}};
            if (!ops.contains(op)) {
                *error = tr("rule %1 (\"%2\"): unknown operator \"%3\"; use == != < <= > >= in not_in")
                             .arg(i + 1).arg(rule.name, op);
                return false;
            }
            condition.op = ops.value(op);
            const QJsonValue v = c.value(QStringLiteral("value"));
            const bool listOp = condition.op == OfferCondition::Op::In || condition.op == OfferCondition::Op::NotIn;
            if (listOp != v.isArray()) {
                *error = tr("rule %1 (\"%2\"): %3 needs %4").arg(i + 1)
                             .arg(rule.name, op, listOp ? tr("a list value") : tr("a single value"));
                return false;
            }
            const bool ordering = condition.op == OfferCondition::Op::Less || condition.op == OfferCondition::Op::LessEqual
                || condition.op == OfferCondition::Op::Greater || condition.op == OfferCondition::Op::GreaterEqual;
            if ((isNumericField(condition.field) && !listOp && !v.isDouble())
                || (ordering && !isNumericField(condition.field))) {
                *error = tr("rule %1 (\"%2\"): field %3 cannot be compared with %4 %5")
                             .arg(i + 1).arg(rule.name, condition.field, op, v.toVariant().toString());
                return false;
            }
            condition.value = v.toVariant();
            rule.conditions.push_back(condition);
        }
        m_rules.push_back(std::move(rule));
    }
    return true;
}

OfferRules OfferRules::defaultRules()
{
    OfferRules rules;
    OfferRule champions;
    champions.name = QStringLiteral("champions");
    champions.offer = tr("Early access");
    champions.conditions.push_back({QStringLiteral("rfm_segment"), OfferCondition::Op::Equal, QStringLiteral("Champions")});
    OfferRule atRisk;
    atRisk.name = QStringLiteral("at_risk");
    atRisk.offer = tr("15% off");
    atRisk.discountPercent = 15;
    atRisk.conditions.push_back({QStringLiteral("rfm_segment"), OfferCondition::Op::Equal, QStringLiteral("At Risk")});
    OfferRule other;
    other.name = QStringLiteral("default");
    other.offer = tr("Free shipping");
    rules.m_rules = {champions, atRisk, other};
    return rules;
}

QStringList OfferRules::segmentNames() const
{
    QStringList names;
    for (const OfferRule &rule : m_rules) {
        for (const OfferCondition &c : rule.conditions) {
            if (c.field != QLatin1String("segment"))
                continue;
            const QStringList values = c.value.typeId() == QMetaType::QVariantList ? c.value.toStringList()
                                                                         : QStringList{c.value.toString()};
            for (const QString &v : values) {
                if (!names.contains(v))
                    names.append(v);
            }
        }
    }
    return names;
}

bool OfferRules::holds(const OfferCondition &c, const OfferCustomer &customer)
{
    using Op = OfferCondition::Op;
    if (c.field == QLatin1String("segment")) {
        auto member = [&](const QString &name) {
            if (!customer.segments)
                return false;
            const auto it = customer.segments->constFind(name);
            return it != customer.segments->constEnd() && it->contains(customer.id);
        };
        if (c.op == Op::In || c.op == Op::NotIn) {
            bool any = false;
            for (const QString &name : c.value.toStringList())
                any = any || member(name);
            return c.op == Op::In ? any : !any;
        }
        const bool isMember = member(c.value.toString());
        return c.op == Op::NotEqual ? !isMember : isMember;
    }
    if (isNumericField(c.field)) {
        double x = 0;
        if (c.field == QLatin1String("clv_12m")) {
            if (!customer.hasClv)
                return c.op == Op::NotEqual || c.op == Op::NotIn;
            x = customer.clv12m;
        } else if (c.field == QLatin1String("revenue")) {
            x = customer.revenue;
        } else {
            x = double(customer.orderCount);
        }
        if (c.op == Op::In || c.op == Op::NotIn) {
            bool any = false;
            for (const QVariant &v : c.value.toList())
                any = any || v.toDouble() == x;
            return c.op == Op::In ? any : !any;
        }
        const double y = c.value.toDouble();
        switch (c.op) {
        case Op::Equal: return x == y;
        case Op::NotEqual: return x != y;
        case Op::Less: return x < y;
        case Op::LessEqual: return x <= y;
        case Op::Greater: return x > y;
        case Op::GreaterEqual: return x >= y;
        default: return false;
        }
    }
    const QString &x = c.field == QLatin1String("country") ? customer.country : customer.rfmSegment;
    if (c.op == Op::In || c.op == Op::NotIn) {
        bool any = false;
        for (const QString &v : c.value.toStringList())
            any = any || x.compare(v, Qt::CaseInsensitive) == 0;
        return c.op == Op::In ? any : !any;
    }
    const bool equal = x.compare(c.value.toString(), Qt::CaseInsensitive) == 0;
    return c.op == Op::NotEqual ? !equal : equal;
}

int OfferRules::match(const OfferCustomer &customer, int from, bool withoutCoupon) const
{
    for (int i = qMax(0, from); i < int(m_rules.size()); ++i) {
        const OfferRule &rule = m_rules[size_t(i)];
        if (withoutCoupon && rule.hasCoupon())
            continue;
        bool all = true;
        for (const OfferCondition &c : rule.conditions) {
            if (!holds(c, customer)) {
                all = false;
                break;
            }
        }
        if (all)
            return i;
    }
    return -1;
}

QByteArray OfferRules::toJson() const
{
    QJsonArray rules;
    for (const OfferRule &rule : m_rules) {
        QJsonArray when;
        for (const OfferCondition &c : rule.conditions)
            when.append(QJsonObject{{QStringLiteral("field"), c.field},
                                    {QStringLiteral("op"), QString::fromLatin1(opName(c.op))},
                                    {QStringLiteral("value"), QJsonValue::fromVariant(c.value)}});
        QJsonObject object{{QStringLiteral("name"), rule.name}, {QStringLiteral("offer"), rule.offer},
                           {QStringLiteral("recommendations"), rule.recommendations}, {QStringLiteral("when"), when}};
        if (rule.hasCoupon())
            object.insert(QStringLiteral("discount"), rule.discountPercent);
        if (!rule.couponPrefix.isEmpty())
            object.insert(QStringLiteral("prefix"), rule.couponPrefix);
        rules.append(object);
    }
    QJsonObject root{{QStringLiteral("coupon_prefix"), m_couponPrefix},
                     {QStringLiteral("coupon_length"), m_couponLength}, {QStringLiteral("rules"), rules}};
    if (m_budget > 0)
        root.insert(QStringLiteral("budget"), m_budget);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
