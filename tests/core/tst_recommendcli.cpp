#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestRecommendCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluateJson();
    void topJson();
    void topColdCustomer();
    void generateStores();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_empty;
};

TestRecommendCli::Run TestRecommendCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TAILOR_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestRecommendCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("shop.tailor"));
    m_empty = m_dir.filePath(QStringLiteral("empty.tailor"));
    Project project;
    QVERIFY(project.open(m_project));
    // 40 customers in two tastes: even customers buy A-D, odd ones E-H, each missing one item.
    QString sql = QStringLiteral(
        "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
        "VALUES(1, 'transactions', 'x.csv', 'x.csv', 'abc', '2024-01-01');"
        "INSERT INTO products(id, sku, name) VALUES(1,'A','Apple'),(2,'B','Banana'),(3,'C','Cherry'),(4,'D','Date'),"
        "(5,'E','Eel'),(6,'F','Fig'),(7,'G','Grape'),(8,'H','Hazel');"
        "INSERT INTO customers(id, customer_key) VALUES(1000, 'LONER');");
    for (int c = 0; c < 40; ++c) {
        sql += QStringLiteral("INSERT INTO customers(id, customer_key) VALUES(%1, 'K%1');").arg(c + 1);
        const int first = c % 2 == 0 ? 1 : 5;
        for (int p = first; p < first + 4; ++p) {
            if (p - first == c % 4 && c >= 4)
                continue;
            // Orders in 2011-10 (train); every third customer bought D or H in 2011-11 (test).
            const qint64 when = p - first == 3 && c % 3 == 0 ? 1320300000 : 1317500000;
            sql += QStringLiteral("INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, "
                                  "ordered_at, import_id) VALUES('%1-%2', %1, %3, 1, 1.0, %4, 1);")
                       .arg(c + 1).arg(when).arg(p).arg(when);
        }
    }
    QVERIFY2(project.database().exec(sql), qPrintable(project.database().errorString()));
    project.close();
    Project empty;
    QVERIFY(empty.open(m_empty));
}

