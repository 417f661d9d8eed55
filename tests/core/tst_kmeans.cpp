#include "jobs/progressreporter.h"
#include "segments/kmeans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <map>
#include <random>
#include <set>

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(Eigen::RowVectorXd)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {

/** n points per cluster around k centres spaced far apart (deterministic). */
Eigen::MatrixXd makeBlobs(int k, int d, int perCluster, quint64 seed, std::vector<int> *truth = nullptr)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    Eigen::MatrixXd centres(k, d);
    for (int c = 0; c < k; ++c) {
        for (int j = 0; j < d; ++j)
            centres(c, j) = 40.0 * double((c >> (j % 3)) % 2 + c * (j + 1) % 5) + 25.0 * c * (j == 0);
    }
    Eigen::MatrixXd points(k * perCluster, d);
    if (truth)
        truth->clear();
    // Interleave clusters so that blocks and k-means++ see a mixed order.
    for (int i = 0; i < k * perCluster; ++i) {
        const int c = i % k;
        for (int j = 0; j < d; ++j)
            points(i, j) = centres(c, j) + noise(rng);
        if (truth)
            truth->push_back(c);
    }
    return points;
}

/** True when the labellings are equal up to renaming the clusters. */
bool samePartition(const std::vector<int> &a, const std::vector<int> &b)
{
    if (a.size() != b.size())
        return false;
    std::map<int, int> ab, ba;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto [itA, newA] = ab.emplace(a[i], b[i]);
        const auto [itB, newB] = ba.emplace(b[i], a[i]);
        if (itA->second != b[i] || itB->second != a[i])
            return false;
    }
    return true;
}

Eigen::MatrixXd readCsv(const QString &path, bool header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    std::vector<std::vector<double>> rows;
    if (header)
        file.readLine();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        std::vector<double> row;
        for (const QByteArray &cell : line.split(','))
            row.push_back(cell.toDouble());
        rows.push_back(row);
    }
    Eigen::MatrixXd m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size(); ++c)
            m(Eigen::Index(r), Eigen::Index(c)) = rows[r][c];
    }
    return m;
}

Eigen::MatrixXd jsonMatrix(const QJsonArray &array)
{
    Eigen::MatrixXd m(array.size(), array.isEmpty() ? 0 : array.at(0).toArray().size());
    for (int r = 0; r < array.size(); ++r) {
        const QJsonArray row = array.at(r).toArray();
        for (int c = 0; c < row.size(); ++c)
            m(r, c) = row.at(c).toDouble();
    }
    return m;
}

Eigen::RowVectorXd jsonRow(const QJsonArray &array)
{
    Eigen::RowVectorXd v(array.size());
    for (int i = 0; i < array.size(); ++i)
        v[i] = array.at(i).toDouble();
    return v;
}

/** Reporter that asks to stop after a number of polls. */
class CancelAfter : public SimpleProgressReporter
{
public:
    explicit CancelAfter(int polls) : m_left(polls) {}
    bool isCancelled() const override { return --m_left < 0; }

private:
    mutable int m_left;
};

double variance(const Eigen::VectorXd &v)
{
    return (v.array() - v.mean()).square().sum() / double(v.size() - 1);
}

} // namespace

class TestKMeans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blobsRecovered_data();
    void blobsRecovered();
    void inertiaIsSumOfSquaredDistances();
    void deterministicForSeed();
    void emptyClusterReseeded_data();
    void emptyClusterReseeded();
    void identicalPoints();
    void badInput_data();
    void badInput();
    void cancellation_data();
    void cancellation();
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void standardizeConstantColumn();
    void silhouetteHandComputed_data();
    void silhouetteHandComputed();
    void silhouetteMatchesScikitLearn();
    void silhouetteSampled();
    void elbow();
    void pca2KnownCase();
    void pca2MatchesScikitLearnVariance();
    void describeCluster_data();
    void describeCluster();

