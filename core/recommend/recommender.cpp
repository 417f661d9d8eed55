#include "recommend/recommender.h"

#include "recommend/ease.h"
#include "recommend/hybrid.h"
#include "recommend/implicitals.h"
#include "recommend/itemknn.h"
#include "recommend/popularity.h"
#include "recommend/userknn.h"

#include <QCoreApplication>

#if __has_include("recommend/biasedmf.h")
#include "recommend/biasedmf.h"
#define TAILOR_HAS_BIASEDMF 1
#endif
#if __has_include("recommend/bpr.h")
#include "recommend/bpr.h"
#define TAILOR_HAS_BPR 1
#endif
#if __has_include("recommend/contentrecommender.h")
#include "recommend/contentrecommender.h"
#define TAILOR_HAS_CONTENT 1
#endif

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace {

/** Largest catalogue EASE is picked for by `auto` (its fit inverts an items x items matrix). */
constexpr int kAutoEaseMaxItems = 20000;

/** `auto`: EASE for catalogues up to 20,000 items, implicit ALS above. */
class AutoRecommender : public Recommender
{
public:
    explicit AutoRecommender(const QVariantMap &options) : m_options(options) {}
    QString name() const override { return QStringLiteral("auto"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override
    {
        if (train.userItem.cols() <= kAutoEaseMaxItems)
            m_model = std::make_unique<Ease>(m_options);
        else
            m_model = std::make_unique<ImplicitAls>(m_options);
        return m_model->fit(train, progress, error);
    }
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override { m_model->scoreUser(user, scores); }
    std::vector<Contribution> explain(int user, int item, int max) const override
    {
        return m_model->explain(user, item, max);
    }

private:
    QVariantMap m_options;
    std::unique_ptr<Recommender> m_model;
};

} // namespace

QStringList recommenderNames()
{
    QStringList names{QStringLiteral("popularity"), QStringLiteral("itemknn"), QStringLiteral("userknn"),
                      QStringLiteral("ease"), QStringLiteral("als")};
#ifdef TAILOR_HAS_BPR
    names << QStringLiteral("bpr");
#endif
#ifdef TAILOR_HAS_BIASEDMF
    names << QStringLiteral("mf");
#endif
#ifdef TAILOR_HAS_CONTENT
    names << QStringLiteral("content");
#endif
    names << QStringLiteral("hybrid") << QStringLiteral("auto");
    return names;
}

std::unique_ptr<Recommender> createRecommender(const QString &name, const QVariantMap &options)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("popularity"))
        return std::make_unique<Popularity>(options);
    if (n == QLatin1String("itemknn"))
        return std::make_unique<ItemKnn>(options);
    if (n == QLatin1String("userknn"))
        return std::make_unique<UserKnn>(options);
    if (n == QLatin1String("ease"))
        return std::make_unique<Ease>(options);
    if (n == QLatin1String("als"))
        return std::make_unique<ImplicitAls>(options);
    if (n == QLatin1String("hybrid"))
        return std::make_unique<Hybrid>(options);
    if (n == QLatin1String("auto"))
        return std::make_unique<AutoRecommender>(options);
#ifdef TAILOR_HAS_BPR
    if (n == QLatin1String("bpr"))
        return std::make_unique<Bpr>(options);
#endif
#ifdef TAILOR_HAS_BIASEDMF
    if (n == QLatin1String("mf"))
        return std::make_unique<BiasedMf>(options);
#endif
#ifdef TAILOR_HAS_CONTENT
    if (n == QLatin1String("content"))
        return std::make_unique<ContentRecommender>(options);
#endif
    return nullptr;
}