void TestRecommendCli::evaluateJson()
{
    const Run run = cli({QStringLiteral("recommend"), QStringLiteral("evaluate"), QStringLiteral("--project"), m_project,
                         QStringLiteral("--algo"), QStringLiteral("itemknn"), QStringLiteral("--k"), QStringLiteral("2"),
                         QStringLiteral("--split"), QStringLiteral("time:2011-11-01"), QStringLiteral("--param"),
                         QStringLiteral("lambda=1"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    for (const char *key : {"algo", "k", "precision_at_k", "recall_at_k", "ndcg_at_k", "map_at_k", "hit_rate_at_k",
                            "coverage", "rmse", "mae", "users_evaluated", "fit_seconds"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("algo")).toString(), QStringLiteral("itemknn"));
    QCOMPARE(json.value(QStringLiteral("k")).toInt(), 2);
    QVERIFY(json.value(QStringLiteral("rmse")).isNull());
    // Every customer whose D or H was bought in November has a training history.
    QVERIFY(json.value(QStringLiteral("users_evaluated")).toInt() > 0);
    // The held-out item is one of at most two unbought items of the customer's taste: always a hit at 2.
    QCOMPARE(json.value(QStringLiteral("hit_rate_at_k")).toDouble(), 1.0);

    const Run random = cli({QStringLiteral("recommend"), QStringLiteral("evaluate"), QStringLiteral("--project"),
                            m_project, QStringLiteral("--algo"), QStringLiteral("ease"), QStringLiteral("--split"),
                            QStringLiteral("user-random:0.25"), QStringLiteral("--seed"), QStringLiteral("3"),
                            QStringLiteral("--json")});
    QVERIFY2(random.exitCode == 0, random.err.constData());
    const QJsonObject second = QJsonDocument::fromJson(random.out).object();
    QVERIFY(second.value(QStringLiteral("precision_at_k")).toDouble() > 0.0);
}

void TestRecommendCli::topJson()
{
    const Run run = cli({QStringLiteral("recommend"), QStringLiteral("top"), QStringLiteral("--project"), m_project,
                         QStringLiteral("--algo"), QStringLiteral("itemknn"), QStringLiteral("--customer"),
                         QStringLiteral("K6"), QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("customer")).toString(), QStringLiteral("K6"));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    // K6 (odd, c = 5) misses F (index 5 % 4 = 1 of E-H).
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("F"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Fig"));
    const QJsonArray because = items.at(0).toObject().value(QStringLiteral("because")).toArray();
    QVERIFY(!because.isEmpty());
    for (const QJsonValue &v : because) {
        const QString sku = v.toObject().value(QStringLiteral("sku")).toString();
        QVERIFY2(sku == QLatin1String("E") || sku == QLatin1String("G") || sku == QLatin1String("H"), qPrintable(sku));
    }
}

void TestRecommendCli::topColdCustomer()
{
    const Run run = cli({QStringLiteral("recommend"), QStringLiteral("top"), QStringLiteral("--project"), m_project,
                         QStringLiteral("--algo"), QStringLiteral("ease"), QStringLiteral("--customer"),
                         QStringLiteral("LONER"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 8);
    QVERIFY(items.at(0).toObject().value(QStringLiteral("because")).toArray().at(0).toObject()
                .contains(QStringLiteral("reason")));
}

void TestRecommendCli::generateStores()
{
    const Run run = cli({QStringLiteral("recommend"), QStringLiteral("generate"), QStringLiteral("--project"),
                         m_project, QStringLiteral("--algo"), QStringLiteral("als"), QStringLiteral("--n"),
                         QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 41);
    QVERIFY(json.contains(QStringLiteral("seconds")));
    Project project;
    QVERIFY(project.open(m_project));
    QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM recommendations"))->toInt(),
             json.value(QStringLiteral("rows")).toInt());
    QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(DISTINCT algo) FROM recommendations"))->toString(),
             QStringLiteral("1"));
}

void TestRecommendCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown_algo") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--algo"), QStringLiteral("magic")}
                                  << QStringLiteral("magic");
    QTest::newRow("unknown_customer") << QStringList{QStringLiteral("top"), QStringLiteral("--algo"), QStringLiteral("ease"),
                                                     QStringLiteral("--customer"), QStringLiteral("NOBODY")}
                                      << QStringLiteral("NOBODY");
    QTest::newRow("no_customer") << QStringList{QStringLiteral("top")} << QStringLiteral("--customer");
    QTest::newRow("bad_split") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--split"), QStringLiteral("time:soon")}
                               << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("missing_test_file") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--split"),
                                                      QStringLiteral("test-file:/nonexistent/u1.test")}
                                       << QStringLiteral("u1.test");
    QTest::newRow("bad_param") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--param"), QStringLiteral("lambda")}
                               << QStringLiteral("KEY=VALUE");
    QTest::newRow("bad_k") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--k"), QStringLiteral("0")}
                           << QStringLiteral("--k");
    QTest::newRow("unknown_action") << QStringList{QStringLiteral("explode")} << QStringLiteral("explode");
    QTest::newRow("empty_project") << QStringList{QStringLiteral("evaluate"), QStringLiteral("EMPTY")}
                                   << QStringLiteral("no purchases or ratings");
}

void TestRecommendCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString project = m_project;
    if (arguments.contains(QStringLiteral("EMPTY"))) {
        arguments.removeAll(QStringLiteral("EMPTY"));
        project = m_empty;
    }
    QStringList full{QStringLiteral("recommend")};
    full << arguments << QStringLiteral("--project") << project << QStringLiteral("--json");
    const Run run = cli(full);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 0);
}

QTEST_GUILESS_MAIN(TestRecommendCli)
#include "tst_recommendcli.moc"
