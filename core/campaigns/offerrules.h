#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

/** What the offer rules know about one customer. */
struct OfferCustomer
{
    qint64 id = 0;
    QString rfmSegment;
    QString country;
    double clv12m = 0;        ///< 0 when the customer has no CLV score
    bool hasClv = false;
    double revenue = 0;
    qint64 orderCount = 0;
    /** Members of the segments named in the rules (by name); see OfferRules::segmentNames(). */
    const QHash<QString, QSet<qint64>> *segments = nullptr;

    /** Average order value: revenue / order_count, 0 without orders. */
    double averageOrderValue() const { return orderCount > 0 ? revenue / double(orderCount) : 0.0; }
};

/** One condition of a rule: field, operator, value. */
struct OfferCondition
{
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, In, NotIn };
    QString field;
    Op op = Op::Equal;
    QVariant value;        ///< text, number, or (In / NotIn) a list
};

/** One offer rule; a customer gets the first rule whose conditions all hold. */
struct OfferRule
{
    QString name;
    QString offer;              ///< the offer text ("Early access", "15% off")
    double discountPercent = 0; ///< > 0: the offer carries a coupon worth this % of an order
    QString couponPrefix;       ///< prefix of this rule's coupons (default: OfferRules::couponPrefix)
    bool recommendations = true;///< include the customer's recommended products
    std::vector<OfferCondition> conditions;

    bool hasCoupon() const { return discountPercent > 0; }
};

/**
 * Ordered offer rules read from JSON (`--offers FILE.json`). First match wins.
 *
 * Format:
 * @code
 * {
 *   "coupon_prefix": "TLR-",       // optional, default "TLR-"
 *   "coupon_length": 8,            // optional, random characters per code (6..16)
 *   "budget": 2500.0,              // optional cap on the total estimated discount
 *   "rules": [
 *     {"name": "vip", "offer": "Early access",
 *      "when": [{"field": "rfm_segment", "op": "==", "value": "Champions"}]},
 *     {"name": "winback", "offer": "15% off", "discount": 15, "prefix": "BACK-",
 *      "when": [{"field": "segment", "op": "==", "value": "At Risk"},
 *               {"field": "clv_12m", "op": ">=", "value": 100}]},
 *     {"name": "default", "offer": "Free shipping", "recommendations": true}
 *   ]
 * }
 * @endcode
 * Condition fields: `segment` (membership of the saved segment named by the
 * value; == member, != not a member, in / not_in a list of segment names),
 * `rfm_segment`, `country` (text, compared ignoring case), `clv_12m`,
 * `revenue`, `order_count` (numbers). Operators: == != < <= > >= in not_in.
 * A rule without "when" always matches. A rule with "discount" > 0 gives a
 * unique coupon; its estimated cost is discount% x the customer's average
 * order value. When a budget is set and a customer's coupon would take the
 * total over it, the customer falls through to the next matching rule that
 * has no coupon (counted as budget-capped by the campaign builder).
 *
 * Without a file, defaultRules() apply: Champions -> "Early access",
 * At Risk -> "15% off" (15% coupon), anyone else -> "Free shipping".
 */
class OfferRules
{
    Q_DECLARE_TR_FUNCTIONS(OfferRules)
public:
    /** Parses rules JSON; false with @p error (translated, says which rule) when invalid. */
    bool parse(const QByteArray &json, QString *error);
    /** Reads and parses @p path. */
    bool load(const QString &path, QString *error);
    /** The built-in rules described above. */
    static OfferRules defaultRules();

    const std::vector<OfferRule> &rules() const { return m_rules; }
    void setRules(std::vector<OfferRule> rules) { m_rules = std::move(rules); }
    QString couponPrefix() const { return m_couponPrefix; }
    int couponLength() const { return m_couponLength; }
    /** Total estimated discount allowed; <= 0 means no cap. */
    double budget() const { return m_budget; }
    void setBudget(double budget) { m_budget = budget; }

    /** Names of the saved segments the rules test membership of. */
    QStringList segmentNames() const;

    /**
     * Index of the first rule at or after @p from that matches @p customer, or -1.
     * With @p withoutCoupon only rules without a coupon are considered.
     */
    int match(const OfferCustomer &customer, int from = 0, bool withoutCoupon = false) const;

    /** The rules as JSON (stored in the campaign's definition). */
    QByteArray toJson() const;

private:
    static bool holds(const OfferCondition &condition, const OfferCustomer &customer);

    std::vector<OfferRule> m_rules;
    QString m_couponPrefix = QStringLiteral("TLR-");
    int m_couponLength = 8;
    double m_budget = 0;
};
