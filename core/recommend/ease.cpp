#include "recommend/ease.h"

#include "jobs/progressreporter.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <atomic>

Ease::Ease(const QVariantMap &options)
{
    m_lambda = std::max(0.0, options.value(QStringLiteral("lambda"), m_lambda).toDouble());
    m_binary = options.value(QStringLiteral("binary"), m_binary).toBool();
    m_weightedOption = options.value(QStringLiteral("weighted"));
    m_dropout = std::clamp(options.value(QStringLiteral("dropout"), m_dropout).toDouble(), 0.0, 0.95);
}

bool Ease::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    m_x = m_binary ? binarized(train.userItem) : train.userItem;
    const bool ratings = !train.ratings.empty() || (train.data && train.data->hasRatings());
    m_weighted = m_weightedOption.isValid() ? m_weightedOption.toBool() : ratings;
    m_scoreX = m_weighted ? train.userItem : m_x;
    const Eigen::SparseMatrix<float, Eigen::ColMajor> xc = m_x;
    const int n = int(m_x.cols());
    constexpr int kBlock = 64;
    progress.setRange(4);

    // Gram matrix G = X'X + lambda I, one column per item, computed in parallel.
    Eigen::MatrixXf g = Eigen::MatrixXf::Zero(n, n);
    std::atomic<bool> cancelled{false};
    parallelFor(n, train.threads, kBlock, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            float *column = g.col(i).data();
            for (Eigen::SparseMatrix<float, Eigen::ColMajor>::InnerIterator cu(xc, i); cu; ++cu) {
                for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator rj(m_x, cu.row()); rj; ++rj)
                    column[rj.col()] += cu.value() * rj.value();
            }
        }
        if (progress.isCancelled())
            cancelled = true;
    });
    if (cancelled)
        return false;
    g.diagonal().array() = g.diagonal().array() * float(1.0 + m_dropout / (1.0 - m_dropout)) + float(m_lambda);
    progress.setValue(1);

    Eigen::LLT<Eigen::Ref<Eigen::MatrixXf>> llt(g); // in place: g's lower triangle becomes L
    if (llt.info() != Eigen::Success) {
        if (error)
            *error = tr("EASE could not invert the item matrix; use a larger lambda (now %1).").arg(m_lambda);
        return false;
    }
    if (progress.isCancelled())
        return false;
    progress.setValue(2);

    // Z = L^-1 is lower triangular: the columns of block [j0, j1) are zero above row j0,
    // so each block solves only with the bottom-right corner of L.
    Eigen::MatrixXf z = Eigen::MatrixXf::Zero(n, n);
    parallelFor(n, train.threads, kBlock, [&](int begin, int end) {
        const int m = n - begin;
        Eigen::MatrixXf rhs = Eigen::MatrixXf::Identity(m, end - begin);
        g.bottomRightCorner(m, m).triangularView<Eigen::Lower>().solveInPlace(rhs);
        z.block(begin, begin, m, end - begin) = rhs;
    });
    if (progress.isCancelled())
        return false;
    progress.setValue(3);

    // P = (X'X + lambda I)^-1 = Z' Z, block by block of columns, into g's storage.
    parallelFor(n, train.threads, kBlock, [&](int begin, int end) {
        const int m = n - begin;
        g.middleCols(begin, end - begin).noalias() =
            z.bottomRows(m).transpose() * z.block(begin, begin, m, end - begin);
    });
    z.resize(0, 0);
    if (progress.isCancelled())
        return false;

    // B = I - P diag(1 / diag(P)): B_ij = -P_ij / P_jj, zero diagonal.
    m_b = std::move(g);
    for (int j = 0; j < n; ++j) {
        const float pjj = m_b(j, j);
        m_b.col(j) *= -1.0f / pjj;
        m_b(j, j) = 0.0f;
    }
    progress.setValue(4);
    return true;
}

void Ease::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    if (user < 0 || user >= m_scoreX.rows())
        return;
    // Column j of B is contiguous; gather the user's rows of it.
    std::vector<std::pair<int, float>> items;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_scoreX, user); it; ++it)
        items.emplace_back(int(it.col()), it.value());
    const int n = int(m_b.cols());
    for (int j = 0; j < n; ++j) {
        const float *column = m_b.col(j).data();
        float s = 0;
        for (const auto &[i, x] : items)
            s += x * column[i];
        scores[j] = s;
    }
}

std::vector<Contribution> Ease::explain(int user, int item, int max) const
{
    std::vector<Contribution> all;
    if (user < 0 || user >= m_scoreX.rows() || item < 0 || item >= m_b.cols())
        return all;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_scoreX, user); it; ++it)
        all.push_back({int(it.col()), it.value() * m_b(int(it.col()), item), QString()});
    return strongestContributions(std::move(all), max);
}
