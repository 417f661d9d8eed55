#include "recommend/rankingmetrics.h"

#include <algorithm>
#include <cmath>
#include <iterator>

RankingMetrics::RankingMetrics(int k) : m_k(std::max(1, k)) {}

void RankingMetrics::addUser(const std::vector<int> &recommended, const std::vector<int> &relevantItems)
{
    std::vector<int> relevant = relevantItems;
    std::sort(relevant.begin(), relevant.end());
    relevant.erase(std::unique(relevant.begin(), relevant.end()), relevant.end());
    if (relevant.empty())
        return;
    const int n = std::min<int>(m_k, int(recommended.size()));
    int hits = 0;
    double dcg = 0;
    double ap = 0;
    std::vector<int> seen;
    for (int r = 0; r < n; ++r) {
        const int item = recommended[size_t(r)];
        if (std::find(seen.begin(), seen.end(), item) != seen.end())
            continue; // a repeated item earns nothing twice
        seen.push_back(item);
        if (std::binary_search(relevant.begin(), relevant.end(), item)) {
            ++hits;
            dcg += 1.0 / std::log2(r + 2.0);
            ap += double(hits) / (r + 1);
        }
    }
    const int ideal = std::min<int>(m_k, int(relevant.size()));
    double idcg = 0;
    for (int r = 0; r < ideal; ++r)
        idcg += 1.0 / std::log2(r + 2.0);

    ++m_users;
    m_precision += double(hits) / m_k;
    m_recall += double(hits) / double(relevant.size());
    m_ndcg += dcg / idcg;
    m_map += ap / ideal;
    m_hits += hits > 0 ? 1.0 : 0.0;

    std::sort(seen.begin(), seen.end());
    std::vector<int> merged;
    merged.reserve(m_recommendedItems.size() + seen.size());
    std::set_union(m_recommendedItems.begin(), m_recommendedItems.end(), seen.begin(), seen.end(),
                   std::back_inserter(merged));
    m_recommendedItems.swap(merged);
}

void RankingMetrics::merge(const RankingMetrics &other)
{
    m_users += other.m_users;
    m_precision += other.m_precision;
    m_recall += other.m_recall;
    m_ndcg += other.m_ndcg;
    m_map += other.m_map;
    m_hits += other.m_hits;
    std::vector<int> merged;
    merged.reserve(m_recommendedItems.size() + other.m_recommendedItems.size());
    std::set_union(m_recommendedItems.begin(), m_recommendedItems.end(), other.m_recommendedItems.begin(),
                   other.m_recommendedItems.end(), std::back_inserter(merged));
    m_recommendedItems.swap(merged);
}

double RankingMetrics::coverage(int itemCount) const
{
    return itemCount > 0 ? double(m_recommendedItems.size()) / itemCount : 0.0;
}
