#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

class Database;
class ProgressReporter;

/**
 * "Frequently bought together": association rules mined from baskets.
 *
 * A basket is the set of distinct items of one order. For an itemset X,
 * support(X) = (baskets containing X) / (all baskets). A rule X -> c has
 * confidence = support(X + c) / support(X) and lift = confidence / support(c).
 * Rules with one antecedent item (pairs) are always mined; with
 * Options::maxItems = 3 also rules {a, b} -> c from frequent triples.
 *
 * Method: count single items, drop the infrequent ones from every basket, sort each
 * basket, count pairs in a hash map (and triples whose three pairs are frequent).
 * Not thread-safe while mining; the const accessors are thread-safe afterwards.
 */
class AssociationRules
{
    Q_DECLARE_TR_FUNCTIONS(AssociationRules)
public:
    struct Options
    {
        double minSupport = 0.01;      ///< fraction of baskets, in (0, 1]
        double minConfidence = 0.3;    ///< in [0, 1]
        int maxItems = 2;              ///< itemset size: 2 (pairs) or 3 (pairs and triples)
    };

    /** One rule antecedent -> consequent. */
    struct Rule
    {
        std::vector<int> antecedent;   ///< one item, or two for triples; sorted
        int consequent = -1;
        double support = 0;            ///< of antecedent + consequent
        double confidence = 0;
        double lift = 0;
        int count = 0;                 ///< baskets holding antecedent + consequent
    };

    /** An item to show with another one. */
    struct Suggestion
    {
        int item = -1;                 ///< the consequent
        double support = 0;
        double confidence = 0;
        double lift = 0;
    };

    /** Baskets read from a project, items as dense indexes into the product tables. */
    struct Baskets
    {
        std::vector<std::vector<int>> baskets;
        QVector<qint64> productIds;    ///< item index -> products.id
        QStringList skus;              ///< item index -> products.sku
        QStringList names;             ///< item index -> products.name (may be empty)
    };

    /**
     * Reads the order lines of the project that are not returns, grouped by order_id
     * (anonymous lines included: they tell which products go together). Items are the
     * products that occur in such lines. nullopt with *error on a database error,
     * and with an empty *error when cancelled.
     */
    static std::optional<Baskets> basketsFromDatabase(Database &db, ProgressReporter &progress, QString *error);

    /**
     * Mines the rules of @p baskets (item indexes in [0, itemCount); duplicates within
     * a basket count once). False with *error on bad input (no baskets, options out of
     * range, an item out of range) and with an empty *error when cancelled; the
     * previous rules are kept then.
     */
    bool mine(const std::vector<std::vector<int>> &baskets, int itemCount, const Options &options,
              ProgressReporter &progress, QString *error);

    /** Rules whose antecedent is exactly @p item, best lift first (ties: confidence), up to @p max. */
    std::vector<Suggestion> rulesFor(int item, int max) const;
    /** All rules, best lift first (ties: confidence, support), up to @p max. */
    std::vector<Rule> topRules(int max) const;

    int ruleCount() const { return int(m_rules.size()); }
    int basketCount() const { return m_basketCount; }
    /** Support of a single item (0 for an unknown index). */
    double itemSupport(int item) const;

private:
    std::vector<Rule> m_rules;                 ///< sorted best first
    std::vector<std::vector<int>> m_byItem;    ///< item -> indexes of its single-antecedent rules, best first
    std::vector<int> m_itemCounts;
    int m_basketCount = 0;
};
