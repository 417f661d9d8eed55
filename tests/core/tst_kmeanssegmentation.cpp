#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "segments/kmeanssegmentation.h"
#include "segments/segmentstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/**
 * k-means segmentation of customers on a project: two groups that differ in every
 * feature must come out as two clusters, named from their traits, and saved.
 */
class TestKMeansSegmentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    /** 30 frequent big spenders buying in December 2011, 60 one-off small buyers from January. */
    QString writeOrders()
    {
        const QString path = m_dir.filePath(QStringLiteral("two_groups.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
        int invoice = 1;
        for (int c = 0; c < 30; ++c) {
            for (int o = 0; o < 8 + c % 3; ++o)
                csv += QStringLiteral("%1,A,%2,2011-12-%3 10:00,%4,big%5\n")
                           .arg(invoice++).arg(5 + c % 4).arg(1 + o, 2, 10, QLatin1Char('0'))
                           .arg(20 + c % 5).arg(c).toUtf8();
        }
        for (int c = 0; c < 60; ++c)
            csv += QStringLiteral("%1,B,1,2011-01-%2 10:00,%3,small%4\n")
                       .arg(invoice++).arg(1 + c % 20, 2, 10, QLatin1Char('0')).arg(2 + c % 3).arg(c).toUtf8();
        file.write(csv);
        return path;
    }

    bool importInto(Project &project)
    {
        ImportOptions options;
        options.reader.path = m_csv;
        SimpleProgressReporter progress;
        return Importer().run(project.database(), options, progress).isOk();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = writeOrders();
        QVERIFY(!m_csv.isEmpty());
    }

    void separatesTwoGroupsAndNamesThem()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        QVERIFY(importInto(project));
        KMeansSegmentationOptions options;
        options.k = 2;
        SimpleProgressReporter progress;
        const KMeansSegmentationResult result = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.k, 2);
        QCOMPARE(result.clusters.size(), 2);
        // Largest first: the 60 small buyers are cluster 1.
        QCOMPARE(result.clusters.at(0).customerIds.size(), 60);
        QCOMPARE(result.clusters.at(1).customerIds.size(), 30);
        const QString small = result.clusters.at(0).name;
        const QString big = result.clusters.at(1).name;
        QVERIFY2(small.startsWith(QStringLiteral("Cluster 1: ")), qPrintable(small));
        QVERIFY2(small.contains(QStringLiteral("lapsed")) && small.contains(QStringLiteral("low spend")), qPrintable(small));
        QVERIFY2(big.contains(QStringLiteral("recent")) && big.contains(QStringLiteral("high spend"))
                     && big.contains(QStringLiteral("frequent")), qPrintable(big));
        // Raw means: small buyers have one order each.
        QCOMPARE(result.clusters.at(0).featureMeans.value(1), 1.0);
        QVERIFY(result.clusters.at(1).featureMeans.value(1) >= 8.0);
        QVERIFY(result.silhouette > 0.7);
        QVERIFY(result.inertia > 0);
        QVERIFY(result.converged);
        QCOMPARE(result.scatter.size(), 90);
        QCOMPARE(progress.done(), qint64(1000));

        QString error;
        QVERIFY2(KMeansSegmentation::save(project.database(), result, &error), qPrintable(error));
        const QList<SegmentInfo> saved = SegmentStore::list(project.database(), &error);
        QCOMPARE(saved.size(), 2);
        for (const SegmentInfo &info : saved)
            QCOMPARE(info.kind, QStringLiteral("kmeans"));

        // A new run replaces the earlier k-means segments.
        options.k = 3;
        const KMeansSegmentationResult three = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY(three.isOk());
        QVERIFY(KMeansSegmentation::save(project.database(), three, &error));
        QCOMPARE(SegmentStore::list(project.database(), &error).size(), 3);
    }

    void choosesKBySilhouette()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        QVERIFY(importInto(project));
        KMeansSegmentationOptions options;
        options.kMin = 2;
        options.kMax = 5;
        SimpleProgressReporter progress;
        const KMeansSegmentationResult result = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.silhouetteByK.size(), 4);
        QCOMPARE(result.inertiaByK.size(), 4);
        double best = -2;
        int bestK = 0;
        for (const auto &[k, s] : result.silhouetteByK) {
            if (s > best) {
                best = s;
                bestK = k;
            }
        }
        QCOMPARE(result.k, bestK);
        QCOMPARE(result.k, 2);
        // The elbow curve falls as k grows.
        for (int i = 1; i < result.inertiaByK.size(); ++i)
            QVERIFY(result.inertiaByK.at(i).second <= result.inertiaByK.at(i - 1).second + 1e-9);
    }

    void badInputGivesClearMessages()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        SimpleProgressReporter progress;
        KMeansSegmentationOptions options;
        options.k = 2;
        KMeansSegmentationResult empty = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY(!empty.isOk());
        QVERIFY2(empty.errorString.contains(QStringLiteral("no order lines")), qPrintable(empty.errorString));

        QVERIFY(importInto(project));
        options.features = {QStringLiteral("recency"), QStringLiteral("shoe_size")};
        KMeansSegmentationResult unknown = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY2(unknown.errorString.contains(QStringLiteral("shoe_size")), qPrintable(unknown.errorString));

        options.features = {QStringLiteral("monetary")};
        options.k = 51;
        QVERIFY(!KMeansSegmentation::run(project.database(), options, progress).errorString.isEmpty());
        options.k = 0;
        options.kMin = 5;
        options.kMax = 3;
        QVERIFY(!KMeansSegmentation::run(project.database(), options, progress).errorString.isEmpty());

        options.k = 2;
        progress.cancel();
        const KMeansSegmentationResult cancelled = KMeansSegmentation::run(project.database(), options, progress);
        QVERIFY(cancelled.cancelled);
        QString error;
        QVERIFY(!KMeansSegmentation::save(project.database(), cancelled, &error));
        QCOMPARE(SegmentStore::list(project.database(), &error).size(), 0);
    }

    void cliSegmentsWithKMeans()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("cli.tailor"));
        QProcess import;
        import.start(QStringLiteral(TAILOR_CLI_PATH),
                     {QStringLiteral("import"), QStringLiteral("--project"), projectPath, m_csv});
        QVERIFY(import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 0);

        QProcess kmeans;
        kmeans.start(QStringLiteral(TAILOR_CLI_PATH),
                     {QStringLiteral("segment"), QStringLiteral("kmeans"), QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--features"), QStringLiteral("recency,frequency,monetary,avg_basket"),
                      QStringLiteral("--project"), projectPath, QStringLiteral("--json")});
        QVERIFY(kmeans.waitForFinished(60000));
        QCOMPARE(kmeans.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(kmeans.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("k")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("inertia")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("iterations")).toInt() >= 1);
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).toObject().value(QStringLiteral("size")).toInt(), 60);
        QCOMPARE(json.value(QStringLiteral("features")).toArray().size(), 4);

        QProcess list;
        list.start(QStringLiteral(TAILOR_CLI_PATH), {QStringLiteral("segment"), QStringLiteral("list"),
                                                     QStringLiteral("--project"), projectPath, QStringLiteral("--json")});
        QVERIFY(list.waitForFinished(60000));
        const QJsonArray listed = QJsonDocument::fromJson(list.readAllStandardOutput())
                                      .object().value(QStringLiteral("segments")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("kmeans"));

        QProcess bad;
        bad.start(QStringLiteral(TAILOR_CLI_PATH), {QStringLiteral("segment"), QStringLiteral("kmeans"),
                                                    QStringLiteral("--k"), QStringLiteral("one"),
                                                    QStringLiteral("--project"), projectPath});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("--k must be"));
    }
};

QTEST_GUILESS_MAIN(TestKMeansSegmentation)
#include "tst_kmeanssegmentation.moc"
