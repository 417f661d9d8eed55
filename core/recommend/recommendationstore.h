#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

class Database;
class Popularity;

/** One recommended item with the reasons behind it. */
struct RecommendedItem
{
    int item = -1;
    float score = 0;
    std::vector<Contribution> because;
};

/** One stored row of the recommendations table, read back for a customer. */
struct StoredRecommendation
{
    int rank = 0;
    QString sku;
    QString name;
    double score = 0;
    QString algo;
    QJsonArray because; ///< [{sku, name, weight}] or [{reason}]
    QString createdAt;
};

/** The most recent run of generate() still in the table. */
struct StoredSummary
{
    QString algo;
    qint64 customers = 0;   ///< customers with recommendations
    qint64 rows = 0;
    int perCustomer = 0;    ///< the largest rank: up to this many items per customer
    QString createdAt;      ///< ISO date-time (UTC)
};

/** What generate() did. */
struct GenerateResult
{
    int customers = 0;   ///< customers that got recommendations
    qint64 rows = 0;     ///< rows written
    double fitSeconds = 0;
    double seconds = 0;  ///< whole job
};

/**
 * Computes top-N recommendations for every customer of a project and keeps them in the
 * `recommendations` table (schema v3), replacing earlier ones in one transaction.
 * Customers without events get the most popular items ("popular with all customers").
 */
class RecommendationStore
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationStore)
public:
    /**
     * Top @p k items for training-set user @p user (-1 or a user without training events:
     * popularity), with up to 3 explaining contributions each. Thread-safe after fit().
     */
    static std::vector<RecommendedItem> recommend(const Recommender &model, const Popularity &fallback,
                                                  const TrainingSet &train, int user, int k);

    /** The JSON form of @p because: [{sku, name, weight}] for items, [{reason}] for reasons. */
    static QJsonArray becauseJson(const InteractionData &data, const std::vector<Contribution> &because);

    /**
     * Loads the project's events, fits @p algo on all of them, ranks every customer in
     * parallel and stores the top @p n. On error nullopt with @p error; when cancelled
     * nullopt with an empty error; either way the table is left as it was.
     */
    static std::optional<GenerateResult> generate(Database &db, const QString &algo, const QVariantMap &options,
                                                  int n, ProgressReporter &progress, QString *error,
                                                  int threads = 0);

    /** What the table holds from the latest generate() run; nullopt when it is empty or unreadable. */
    static std::optional<StoredSummary> latestSummary(Database &db);

    /** The stored recommendations of the customer with key @p customerKey, best first. */
    static std::optional<QList<StoredRecommendation>> forCustomer(Database &db, const QString &customerKey,
                                                                  QString *error);
};
