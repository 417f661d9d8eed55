#include "recommend/implicitals.h"

#include "jobs/progressreporter.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>

ImplicitAls::ImplicitAls(const QVariantMap &options)
{
    m_factors = std::max(1, options.value(QStringLiteral("factors"), m_factors).toInt());
    m_iterations = std::max(1, options.value(QStringLiteral("iterations"), m_iterations).toInt());
    m_reg = std::max(1e-6, options.value(QStringLiteral("reg"), m_reg).toDouble());
    m_alpha = std::max(0.0, options.value(QStringLiteral("alpha"), m_alpha).toDouble());
    m_log = options.value(QStringLiteral("log"), m_log).toBool();
    m_binary = options.value(QStringLiteral("binary"), m_binary).toBool();
    m_seed = options.value(QStringLiteral("seed"), m_seed).toULongLong();
}

bool ImplicitAls::solve(const Eigen::SparseMatrix<float, Eigen::RowMajor> &c, const Eigen::MatrixXf &fixed,
                        Eigen::MatrixXf &target, int threads, ProgressReporter &progress) const
{
    const int f = m_factors;
    Eigen::MatrixXf gram = Eigen::MatrixXf::Zero(f, f);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(fixed);
    gram.diagonal().array() += float(m_reg);
    std::atomic<bool> cancelled{false};
    parallelFor(int(c.rows()), threads, 256, [&](int begin, int end) {
        Eigen::MatrixXf a(f, f);
        Eigen::VectorXf b(f);
        Eigen::LLT<Eigen::MatrixXf> llt(f);
        for (int u = begin; u < end; ++u) {
            if (c.outerIndexPtr()[u + 1] == c.outerIndexPtr()[u]) {
                target.col(u).setZero();
                continue;
            }
            a = gram;
            b.setZero();
            for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(c, u); it; ++it) {
                const auto y = fixed.col(it.col());
                a.selfadjointView<Eigen::Lower>().rankUpdate(y, it.value());
                b += (1.0f + it.value()) * y;
            }
            llt.compute(a);
            target.col(u) = llt.solve(b);
        }
        if (progress.isCancelled())
            cancelled = true;
    });
    return !cancelled;
}

bool ImplicitAls::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    m_confidence = train.userItem;
    m_confidence.prune([](int, int, float value) { return value > 0; });
    for (int u = 0; u < m_confidence.outerSize(); ++u) {
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_confidence, u); it; ++it) {
            const float r = m_binary ? 1.0f : (m_log ? std::log1p(it.value()) : it.value());
            it.valueRef() = float(m_alpha) * r;
        }
    }
    m_confidence.makeCompressed();
    const Eigen::SparseMatrix<float, Eigen::RowMajor> itemConfidence = m_confidence.transpose();

    std::mt19937_64 rng(m_seed);
    std::normal_distribution<float> normal(0.0f, 0.01f);
    m_users = Eigen::MatrixXf::Zero(m_factors, m_confidence.rows());
    m_items.resize(m_factors, m_confidence.cols());
    for (int i = 0; i < m_items.cols(); ++i) {
        for (int k = 0; k < m_factors; ++k)
            m_items(k, i) = normal(rng);
    }
    progress.setRange(m_iterations);
    for (int iteration = 0; iteration < m_iterations; ++iteration) {
        if (!solve(m_confidence, m_items, m_users, train.threads, progress)
            || !solve(itemConfidence, m_users, m_items, train.threads, progress))
            return false;
        progress.setValue(iteration + 1);
    }
    // A last user step makes the user factors exact for the final item factors, so the
    // explanations (which rebuild each user's system) add up to the scores.
    if (!solve(m_confidence, m_items, m_users, train.threads, progress))
        return false;
    m_itemGram = Eigen::MatrixXf::Zero(m_factors, m_factors);
    m_itemGram.selfadjointView<Eigen::Lower>().rankUpdate(m_items);
    m_itemGram.triangularView<Eigen::StrictlyUpper>() = m_itemGram.transpose();
    return true;
}

void ImplicitAls::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    if (user < 0 || user >= m_users.cols()) {
        scores.setZero();
        return;
    }
    scores.noalias() = m_items.transpose() * m_users.col(user);
}

Eigen::MatrixXf ImplicitAls::userSystem(int user) const
{
    Eigen::MatrixXf a = m_itemGram;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_confidence, user); it; ++it)
        a.noalias() += it.value() * m_items.col(it.col()) * m_items.col(it.col()).transpose();
    a.diagonal().array() += float(m_reg);
    return a;
}

std::vector<Contribution> ImplicitAls::explain(int user, int item, int max) const
{
    std::vector<Contribution> all;
    if (user < 0 || user >= m_users.cols() || item < 0 || item >= m_items.cols())
        return all;
    // W_u = (Y'C_uY + reg I)^-1; s_ji = y_j' W_u y_i, weighted by the confidence c_ui.
    const Eigen::VectorXf w = userSystem(user).llt().solve(m_items.col(item));
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_confidence, user); it; ++it) {
        const float c = 1.0f + it.value();
        all.push_back({int(it.col()), c * w.dot(m_items.col(it.col())), QString()});
    }
    return strongestContributions(std::move(all), max);
}
