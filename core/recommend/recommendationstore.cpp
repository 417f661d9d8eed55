#include "recommend/recommendationstore.h"

#include "jobs/progressreporter.h"
#include "project/database.h"
#include "recommend/evaluator.h"
#include "recommend/popularity.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace {
constexpr int kExplainMax = 3;
}

std::vector<RecommendedItem> RecommendationStore::recommend(const Recommender &model, const Popularity &fallback,
                                                            const TrainingSet &train, int user, int k)
{
    const bool known = user >= 0 && user < train.userItem.rows()
        && train.userItem.outerIndexPtr()[user + 1] > train.userItem.outerIndexPtr()[user];
    const Recommender &source = known ? model : static_cast<const Recommender &>(fallback);
    std::vector<ScoredItem> top;
    if (known) {
        top = recommendTop(model, train, user, k);
    } else {
        // No training events: the most popular items, nothing to exclude.
        const Eigen::VectorXf &scores = fallback.itemScores();
        std::vector<int> order(size_t(scores.size()));
        for (int i = 0; i < int(order.size()); ++i)
            order[size_t(i)] = i;
        const int n = std::min<int>(k, int(order.size()));
        std::partial_sort(order.begin(), order.begin() + n, order.end(), [&scores](int a, int b) {
            return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
        });
        for (int i = 0; i < n; ++i)
            top.push_back({order[size_t(i)], scores[order[size_t(i)]]});
    }
    std::vector<RecommendedItem> items;
    for (const ScoredItem &s : top) {
        RecommendedItem item;
        item.item = s.item;
        item.score = s.score;
        item.because = source.explain(user, s.item, kExplainMax);
        if (item.because.empty())
            item.because.push_back(Popularity::popularReason());
        items.push_back(std::move(item));
    }
    return items;
}

QJsonArray RecommendationStore::becauseJson(const InteractionData &data, const std::vector<Contribution> &because)
{
    QJsonArray array;
    for (const Contribution &c : because) {
        if (c.item >= 0 && c.item < data.itemCount()) {
            array.append(QJsonObject{{QStringLiteral("sku"), data.skus.value(c.item)},
                                     {QStringLiteral("name"), data.productNames.value(c.item)},
                                     {QStringLiteral("weight"), double(c.weight)}});
        } else {
            array.append(QJsonObject{{QStringLiteral("reason"), c.reason}});
        }
    }
    return array;
}

