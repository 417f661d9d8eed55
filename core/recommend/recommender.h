#pragma once

#include "recommend/interactiondata.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <functional>
#include <memory>
#include <vector>

class ProgressReporter;

/** What the models are trained on: a split's training events, as matrices. */
struct TrainingSet
{
    const InteractionData *data = nullptr;            ///< id tables, names, categories
    Eigen::SparseMatrix<float, Eigen::RowMajor> userItem; ///< users x items, implicit confidence or rating
    /** Explicit ratings of the training events (empty for purchase data). */
    std::vector<Interaction> ratings;
    int threads = 0;                                   ///< 0 = all cores
};

/** One past purchase or rating of the customer that made an item score high. */
struct Contribution
{
    int item = -1;      ///< the customer's own item; -1 for a reason without an item
    float weight = 0;   ///< its share of the score
    QString reason;     ///< set when item == -1, e.g. "popular in your segment"
};

/**
 * A recommendation algorithm. fit() once, then score users; const methods are
 * thread-safe after fit(), so evaluation may score users in parallel.
 */
class Recommender
{
public:
    virtual ~Recommender() = default;

    /** The --algo name: popularity, itemknn, userknn, ease, als, bpr, mf, content, hybrid. */
    virtual QString name() const = 0;

    /** Trains; false with *error on bad input or when cancelled (*error empty then). */
    virtual bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) = 0;

    /** Scores every item for a training-set user (higher = better); scores.size() == item count. */
    virtual void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const = 0;

    /** Up to @p max of the user's own items that contributed most to @p item's score. */
    virtual std::vector<Contribution> explain(int user, int item, int max) const = 0;

    /** Rating models predict values on the rating scale (RMSE/MAE are computed for them). */
    virtual bool predictsRatings() const { return false; }
    virtual float predictRating(int /*user*/, int /*item*/) const { return 0.0f; }
};

/** Names accepted by createRecommender(), in the order the GUI lists them. */
QStringList recommenderNames();

/** Translated display name of an algorithm ("EASE (linear item model)"); an unknown name as it is. */
QString recommenderLabel(const QString &name);

/** A new, untrained recommender; nullptr for an unknown name. Options are a flat map of parameters. */
std::unique_ptr<Recommender> createRecommender(const QString &name, const QVariantMap &options = {});

/** An item and its score, as returned by recommendTop(). */
struct ScoredItem
{
    int item = -1;
    float score = 0;
};

/**
 * The @p k best items for training-set user @p user, best first, leaving out the items the
 * user already has in @p train. @p scratch (optional) avoids an allocation per call.
 * Thread-safe when the recommender is (after fit()).
 */
std::vector<ScoredItem> recommendTop(const Recommender &model, const TrainingSet &train, int user, int k,
                                     Eigen::VectorXf *scratch = nullptr);

/** Threads to use for @p requested (0 = all cores), at least 1. */
int recommenderThreads(int requested);

/**
 * Runs body(begin, end) on contiguous chunks of [0, count) on up to @p threads std::threads
 * (0 = all cores) and waits for them. Chunks are handed out dynamically in pieces of @p grain.
 */
void parallelFor(int count, int threads, int grain, const std::function<void(int begin, int end)> &body);

/** @p matrix with every stored positive value replaced by 1 (other entries dropped). */
Eigen::SparseMatrix<float, Eigen::RowMajor> binarized(const Eigen::SparseMatrix<float, Eigen::RowMajor> &matrix);

/** The @p max contributions with the largest positive weight, largest first. */
std::vector<Contribution> strongestContributions(std::vector<Contribution> all, int max);