private:
    QJsonObject m_expected;
    Eigen::MatrixXd m_rawPoints;
    Eigen::MatrixXd m_init;
};

void TestKMeans::initTestCase()
{
    const QString dir = QStringLiteral(TAILOR_FIXTURES_DIR "/kmeans_reference/");
    QFile json(dir + QStringLiteral("expected.json"));
    QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(json.fileName()));
    m_expected = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(!m_expected.isEmpty());
    m_rawPoints = readCsv(dir + QStringLiteral("points.csv"), true);
    m_init = readCsv(dir + QStringLiteral("init.csv"), false);
    QCOMPARE(m_rawPoints.rows(), 2000);
    QCOMPARE(m_rawPoints.cols(), 5);
    QCOMPARE(m_init.rows(), m_expected.value(QStringLiteral("k")).toInt());
    QCOMPARE(m_init.cols(), 5);
}

void TestKMeans::blobsRecovered_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("perCluster");
    QTest::addColumn<int>("threads");
    QTest::newRow("3_clusters_2d_single_thread") << 3 << 2 << 100 << 1;
    QTest::newRow("5_clusters_4d_all_cores") << 5 << 4 << 300 << 0;
    QTest::newRow("8_clusters_8d_several_blocks") << 8 << 8 << 1500 << 3;
    QTest::newRow("1_cluster") << 1 << 3 << 50 << 0;
}

void TestKMeans::blobsRecovered()
{
    QFETCH(int, k);
    QFETCH(int, d);
    QFETCH(int, perCluster);
    QFETCH(int, threads);
    std::vector<int> truth;
    const Eigen::MatrixXd points = makeBlobs(k, d, perCluster, 7, &truth);
    KMeansOptions options;
    options.k = k;
    options.restarts = 3;
    options.threads = threads;
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.converged);
    QVERIFY(result.iterations >= 1 && result.iterations <= options.maxIterations);
    QCOMPARE(result.centers.rows(), Eigen::Index(k));
    QCOMPARE(result.centers.cols(), Eigen::Index(d));
    QVERIFY(samePartition(result.labels, truth));
    QCOMPARE(progress.total(), qint64(options.restarts) * options.maxIterations);
    QCOMPARE(progress.done(), progress.total());
    QVERIFY(samePartition(KMeans::assign(points, result.centers), result.labels));
}

void TestKMeans::inertiaIsSumOfSquaredDistances()
{
    const Eigen::MatrixXd points = KMeans::standardize(m_rawPoints);
    KMeansOptions options;
    options.k = 7;
    options.restarts = 2;
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.converged);
    double sum = 0;
    Eigen::MatrixXd means = Eigen::MatrixXd::Zero(options.k, points.cols());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(options.k);
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const int label = result.labels[size_t(i)];
        QVERIFY(label >= 0 && label < options.k);
        sum += (points.row(i) - result.centers.row(label)).squaredNorm();
        means.row(label) += points.row(i);
        counts[label] += 1;
    }
    QVERIFY(qAbs(result.inertia - sum) <= 1e-9 * sum);
    // Each point sits at its nearest centre.
    QVERIFY(KMeans::assign(points, result.centers) == result.labels);
    // Converged on the labels: each centre is (within tolerance) the mean of its points.
    for (int c = 0; c < options.k; ++c) {
        QVERIFY(counts[c] > 0);
        QVERIFY((means.row(c) / counts[c] - result.centers.row(c)).norm() < 1e-2);
    }
}

