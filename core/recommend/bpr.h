#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * Bayesian personalized ranking ("bpr") on implicit data: every positive entry of
 * TrainingSet::userItem is an observed (user, item) pair. Each SGD step draws a
 * positive pair (u, i) uniformly and an item j the user does not have uniformly,
 * and raises ln sigmoid(x_ui - x_uj), with x_ui = b_i + p_u . q_i, under L2
 * regularization. One epoch = as many steps as there are positive pairs.
 *
 * Options (QVariantMap key, default):
 * - "factors" (int, 64): latent dimensions, > 0;
 * - "epochs" (int, 40): epochs, > 0;
 * - "learningRate" (double, 0.05);
 * - "reg" (double, 0.002): L2 weight of p, q;
 * - "biasReg" (double, 0.0): L2 weight of the item biases;
 * - "initStd" (double, 0.1): standard deviation of the normal initial factors;
 * - "seed" (int, 42): seeds initialization and sampling.
 *
 * fit() is single-threaded and deterministic for a given seed; const methods are
 * thread-safe after fit().
 */
class Bpr : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Bpr)
public:
    explicit Bpr(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("bpr"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    /** b_i + p_u . q_i for every item. */
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    /** The user's items j with the largest positive q_j . q_i, best first. */
    std::vector<Contribution> explain(int user, int item, int max) const override;

private:
    int m_factors = 64;
    int m_epochs = 40;
    double m_learningRate = 0.05;
    double m_reg = 0.002;
    double m_biasReg = 0.0;
    double m_initStd = 0.1;
    quint32 m_seed = 42;

    Eigen::MatrixXf m_userFactors;   ///< factors x users
    Eigen::MatrixXf m_itemFactors;   ///< factors x items
    Eigen::VectorXf m_itemBias;
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_userItem;   ///< the training pairs, for explain()
};
