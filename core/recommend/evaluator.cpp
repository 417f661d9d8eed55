#include "recommend/evaluator.h"

#include "jobs/progressreporter.h"
#include "recommend/rankingmetrics.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

TrainingSet Evaluator::trainingSet(const InteractionData &data, const std::vector<Interaction> &events, int threads)
{
    TrainingSet set;
    set.data = &data;
    set.userItem = data.matrix(events);
    if (data.hasRatings())
        set.ratings = events;
    set.threads = threads;
    return set;
}

std::optional<EvaluationResult> Evaluator::evaluate(Recommender &model, const InteractionData &data,
                                                    const DataSplit &split, int k, ProgressReporter &progress,
                                                    QString *error, int threads)
{
    auto fail = [&](const QString &message) -> std::optional<EvaluationResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();
    if (split.train.empty())
        return fail(tr("The split leaves no training events."));
    if (split.test.empty())
        return fail(tr("The split leaves no test events."));

    EvaluationResult result;
    result.algo = model.name();
    result.k = std::max(1, k);

    const TrainingSet train = trainingSet(data, split.train, threads);
    QElapsedTimer timer;
    timer.start();
    QString fitError;
    if (!model.fit(train, progress, &fitError)) {
        if (fitError.isEmpty() && progress.isCancelled())
            return std::nullopt;
        return fail(fitError.isEmpty() ? tr("The model could not be trained.") : fitError);
    }
    result.fitSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();

    // Relevant test items per user: test items the user does not already have in training.
    std::vector<std::vector<int>> relevant(size_t(data.userCount()));
    for (const Interaction &e : split.test) {
        if (e.user < 0 || e.user >= data.userCount())
            continue;
        if (train.userItem.coeff(e.user, e.item) == 0.0f)
            relevant[size_t(e.user)].push_back(e.item);
    }
    std::vector<int> users;
    for (int u = 0; u < data.userCount(); ++u) {
        const bool hasTrain = train.userItem.outerIndexPtr()[u + 1] > train.userItem.outerIndexPtr()[u];
        if (hasTrain && !relevant[size_t(u)].empty())
            users.push_back(u);
    }
    if (users.empty())
        return fail(tr("No test customer has training events; choose another split."));

    RankingMetrics total(result.k);
    std::mutex mutex;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    progress.setRange(qint64(users.size()));
    parallelFor(int(users.size()), threads, 64, [&](int begin, int end) {
        RankingMetrics local(result.k);
        Eigen::VectorXf scratch;
        std::vector<int> top;
        for (int i = begin; i < end; ++i) {
            const int u = users[size_t(i)];
            top.clear();
            for (const ScoredItem &s : recommendTop(model, train, u, result.k, &scratch))
                top.push_back(s.item);
            local.addUser(top, relevant[size_t(u)]);
        }
        const std::lock_guard<std::mutex> lock(mutex);
        total.merge(local);
        done += end - begin;
        progress.setValue(done);
        if (progress.isCancelled())
            cancelled = true;
    });
    if (cancelled)
        return std::nullopt;
    progress.setValue(qint64(users.size()));

    result.precision = total.precision();
    result.recall = total.recall();
    result.ndcg = total.ndcg();
    result.map = total.map();
    result.hitRate = total.hitRate();
    result.coverage = total.coverage(data.itemCount());
    result.usersEvaluated = total.users();

    if (model.predictsRatings()) {
        double squared = 0, absolute = 0;
        qint64 n = 0;
        for (const Interaction &e : split.test) {
            if (e.user < 0 || e.user >= data.userCount() || e.item < 0 || e.item >= data.itemCount())
                continue;
            const double d = double(model.predictRating(e.user, e.item)) - e.value;
            squared += d * d;
            absolute += std::abs(d);
            ++n;
        }
        if (n > 0) {
            result.rmse = std::sqrt(squared / n);
            result.mae = absolute / n;
        }
    }
    result.scoreSeconds = timer.nsecsElapsed() / 1e9;
    return result;
}