void TestKMeans::deterministicForSeed()
{
    // Heavily overlapping blobs (a hard problem, many iterations) over several row blocks.
    Eigen::MatrixXd points = makeBlobs(6, 5, 1200, 3);
    std::mt19937_64 rng(17);
    std::normal_distribution<double> noise(0.0, 30.0);
    for (Eigen::Index i = 0; i < points.size(); ++i)
        points.data()[i] += noise(rng);
    KMeansOptions options;
    options.k = 6;
    options.restarts = 3;
    options.seed = 1234;
    SimpleProgressReporter progress;
    options.threads = 1;
    const KMeansResult a = KMeans::fit(points, options, progress);
    options.threads = 4;
    const KMeansResult b = KMeans::fit(points, options, progress);
    const KMeansResult c = KMeans::fit(points, options, progress);
    QVERIFY(a.isOk() && b.isOk() && c.isOk());
    QCOMPARE(a.labels, b.labels);
    QCOMPARE(b.labels, c.labels);
    QCOMPARE(a.inertia, b.inertia); // exact: partial sums are reduced in block order
    QCOMPARE(b.inertia, c.inertia);
    QVERIFY(a.centers == b.centers);

    options.seed = 99;
    options.restarts = 1;
    const KMeansResult other = KMeans::fit(points, options, progress);
    QVERIFY(other.isOk());
    QVERIFY(other.centers != b.centers || other.inertia != b.inertia);
}

void TestKMeans::emptyClusterReseeded_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("far_away_centre") << QStringLiteral("far");
    QTest::newRow("duplicate_centres") << QStringLiteral("duplicate");
    QTest::newRow("all_centres_equal") << QStringLiteral("equal");
}

void TestKMeans::emptyClusterReseeded()
{
    QFETCH(QString, mode);
    std::vector<int> truth;
    const Eigen::MatrixXd points = makeBlobs(4, 2, 50, 11, &truth);
    KMeansOptions options;
    options.k = 4;
    options.initialCenters = points.topRows(4); // one point of each blob (interleaved)
    if (mode == QLatin1String("far"))
        options.initialCenters.row(3).setConstant(1e4);
    else if (mode == QLatin1String("duplicate"))
        options.initialCenters.row(3) = options.initialCenters.row(2);
    else
        options.initialCenters.rowwise() = points.row(0);
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.centers.allFinite());
    std::set<int> used(result.labels.begin(), result.labels.end());
    QCOMPARE(int(used.size()), options.k);
    if (mode != QLatin1String("equal")) // re-seeding from the farthest point still finds the blobs
        QVERIFY(samePartition(result.labels, truth));
}

void TestKMeans::identicalPoints()
{
    // Fewer distinct points than clusters: not an error, every distance is 0.
    const Eigen::MatrixXd points = Eigen::MatrixXd::Constant(50, 3, 2.5);
    KMeansOptions options;
    options.k = 3;
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.inertia, 0.0);
    QVERIFY(result.converged);
    QVERIFY((result.centers.rowwise() - points.row(0)).isZero(1e-12));
    QCOMPARE(result.labels.size(), size_t(50));
}

void TestKMeans::badInput_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<Eigen::MatrixXd>("points");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("restarts");
    QTest::addColumn<Eigen::MatrixXd>("init");
    QTest::addColumn<QString>("mention");
    const Eigen::MatrixXd ok = makeBlobs(2, 2, 5, 1);
    Eigen::MatrixXd withNan = ok;
    withNan(3, 1) = nan;
    Eigen::MatrixXd withInf = ok;
    withInf(7, 0) = -inf;
    Eigen::MatrixXd badInitValue = ok.topRows(2);
    badInitValue(1, 1) = nan;
    QTest::newRow("no_rows") << Eigen::MatrixXd(0, 3) << 2 << 1 << Eigen::MatrixXd() << "0 rows";
    QTest::newRow("no_columns") << Eigen::MatrixXd(5, 0) << 2 << 1 << Eigen::MatrixXd() << "0 features";
    QTest::newRow("k_zero") << ok << 0 << 1 << Eigen::MatrixXd() << "not 0";
    QTest::newRow("k_negative") << ok << -3 << 1 << Eigen::MatrixXd() << "not -3";
    QTest::newRow("k_above_n") << ok << 11 << 1 << Eigen::MatrixXd() << "between 1 and 10";
    QTest::newRow("nan_value") << withNan << 2 << 1 << Eigen::MatrixXd() << "row 4, feature 2";
    QTest::newRow("infinite_value") << withInf << 2 << 1 << Eigen::MatrixXd() << "row 8, feature 1";
    QTest::newRow("zero_restarts") << ok << 2 << 0 << Eigen::MatrixXd() << "restarts (0)";
    QTest::newRow("init_wrong_shape") << ok << 2 << 1 << Eigen::MatrixXd(ok.topRows(3)) << "not 3 x 2";
    QTest::newRow("init_not_finite") << ok << 2 << 1 << badInitValue << "initial centres";
}

