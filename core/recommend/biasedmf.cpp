#include "recommend/biasedmf.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

BiasedMf::BiasedMf(const QVariantMap &options)
{
    m_factors = options.value(QStringLiteral("factors"), m_factors).toInt();
    m_epochs = options.value(QStringLiteral("epochs"), m_epochs).toInt();
    m_learningRate = options.value(QStringLiteral("learningRate"), m_learningRate).toDouble();
    m_decay = options.value(QStringLiteral("decay"), m_decay).toDouble();
    m_reg = options.value(QStringLiteral("reg"), m_reg).toDouble();
    m_biasReg = options.value(QStringLiteral("biasReg"), m_biasReg).toDouble();
    m_initStd = options.value(QStringLiteral("initStd"), m_initStd).toDouble();
    m_implicit = options.value(QStringLiteral("implicit"), m_implicit).toBool();
    m_seed = options.value(QStringLiteral("seed"), m_seed).toUInt();
    m_knnBlend = options.value(QStringLiteral("knnBlend"), m_knnBlend).toDouble();
    m_knnMaxItems = options.value(QStringLiteral("knnMaxItems"), m_knnMaxItems).toInt();
    m_knnNeighbors = options.value(QStringLiteral("knnNeighbors"), m_knnNeighbors).toInt();
    m_knnShrink = options.value(QStringLiteral("knnShrink"), m_knnShrink).toDouble();
    m_knnUserReg = options.value(QStringLiteral("knnUserReg"), m_knnUserReg).toDouble();
    m_knnItemReg = options.value(QStringLiteral("knnItemReg"), m_knnItemReg).toDouble();
}

