#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <Eigen/Dense>

#include <vector>

class ProgressReporter;

/** Settings of one k-means run. */
struct KMeansOptions
{
    int k = 8;                  ///< number of clusters, 1..n
    int restarts = 10;          ///< k-means++ starts; the lowest inertia wins (ignored with initialCenters)
    int maxIterations = 300;    ///< Lloyd iterations per start
    /** Relative tolerance, as scikit-learn's tol: stop when the squared Frobenius
     *  norm of the centre shift is <= tolerance * mean column variance of the data. */
    double tolerance = 1e-4;
    quint64 seed = 42;          ///< seed of the k-means++ initialisation
    int threads = 0;            ///< worker threads; 0 = all cores
    /** k x d starting centres; empty = k-means++. With centres, one start is run. */
    Eigen::MatrixXd initialCenters;
};

/** Outcome of KMeans::fit(). On error or cancel only errorString/cancelled are meaningful. */
struct KMeansResult
{
    Eigen::MatrixXd centers;  ///< k x d, row = centre, in the coordinates of the input
    std::vector<int> labels;  ///< n entries in [0, k)
    double inertia = 0;       ///< sum of squared Euclidean distances of the points to their centre
    int iterations = 0;       ///< Lloyd iterations of the returned (best) start
    bool converged = false;   ///< the best start stopped on tolerance or stable labels, not on maxIterations
    bool cancelled = false;
    QString errorString;      ///< translated; empty on success

    bool isOk() const { return errorString.isEmpty() && !cancelled; }
};

/** Inertia for each k of an elbow chart. */
struct KMeansElbowResult
{
    int kMin = 0;
    QList<double> inertias;   ///< inertias[i] belongs to k = kMin + i
    bool cancelled = false;
    QString errorString;      ///< translated; empty on success
};

/**
 * Lloyd's k-means with greedy k-means++ seeding, plus the helpers a segmentation
 * page needs (standardization, silhouette, elbow, PCA projection, plain-words
 * description of a cluster).
 *
 * The algorithm follows scikit-learn's KMeans(algorithm="lloyd"): greedy
 * k-means++ with 2 + ln(k) local trials, relative tolerance, empty clusters
 * re-seeded from the points farthest from their centre, and on the same data
 * and starting centres it reaches the same solution.
 *
 * The assignment step runs over blocks of rows on std::thread workers with
 * Eigen matrix products; memory beyond the input is O(n + blocks * k * d), the
 * n x k distance matrix is never built. Partial sums are reduced in block order,
 * so results depend only on the data and options, not on the thread count.
 *
 * All functions are static, reentrant and never throw; they may be called from
 * any thread.
 */
class KMeans
{
    Q_DECLARE_TR_FUNCTIONS(KMeans)

public:
    /**
     * Clusters the rows of @p points (n x d, row = point).
     *
     * Progress is reported in iterations (restarts * maxIterations in all);
     * isCancelled() is polled between iterations and seeding steps. Bad input
     * (empty data, k outside 1..n, NaN or infinite values, wrong initialCenters
     * shape, non-positive restarts or iterations) yields errorString, never a crash.
     */
    static KMeansResult fit(const Eigen::MatrixXd &points, const KMeansOptions &options,
                            ProgressReporter &progress);

    /** Labels of @p points for fixed @p centers (nearest centre; ties go to the lower index).
     *  Returns an empty vector when the column counts differ or there are no centres. */
    static std::vector<int> assign(const Eigen::MatrixXd &points, const Eigen::MatrixXd &centers,
                                   int threads = 0);

    /**
     * Z-scores per column with the population standard deviation (ddof = 0, as
     * scikit-learn's StandardScaler). Constant columns become 0. The column means
     * and standard deviations (0 for constant columns) are stored when asked.
     */
    static Eigen::MatrixXd standardize(const Eigen::MatrixXd &points, Eigen::RowVectorXd *mean = nullptr,
                                       Eigen::RowVectorXd *stddev = nullptr);

    /**
     * Mean silhouette coefficient (as scikit-learn's silhouette_score, Euclidean).
     * With 0 < @p sampleSize < n a random subset of that size, drawn with @p seed,
     * is scored against itself. Points alone in their cluster score 0. Returns
     * NaN when the labels do not match the points or fewer than 2 or more than
     * m - 1 clusters occur in the (sampled) m points. O(m^2 d) time, O(m) memory.
     */
    static double silhouette(const Eigen::MatrixXd &points, const std::vector<int> &labels,
                             int sampleSize = 0, quint64 seed = 42, int threads = 0);

    /**
     * Best inertia of fit() for every k in [kMin, kMax] with the other settings of
     * @p options (initialCenters is ignored). Progress spans all fits.
     */
    static KMeansElbowResult elbow(const Eigen::MatrixXd &points, int kMin, int kMax,
                                   const KMeansOptions &options, ProgressReporter &progress);

    /**
     * Projection of the centred rows on the first two principal components (n x 2,
     * the first column with the larger variance), for a scatter chart. Each
     * component's sign is fixed so that its largest-magnitude loading is positive.
     * With a single column the second column is 0; empty input gives an empty matrix.
     */
    static Eigen::MatrixXd pca2(const Eigen::MatrixXd &points);

    /**
     * Plain-words profile of a cluster, e.g. "very high monetary, high frequency,
     * low recency": the features whose cluster mean lies more than 0.5 standard
     * deviations from the overall mean, strongest first, at most three ("very"
     * from 1.5 standard deviations). "close to average" when none qualifies.
     * Features with zero spread or without a name are skipped.
     */
    static QString describeCluster(const Eigen::RowVectorXd &clusterMean, const Eigen::RowVectorXd &overallMean,
                                   const Eigen::RowVectorXd &overallStd, const QStringList &featureNames);
};
