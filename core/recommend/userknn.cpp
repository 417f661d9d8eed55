#include "recommend/userknn.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <cmath>

UserKnn::UserKnn(const QVariantMap &options)
{
    m_k = std::max(1, options.value(QStringLiteral("neighbors"), m_k).toInt());
    m_pearson = options.value(QStringLiteral("similarity")).toString().toLower() == QLatin1String("pearson");
    m_binary = options.value(QStringLiteral("binary"), !m_pearson).toBool();
}

bool UserKnn::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    m_x = m_binary ? binarized(train.userItem) : train.userItem;
    m_unit = train.userItem;
    for (int u = 0; u < m_unit.outerSize(); ++u) {
        double mean = 0;
        int n = 0;
        if (m_pearson) {
            for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, u); it; ++it) {
                mean += it.value();
                ++n;
            }
            mean = n > 0 ? mean / n : 0.0;
        }
        double norm = 0;
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, u); it; ++it) {
            it.valueRef() = m_pearson ? float(it.value() - mean) : (m_binary ? 1.0f : it.value());
            norm += double(it.value()) * it.value();
        }
        norm = std::sqrt(norm);
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, u); it; ++it)
            it.valueRef() = norm > 0 ? float(it.value() / norm) : 0.0f;
        if (u % 4096 == 0 && progress.isCancelled())
            return false;
    }
    m_unitCols = m_unit;
    return true;
}

std::vector<std::pair<int, float>> UserKnn::neighbors(int user) const
{
    std::vector<std::pair<int, float>> result;
    if (user < 0 || user >= m_unit.rows())
        return result;
    std::vector<float> sims(size_t(m_unit.rows()), 0.0f);
    std::vector<char> seen(size_t(m_unit.rows()), 0);
    std::vector<int> touched;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, user); it; ++it) {
        for (Eigen::SparseMatrix<float, Eigen::ColMajor>::InnerIterator v(m_unitCols, it.col()); v; ++v) {
            if (!seen[size_t(v.row())]) {
                seen[size_t(v.row())] = 1;
                touched.push_back(int(v.row()));
            }
            sims[size_t(v.row())] += it.value() * v.value();
        }
    }
    for (int v : touched) {
        if (v != user && sims[size_t(v)] > 0)
            result.emplace_back(v, sims[size_t(v)]);
    }
    auto better = [](const std::pair<int, float> &a, const std::pair<int, float> &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    };
    const int n = std::min<int>(m_k, int(result.size()));
    std::partial_sort(result.begin(), result.begin() + n, result.end(), better);
    result.resize(size_t(n));
    return result;
}

void UserKnn::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    for (const auto &[v, sim] : neighbors(user)) {
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_x, v); it; ++it)
            scores[it.col()] += sim * it.value();
    }
}

std::vector<Contribution> UserKnn::explain(int user, int item, int max) const
{
    std::vector<Contribution> all;
    if (user < 0 || user >= m_x.rows() || item < 0 || item >= m_x.cols())
        return all;
    // sim(u, v) is a sum over shared items i of unit_ui * unit_vi, so the vote of v for the
    // item splits into one share per item the user has in common with v.
    std::vector<float> share(size_t(m_x.cols()), 0.0f);
    for (const auto &[v, sim] : neighbors(user)) {
        Q_UNUSED(sim);
        const float vote = m_x.coeff(v, item);
        if (vote == 0.0f)
            continue;
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, user); it; ++it) {
            const float other = m_unit.coeff(v, it.col());
            share[size_t(it.col())] += it.value() * other * vote;
        }
    }
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_unit, user); it; ++it)
        all.push_back({int(it.col()), share[size_t(it.col())], QString()});
    return strongestContributions(std::move(all), max);
}