std::optional<GenerateResult> RecommendationStore::generate(Database &db, const QString &algo,
                                                            const QVariantMap &options, int n,
                                                            ProgressReporter &progress, QString *error, int threads)
{
    auto fail = [&](const QString &message) -> std::optional<GenerateResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Recommender> model = createRecommender(algo, options);
    if (!model)
        return fail(tr("Unknown algorithm \"%1\"; use one of: %2.").arg(algo, recommenderNames().join(QStringLiteral(", "))));
    QString loadError;
    const std::optional<InteractionData> data = InteractionData::load(db, InteractionData::Source::Auto, progress,
                                                                       &loadError);
    if (!data)
        return loadError.isEmpty() ? std::nullopt : fail(loadError);
    if (data->events.empty())
        return fail(tr("The project has no purchases or ratings to learn from; import transactions or ratings first."));

    const TrainingSet train = Evaluator::trainingSet(*data, data->events, threads);
    QString fitError;
    if (!model->fit(train, progress, &fitError))
        return fitError.isEmpty() ? std::nullopt : fail(fitError);
    Popularity fallback;
    fallback.fit(train, progress, &fitError);
    GenerateResult result;
    result.fitSeconds = timer.nsecsElapsed() / 1e9;

    // Every customer of the project, known to the model or not.
    std::vector<std::pair<qint64, int>> customers; // customers.id, user index or -1
    {
        std::unordered_map<qint64, int> userOf;
        for (int u = 0; u < data->userCount(); ++u)
            userOf.emplace(data->customerIds.at(u), u);
        Statement query = db.prepare(QStringLiteral("SELECT id FROM customers ORDER BY id"));
        if (!query.isValid())
            return fail(tr("Cannot read the customers: %1").arg(db.errorString()));
        while (query.step()) {
            const qint64 id = query.columnInt64(0);
            const auto it = userOf.find(id);
            customers.emplace_back(id, it == userOf.end() ? -1 : it->second);
        }
        if (query.hasError())
            return fail(tr("Cannot read the customers: %1").arg(db.errorString()));
    }

    const int count = int(customers.size());
    n = std::max(1, n);
    std::vector<std::vector<RecommendedItem>> lists(static_cast<size_t>(count));
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    progress.setRange(2 * qint64(count));
    parallelFor(count, threads, 128, [&](int begin, int end) {
        for (int i = begin; i < end && !cancelled; ++i)
            lists[size_t(i)] = recommend(*model, fallback, train, customers[size_t(i)].second, n);
        done += end - begin;
        if (progress.isCancelled())
            cancelled = true;
    });
    if (cancelled)
        return std::nullopt;
    progress.setValue(count);

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(tr("Cannot save the recommendations: %1").arg(db.errorString()));
    if (!db.exec(QStringLiteral("DELETE FROM recommendations")))
        return fail(tr("Cannot save the recommendations: %1").arg(db.errorString()));
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO recommendations(customer_id, rank, product_id, score, algo, because, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid())
        return fail(tr("Cannot save the recommendations: %1").arg(db.errorString()));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString algoName = model->name();
    for (int i = 0; i < count; ++i) {
        const std::vector<RecommendedItem> &list = lists[size_t(i)];
        for (int rank = 0; rank < int(list.size()); ++rank) {
            const RecommendedItem &item = list[size_t(rank)];
            insert.bind(1, customers[size_t(i)].first);
            insert.bind(2, rank + 1);
            insert.bind(3, data->productIds.at(item.item));
            insert.bind(4, double(item.score));
            insert.bind(5, algoName);
            insert.bind(6, QString::fromUtf8(QJsonDocument(becauseJson(*data, item.because)).toJson(QJsonDocument::Compact)));
            insert.bind(7, stamp);
            if (!insert.exec())
                return fail(tr("Cannot save the recommendations: %1").arg(db.errorString()));
            insert.reset();
            ++result.rows;
        }
        if (!list.empty())
            ++result.customers;
        if (i % 1000 == 0) {
            progress.setValue(count + i);
            if (progress.isCancelled())
                return std::nullopt; // the transaction rolls back
        }
    }
    if (!transaction.commit())
        return fail(tr("Cannot save the recommendations: %1").arg(db.errorString()));
    progress.setValue(2 * qint64(count));
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

std::optional<QList<StoredRecommendation>> RecommendationStore::forCustomer(Database &db, const QString &customerKey,
                                                                            QString *error)
{
    Statement query = db.prepare(QStringLiteral(
        "SELECT r.rank, p.sku, p.name, r.score, r.algo, r.because, r.created_at FROM recommendations r "
        "JOIN customers c ON c.id = r.customer_id JOIN products p ON p.id = r.product_id "
        "WHERE c.customer_key = ? ORDER BY r.rank"));
    if (!query.isValid()) {
        if (error)
            *error = tr("Cannot read the recommendations: %1").arg(db.errorString());
        return std::nullopt;
    }
    query.bind(1, customerKey);
    QList<StoredRecommendation> rows;
    while (query.step()) {
        StoredRecommendation row;
        row.rank = int(query.columnInt64(0));
        row.sku = query.columnText(1);
        row.name = query.columnText(2);
        row.score = query.columnDouble(3);
        row.algo = query.columnText(4);
        row.because = QJsonDocument::fromJson(query.columnText(5).toUtf8()).array();
        row.createdAt = query.columnText(6);
        rows.append(row);
    }
    if (query.hasError()) {
        if (error)
            *error = tr("Cannot read the recommendations: %1").arg(db.errorString());
        return std::nullopt;
    }
    return rows;
}

std::optional<StoredSummary> RecommendationStore::latestSummary(Database &db)
{
    Statement query = db.prepare(QStringLiteral(
        "SELECT algo, count(DISTINCT customer_id), count(*), max(rank), max(created_at) FROM recommendations "
        "GROUP BY algo ORDER BY 5 DESC LIMIT 1"));
    if (!query.isValid() || !query.step())
        return std::nullopt;
    StoredSummary summary;
    summary.algo = query.columnText(0);
    summary.customers = query.columnInt64(1);
    summary.rows = query.columnInt64(2);
    summary.perCustomer = int(query.columnInt64(3));
    summary.createdAt = query.columnText(4);
    return summary;
}