void TestKMeans::badInput()
{
    QFETCH(Eigen::MatrixXd, points);
    QFETCH(int, k);
    QFETCH(int, restarts);
    QFETCH(Eigen::MatrixXd, init);
    QFETCH(QString, mention);
    KMeansOptions options;
    options.k = k;
    options.restarts = restarts;
    options.initialCenters = init;
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY2(result.errorString.contains(mention), qPrintable(result.errorString));
    QVERIFY(!result.cancelled);
    QVERIFY(result.labels.empty());
    QCOMPARE(result.centers.size(), Eigen::Index(0));
}

void TestKMeans::cancellation_data()
{
    QTest::addColumn<int>("polls");
    QTest::newRow("before_start") << 0;
    QTest::newRow("during_seeding") << 3;
    QTest::newRow("during_iterations") << 12;
}

void TestKMeans::cancellation()
{
    QFETCH(int, polls);
    const Eigen::MatrixXd points = makeBlobs(8, 3, 200, 5);
    KMeansOptions options;
    options.k = 8;
    options.restarts = 5;
    CancelAfter progress(polls);
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY(result.cancelled);
    QVERIFY(result.errorString.isEmpty());
    QVERIFY(result.labels.empty());
}

void TestKMeans::matchesScikitLearn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::newRow("main") << QStringLiteral("main");
    QTest::newRow("far_centre_starts_empty") << QStringLiteral("far_centre");
}

void TestKMeans::matchesScikitLearn()
{
    QFETCH(QString, caseName);
    const QJsonObject expected = m_expected.value(caseName).toObject();
    QVERIFY(!expected.isEmpty());

    Eigen::RowVectorXd mean, stddev;
    const Eigen::MatrixXd points = KMeans::standardize(m_rawPoints, &mean, &stddev);
    const Eigen::RowVectorXd sklMean = jsonRow(m_expected.value(QStringLiteral("mean")).toArray());
    const Eigen::RowVectorXd sklStd = jsonRow(m_expected.value(QStringLiteral("std")).toArray());
    QVERIFY(((mean - sklMean).array().abs() <= 1e-12 * sklMean.array().abs().max(1.0)).all());
    QVERIFY(((stddev - sklStd).array().abs() <= 1e-12 * sklStd.array()).all());

    KMeansOptions options;
    options.k = m_expected.value(QStringLiteral("k")).toInt();
    options.tolerance = m_expected.value(QStringLiteral("tol")).toDouble();
    options.maxIterations = 300;
    options.initialCenters = m_init;
    if (expected.contains(QStringLiteral("init_last_row")))
        options.initialCenters.row(options.k - 1) = jsonRow(expected.value(QStringLiteral("init_last_row")).toArray());
    SimpleProgressReporter progress;
    const KMeansResult result = KMeans::fit(points, options, progress);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));

    const double sklInertia = expected.value(QStringLiteral("inertia")).toDouble();
    qInfo("%s: inertia %.10f (scikit-learn %.10f, relative difference %.2e), %d iterations (scikit-learn %d)",
          qPrintable(caseName), result.inertia, sklInertia, qAbs(result.inertia - sklInertia) / sklInertia,
          result.iterations, expected.value(QStringLiteral("n_iter")).toInt());
    // Acceptance: within 0.1 % of scikit-learn's inertia.
    QVERIFY(qAbs(result.inertia - sklInertia) <= 1e-3 * sklInertia);
    // Same algorithm, same start: in fact the same solution.
    QVERIFY(qAbs(result.inertia - sklInertia) <= 1e-9 * sklInertia);
    QCOMPARE(result.iterations, expected.value(QStringLiteral("n_iter")).toInt());
    QVERIFY(result.converged);
    const Eigen::MatrixXd sklCenters = jsonMatrix(expected.value(QStringLiteral("centers")).toArray());
    QCOMPARE(result.centers.rows(), sklCenters.rows());
    QVERIFY((result.centers - sklCenters).cwiseAbs().maxCoeff() < 1e-9);
    const QJsonArray sklLabels = expected.value(QStringLiteral("labels")).toArray();
    QCOMPARE(size_t(sklLabels.size()), result.labels.size());
    for (int i = 0; i < sklLabels.size(); ++i)
        QCOMPARE(result.labels[size_t(i)], sklLabels.at(i).toInt());
}

