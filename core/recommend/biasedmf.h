#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * Explicit biased matrix factorization ("mf"):
 *   r(u, i) = mu + b_u + b_i + q_i . (p_u + |N(u)|^-1/2 sum_{j in N(u)} y_j)
 * trained by stochastic gradient descent with L2 regularization on the training
 * ratings (TrainingSet::ratings; when that is empty, the non-zero entries of
 * TrainingSet::userItem are taken as ratings). The y_j term (SVD++, N(u) = the
 * items the user rated) is used when the option "implicit" is true.
 *
 * Options (QVariantMap key, default):
 * - "factors" (int, 50): latent dimensions, > 0;
 * - "epochs" (int, 60): passes over the ratings, > 0;
 * - "learningRate" (double, 0.007): initial SGD step;
 * - "decay" (double, 0.99): the step is multiplied by this after every epoch;
 * - "reg" (double, 0.08): L2 weight of the factor vectors p, q, y;
 * - "biasReg" (double, 0.02): L2 weight of the biases;
 * - "initStd" (double, 0.05): standard deviation of the normal initial factors;
 * - "implicit" (bool, false): add the SVD++ implicit term;
 * - "seed" (int, 42): seeds initialization and the order of the ratings;
 * - "knnBlend" (double, 0.45): weight w of an item-kNN baseline predictor blended in:
 *   r = (1 - w) * mf + w * knn; 0 turns it off. It is skipped (w = 0) for more than
 *   "knnMaxItems" (int, 8000) items, as it keeps an items x items similarity matrix;
 * - "knnNeighbors" (int, 40), "knnShrink" (double, 100): see below.
 *
 * The kNN baseline (Koren's KNNBaseline with the pearson-baseline similarity) has its
 * own baseline b_ui = mu + b_u + b_i, fitted by 10 rounds of alternating least squares
 * with "knnUserReg" (double, 15) and "knnItemReg" (double, 10) as ridge weights (as in
 * Koren 2010). For items i, j the similarity is
 * sum_u e_ui e_uj / sqrt(sum_u e_ui^2 * sum_u e_uj^2) over the users who rated both,
 * e = r - b, shrunk by (n - 1) / (n - 1 + knnShrink) with n such users; then
 * knn(u, i) = b_ui + sum_j s_ij (r_uj - b_uj) / sum_j s_ij over the knnNeighbors items j
 * the user rated with the highest positive s_ij (b_ui alone when there are none).
 *
 * Predictions are clipped to [lowest, highest] rating seen in training. A user or
 * item without training ratings falls back to mu + the known MF biases (no kNN blend).
 *
 * On MovieLens 100K u1..u5 the defaults give a mean RMSE of about 0.909 (0.911
 * without the kNN blend), see tests/benchmarks/recommendmodels_bench.cpp.
 * fit() is single-threaded and deterministic for a given seed; const methods are
 * thread-safe after fit().
 */
class BiasedMf : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(BiasedMf)
public:
    explicit BiasedMf(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("mf"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    /** Predicted ratings of every item (clipped to the rating scale). */
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    /**
     * The user's rated items j with the largest q_j . q_i * (r_uj - mu - b_u - b_j),
     * positive weights only, best first.
     */
    std::vector<Contribution> explain(int user, int item, int max) const override;
    bool predictsRatings() const override { return true; }
    float predictRating(int user, int item) const override;

    float globalMean() const { return m_mu; }
    float userBias(int user) const;
    float itemBias(int item) const;

private:
    float rawPrediction(int user, int item) const;
    float knnPrediction(int user, int item) const;
    bool fitKnn(ProgressReporter &progress);

    // Parameters.
    int m_factors = 50;
    int m_epochs = 60;
    double m_learningRate = 0.007;
    double m_decay = 0.99;
    double m_reg = 0.08;
    double m_biasReg = 0.02;
    double m_initStd = 0.05;
    bool m_implicit = false;
    quint32 m_seed = 42;
    double m_knnBlend = 0.45;
    int m_knnMaxItems = 8000;
    int m_knnNeighbors = 40;
    double m_knnShrink = 100;
    double m_knnUserReg = 15;
    double m_knnItemReg = 10;

    // Model.
    float m_mu = 0;
    float m_minRating = 0;
    float m_maxRating = 0;
    Eigen::VectorXf m_userBias;
    Eigen::VectorXf m_itemBias;
    Eigen::MatrixXf m_userFactors;   ///< factors x users: p_u + implicit term, after fit()
    Eigen::MatrixXf m_itemFactors;   ///< factors x items: q_i
    std::vector<int> m_userCount;    ///< training ratings per user
    std::vector<int> m_itemCount;    ///< training ratings per item
    // The training ratings grouped by user (CSR), for explain().
    std::vector<int> m_rowStart;
    std::vector<int> m_ratedItem;
    std::vector<float> m_ratedValue;
    float m_blend = 0;               ///< kNN weight in use (0 when off)
    Eigen::VectorXf m_knnUserBias;   ///< baseline of the kNN predictor (ALS fit)
    Eigen::VectorXf m_knnItemBias;
    Eigen::MatrixXf m_itemSim;       ///< items x items pearson-baseline similarity, when m_blend > 0
};