std::vector<ScoredItem> recommendTop(const Recommender &model, const TrainingSet &train, int user, int k,
                                     Eigen::VectorXf *scratch)
{
    const int items = int(train.userItem.cols());
    Eigen::VectorXf local;
    Eigen::VectorXf &scores = scratch ? *scratch : local;
    scores.resize(items);
    scores.setZero();
    if (user >= 0 && user < train.userItem.rows()) {
        model.scoreUser(user, scores);
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(train.userItem, user); it; ++it)
            scores[it.col()] = -std::numeric_limits<float>::infinity();
    }
    std::vector<int> order;
    order.reserve(size_t(items));
    for (int i = 0; i < items; ++i) {
        if (scores[i] != -std::numeric_limits<float>::infinity() && !std::isnan(scores[i]))
            order.push_back(i);
    }
    const int n = std::min<int>(k, int(order.size()));
    // Ties go to the lower item index so results are reproducible.
    auto better = [&scores](int a, int b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); };
    std::partial_sort(order.begin(), order.begin() + n, order.end(), better);
    std::vector<ScoredItem> top;
    top.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        top.push_back({order[size_t(i)], scores[order[size_t(i)]]});
    return top;
}

int recommenderThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

void parallelFor(int count, int threads, int grain, const std::function<void(int, int)> &body)
{
    if (count <= 0)
        return;
    grain = std::max(1, grain);
    const int workers = std::min(recommenderThreads(threads), (count + grain - 1) / grain);
    if (workers <= 1) {
        body(0, count);
        return;
    }
    std::atomic<int> next{0};
    auto work = [&]() {
        for (;;) {
            const int begin = next.fetch_add(grain);
            if (begin >= count)
                return;
            body(begin, std::min(count, begin + grain));
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    for (int i = 1; i < workers; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

Eigen::SparseMatrix<float, Eigen::RowMajor> binarized(const Eigen::SparseMatrix<float, Eigen::RowMajor> &matrix)
{
    Eigen::SparseMatrix<float, Eigen::RowMajor> result = matrix;
    result.prune([](int, int, float value) { return value > 0; });
    for (int k = 0; k < result.outerSize(); ++k) {
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(result, k); it; ++it)
            it.valueRef() = 1.0f;
    }
    result.makeCompressed();
    return result;
}

std::vector<Contribution> strongestContributions(std::vector<Contribution> all, int max)
{
    // Shares below a millionth of the largest are rounding noise (e.g. a zero EASE weight in float).
    float largest = 0;
    for (const Contribution &c : all)
        largest = std::max(largest, c.weight);
    const float floor = largest * 1e-6f;
    all.erase(std::remove_if(all.begin(), all.end(),
                             [floor](const Contribution &c) { return !(c.weight > 0) || c.weight <= floor; }),
              all.end());
    std::sort(all.begin(), all.end(), [](const Contribution &a, const Contribution &b) {
        return a.weight > b.weight || (a.weight == b.weight && a.item < b.item);
    });
    if (int(all.size()) > std::max(0, max))
        all.resize(size_t(std::max(0, max)));
    return all;
}

QString recommenderLabel(const QString &algo)
{
    if (algo == QLatin1String("popularity"))
        return QCoreApplication::translate("Recommender", "Most popular products");
    if (algo == QLatin1String("itemknn"))
        return QCoreApplication::translate("Recommender", "Similar products (item k-NN)");
    if (algo == QLatin1String("userknn"))
        return QCoreApplication::translate("Recommender", "Similar customers (user k-NN)");
    if (algo == QLatin1String("ease"))
        return QCoreApplication::translate("Recommender", "EASE (linear item model)");
    if (algo == QLatin1String("als"))
        return QCoreApplication::translate("Recommender", "Matrix factorization (ALS)");
    if (algo == QLatin1String("bpr"))
        return QCoreApplication::translate("Recommender", "Pairwise ranking (BPR)");
    if (algo == QLatin1String("mf"))
        return QCoreApplication::translate("Recommender", "Rating prediction (biased MF)");
    if (algo == QLatin1String("content"))
        return QCoreApplication::translate("Recommender", "Same category (content-based)");
    if (algo == QLatin1String("hybrid"))
        return QCoreApplication::translate("Recommender", "Hybrid of two models");
    if (algo == QLatin1String("auto"))
        return QCoreApplication::translate("Recommender", "Automatic choice");
    return algo;
}
