#include "recommend/itemknn.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <atomic>
#include <cmath>

ItemKnn::ItemKnn(const QVariantMap &options)
{
    m_k = std::max(1, options.value(QStringLiteral("neighbors"), m_k).toInt());
    m_shrink = std::max(0.0, options.value(QStringLiteral("shrink"), m_shrink).toDouble());
    m_binary = options.value(QStringLiteral("binary"), m_binary).toBool();
}

bool ItemKnn::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    m_threads = train.threads;
    m_x = m_binary ? binarized(train.userItem) : train.userItem;
    const Eigen::SparseMatrix<float, Eigen::ColMajor> xc = m_x;
    const int items = int(m_x.cols());

    Eigen::VectorXf norms(items);
    for (int i = 0; i < items; ++i)
        norms[i] = std::sqrt(xc.col(i).squaredNorm());

    std::vector<std::vector<std::pair<int, float>>> lists(static_cast<size_t>(items));
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    progress.setRange(items);
    parallelFor(items, train.threads, 64, [&](int begin, int end) {
        std::vector<float> acc(size_t(items), 0.0f);
        std::vector<int> touched;
        for (int i = begin; i < end && !cancelled; ++i) {
            touched.clear();
            for (Eigen::SparseMatrix<float, Eigen::ColMajor>::InnerIterator cu(xc, i); cu; ++cu) {
                const float xui = cu.value();
                for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator rj(m_x, cu.row()); rj; ++rj) {
                    const int j = int(rj.col());
                    if (j == i)
                        continue;
                    if (acc[size_t(j)] == 0.0f)
                        touched.push_back(j);
                    acc[size_t(j)] += xui * rj.value();
                }
            }
            std::vector<std::pair<int, float>> &list = lists[size_t(i)];
            list.reserve(touched.size());
            for (int j : touched) {
                const float denom = norms[i] * norms[j] + float(m_shrink);
                const float sim = denom > 0 ? acc[size_t(j)] / denom : 0.0f;
                if (sim > 0)
                    list.emplace_back(j, sim);
                acc[size_t(j)] = 0.0f;
            }
            auto better = [](const std::pair<int, float> &a, const std::pair<int, float> &b) {
                return a.second > b.second || (a.second == b.second && a.first < b.first);
            };
            if (int(list.size()) > m_k) {
                std::nth_element(list.begin(), list.begin() + m_k, list.end(), better);
                list.resize(size_t(m_k));
            }
            std::sort(list.begin(), list.end());
            const int n = ++done;
            if (n % 256 == 0) {
                if (progress.isCancelled())
                    cancelled = true;
            }
        }
    });
    if (cancelled || progress.isCancelled())
        return false;
    progress.setValue(items);

    std::vector<Eigen::Triplet<float>> triplets;
    for (int i = 0; i < items; ++i) {
        for (const auto &p : lists[size_t(i)])
            triplets.emplace_back(i, p.first, p.second);
    }
    m_neighbors.resize(items, items);
    m_neighbors.setFromTriplets(triplets.begin(), triplets.end());
    m_neighbors.makeCompressed();
    return true;
}

void ItemKnn::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    if (user < 0 || user >= m_x.rows())
        return;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_x, user); it; ++it) {
        const float xui = it.value();
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator n(m_neighbors, it.col()); n; ++n)
            scores[n.col()] += xui * n.value();
    }
}

std::vector<Contribution> ItemKnn::explain(int user, int item, int max) const
{
    std::vector<Contribution> all;
    if (user < 0 || user >= m_x.rows() || item < 0 || item >= m_neighbors.cols())
        return all;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_x, user); it; ++it) {
        Contribution c;
        c.item = int(it.col());
        c.weight = it.value() * m_neighbors.coeff(c.item, item);
        all.push_back(c);
    }
    return strongestContributions(std::move(all), max);
}
