#include "recommend/bpr.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

Bpr::Bpr(const QVariantMap &options)
{
    m_factors = options.value(QStringLiteral("factors"), m_factors).toInt();
    m_epochs = options.value(QStringLiteral("epochs"), m_epochs).toInt();
    m_learningRate = options.value(QStringLiteral("learningRate"), m_learningRate).toDouble();
    m_reg = options.value(QStringLiteral("reg"), m_reg).toDouble();
    m_biasReg = options.value(QStringLiteral("biasReg"), m_biasReg).toDouble();
    m_initStd = options.value(QStringLiteral("initStd"), m_initStd).toDouble();
    m_seed = options.value(QStringLiteral("seed"), m_seed).toUInt();
}

bool Bpr::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (error)
        error->clear();
    if (m_factors <= 0)
        return fail(tr("BPR needs at least one factor (factors = %1).").arg(m_factors));
    if (m_epochs <= 0)
        return fail(tr("BPR needs at least one epoch (epochs = %1).").arg(m_epochs));
    if (!(m_learningRate > 0) || m_reg < 0 || m_biasReg < 0)
        return fail(tr("BPR needs a positive learning rate and non-negative regularization."));

    const int users = int(train.userItem.rows());
    const int items = int(train.userItem.cols());
    // Positive pairs, and each user's items sorted for the "not bought" test.
    Eigen::SparseMatrix<float, Eigen::RowMajor> positives = train.userItem;
    positives.prune([](Eigen::Index, Eigen::Index, float value) { return value > 0; });
    positives.makeCompressed();
    const qint64 pairs = positives.nonZeros();
    if (pairs == 0)
        return fail(tr("BPR needs purchases or ratings to learn from; the training set has none."));
    if (items < 2)
        return fail(tr("BPR needs at least two items."));

    std::vector<int> pairUser(static_cast<size_t>(pairs));
    for (int u = 0; u < users; ++u) {
        for (auto k = positives.outerIndexPtr()[u]; k < positives.outerIndexPtr()[u + 1]; ++k)
            pairUser[size_t(k)] = u;
    }
    const int *outer = positives.outerIndexPtr();
    const int *inner = positives.innerIndexPtr();

    std::mt19937 rng(m_seed);
    std::normal_distribution<float> normal(0.0f, float(m_initStd));
    Eigen::MatrixXf p(m_factors, users);
    Eigen::MatrixXf q(m_factors, items);
    for (int u = 0; u < users; ++u)
        for (int d = 0; d < m_factors; ++d)
            p(d, u) = normal(rng);
    for (int i = 0; i < items; ++i)
        for (int d = 0; d < m_factors; ++d)
            q(d, i) = normal(rng);
    Eigen::VectorXf b = Eigen::VectorXf::Zero(items);

    std::uniform_int_distribution<qint64> pickPair(0, pairs - 1);
    std::uniform_int_distribution<int> pickItem(0, items - 1);
    const float lr = float(m_learningRate);
    const float reg = float(m_reg);
    const float breg = float(m_biasReg);
    Eigen::VectorXf pu(m_factors), diff(m_factors);
    progress.setRange(m_epochs);
    for (int epoch = 0; epoch < m_epochs; ++epoch) {
        for (qint64 step = 0; step < pairs; ++step) {
            if ((step & 0x3fff) == 0 && progress.isCancelled())
                return false;
            const qint64 k = pickPair(rng);
            const int u = pairUser[size_t(k)];
            const int i = inner[k];
            const int *rowBegin = inner + outer[u];
            const int *rowEnd = inner + outer[u + 1];
            if (rowEnd - rowBegin >= items)
                continue;   // the user has every item: nothing to rank below
            int j = pickItem(rng);
            while (std::binary_search(rowBegin, rowEnd, j))
                j = pickItem(rng);
            pu = p.col(u);
            diff = q.col(i) - q.col(j);
            const float x = b[i] - b[j] + pu.dot(diff);
            const float g = 1.0f / (1.0f + std::exp(x));   // sigmoid(-x)
            p.col(u) += lr * (g * diff - reg * pu);
            q.col(i) += lr * (g * pu - reg * q.col(i));
            q.col(j) += lr * (-g * pu - reg * q.col(j));
            b[i] += lr * (g - breg * b[i]);
            b[j] += lr * (-g - breg * b[j]);
        }
        progress.setValue(epoch + 1);
    }
    m_userFactors = std::move(p);
    m_itemFactors = std::move(q);
    m_itemBias = std::move(b);
    m_userItem = std::move(positives);
    return true;
}

void Bpr::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    const Eigen::Index items = std::min<Eigen::Index>(scores.size(), m_itemFactors.cols());
    if (user >= 0 && user < m_userFactors.cols())
        scores.head(items) = m_itemFactors.leftCols(items).transpose() * m_userFactors.col(user) + m_itemBias.head(items);
    else
        scores.head(items) = m_itemBias.head(items);
    if (scores.size() > items)
        scores.tail(scores.size() - items).setConstant(-std::numeric_limits<float>::infinity());
}

std::vector<Contribution> Bpr::explain(int user, int item, int max) const
{
    std::vector<Contribution> result;
    if (max <= 0 || user < 0 || user >= m_userItem.rows() || item < 0 || item >= m_itemFactors.cols())
        return result;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_userItem, user); it; ++it) {
        const int j = int(it.col());
        if (j == item)
            continue;
        const float weight = m_itemFactors.col(j).dot(m_itemFactors.col(item));
        if (weight > 0)
            result.push_back({j, weight, QString()});
    }
    std::sort(result.begin(), result.end(), [](const Contribution &a, const Contribution &b) {
        return a.weight > b.weight || (a.weight == b.weight && a.item < b.item);
    });
    if (int(result.size()) > max)
        result.resize(size_t(max));
    return result;
}
