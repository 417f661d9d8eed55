#pragma once

#include "segments/kmeans.h"
#include "segments/segmentstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <Eigen/Dense>

class Database;
class ProgressReporter;

/** Options of a k-means segmentation of a project's customers. */
struct KMeansSegmentationOptions
{
    QStringList features = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary")};
    int k = 0;                 ///< clusters; 0 = choose from kMin..kMax by silhouette
    int kMin = 3;              ///< two clusters rarely serve a campaign, so the search starts at 3
    int kMax = 8;
    int restarts = 10;
    quint64 seed = 42;
    bool logTransform = true;  ///< log1p of skewed non-negative features (spend, orders, units) before standardizing
    int silhouetteSample = 3000; ///< customers sampled for the silhouette (0 = all)
    int scatterSample = 4000;  ///< customers kept for the PCA scatter chart
    QString namePrefix;        ///< segment names are "PREFIX N: traits"; empty = "Cluster"
};

/** One cluster of the result, as shown in the wizard and saved as a segment. */
struct KMeansCluster
{
    QString name;              ///< "Cluster 1: high spend, recent"
    QString description;       ///< "high spend, recent"
    QList<qint64> customerIds;
    QList<double> featureMeans; ///< raw (not standardized) means, one per feature
};

/** A scatter point of the 2-D PCA projection (a sample of the customers). */
struct KMeansScatterPoint
{
    double x = 0;
    double y = 0;
    int cluster = 0;
};

struct KMeansSegmentationResult
{
    QStringList features;
    QList<KMeansCluster> clusters;
    QList<double> overallMeans;          ///< raw, one per feature
    QList<KMeansScatterPoint> scatter;
    double inertia = 0;
    int iterations = 0;
    bool converged = false;
    int k = 0;
    QList<QPair<int, double>> silhouetteByK; ///< (k, silhouette) of the k tried
    QList<QPair<int, double>> inertiaByK;    ///< (k, inertia): the elbow curve
    double silhouette = 0;               ///< of the chosen k
    bool cancelled = false;
    QString errorString;
    bool isOk() const { return errorString.isEmpty() && !cancelled; }

    /** The clusters as segments of kind "kmeans", with the options in the definition. */
    QList<SegmentDraft> drafts() const;
};

/**
 * k-means segmentation of customers: loads the chosen features of every customer
 * with purchases, log-transforms the skewed ones, standardizes, picks k by
 * silhouette when not given (the elbow curve is reported too), fits k-means
 * with k-means++ restarts, names each cluster from its feature means against
 * the overall mean, and projects a sample onto the first two principal
 * components for the scatter chart.
 */
class KMeansSegmentation
{
    Q_DECLARE_TR_FUNCTIONS(KMeansSegmentation)
public:
    static KMeansSegmentationResult run(Database &db, const KMeansSegmentationOptions &options,
                                        ProgressReporter &progress);
    /** Saves the clusters, replacing earlier k-means segments. */
    static bool save(Database &db, const KMeansSegmentationResult &result, QString *error);
};