void TestKMeans::standardizeConstantColumn()
{
    Eigen::MatrixXd points(4, 3);
    points << 1, 5, 10,
              2, 5, 20,
              3, 5, 30,
              4, 5, 40;
    Eigen::RowVectorXd mean, stddev;
    const Eigen::MatrixXd z = KMeans::standardize(points, &mean, &stddev);
    QCOMPARE(mean[0], 2.5);
    QCOMPARE(mean[1], 5.0);
    QCOMPARE(stddev[1], 0.0);
    QVERIFY(qAbs(stddev[0] - std::sqrt(1.25)) < 1e-15); // population std (ddof = 0)
    QVERIFY(z.col(1).isZero(0));
    QVERIFY(qAbs(z(0, 0) + 1.5 / std::sqrt(1.25)) < 1e-15);
    QVERIFY((z.col(0) - z.col(2)).norm() < 1e-15);
    QVERIFY(KMeans::standardize(Eigen::MatrixXd(0, 2)).size() == 0);
}

void TestKMeans::silhouetteHandComputed_data()
{
    QTest::addColumn<Eigen::MatrixXd>("points");
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<double>("expected");
    Eigen::MatrixXd line4(4, 1);
    line4 << 0, 1, 5, 6;
    // a = 1 for all; b = 5.5, 4.5, 4.5, 5.5
    QTest::newRow("two_pairs_on_a_line") << line4 << std::vector<int>{0, 0, 1, 1}
                                         << (2 * (4.5 / 5.5) + 2 * (3.5 / 4.5)) / 4;
    Eigen::MatrixXd line3(3, 1);
    line3 << 0, 1, 10;
    // a = 1, 1; b = 10, 9; the singleton scores 0
    QTest::newRow("singleton_scores_zero") << line3 << std::vector<int>{4, 4, 9} << (0.9 + 8.0 / 9.0 + 0.0) / 3;
    Eigen::MatrixXd plane(4, 2);
    plane << 0, 0, 0, 3, 4, 0, 4, 3;
    // labels {0,1},{2,3}: a = 3; b = mean(4, 5) = 4.5 for all four points
    QTest::newRow("rectangle_2d") << plane << std::vector<int>{0, 0, 1, 1} << (4.5 - 3) / 4.5;
    QTest::newRow("one_cluster_is_nan") << line4 << std::vector<int>{0, 0, 0, 0}
                                        << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("all_singletons_is_nan") << line4 << std::vector<int>{0, 1, 2, 3}
                                           << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("label_count_mismatch_is_nan") << line4 << std::vector<int>{0, 1}
                                                 << std::numeric_limits<double>::quiet_NaN();
}

void TestKMeans::silhouetteHandComputed()
{
    QFETCH(Eigen::MatrixXd, points);
    QFETCH(std::vector<int>, labels);
    QFETCH(double, expected);
    const double s = KMeans::silhouette(points, labels);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(s), qPrintable(QString::number(s)));
    else
        QVERIFY2(qAbs(s - expected) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(s).arg(expected)));
}