bool BiasedMf::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (error)
        error->clear();
    if (m_factors <= 0)
        return fail(tr("Matrix factorization needs at least one factor (factors = %1).").arg(m_factors));
    if (m_epochs <= 0)
        return fail(tr("Matrix factorization needs at least one epoch (epochs = %1).").arg(m_epochs));
    if (!(m_learningRate > 0) || m_reg < 0 || m_biasReg < 0)
        return fail(tr("Matrix factorization needs a positive learning rate and non-negative regularization."));
    if (m_knnBlend < 0 || m_knnBlend > 1 || (m_knnBlend > 0 && m_knnNeighbors <= 0) || m_knnShrink < 0)
        return fail(tr("The kNN blend needs a weight between 0 and 1, at least one neighbour and a "
                       "non-negative shrinkage."));
    m_blend = 0;
    m_itemSim = Eigen::MatrixXf();

    std::vector<Interaction> ratings = train.ratings;
    if (ratings.empty()) {
        for (int u = 0; u < train.userItem.outerSize(); ++u) {
            for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(train.userItem, u); it; ++it)
                ratings.push_back({u, int(it.col()), it.value(), 0});
        }
    }
    if (ratings.empty())
        return fail(tr("Matrix factorization needs ratings to learn from; the training set has none."));

    int users = int(train.userItem.rows());
    int items = int(train.userItem.cols());
    for (const Interaction &r : ratings) {
        if (r.user < 0 || r.item < 0)
            return fail(tr("A rating refers to a negative user or item index."));
        users = std::max(users, r.user + 1);
        items = std::max(items, r.item + 1);
    }

    // Ratings grouped by user (stable, so the layout does not depend on the input order of users).
    std::stable_sort(ratings.begin(), ratings.end(),
                     [](const Interaction &a, const Interaction &b) { return a.user < b.user; });
    const int n = int(ratings.size());
    m_rowStart.assign(size_t(users) + 1, 0);
    m_ratedItem.resize(size_t(n));
    m_ratedValue.resize(size_t(n));
    m_userCount.assign(size_t(users), 0);
    m_itemCount.assign(size_t(items), 0);
    double sum = 0;
    m_minRating = ratings.front().value;
    m_maxRating = ratings.front().value;
    for (int k = 0; k < n; ++k) {
        const Interaction &r = ratings[size_t(k)];
        m_ratedItem[size_t(k)] = r.item;
        m_ratedValue[size_t(k)] = r.value;
        ++m_rowStart[size_t(r.user) + 1];
        ++m_userCount[size_t(r.user)];
        ++m_itemCount[size_t(r.item)];
        sum += r.value;
        m_minRating = std::min(m_minRating, r.value);
        m_maxRating = std::max(m_maxRating, r.value);
    }
    for (int u = 0; u < users; ++u)
        m_rowStart[size_t(u) + 1] += m_rowStart[size_t(u)];
    m_mu = float(sum / n);

    std::mt19937 rng(m_seed);
    std::normal_distribution<float> normal(0.0f, float(m_initStd));
    const int f = m_factors;
    Eigen::MatrixXf p(f, users);
    Eigen::MatrixXf q(f, items);
    for (int u = 0; u < users; ++u)
        for (int d = 0; d < f; ++d)
            p(d, u) = normal(rng);
    for (int i = 0; i < items; ++i)
        for (int d = 0; d < f; ++d)
            q(d, i) = normal(rng);
    Eigen::MatrixXf y;
    if (m_implicit)
        y = Eigen::MatrixXf::Zero(f, items);
    Eigen::VectorXf bu = Eigen::VectorXf::Zero(users);
    Eigen::VectorXf bi = Eigen::VectorXf::Zero(items);

    progress.setRange(m_epochs);
    float lr = float(m_learningRate);
    const float reg = float(m_reg);
    const float breg = float(m_biasReg);
    Eigen::VectorXf pu(f), qi(f), z(f), gz(f);

    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> userOrder(static_cast<size_t>(users));
    std::iota(userOrder.begin(), userOrder.end(), 0);
    std::vector<int> userOfRating(static_cast<size_t>(n));
    for (int u = 0; u < users; ++u)
        for (int k = m_rowStart[size_t(u)]; k < m_rowStart[size_t(u) + 1]; ++k)
            userOfRating[size_t(k)] = u;

    for (int epoch = 0; epoch < m_epochs; ++epoch) {
        if (progress.isCancelled())
            return false;
        if (!m_implicit) {
            std::shuffle(order.begin(), order.end(), rng);
            for (int idx = 0; idx < n; ++idx) {
                const int k = order[size_t(idx)];
                const int u = userOfRating[size_t(k)];
                const int i = m_ratedItem[size_t(k)];
                const float e = m_ratedValue[size_t(k)] - (m_mu + bu[u] + bi[i] + p.col(u).dot(q.col(i)));
                bu[u] += lr * (e - breg * bu[u]);
                bi[i] += lr * (e - breg * bi[i]);
                pu = p.col(u);
                p.col(u) += lr * (e * q.col(i) - reg * pu);
                q.col(i) += lr * (e * pu - reg * q.col(i));
                if ((idx & 0xffff) == 0 && progress.isCancelled())
                    return false;
            }
        } else {
            std::shuffle(userOrder.begin(), userOrder.end(), rng);
            for (int uo = 0; uo < users; ++uo) {
                const int u = userOrder[size_t(uo)];
                const int begin = m_rowStart[size_t(u)];
                const int end = m_rowStart[size_t(u) + 1];
                if (begin == end)
                    continue;
                const float norm = 1.0f / std::sqrt(float(end - begin));
                z.setZero();
                for (int k = begin; k < end; ++k)
                    z += y.col(m_ratedItem[size_t(k)]);
                z *= norm;
                gz.setZero();
                std::shuffle(order.begin() + begin, order.begin() + end, rng);
                for (int idx = begin; idx < end; ++idx) {
                    const int k = order[size_t(idx)];
                    const int i = m_ratedItem[size_t(k)];
                    pu = p.col(u) + z;
                    const float e = m_ratedValue[size_t(k)] - (m_mu + bu[u] + bi[i] + pu.dot(q.col(i)));
                    bu[u] += lr * (e - breg * bu[u]);
                    bi[i] += lr * (e - breg * bi[i]);
                    qi = q.col(i);
                    q.col(i) += lr * (e * pu - reg * qi);
                    p.col(u) += lr * (e * qi - reg * p.col(u));
                    gz += e * qi;
                }
                // The implicit vectors take the user's summed gradient once per user.
                gz *= norm / float(end - begin);
                for (int k = begin; k < end; ++k) {
                    const int j = m_ratedItem[size_t(k)];
                    y.col(j) += lr * (gz - reg * y.col(j));
                }
                if ((uo & 0xff) == 0 && progress.isCancelled())
                    return false;
            }
        }
        lr *= float(m_decay);
        progress.setValue(epoch + 1);
    }

    // Entities without training ratings keep no factors, so they fall back to mu + biases.
    for (int u = 0; u < users; ++u) {
        if (m_userCount[size_t(u)] == 0) {
            p.col(u).setZero();
            continue;
        }
        if (m_implicit) {
            const int begin = m_rowStart[size_t(u)];
            const int end = m_rowStart[size_t(u) + 1];
            z.setZero();
            for (int k = begin; k < end; ++k)
                z += y.col(m_ratedItem[size_t(k)]);
            p.col(u) += z / std::sqrt(float(end - begin));
        }
    }
    for (int i = 0; i < items; ++i) {
        if (m_itemCount[size_t(i)] == 0)
            q.col(i).setZero();
    }
    m_userFactors = std::move(p);
    m_itemFactors = std::move(q);
    m_userBias = std::move(bu);
    m_itemBias = std::move(bi);
    if (m_knnBlend > 0 && items <= m_knnMaxItems)
        return fitKnn(progress);
    return true;
}

