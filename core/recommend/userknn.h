#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * User-based k nearest neighbours: the k users most similar to the user (cosine, or
 * Pearson = cosine of mean-centred ratings) vote for their items:
 * score(u, j) = sum over neighbours v of sim(u, v) * x_vj.
 *
 * Options: "neighbors" (int, 50), "similarity" ("cosine" or "pearson", cosine),
 * "binary" (bool, true; Pearson needs values, so it uses the stored ratings).
 * Thread-safe after fit().
 */
class UserKnn : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(UserKnn)
public:
    explicit UserKnn(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("userknn"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    std::vector<Contribution> explain(int user, int item, int max) const override;

    /** The user's k neighbours and their similarities, most similar first. */
    std::vector<std::pair<int, float>> neighbors(int user) const;

private:
    int m_k = 50;
    bool m_pearson = false;
    bool m_binary = true;
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_x;       ///< the votes (binary or stored values)
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_unit;    ///< rows of the similarity space, unit length
    Eigen::SparseMatrix<float, Eigen::ColMajor> m_unitCols;
};
