#pragma once

#include "recommend/datasplit.h"
#include "recommend/recommender.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/** Offline evaluation scores of one model on one split. */
struct EvaluationResult
{
    QString algo;
    int k = 10;
    double precision = 0;   ///< precision@k
    double recall = 0;      ///< recall@k
    double ndcg = 0;        ///< NDCG@k
    double map = 0;         ///< MAP@k
    double hitRate = 0;     ///< hit rate@k
    double coverage = 0;    ///< distinct recommended items / items
    std::optional<double> rmse; ///< rating models only, over the test events
    std::optional<double> mae;
    int usersEvaluated = 0;
    double fitSeconds = 0;
    double scoreSeconds = 0; ///< time to rank all test users
};

/**
 * Fits a model on a split's training events and ranks every test user's items.
 *
 * Relevant items of a user are the test items not already in the user's training set
 * (every rating counts, whatever its value); users without training events or without
 * relevant items are not evaluated. Training items are excluded from the top k.
 * Users are scored in parallel.
 */
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
public:
    /** The training set of @p events: matrix, and the ratings when the data are ratings. */
    static TrainingSet trainingSet(const InteractionData &data, const std::vector<Interaction> &events,
                                   int threads = 0);

    /**
     * Fits @p model and evaluates it at @p k. nullopt with @p error when the split is empty,
     * the fit fails, or (with an empty error) when cancelled.
     */
    static std::optional<EvaluationResult> evaluate(Recommender &model, const InteractionData &data,
                                                    const DataSplit &split, int k, ProgressReporter &progress,
                                                    QString *error, int threads = 0);
};