bool BiasedMf::fitKnn(ProgressReporter &progress)
{
    const int items = int(m_itemFactors.cols());
    const int users = int(m_rowStart.size()) - 1;
    // Sums over the users who rated both i and j: e_ui e_uj, e_ui^2 (at (i, j)) and the count.
    Eigen::MatrixXf products = Eigen::MatrixXf::Zero(items, items);
    Eigen::MatrixXf squares = Eigen::MatrixXf::Zero(items, items);
    Eigen::MatrixXf counts = Eigen::MatrixXf::Zero(items, items);
    // Baselines of their own, by alternating least squares (Koren 2010), which suits the
    // neighbourhood model better than the biases learnt together with the factors.
    m_knnUserBias = Eigen::VectorXf::Zero(users);
    m_knnItemBias = Eigen::VectorXf::Zero(items);
    {
        Eigen::VectorXf itemSum(items);
        for (int iteration = 0; iteration < 10; ++iteration) {
            itemSum.setZero();
            for (int u = 0; u < users; ++u)
                for (int k = m_rowStart[size_t(u)]; k < m_rowStart[size_t(u) + 1]; ++k)
                    itemSum[m_ratedItem[size_t(k)]] += m_ratedValue[size_t(k)] - m_mu - m_knnUserBias[u];
            for (int i = 0; i < items; ++i)
                m_knnItemBias[i] = itemSum[i] / (float(m_knnItemReg) + float(m_itemCount[size_t(i)]));
            for (int u = 0; u < users; ++u) {
                float sum = 0;
                for (int k = m_rowStart[size_t(u)]; k < m_rowStart[size_t(u) + 1]; ++k)
                    sum += m_ratedValue[size_t(k)] - m_mu - m_knnItemBias[m_ratedItem[size_t(k)]];
                m_knnUserBias[u] = sum / (float(m_knnUserReg) + float(m_userCount[size_t(u)]));
            }
        }
    }
    std::vector<float> residual;
    for (int u = 0; u < users; ++u) {
        const int begin = m_rowStart[size_t(u)];
        const int end = m_rowStart[size_t(u) + 1];
        residual.resize(size_t(end - begin));
        for (int k = begin; k < end; ++k)
            residual[size_t(k - begin)] = m_ratedValue[size_t(k)] - m_mu - m_knnUserBias[u] - m_knnItemBias[m_ratedItem[size_t(k)]];
        for (int a = begin; a < end; ++a) {
            const int i = m_ratedItem[size_t(a)];
            const float ei = residual[size_t(a - begin)];
            float *prod = products.col(i).data();
            float *sq = squares.col(i).data();
            float *cnt = counts.col(i).data();
            for (int b = begin; b < end; ++b) {
                const int j = m_ratedItem[size_t(b)];
                prod[j] += ei * residual[size_t(b - begin)];
                sq[j] += ei * ei;   // squares(j, i): sum of e_ui^2 over users who rated i and j
                cnt[j] += 1.0f;
            }
        }
        if ((u & 0xff) == 0 && progress.isCancelled())
            return false;
    }
    m_itemSim.resize(items, items);
    const float shrink = float(m_knnShrink);
    for (int i = 0; i < items; ++i) {
        for (int j = 0; j < items; ++j) {
            const float n = counts(j, i);
            const float denominator = std::sqrt(squares(j, i) * squares(i, j));
            if (i == j || n < 2 || denominator <= 0)
                m_itemSim(j, i) = 0;
            else
                m_itemSim(j, i) = products(j, i) / denominator * (n - 1) / (n - 1 + shrink);
        }
    }
    m_blend = float(m_knnBlend);
    return true;
}

