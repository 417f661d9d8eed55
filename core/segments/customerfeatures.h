#pragma once

#include <Eigen/Dense>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** Per-customer numeric features for clustering, one row per customer with a purchase. */
struct CustomerFeatures
{
    QList<qint64> customerIds;
    QStringList names;        ///< feature keys, one per column
    Eigen::MatrixXd values;   ///< customers x features, raw (not standardized)
};

/**
 * Builds clustering features from order lines (anonymous lines excluded):
 * recency (days from the last purchase to the end of the data), frequency
 * (orders), monetary (net spend), tenure (days from the first purchase to the
 * end), avg_basket (net spend per order), return_rate (share of lines that are
 * returns) and items (units bought). Customers without a purchase are left out.
 * Thread-safety: uses the given Database on the calling thread.
 */
class CustomerFeatureTable
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFeatureTable)
public:
    static QStringList available();
    /** A readable, translated name of a feature key. */
    static QString label(const QString &feature);
    /**
     * A plain word for a cluster whose mean of @p feature lies @p z standard
     * deviations from the overall mean: "recent" / "lapsed" for recency,
     * "high spend" / "low spend" for monetary, and so on.
     */
    static QString trait(const QString &feature, double z);
    static bool load(Database &db, const QStringList &features, CustomerFeatures *out, QString *error);
};
