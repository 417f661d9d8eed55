#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

#include <Eigen/Dense>

/**
 * Implicit-feedback ALS (Hu, Koren & Volinsky 2008): preferences p_ui = 1 for observed
 * events with confidence c_ui = 1 + alpha * r_ui (r = log(1 + value) when "log" is set,
 * else the value), factors from alternating exact least squares per user and per item
 * with the Y'Y trick (Cholesky of a factors x factors system each), seeded initialisation.
 *
 * Options: "factors" (int, 32), "iterations" (int, 10), "reg" (double, 10),
 * "alpha" (double, 5), "log" (bool, false), "binary" (bool, true: r = 1 for every
 * event; false: r = the stored value), "seed" (int, 42). The defaults were tuned on
 * MovieLens 100K (tests/benchmarks/recommend_bench.cpp). Thread-safe after fit().
 */
class ImplicitAls : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(ImplicitAls)
public:
    explicit ImplicitAls(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("als"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    /** Hu et al. section 5: score = sum_i s_ji c_ui with s_ji = y_j' W_u y_i. */
    std::vector<Contribution> explain(int user, int item, int max) const override;

    const Eigen::MatrixXf &userFactors() const { return m_users; } ///< factors x users
    const Eigen::MatrixXf &itemFactors() const { return m_items; } ///< factors x items

private:
    /** Solves every column of @p target from the fixed @p fixed factors and confidences @p c (rows = targets). */
    bool solve(const Eigen::SparseMatrix<float, Eigen::RowMajor> &c, const Eigen::MatrixXf &fixed,
               Eigen::MatrixXf &target, int threads, ProgressReporter &progress) const;
    /** The user's system matrix Y'C_uY + reg I. */
    Eigen::MatrixXf userSystem(int user) const;

    int m_factors = 32;
    int m_iterations = 10;
    double m_reg = 10.0;
    double m_alpha = 5.0;
    bool m_log = false;
    bool m_binary = true;
    quint64 m_seed = 42;
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_confidence; ///< users x items, c_ui - 1
    Eigen::MatrixXf m_users;
    Eigen::MatrixXf m_items;
    Eigen::MatrixXf m_itemGram; ///< Y'Y of the final item factors
};
