// k-means benchmark: 1,000,000 x 8 points in 8 well-separated Gaussian clusters
// (fixed seed), one k-means++ start, k = 8. Prints the seconds of KMeans::fit()
// alone and the inertia. With --write FILE it also stores the points as raw
// little-endian float64, row-major (n x 8), for kmeans_sklearn.py:
//   tailor_kmeans_bench --write /tmp/kmeans_points.f64 [--threads N]
//   /usr/bin/python3 tests/benchmarks/kmeans_sklearn.py /tmp/kmeans_points.f64
#include "jobs/progressreporter.h"
#include "segments/kmeans.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <random>

namespace {

constexpr int kPoints = 1000000;
constexpr int kFeatures = 8;
constexpr int kClusters = 8;

// Cluster c is centred at 20 * e_c (unit vector c), with unit Gaussian noise;
// point i belongs to cluster i % 8.
Eigen::MatrixXd makePoints()
{
    std::mt19937_64 rng(20240611);
    std::normal_distribution<double> noise(0.0, 1.0);
    Eigen::MatrixXd points(kPoints, kFeatures);
    for (int i = 0; i < kPoints; ++i) {
        for (int j = 0; j < kFeatures; ++j)
            points(i, j) = noise(rng) + (j == i % kClusters ? 20.0 : 0.0);
    }
    return points;
}

bool writePoints(const Eigen::MatrixXd &points, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Row-major, as numpy's default; x86/ARM hosts are little-endian.
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowMajor = points;
    const qint64 bytes = qint64(rowMajor.size()) * qint64(sizeof(double));
    return file.write(reinterpret_cast<const char *>(rowMajor.data()), bytes) == bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString writePath;
    int threads = 0;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--write") && i + 1 < args.size()) {
            writePath = args.at(++i);
        } else if (args.at(i) == QLatin1String("--threads") && i + 1 < args.size()) {
            threads = args.at(++i).toInt();
        } else {
            std::fprintf(stderr, "usage: %s [--write FILE] [--threads N]\n", argv[0]);
            return 2;
        }
    }

    const Eigen::MatrixXd points = makePoints();
    if (!writePath.isEmpty() && !writePoints(points, writePath)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(writePath));
        return 1;
    }

    KMeansOptions options;
    options.k = kClusters;
    options.restarts = 1;
    options.threads = threads;
    SimpleProgressReporter progress;
    QElapsedTimer timer;
    timer.start();
    const KMeansResult result = KMeans::fit(points, options, progress);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.isOk()) {
        std::fprintf(stderr, "k-means failed: %s\n", qPrintable(result.errorString));
        return 1;
    }
    std::printf("tailor k-means fit: %.3f s  inertia %.6f  iterations %d  (n=%d, d=%d, k=%d)\n", seconds,
                result.inertia, result.iterations, kPoints, kFeatures, kClusters);
    return 0;
}
