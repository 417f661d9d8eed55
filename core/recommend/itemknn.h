#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>

/**
 * Item-based k nearest neighbours (Deshpande & Karypis): cosine similarity between item
 * columns with shrinkage, sim(i, j) = x_i.x_j / (|x_i| |x_j| + shrink), keeping the k most
 * similar items of each item. score(u, j) = sum over the user's items i of x_ui * sim(i, j).
 *
 * Options: "neighbors" (int, 100), "shrink" (double, 10), "binary" (bool, true: every event
 * counts 1; false: use the stored values). Thread-safe after fit().
 */
class ItemKnn : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(ItemKnn)
public:
    explicit ItemKnn(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("itemknn"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    std::vector<Contribution> explain(int user, int item, int max) const override;

    /** sim(i, j) when j is among i's kept neighbours, else 0. */
    float similarity(int i, int j) const { return m_neighbors.coeff(i, j); }

private:
    int m_k = 100;
    double m_shrink = 10.0;
    bool m_binary = true;
    int m_threads = 0;
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_x;          ///< training users x items
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_neighbors;  ///< row i: i's neighbours and similarities
};
