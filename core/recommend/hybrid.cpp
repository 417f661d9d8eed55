#include "recommend/hybrid.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <map>

Hybrid::Hybrid(const QVariantMap &options)
{
    m_nameA = options.value(QStringLiteral("a"), QStringLiteral("ease")).toString();
    m_nameB = options.value(QStringLiteral("b"), QStringLiteral("als")).toString();
    m_weight = std::clamp(options.value(QStringLiteral("weight"), m_weight).toDouble(), 0.0, 1.0);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(QLatin1String("a."))) {
            m_optionsA.insert(key.mid(2), it.value());
        } else if (key.startsWith(QLatin1String("b."))) {
            m_optionsB.insert(key.mid(2), it.value());
        } else if (key != QLatin1String("a") && key != QLatin1String("b") && key != QLatin1String("weight")) {
            if (!m_optionsA.contains(key))
                m_optionsA.insert(key, it.value());
            if (!m_optionsB.contains(key))
                m_optionsB.insert(key, it.value());
        }
    }
}

bool Hybrid::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    if (m_nameA == name() || m_nameB == name()) {
        if (error)
            *error = tr("A hybrid cannot contain another hybrid.");
        return false;
    }
    m_a = createRecommender(m_nameA, m_optionsA);
    m_b = createRecommender(m_nameB, m_optionsB);
    if (!m_a || !m_b) {
        if (error)
            *error = tr("Unknown model \"%1\" in the hybrid.").arg(m_a ? m_nameB : m_nameA);
        return false;
    }
    if (!m_popularity.fit(train, progress, error) || !m_a->fit(train, progress, error)
        || !m_b->fit(train, progress, error))
        return false;
    m_cold.assign(size_t(train.userItem.rows()), 0);
    for (int u = 0; u < train.userItem.rows(); ++u)
        m_cold[size_t(u)] = train.userItem.outerIndexPtr()[u + 1] == train.userItem.outerIndexPtr()[u];
    return true;
}

bool Hybrid::isCold(int user) const
{
    return user < 0 || user >= int(m_cold.size()) || m_cold[size_t(user)];
}

void Hybrid::normalize(Eigen::Ref<Eigen::VectorXf> scores)
{
    if (scores.size() == 0)
        return;
    const float low = scores.minCoeff();
    const float range = scores.maxCoeff() - low;
    if (range > 0)
        scores = (scores.array() - low) / range;
    else
        scores.setZero();
}

void Hybrid::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    if (isCold(user)) {
        m_popularity.scoreUser(user, scores);
        return;
    }
    m_a->scoreUser(user, scores);
    normalize(scores);
    Eigen::VectorXf other(scores.size());
    m_b->scoreUser(user, other);
    normalize(other);
    scores = float(m_weight) * scores + float(1.0 - m_weight) * other;
}

std::vector<Contribution> Hybrid::explain(int user, int item, int max) const
{
    if (isCold(user))
        return m_popularity.explain(user, item, max);
    // Each model's shares, scaled to sum to the model's weight, added per item.
    std::map<int, float> shares;
    auto add = [&](const std::vector<Contribution> &list, double weight) {
        float total = 0;
        for (const Contribution &c : list)
            total += c.weight;
        for (const Contribution &c : list) {
            if (c.item >= 0 && total > 0)
                shares[c.item] += float(weight) * c.weight / total;
        }
    };
    const int many = std::max(max, 10);
    add(m_a->explain(user, item, many), m_weight);
    add(m_b->explain(user, item, many), 1.0 - m_weight);
    std::vector<Contribution> all;
    for (const auto &[i, w] : shares)
        all.push_back({i, w, QString()});
    return strongestContributions(std::move(all), max);
}
