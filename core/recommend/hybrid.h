#pragma once

#include "recommend/popularity.h"
#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * Weighted blend of two models: score = w * norm(a) + (1 - w) * norm(b), each model's
 * scores min-max normalised per user to [0, 1]. Users without training events get
 * popularity scores instead.
 *
 * Options: "a" (model name, "ease"), "b" (model name, "als"), "weight" (double in
 * [0, 1], 0.7, the weight of a; EASE 0.7 + ALS 0.3 is the best blend measured on
 * MovieLens 100K). Other options go to both models; "a.KEY" / "b.KEY"
 * go to one of them only. Thread-safe after fit().
 */
class Hybrid : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Hybrid)
public:
    explicit Hybrid(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("hybrid"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    std::vector<Contribution> explain(int user, int item, int max) const override;

    /** Scales @p scores to [0, 1] (all equal -> all 0). */
    static void normalize(Eigen::Ref<Eigen::VectorXf> scores);

private:
    bool isCold(int user) const;

    QString m_nameA;
    QString m_nameB;
    double m_weight = 0.7;
    QVariantMap m_optionsA;
    QVariantMap m_optionsB;
    std::unique_ptr<Recommender> m_a;
    std::unique_ptr<Recommender> m_b;
    Popularity m_popularity;
    std::vector<char> m_cold;
};