void TestKMeans::silhouetteMatchesScikitLearn()
{
    const Eigen::MatrixXd points = KMeans::standardize(m_rawPoints);
    const QJsonObject main = m_expected.value(QStringLiteral("main")).toObject();
    std::vector<int> labels;
    for (const QJsonValue &v : main.value(QStringLiteral("labels")).toArray())
        labels.push_back(v.toInt());
    const double expected = main.value(QStringLiteral("silhouette")).toDouble();
    const double s = KMeans::silhouette(points, labels);
    QVERIFY2(qAbs(s - expected) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(s, 0, 'g', 15).arg(expected, 0, 'g', 15)));
    QCOMPARE(KMeans::silhouette(points, labels, 0, 1, 1), s); // thread count does not matter
}

void TestKMeans::silhouetteSampled()
{
    const Eigen::MatrixXd points = KMeans::standardize(m_rawPoints);
    const QJsonObject main = m_expected.value(QStringLiteral("main")).toObject();
    std::vector<int> labels;
    for (const QJsonValue &v : main.value(QStringLiteral("labels")).toArray())
        labels.push_back(v.toInt());
    const double full = main.value(QStringLiteral("silhouette")).toDouble();
    const double a = KMeans::silhouette(points, labels, 800, 5);
    const double b = KMeans::silhouette(points, labels, 800, 5);
    const double c = KMeans::silhouette(points, labels, 800, 6);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY2(qAbs(a - full) < 0.03, qPrintable(QString::number(a)));
    QVERIFY2(qAbs(c - full) < 0.03, qPrintable(QString::number(c)));
    QCOMPARE(KMeans::silhouette(points, labels, 5000, 5), KMeans::silhouette(points, labels)); // >= n: all points
}

void TestKMeans::elbow()
{
    const Eigen::MatrixXd points = makeBlobs(4, 3, 100, 21);
    KMeansOptions options;
    options.restarts = 3;
    SimpleProgressReporter progress;
    const KMeansElbowResult result = KMeans::elbow(points, 1, 7, options, progress);
    QVERIFY2(result.errorString.isEmpty(), qPrintable(result.errorString));
    QCOMPARE(result.kMin, 1);
    QCOMPARE(result.inertias.size(), 7);
    for (int i = 1; i < result.inertias.size(); ++i)
        QVERIFY(result.inertias.at(i) <= result.inertias.at(i - 1) * (1 + 1e-12));
    // The elbow: a large drop up to the true k = 4, a small one after it.
    QVERIFY(result.inertias.at(2) / result.inertias.at(3) > 10);
    QVERIFY(result.inertias.at(3) / result.inertias.at(4) < 1.5);
    QCOMPARE(progress.done(), progress.total());

    const KMeansElbowResult bad = KMeans::elbow(points, 3, 2, options, progress);
    QVERIFY(!bad.errorString.isEmpty());
    QVERIFY(bad.inertias.isEmpty());
    const KMeansElbowResult tooMany = KMeans::elbow(points, 2, 401, options, progress);
    QVERIFY(!tooMany.errorString.isEmpty());
    CancelAfter cancel(2);
    const KMeansElbowResult cancelled = KMeans::elbow(points, 2, 5, options, cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.inertias.isEmpty());
}

