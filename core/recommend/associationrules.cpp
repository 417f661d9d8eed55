#include "recommend/associationrules.h"

#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace {

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

quint64 tripleKey(int a, int b, int c)
{
    return (quint64(quint32(a)) << 42) | (quint64(quint32(b)) << 21) | quint32(c);
}

bool ruleBefore(const AssociationRules::Rule &x, const AssociationRules::Rule &y)
{
    if (x.lift != y.lift)
        return x.lift > y.lift;
    if (x.confidence != y.confidence)
        return x.confidence > y.confidence;
    if (x.support != y.support)
        return x.support > y.support;
    if (x.antecedent != y.antecedent)
        return x.antecedent < y.antecedent;
    return x.consequent < y.consequent;
}

} // namespace

std::optional<AssociationRules::Baskets> AssociationRules::basketsFromDatabase(Database &db, ProgressReporter &progress,
                                                                                QString *error)
{
    if (error)
        error->clear();
    const std::optional<QVariant> total = db.scalar(QStringLiteral("SELECT count(*) FROM order_lines WHERE is_return = 0"));
    if (!total) {
        if (error)
            *error = tr("Could not read the order lines: %1").arg(db.errorString());
        return std::nullopt;
    }
    progress.setRange(total->toLongLong());
    Statement lines = db.prepare(QStringLiteral(
        "SELECT ol.order_id, ol.product_id, p.sku, p.name FROM order_lines ol "
        "JOIN products p ON p.id = ol.product_id WHERE ol.is_return = 0"));
    if (!lines.isValid()) {
        if (error)
            *error = tr("Could not read the order lines: %1").arg(db.errorString());
        return std::nullopt;
    }
    Baskets result;
    QHash<QString, int> orderIndex;
    QHash<qint64, int> itemIndex;
    qint64 row = 0;
    while (lines.step()) {
        const QString order = lines.columnText(0);
        const qint64 productId = lines.columnInt64(1);
        auto item = itemIndex.constFind(productId);
        int index;
        if (item == itemIndex.constEnd()) {
            index = int(result.productIds.size());
            itemIndex.insert(productId, index);
            result.productIds.append(productId);
            result.skus.append(lines.columnText(2));
            result.names.append(lines.columnText(3));
        } else {
            index = item.value();
        }
        auto basket = orderIndex.constFind(order);
        int b;
        if (basket == orderIndex.constEnd()) {
            b = int(result.baskets.size());
            orderIndex.insert(order, b);
            result.baskets.emplace_back();
        } else {
            b = basket.value();
        }
        result.baskets[size_t(b)].push_back(index);
        if (++row % 4096 == 0) {
            if (progress.isCancelled())
                return std::nullopt;
            progress.setValue(row);
        }
    }
    if (lines.hasError()) {
        if (error)
            *error = tr("Could not read the order lines: %1").arg(db.errorString());
        return std::nullopt;
    }
    progress.setValue(row);
    return result;
}