float BiasedMf::knnPrediction(int user, int item) const
{
    const float userBase = user >= 0 && user < m_knnUserBias.size() ? m_knnUserBias[user] : 0.0f;
    const float baseline = m_mu + userBase + (item >= 0 && item < m_knnItemBias.size() ? m_knnItemBias[item] : 0.0f);
    if (user < 0 || user + 1 >= int(m_rowStart.size()) || item < 0 || item >= m_itemSim.cols())
        return baseline;
    const int begin = m_rowStart[size_t(user)];
    const int end = m_rowStart[size_t(user) + 1];
    std::vector<std::pair<float, int>> neighbours;
    neighbours.reserve(size_t(end - begin));
    const float *sim = m_itemSim.col(item).data();
    for (int k = begin; k < end; ++k) {
        const float s = sim[m_ratedItem[size_t(k)]];
        if (s > 0)
            neighbours.emplace_back(s, k);
    }
    const size_t keep = std::min(neighbours.size(), size_t(m_knnNeighbors));
    std::partial_sort(neighbours.begin(), neighbours.begin() + qsizetype(keep), neighbours.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    float num = 0, den = 0;
    for (size_t n = 0; n < keep; ++n) {
        const int k = neighbours[n].second;
        const int j = m_ratedItem[size_t(k)];
        num += neighbours[n].first * (m_ratedValue[size_t(k)] - m_mu - userBase - m_knnItemBias[j]);
        den += neighbours[n].first;
    }
    return den > 0 ? baseline + num / den : baseline;
}

float BiasedMf::userBias(int user) const
{
    return user >= 0 && user < m_userBias.size() ? m_userBias[user] : 0.0f;
}

float BiasedMf::itemBias(int item) const
{
    return item >= 0 && item < m_itemBias.size() ? m_itemBias[item] : 0.0f;
}

float BiasedMf::rawPrediction(int user, int item) const
{
    float value = m_mu + userBias(user) + itemBias(item);
    if (user >= 0 && user < m_userFactors.cols() && item >= 0 && item < m_itemFactors.cols())
        value += m_userFactors.col(user).dot(m_itemFactors.col(item));
    return value;
}

float BiasedMf::predictRating(int user, int item) const
{
    float value = rawPrediction(user, item);
    if (m_blend > 0 && user >= 0 && user < int(m_userCount.size()) && m_userCount[size_t(user)] > 0 && item >= 0
        && item < int(m_itemCount.size()) && m_itemCount[size_t(item)] > 0)
        value = (1 - m_blend) * value + m_blend * knnPrediction(user, item);
    return std::clamp(value, m_minRating, m_maxRating);
}

void BiasedMf::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    const int items = int(std::min<Eigen::Index>(scores.size(), m_itemFactors.cols()));
    const float base = m_mu + userBias(user);
    if (user >= 0 && user < m_userFactors.cols()) {
        scores.head(items) = (m_itemFactors.leftCols(items).transpose() * m_userFactors.col(user)).array()
                             + base + m_itemBias.head(items).array();
    } else {
        scores.head(items) = m_itemBias.head(items).array() + base;
    }
    if (m_blend > 0 && user >= 0 && user < int(m_userCount.size()) && m_userCount[size_t(user)] > 0) {
        for (int i = 0; i < items; ++i) {
            if (m_itemCount[size_t(i)] > 0)
                scores[i] = (1 - m_blend) * scores[i] + m_blend * knnPrediction(user, i);
        }
    }
    scores.head(items) = scores.head(items).cwiseMax(m_minRating).cwiseMin(m_maxRating);
    if (scores.size() > items)
        scores.tail(scores.size() - items).setConstant(std::clamp(base, m_minRating, m_maxRating));
}

std::vector<Contribution> BiasedMf::explain(int user, int item, int max) const
{
    std::vector<Contribution> result;
    if (max <= 0 || user < 0 || user + 1 >= int(m_rowStart.size()) || item < 0 || item >= m_itemFactors.cols())
        return result;
    const float base = m_mu + userBias(user);
    for (int k = m_rowStart[size_t(user)]; k < m_rowStart[size_t(user) + 1]; ++k) {
        const int j = m_ratedItem[size_t(k)];
        if (j == item)
            continue;
        const float deviation = m_ratedValue[size_t(k)] - base - itemBias(j);
        const float weight = m_itemFactors.col(j).dot(m_itemFactors.col(item)) * deviation;
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