void TestKMeans::pca2KnownCase()
{
    // x = a u + b v + offset with u = (1, 1, 0)/sqrt2, v = (1, -1, 0)/sqrt2 and a, b
    // centred and uncorrelated, var(a) > var(b): the scores are +-a and +-b.
    const Eigen::VectorXd a = (Eigen::VectorXd(4) << -3, -1, 1, 3).finished();
    const Eigen::VectorXd b = (Eigen::VectorXd(4) << 1, -1, -1, 1).finished();
    const Eigen::Vector3d u(1 / std::sqrt(2.0), 1 / std::sqrt(2.0), 0);
    const Eigen::Vector3d v(1 / std::sqrt(2.0), -1 / std::sqrt(2.0), 0);
    Eigen::MatrixXd points(4, 3);
    for (int i = 0; i < 4; ++i)
        points.row(i) = (a[i] * u + b[i] * v + Eigen::Vector3d(10, -5, 7)).transpose();
    const Eigen::MatrixXd p = KMeans::pca2(points);
    QCOMPARE(p.rows(), Eigen::Index(4));
    QCOMPARE(p.cols(), Eigen::Index(2));
    QVERIFY(variance(p.col(0)) > variance(p.col(1)));
    QVERIFY(std::min((p.col(0) - a).norm(), (p.col(0) + a).norm()) < 1e-12);
    QVERIFY(std::min((p.col(1) - b).norm(), (p.col(1) + b).norm()) < 1e-12);

    Eigen::MatrixXd oneColumn(3, 1);
    oneColumn << 1, 2, 6;
    const Eigen::MatrixXd q = KMeans::pca2(oneColumn);
    QVERIFY((q.col(0) - Eigen::Vector3d(-2, -1, 3)).norm() < 1e-12);
    QVERIFY(q.col(1).isZero(0));
    QCOMPARE(KMeans::pca2(Eigen::MatrixXd(0, 4)).size(), Eigen::Index(0));
}

void TestKMeans::pca2MatchesScikitLearnVariance()
{
    const Eigen::MatrixXd p = KMeans::pca2(KMeans::standardize(m_rawPoints));
    const QJsonArray expected = m_expected.value(QStringLiteral("pca_explained_variance")).toArray();
    QCOMPARE(expected.size(), 2);
    for (int c = 0; c < 2; ++c) {
        const double want = expected.at(c).toDouble();
        QVERIFY2(qAbs(variance(p.col(c)) - want) < 1e-9 * want, qPrintable(QString::number(variance(p.col(c)))));
    }
    QVERIFY(qAbs(p.col(0).dot(p.col(1))) < 1e-8 * p.rows()); // uncorrelated scores
}

void TestKMeans::describeCluster_data()
{
    QTest::addColumn<Eigen::RowVectorXd>("clusterMean");
    QTest::addColumn<QString>("expected");
    // overall mean 0, std 1 on four features
    QTest::newRow("three_strongest_in_order") << Eigen::RowVectorXd((Eigen::RowVectorXd(4) << 0.8, -2.0, 0.6, 1.2).finished())
                                              << "very low recency, high monetary, high frequency";
    QTest::newRow("close_to_average") << Eigen::RowVectorXd((Eigen::RowVectorXd(4) << 0.5, -0.4, 0.1, 0.0).finished())
                                      << "close to average";
    QTest::newRow("one_feature") << Eigen::RowVectorXd((Eigen::RowVectorXd(4) << 0.0, 0.0, -0.7, 0.2).finished())
                                 << "low return rate";
    QTest::newRow("very_high") << Eigen::RowVectorXd((Eigen::RowVectorXd(4) << 1.5, 0.0, 0.0, 0.0).finished())
                               << "very high frequency";
}

void TestKMeans::describeCluster()
{
    QFETCH(Eigen::RowVectorXd, clusterMean);
    QFETCH(QString, expected);
    const QStringList names{QStringLiteral("frequency"), QStringLiteral("recency"), QStringLiteral("return rate"),
                            QStringLiteral("monetary")};
    QCOMPARE(KMeans::describeCluster(clusterMean, Eigen::RowVectorXd::Zero(4), Eigen::RowVectorXd::Ones(4), names),
             expected);
    // A feature without spread is never mentioned.
    Eigen::RowVectorXd stddev = Eigen::RowVectorXd::Ones(4);
    stddev[1] = 0;
    QVERIFY(!KMeans::describeCluster(clusterMean, Eigen::RowVectorXd::Zero(4), stddev, names).contains("recency"));
}

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