bool AssociationRules::mine(const std::vector<std::vector<int>> &baskets, int itemCount, const Options &options,
                            ProgressReporter &progress, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (error)
        error->clear();
    if (baskets.empty())
        return fail(tr("Association rules need at least one basket; there are none."));
    if (itemCount <= 0 || itemCount >= (1 << 21))
        return fail(tr("Association rules need between 1 and 2097151 items (got %1).").arg(itemCount));
    if (!(options.minSupport > 0 && options.minSupport <= 1))
        return fail(tr("The minimum support must be above 0 and at most 1 (got %1).").arg(options.minSupport));
    if (!(options.minConfidence >= 0 && options.minConfidence <= 1))
        return fail(tr("The minimum confidence must be between 0 and 1 (got %1).").arg(options.minConfidence));
    if (options.maxItems != 2 && options.maxItems != 3)
        return fail(tr("Association rules use itemsets of 2 or 3 items (got %1).").arg(options.maxItems));

    const int n = int(baskets.size());
    const qint64 steps = qint64(n) * options.maxItems;
    progress.setRange(steps);
    std::vector<int> itemCounts(size_t(itemCount), 0);
    std::vector<std::vector<int>> sorted(static_cast<size_t>(n));
    for (int b = 0; b < n; ++b) {
        std::vector<int> &basket = sorted[size_t(b)];
        basket = baskets[size_t(b)];
        std::sort(basket.begin(), basket.end());
        basket.erase(std::unique(basket.begin(), basket.end()), basket.end());
        if (!basket.empty() && (basket.front() < 0 || basket.back() >= itemCount))
            return fail(tr("Basket %1 holds item %2, outside 0..%3.")
                            .arg(b + 1)
                            .arg(basket.front() < 0 ? basket.front() : basket.back())
                            .arg(itemCount - 1));
        for (int item : basket)
            ++itemCounts[size_t(item)];
        if (b % 2048 == 0 && progress.isCancelled())
            return false;
    }
    const int minCount = std::max(1, int(std::ceil(options.minSupport * n - 1e-9)));

    // Keep the frequent items only (Apriori: every subset of a frequent itemset is frequent).
    for (std::vector<int> &basket : sorted) {
        basket.erase(std::remove_if(basket.begin(), basket.end(),
                                    [&](int item) { return itemCounts[size_t(item)] < minCount; }),
                     basket.end());
    }

    // Pair counts: a dense triangle over the frequent items when they are few enough,
    // a hash map otherwise. Only the frequent pairs are kept.
    std::vector<int> frequent;
    std::vector<int> compact(size_t(itemCount), -1);
    for (int item = 0; item < itemCount; ++item) {
        if (itemCounts[size_t(item)] >= minCount) {
            compact[size_t(item)] = int(frequent.size());
            frequent.push_back(item);
        }
    }
    const qint64 f = qint64(frequent.size());
    std::unordered_map<quint64, int> pairs;
    if (f <= 2048) {
        std::vector<int> dense(size_t(f * f), 0);
        for (int b = 0; b < n; ++b) {
            const std::vector<int> &basket = sorted[size_t(b)];
            for (size_t x = 0; x < basket.size(); ++x) {
                int *row = dense.data() + qint64(compact[size_t(basket[x])]) * f;
                for (size_t y = x + 1; y < basket.size(); ++y)
                    ++row[compact[size_t(basket[y])]];
            }
            if (b % 1024 == 0) {
                if (progress.isCancelled())
                    return false;
                progress.setValue(n + b);
            }
        }
        for (qint64 x = 0; x < f; ++x)
            for (qint64 y = x + 1; y < f; ++y)
                if (dense[size_t(x * f + y)] >= minCount)
                    pairs.emplace(pairKey(frequent[size_t(x)], frequent[size_t(y)]), dense[size_t(x * f + y)]);
    } else {
        for (int b = 0; b < n; ++b) {
            const std::vector<int> &basket = sorted[size_t(b)];
            for (size_t x = 0; x < basket.size(); ++x)
                for (size_t y = x + 1; y < basket.size(); ++y)
                    ++pairs[pairKey(basket[x], basket[y])];
            if (b % 1024 == 0) {
                if (progress.isCancelled())
                    return false;
                progress.setValue(n + b);
            }
        }
        for (auto it = pairs.begin(); it != pairs.end();) {
            if (it->second < minCount)
                it = pairs.erase(it);
            else
                ++it;
        }
    }

    std::vector<Rule> rules;
    auto support = [&](int count) { return double(count) / n; };
    auto addRule = [&](std::vector<int> antecedent, int antecedentCount, int consequent, int count) {
        const double confidence = double(count) / antecedentCount;
        if (confidence + 1e-12 < options.minConfidence)
            return;
        Rule rule;
        rule.antecedent = std::move(antecedent);
        rule.consequent = consequent;
        rule.count = count;
        rule.support = support(count);
        rule.confidence = confidence;
        rule.lift = confidence / support(itemCounts[size_t(consequent)]);
        rules.push_back(std::move(rule));
    };
    for (const auto &[key, count] : pairs) {
        const int a = int(key >> 32);
        const int b = int(key & 0xffffffffu);
        addRule({a}, itemCounts[size_t(a)], b, count);
        addRule({b}, itemCounts[size_t(b)], a, count);
    }

    if (options.maxItems == 3) {
        auto pairCount = [&pairs](int a, int b) {
            const auto it = pairs.find(pairKey(a, b));
            return it == pairs.end() ? 0 : it->second;
        };
        std::unordered_map<quint64, int> triples;
        std::vector<int> partners;
        for (int b = 0; b < n; ++b) {
            const std::vector<int> &basket = sorted[size_t(b)];
            for (size_t x = 0; x < basket.size(); ++x) {
                partners.clear();
                for (size_t y = x + 1; y < basket.size(); ++y) {
                    if (pairCount(basket[x], basket[y]) > 0)
                        partners.push_back(basket[y]);
                }
                for (size_t y = 0; y < partners.size(); ++y)
                    for (size_t z = y + 1; z < partners.size(); ++z)
                        if (pairCount(partners[y], partners[z]) > 0)
                            ++triples[tripleKey(basket[x], partners[y], partners[z])];
            }
            if (b % 1024 == 0) {
                if (progress.isCancelled())
                    return false;
                progress.setValue(2 * qint64(n) + b);
            }
        }
        for (const auto &[key, count] : triples) {
            if (count < minCount)
                continue;
            const int a = int(key >> 42);
            const int b = int((key >> 21) & 0x1fffff);
            const int c = int(key & 0x1fffff);
            addRule({a, b}, pairCount(a, b), c, count);
            addRule({a, c}, pairCount(a, c), b, count);
            addRule({b, c}, pairCount(b, c), a, count);
        }
    }

    std::sort(rules.begin(), rules.end(), ruleBefore);
    m_rules = std::move(rules);
    m_byItem.assign(size_t(itemCount), {});
    for (int r = 0; r < int(m_rules.size()); ++r) {
        if (m_rules[size_t(r)].antecedent.size() == 1)
            m_byItem[size_t(m_rules[size_t(r)].antecedent.front())].push_back(r);
    }
    m_itemCounts = std::move(itemCounts);
    m_basketCount = n;
    progress.setValue(steps);
    return true;
}

std::vector<AssociationRules::Suggestion> AssociationRules::rulesFor(int item, int max) const
{
    std::vector<Suggestion> result;
    if (item < 0 || item >= int(m_byItem.size()) || max <= 0)
        return result;
    for (int r : m_byItem[size_t(item)]) {
        if (int(result.size()) >= max)
            break;
        const Rule &rule = m_rules[size_t(r)];
        result.push_back({rule.consequent, rule.support, rule.confidence, rule.lift});
    }
    return result;
}

std::vector<AssociationRules::Rule> AssociationRules::topRules(int max) const
{
    const size_t n = size_t(std::clamp(max, 0, int(m_rules.size())));
    return std::vector<Rule>(m_rules.begin(), m_rules.begin() + qsizetype(n));
}

double AssociationRules::itemSupport(int item) const
{
    if (item < 0 || item >= int(m_itemCounts.size()) || m_basketCount == 0)
        return 0.0;
    return double(m_itemCounts[size_t(item)]) / m_basketCount;
}
