#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "segments/rfm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/** Imports of the real public datasets in ../shared/data, checked against their known figures. */
class TestRealData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString data(const char *relative)
    {
        return QStringLiteral(TAILOR_DATA_DIR "/") + QLatin1String(relative);
    }

    ImportResult importInto(Project &project, const QString &name, const QString &path, ImportKind kind)
    {
        if (!project.open(m_dir.filePath(name)))
            return {};
        ImportOptions options;
        options.reader.path = path;
        options.kind = kind;
        SimpleProgressReporter progress;
        return Importer().run(project.database(), options, progress);
    }

    static qint64 scalar(Project &project, const QString &sql)
    {
        return project.database().scalar(sql).value_or(-1).toLongLong();
    }

private slots:
    void onlineRetail()
    {
        Project project;
        const ImportResult r = importInto(project, QStringLiteral("retail.tailor"),
                                          data("online_retail/online_retail.csv.gz"), ImportKind::Transactions);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        qInfo("Online Retail: read %lld imported %lld rejected %lld duplicates %lld anonymous %lld returns %lld "
              "customers %lld products %lld in %.2f s",
              r.rowsRead, r.rowsImported, r.rowsRejected, r.duplicates, r.anonymous, r.returns, r.customers,
              r.products, r.seconds);
        QCOMPARE(r.rowsRead, qint64(541909));
        QCOMPARE(r.rowsImported + r.rowsRejected + r.duplicates + r.skipped, r.rowsRead);
        QCOMPARE(r.rowsRejected, qint64(0));
        // The well-known figure for exact duplicate rows in this dataset.
        QCOMPARE(r.duplicates, qint64(5268));
        QCOMPARE(r.customers, qint64(4372));
        QVERIFY(r.products >= 3684);
        QVERIFY(r.anonymous > 0 && r.anonymous <= 135080);
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM order_lines WHERE customer_id IS NULL")),
                 r.anonymous);
        QVERIFY(r.returns > 0);
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM order_lines WHERE is_return = 1")), r.returns);
        // Every cancellation invoice is a return.
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT count(*) FROM order_lines WHERE order_id LIKE 'C%' AND is_return = 0")), qint64(0));
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM customers WHERE customer_key LIKE '%.0'")),
                 qint64(0));
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(DISTINCT order_id) FROM order_lines")), qint64(25900));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT datetime(min(ordered_at), 'unixepoch') || ' ' || datetime(max(ordered_at), 'unixepoch') "
                     "FROM order_lines"))->toString(),
                 QStringLiteral("2010-12-01 08:26:00 2011-12-09 12:50:00"));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT country FROM customers WHERE customer_key = '12346'"))->toString(),
                 QStringLiteral("United Kingdom"));

        // RFM covers every customer with at least one purchase; the 33 whose lines are all
        // returns (cancellations of purchases made before the data starts) are left out.
        SimpleProgressReporter progress;
        const RfmResult rfm = Rfm::compute(project.database(), RfmOptions(), progress);
        QVERIFY2(rfm.isOk(), qPrintable(rfm.errorString));
        QCOMPARE(rfm.referenceDate, QDate(2011, 12, 10));
        QCOMPARE(rfm.customers.size(), 4339);
        QCOMPARE(rfm.excludedOnlyReturns, qint64(33));
        QCOMPARE(rfm.excludedNoOrders, qint64(0));
        qint64 covered = 0;
        for (const auto &[name, size] : rfm.segmentSizes()) {
            qInfo("RFM %s: %lld", qPrintable(name), size);
            QVERIFY2(size > 0, qPrintable(name));
            covered += size;
        }
        QCOMPARE(covered, qint64(4339));
    }

    void movieLens100k()
    {
        Project project;
        const ImportResult r = importInto(project, QStringLiteral("ml100k.tailor"), data("movielens_100k/u.data"),
                                          ImportKind::Ratings);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.rowsRead, qint64(100000));
        QCOMPARE(r.rowsImported, qint64(100000));
        QCOMPARE(r.customers, qint64(943));
        QCOMPARE(r.products, qint64(1682));
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM ratings WHERE rated_at IS NULL")), qint64(0));
        // First line: 196 242 3 881250949
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT r.rated_at FROM ratings r JOIN customers c ON c.id = r.customer_id "
                     "JOIN products p ON p.id = r.product_id WHERE c.customer_key = '196' AND p.sku = '242'")),
                 qint64(881250949));
    }

    void movieLens1mDoubleColonFile()
    {
        Project project;
        const ImportResult r = importInto(project, QStringLiteral("ml1m.tailor"),
                                          data("movielens_1m/ratings.dat.users0001-2999.gz"), ImportKind::Ratings);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.settings.delimiter, QStringLiteral("::"));
        QCOMPARE(r.rowsRead, qint64(487650));
        QCOMPARE(r.rowsImported, r.rowsRead);
        QCOMPARE(r.customers, qint64(2999));
    }

    void hillstromExperiment()
    {
        Project project;
        const ImportResult r = importInto(
            project, QStringLiteral("hillstrom.tailor"),
            data("hillstrom_email/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv"),
            ImportKind::Experiment);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.rowsRead, qint64(64000));
        QCOMPARE(r.rowsImported, qint64(64000));
        QCOMPARE(r.arms.size(), 3);
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM experiment_arms")), qint64(3));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT name FROM experiment_arms WHERE is_control = 1"))->toString(),
                 QStringLiteral("No E-Mail"));
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM experiment_assignments")), qint64(64000));
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT count(DISTINCT metric) FROM experiment_metrics WHERE role = 'outcome'")), qint64(3));
        // 9,394 visits in the file, counted independently.
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT sum(value) FROM experiment_metrics WHERE metric = 'visit'")), qint64(9394));
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT count(*) FROM experiment_metrics WHERE metric = 'history' AND role = 'covariate'")),
                 qint64(64000));
    }

    void ifoodCustomers()
    {
        Project project;
        const ImportResult r = importInto(project, QStringLiteral("ifood.tailor"),
                                          data("ifood_customer_personality/marketing_campaign.csv"),
                                          ImportKind::Customers);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.settings.delimiter, QStringLiteral("\t"));
        QCOMPARE(r.rowsRead, qint64(2240));
        QCOMPARE(r.rowsImported, qint64(2240));
        QCOMPARE(r.customers, qint64(2240));
        QCOMPARE(r.customersAdded, qint64(2240));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT signup_date || '|' || birth_date FROM customers WHERE customer_key = '5524'"))->toString(),
                 QStringLiteral("2012-09-04|1957"));
        QCOMPARE(scalar(project, QStringLiteral("SELECT count(*) FROM customers WHERE signup_date IS NULL")), qint64(0));
        QCOMPARE(scalar(project, QStringLiteral(
                     "SELECT json_extract(attributes, '$.MntWines') FROM customers WHERE customer_key = '5524'")),
                 qint64(635));
    }

    void cliSegmentCommands()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("cli-segments.tailor"));
        auto run = [&](const QStringList &arguments) {
            QProcess cli;
            cli.start(QStringLiteral(TAILOR_CLI_PATH), arguments + QStringList{QStringLiteral("--project"), projectPath,
                                                                               QStringLiteral("--json")});
            cli.waitForFinished(120000);
            const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
            return qMakePair(cli.exitCode(), json);
        };
        // Without order data RFM is a user error with one line on stderr.
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("rfm")}).first, 1);
        QCOMPARE(run({QStringLiteral("import"),
                      QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz")}).first, 0);
        const auto rfm = run({QStringLiteral("segment"), QStringLiteral("rfm")});
        QCOMPARE(rfm.first, 0);
        qint64 scored = 0;
        for (const QJsonValue &segment : rfm.second.value(QStringLiteral("segments")).toArray()) {
            QVERIFY(segment.toObject().contains(QStringLiteral("name")));
            scored += segment.toObject().value(QStringLiteral("size")).toInteger();
        }
        QCOMPARE(scored, rfm.second.value(QStringLiteral("customers")).toInteger());
        QVERIFY(rfm.second.contains(QStringLiteral("seconds")));
        const auto clv = run({QStringLiteral("segment"), QStringLiteral("clv")});
        QCOMPARE(clv.first, 0);
        QCOMPARE(clv.second.value(QStringLiteral("segments")).toArray().size(), 3);
        QVERIFY(clv.second.value(QStringLiteral("bgnbd")).toObject().value(QStringLiteral("r")).toDouble() > 0);
        const auto rule = run({QStringLiteral("segment"), QStringLiteral("rule"), QStringLiteral("--name"),
                               QStringLiteral("Big UK spenders"), QStringLiteral("--where"),
                               QStringLiteral("country = 'United Kingdom' AND revenue > 1000")});
        QCOMPARE(rule.first, 0);
        QVERIFY(rule.second.value(QStringLiteral("segments")).toArray().first().toObject()
                    .value(QStringLiteral("size")).toInteger() > 0);
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("rule"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--where"), QStringLiteral("revenue >")}).first, 1);
        const auto list = run({QStringLiteral("segment"), QStringLiteral("list")});
        QCOMPARE(list.first, 0);
        const QJsonArray segments = list.second.value(QStringLiteral("segments")).toArray();
        QVERIFY(segments.size() >= 10);
        for (const QJsonValue &segment : segments) {
            const QJsonObject object = segment.toObject();
            QVERIFY(object.contains(QStringLiteral("name")) && object.contains(QStringLiteral("kind"))
                    && object.contains(QStringLiteral("size")));
        }
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("nosuchmethod")}).first, 1);
    }

    void cliImportPrintsContractKeys()
    {
        QProcess cli;
        cli.start(QStringLiteral(TAILOR_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("ratings"),
                   QStringLiteral("--project"), m_dir.filePath(QStringLiteral("cli.tailor")), QStringLiteral("--json"),
                   data("movielens_100k/u.data")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const char *key : {"rows_read", "rows_imported", "rows_rejected", "duplicates", "rejects_by_reason",
                                "customers", "products", "seconds"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("rows_read")).toInteger(), qint64(100000));
        QCOMPARE(json.value(QStringLiteral("customers")).toInteger(), qint64(943));

        QProcess bad;
        bad.start(QStringLiteral(TAILOR_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--project"), m_dir.filePath(QStringLiteral("cli.tailor")),
                   m_dir.filePath(QStringLiteral("missing.csv"))});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        const QByteArray message = bad.readAllStandardError();
        QVERIFY2(message.contains("does not exist"), message.constData());
        QCOMPARE(message.count('\n'), 1);

        QProcess version;
        version.start(QStringLiteral(TAILOR_CLI_PATH), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(60000));
        QVERIFY(version.readAllStandardOutput().startsWith("tailor "));
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
