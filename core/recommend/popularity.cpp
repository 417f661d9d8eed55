#include "recommend/popularity.h"

#include "jobs/progressreporter.h"

Popularity::Popularity(const QVariantMap &options)
{
    Q_UNUSED(options);
}

bool Popularity::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    m_scores = Eigen::VectorXf::Zero(train.userItem.cols());
    for (int u = 0; u < train.userItem.outerSize(); ++u) {
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(train.userItem, u); it; ++it) {
            if (it.value() > 0)
                m_scores[it.col()] += 1.0f;
        }
        if (u % 4096 == 0 && progress.isCancelled())
            return false;
    }
    return true;
}

void Popularity::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    Q_UNUSED(user);
    scores = m_scores;
}

Contribution Popularity::popularReason()
{
    Contribution c;
    c.item = -1;
    c.weight = 1.0f;
    c.reason = tr("popular with all customers");
    return c;
}

std::vector<Contribution> Popularity::explain(int user, int item, int max) const
{
    Q_UNUSED(user);
    Q_UNUSED(item);
    if (max <= 0)
        return {};
    return {popularReason()};
}
