#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <Eigen/SparseCore>

#include <optional>
#include <vector>

class Database;
class ProgressReporter;

/**
 * One customer-product event: a purchase (order lines, summed per order) or a rating.
 * user and item are dense indexes into InteractionData's id tables.
 */
struct Interaction
{
    int user = 0;
    int item = 0;
    float value = 1.0f;   ///< rating value, or purchased quantity (> 0) for implicit data
    qint64 time = 0;      ///< seconds since the epoch (0 when unknown)
};

/**
 * Everything the recommenders learn from, loaded from a project: the events and the
 * tables that map dense user/item indexes back to the project's customers and products.
 *
 * Implicit data comes from order lines that are not returns and have a customer
 * (one Interaction per customer, product and order); explicit data from the ratings
 * table. hasRatings() says which. Items are all products that occur in any event.
 */
class InteractionData
{
    Q_DECLARE_TR_FUNCTIONS(InteractionData)
public:
    enum class Source { Auto, Purchases, Ratings };

    /** How load() reads the project. */
    struct LoadOptions
    {
        Source source = Source::Auto;
        /**
         * Recency weighting of implicit events: a purchase's value is multiplied by
         * 0.5^(age / halfLifeDays), age measured back from the newest event. 0 = off.
         */
        double recencyHalfLifeDays = 0.0;
    };

    /** Loads from an open project database. Auto prefers ratings when the project has any. */
    static std::optional<InteractionData> load(Database &db, Source source, ProgressReporter &progress,
                                               QString *error);

    /** Like load() above with recency weighting and other options. */
    static std::optional<InteractionData> load(Database &db, const LoadOptions &options,
                                               ProgressReporter &progress, QString *error);

    /**
     * Rebuilds the key -> index lookup after customerKeys/skus were filled by hand.
     * Without it userIndex()/itemIndex() fall back to a linear search.
     */
    void rebuildIndex();

    int userCount() const { return int(customerIds.size()); }
    int itemCount() const { return int(productIds.size()); }
    bool hasRatings() const { return ratings; }

    /** Index of a customer key or product sku, -1 when unknown. */
    int userIndex(const QString &customerKey) const;
    int itemIndex(const QString &sku) const;

    /**
     * User x item matrix of the given events: implicit confidence = summed value
     * (purchase count or rating), duplicates added.
     */
    Eigen::SparseMatrix<float, Eigen::RowMajor> matrix(const std::vector<Interaction> &subset) const;

    std::vector<Interaction> events;
    bool ratings = false;

    QVector<qint64> customerIds;   ///< user index -> customers.id
    QStringList customerKeys;      ///< user index -> customers.customer_key
    QVector<qint64> productIds;    ///< item index -> products.id
    QStringList skus;              ///< item index -> products.sku
    QStringList productNames;      ///< item index -> products.name (may be empty)
    QStringList categories;        ///< item index -> products.category (may be empty)

private:
    QHash<QString, int> m_userLookup;
    QHash<QString, int> m_itemLookup;
};
