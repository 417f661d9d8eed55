#pragma once

#include <QtGlobal>

#include <vector>

/**
 * Accumulates top-k ranking metrics over users, with binary relevance:
 * precision@k = hits / k, recall@k = hits / |relevant|, NDCG@k = DCG / ideal DCG over
 * min(k, |relevant|) positions (gain 1 / log2(rank + 1)), MAP@k = sum of precision at each
 * hit / min(k, |relevant|), hit rate@k = share of users with a hit, coverage = distinct
 * recommended items / catalogue size. Users without relevant items are not counted.
 * Not thread-safe; give each thread its own and merge().
 */
class RankingMetrics
{
public:
    explicit RankingMetrics(int k = 10);

    /** Adds one user's recommendations (best first, only the first k count) and relevant items. */
    void addUser(const std::vector<int> &recommended, const std::vector<int> &relevant);
    /** Adds another accumulator's users (same k). */
    void merge(const RankingMetrics &other);

    int k() const { return m_k; }
    int users() const { return m_users; }
    double precision() const { return mean(m_precision); }
    double recall() const { return mean(m_recall); }
    double ndcg() const { return mean(m_ndcg); }
    double map() const { return mean(m_map); }
    double hitRate() const { return mean(m_hits); }
    /** Distinct recommended items / @p itemCount. */
    double coverage(int itemCount) const;

private:
    double mean(double sum) const { return m_users > 0 ? sum / m_users : 0.0; }

    int m_k;
    int m_users = 0;
    double m_precision = 0;
    double m_recall = 0;
    double m_ndcg = 0;
    double m_map = 0;
    double m_hits = 0;
    std::vector<int> m_recommendedItems; ///< sorted, distinct
};
