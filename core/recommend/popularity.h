#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * Baseline: every user gets the items bought or rated by the most distinct users.
 * Options: none. Thread-safe after fit().
 */
class Popularity : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Popularity)
public:
    explicit Popularity(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("popularity"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    std::vector<Contribution> explain(int user, int item, int max) const override;

    /** Distinct users per item, the score of every user. */
    const Eigen::VectorXf &itemScores() const { return m_scores; }

    /** The explanation of popularity-based recommendations ("popular with all customers"). */
    static Contribution popularReason();

private:
    Eigen::VectorXf m_scores;
};
