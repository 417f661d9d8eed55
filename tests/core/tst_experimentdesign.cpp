// Experiment design: deterministic assignment, split proportions, stratification,
// storage (create, export, derived outcomes), SRM detection and cancellation.

#include "experiments/experimentanalysis.h"
#include "experiments/experimentdesign.h"
#include "experiments/experimentstore.h"
#include "jobs/progressreporter.h"
#include "project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

namespace {

QStringList makeKeys(int n)
{
    QStringList keys;
    for (int i = 0; i < n; ++i)
        keys << QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
    return keys;
}

/** Cancels after setValue() has been called @p after times. */
class CancelAfter : public ProgressReporter
{
public:
    explicit CancelAfter(int after) : m_after(after) {}
    void setRange(qint64) override {}
    void setValue(qint64) override { ++m_calls; }
    bool isCancelled() const override { return m_calls > m_after; }

private:
    int m_after;
    int m_calls = 0;
};

bool insertCustomers(Database &db, int n, const QStringList &countries)
{
    Transaction tx(db);
    if (!db.exec(QStringLiteral("INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
                                "VALUES(1, 'customers', 'x', 'x', '0', '2024-01-01')")))
        return false;
    Statement insert = db.prepare(QStringLiteral("INSERT INTO customers(customer_key, country) VALUES(?, ?)"));
    for (int i = 0; i < n; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("K%1").arg(i));
        insert.bind(2, countries[i % countries.size()]);
        if (!insert.exec())
            return false;
    }
    return tx.commit();
}

} // namespace

class TestExperimentDesign : public QObject
{
    Q_OBJECT

private slots:
    void hashIsDeterministic();
    void proportions();
    void stratificationBalances();
    void parseArms_data();
    void parseArms();
    void createExportAndReassign();
    void createIsCancellable();
    void deriveOutcomesFromOrders();
    void srmOnSkewedFixture();
};

void TestExperimentDesign::hashIsDeterministic()
{
    const double u = ExperimentDesign::unitHash(QStringLiteral("salt"), QStringLiteral("12345"));
    QCOMPARE(ExperimentDesign::unitHash(QStringLiteral("salt"), QStringLiteral("12345")), u);
    QVERIFY(u >= 0 && u < 1);
    // SHA-256("salt:12345") starts with the 8 bytes below; u is their top 53 bits / 2^53.
    const QByteArray digest = QCryptographicHash::hash("salt:12345", QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest[i]);
    QCOMPARE(u, double(v >> 11) / 9007199254740992.0);
    QVERIFY(ExperimentDesign::unitHash(QStringLiteral("other"), QStringLiteral("12345")) != u);

    const QVector<DesignArm> arms = {{QStringLiteral("A"), 0.5, true, false}, {QStringLiteral("B"), 0.5, false, false}};
    const QStringList keys = makeKeys(1000);
    QCOMPARE(ExperimentDesign::assign(arms, keys, QStringLiteral("s")), ExperimentDesign::assign(arms, keys, QStringLiteral("s")));
    QVERIFY(ExperimentDesign::assign(arms, keys, QStringLiteral("s")) != ExperimentDesign::assign(arms, keys, QStringLiteral("t")));
}

void TestExperimentDesign::proportions()
{
    const QVector<DesignArm> arms = {{QStringLiteral("A"), 0.2, true, false},
                                     {QStringLiteral("B"), 0.3, false, false},
                                     {QStringLiteral("C"), 0.5, false, false}};
    const int n = 100000;
    const QVector<int> assigned = ExperimentDesign::assign(arms, makeKeys(n), QStringLiteral("prop"));
    std::vector<int> counts(3);
    for (int a : assigned)
        ++counts[size_t(a)];
    // Binomial SD at n = 100,000 is at most 158; allow 5 SD.
    QVERIFY2(std::abs(counts[0] - 20000) < 800, qPrintable(QString::number(counts[0])));
    QVERIFY2(std::abs(counts[1] - 30000) < 800, qPrintable(QString::number(counts[1])));
    QVERIFY2(std::abs(counts[2] - 50000) < 800, qPrintable(QString::number(counts[2])));
    // The split passes the SRM test against the planned weights.
    QVector<ArmSummary> summaries(3);
    for (int i = 0; i < 3; ++i) {
        summaries[i].name = arms[i].name;
        summaries[i].weight = arms[i].weight;
        for (int k = 0; k < counts[size_t(i)]; ++k)
            summaries[i].add(k % 7 == 0);
    }
    AnalysisOptions options;
    options.metric = QStringLiteral("m");
    const AnalysisResult r = ExperimentAnalysis::analyze(summaries, options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(!r.srmDetected);
    QCOMPARE(r.arms[2].expectedShare, 0.5);
}

void TestExperimentDesign::stratificationBalances()
{
    const QVector<DesignArm> arms = {{QStringLiteral("A"), 1.0, true, false},
                                     {QStringLiteral("B"), 1.0, false, false},
                                     {QStringLiteral("C"), 2.0, false, false}};
    const QStringList keys = makeKeys(10007);
    QStringList strata;
    for (int i = 0; i < keys.size(); ++i)
        strata << (i % 13 == 0 ? QStringLiteral("small") : i % 3 == 0 ? QStringLiteral("mid") : QStringLiteral("big"));
    const QVector<int> assigned = ExperimentDesign::assign(arms, keys, QStringLiteral("strat"), strata);
    QCOMPARE(assigned, ExperimentDesign::assign(arms, keys, QStringLiteral("strat"), strata));
    std::map<QString, std::vector<int>> counts;
    std::map<QString, int> sizes;
    for (int i = 0; i < keys.size(); ++i) {
        auto &c = counts[strata[i]];
        c.resize(3);
        ++c[size_t(assigned[i])];
        ++sizes[strata[i]];
    }
    for (const auto &[stratum, c] : counts) {
        const double m = sizes[stratum];
        // Within each stratum every arm is within one customer of its exact share.
        QVERIFY2(std::fabs(c[0] - m * 0.25) <= 1.0, qPrintable(stratum));
        QVERIFY2(std::fabs(c[1] - m * 0.25) <= 1.0, qPrintable(stratum));
        QVERIFY2(std::fabs(c[2] - m * 0.5) <= 1.0, qPrintable(stratum));
    }
}

void TestExperimentDesign::parseArms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("holdout");
    QTest::addColumn<int>("arms");
    QTest::addColumn<QString>("error");
    QTest::newRow("two_weighted") << QStringLiteral("A:0.5,B:0.5") << 0.0 << 2 << QString();
    QTest::newRow("equal_with_holdout") << QStringLiteral("A,B,C") << 0.1 << 4 << QString();
    QTest::newRow("one_arm") << QStringLiteral("A:1") << 0.0 << 0 << QStringLiteral("1 to 5 variants");
    QTest::newRow("seven_arms") << QStringLiteral("A,B,C,D,E,F,G") << 0.0 << 0 << QStringLiteral("1 to 5 variants");
    QTest::newRow("bad_weight") << QStringLiteral("A:x,B:1") << 0.0 << 0 << QStringLiteral("positive number");
    QTest::newRow("duplicate") << QStringLiteral("A,A") << 0.0 << 0 << QStringLiteral("listed twice");
    QTest::newRow("mixed") << QStringLiteral("A:1,B") << 0.0 << 0 << QStringLiteral("every arm or to none");
    QTest::newRow("bad_holdout") << QStringLiteral("A,B") << 0.95 << 0 << QStringLiteral("holdout share");
}

void TestExperimentDesign::parseArms()
{
    QFETCH(QString, text);
    QFETCH(double, holdout);
    QFETCH(int, arms);
    QFETCH(QString, error);
    QString message;
    const auto parsed = ExperimentDesign::parseArms(text, holdout, &message);
    if (arms == 0) {
        QVERIFY(!parsed);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(parsed, qPrintable(message));
    QCOMPARE(parsed->size(), arms);
    QVERIFY(parsed->first().isControl);
    double total = 0;
    for (const DesignArm &arm : *parsed)
        total += arm.weight;
    QVERIFY(std::fabs(total - 1.0) < 1e-12);
    if (holdout > 0) {
        QVERIFY(parsed->last().isHoldout);
        QCOMPARE(parsed->last().weight, holdout);
        QVERIFY(std::fabs(parsed->first().weight - 0.3) < 1e-12);
    }
}

void TestExperimentDesign::createExportAndReassign()
{
    QTemporaryDir dir;
    Project project;
    QVERIFY(project.open(dir.filePath(QStringLiteral("p.tailor"))));
    Database &db = project.database();
    QVERIFY(insertCustomers(db, 3000, {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("UK")}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO segments(id, name, kind, created_at) VALUES(1, 'Half', 'rule', 'now');"
                                   "INSERT INTO segment_members SELECT 1, id FROM customers WHERE id % 2 = 0;")));
    QString error;
    ExperimentSpec spec;
    spec.name = QStringLiteral("subject-test");
    spec.segment = QStringLiteral("Half");
    spec.arms = *ExperimentDesign::parseArms(QStringLiteral("A:0.5,B:0.5"), 0.1, &error);
    spec.stratifyBy = QStringLiteral("country");
    SimpleProgressReporter progress;
    const auto info = ExperimentStore::create(db, spec, progress, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->arms.size(), 3);
    qint64 total = 0;
    for (const ExperimentArmInfo &arm : info->arms)
        total += arm.n;
    QCOMPARE(total, 1500);
    QCOMPARE(info->arms[2].name, QStringLiteral("Holdout"));
    QCOMPARE(info->arms[2].n, 150); // 10% of each stratum of 500, exactly
    QCOMPARE(info->segment, QStringLiteral("Half"));
    QVERIFY(!info->startedAt.isEmpty());

    // Same name twice, unknown segment, bad stratum.
    QVERIFY(!ExperimentStore::create(db, spec, progress, &error));
    QVERIFY2(error.contains(QStringLiteral("already has an experiment")), qPrintable(error));
    spec.name = QStringLiteral("other");
    spec.segment = QStringLiteral("Missing");
    QVERIFY(!ExperimentStore::create(db, spec, progress, &error));
    QVERIFY2(error.contains(QStringLiteral("no segment named \"Missing\"")), qPrintable(error));
    spec.segment.clear();
    spec.stratifyBy = QStringLiteral("shoe_size");
    QVERIFY(!ExperimentStore::create(db, spec, progress, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot stratify")), qPrintable(error));

    // The same salt and keys give the same arms in a fresh experiment (all customers, no strata).
    spec.stratifyBy.clear();
    spec.name = QStringLiteral("again");
    spec.salt = QStringLiteral("subject-test");
    QVERIFY2(ExperimentStore::create(db, spec, progress, &error), qPrintable(error));

    const QString csv = dir.filePath(QStringLiteral("assign.csv"));
    const auto rows = ExperimentStore::exportAssignments(db, QStringLiteral("again"), csv, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(*rows, 3000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("customer_key,arm"));
    const QVector<int> expected = ExperimentDesign::assign(spec.arms, {QStringLiteral("K0")}, QStringLiteral("subject-test"));
    QCOMPARE(lines.at(1), QByteArray("K0,") + spec.arms[expected.first()].name.toUtf8());
    QVERIFY(!ExperimentStore::exportAssignments(db, QStringLiteral("none"), csv, &error));
    QVERIFY(error.contains(QStringLiteral("no experiment named \"none\"")));

    const QVector<ExperimentInfo> all = ExperimentStore::list(db, &error);
    QCOMPARE(all.size(), 2);
}

void TestExperimentDesign::createIsCancellable()
{
    Project project;
    QVERIFY(project.open(QStringLiteral(":memory:")));
    Database &db = project.database();
    QVERIFY(insertCustomers(db, 20000, {QStringLiteral("DE")}));
    QString error;
    ExperimentSpec spec;
    spec.name = QStringLiteral("cancel-me");
    spec.arms = *ExperimentDesign::parseArms(QStringLiteral("A,B"), 0, &error);
    CancelAfter cancel(2);
    QVERIFY(!ExperimentStore::create(db, spec, cancel, &error));
    QVERIFY(error.contains(QStringLiteral("Cancelled")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM experiments"))->toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM experiment_assignments"))->toInt(), 0);
}

void TestExperimentDesign::deriveOutcomesFromOrders()
{
    Project project;
    QVERIFY(project.open(QStringLiteral(":memory:")));
    Database &db = project.database();
    QVERIFY(insertCustomers(db, 4, {QStringLiteral("DE")}));
    QString error;
    ExperimentSpec spec;
    spec.name = QStringLiteral("orders");
    spec.arms = *ExperimentDesign::parseArms(QStringLiteral("A,B"), 0, &error);
    SimpleProgressReporter progress;
    QVERIFY2(ExperimentStore::create(db, spec, progress, &error), qPrintable(error));
    // Start 2024-03-01 00:00 UTC = 1709251200; window 7 days.
    QVERIFY(db.exec(QStringLiteral(
        "UPDATE experiments SET started_at = '2024-03-01T00:00:00Z';"
        "INSERT INTO products(id, sku) VALUES(1, 'P');"
        "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, is_return, import_id) VALUES"
        "('o1', 1, 1, 2, 5.0, 1709251200 + 3600, 0, 1),"       // customer 1: 10 in the window
        "('o2', 1, 1, 1, 4.0, 1709251200 + 86400 * 8, 0, 1),"  // outside the window
        "('o3', 2, 1, 1, 7.5, 1709251200 - 10, 0, 1),"         // before the start
        "('o4', 3, 1, 3, 2.0, 1709251200 + 86400, 0, 1),"      // customer 3: 6 - 2 (return) = 4
        "('o5', 3, 1, -1, 2.0, 1709251200 + 86400 * 2, 1, 1);")));
    const auto customers = ExperimentStore::deriveOutcomesFromOrders(db, QStringLiteral("orders"), 7, progress, &error);
    QVERIFY2(customers, qPrintable(error));
    QCOMPARE(*customers, 4);
    auto value = [&db](const char *metric, int customer) {
        return db.scalar(QStringLiteral("SELECT value FROM experiment_metrics WHERE metric = ? AND customer_id = ?"),
                         {QString::fromLatin1(metric), customer})->toDouble();
    };
    QCOMPARE(value("conversion_7d", 1), 1.0);
    QCOMPARE(value("revenue_7d", 1), 10.0);
    QCOMPARE(value("conversion_7d", 2), 0.0);
    QCOMPARE(value("revenue_7d", 2), 0.0);
    QCOMPARE(value("conversion_7d", 3), 1.0);
    QCOMPARE(value("revenue_7d", 3), 4.0);
    QCOMPARE(value("conversion_7d", 4), 0.0);
    const auto info = ExperimentStore::find(db, QStringLiteral("orders"), &error);
    QVERIFY(info);
    QCOMPARE(info->outcomes, (QStringList{QStringLiteral("conversion_7d"), QStringLiteral("revenue_7d")}));
    QVERIFY(!ExperimentStore::deriveOutcomesFromOrders(db, QStringLiteral("orders"), 0, progress, &error));
}

void TestExperimentDesign::srmOnSkewedFixture()
{
    // tests/data/experiments_reference/srm_skewed.csv: planned 50/50, observed 5,300 vs 4,700 (chi2 = 36, p = 2e-9).
    QFile file(QStringLiteral(TAILOR_FIXTURES_DIR "/experiments_reference/srm_skewed.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVector<ArmSummary> arms;
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        ArmSummary arm;
        arm.name = QString::fromUtf8(f[0]);
        arm.weight = f[1].toDouble();
        const qint64 n = f[2].toLongLong();
        const qint64 conversions = f[3].toLongLong();
        for (qint64 k = 0; k < n; ++k)
            arm.add(k < conversions ? 1.0 : 0.0);
        arms.append(arm);
    }
    QCOMPARE(arms.size(), 2);
    AnalysisOptions options;
    options.metric = QStringLiteral("conversion");
    const AnalysisResult r = ExperimentAnalysis::analyze(arms, options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(r.srmDetected);
    QVERIFY(std::fabs(r.srmChiSquare - 36.0) < 1e-9);
    // scipy.stats.chisquare([5300, 4700]) -> p = 1.9731752900753e-09
    QVERIFY(std::fabs(r.srmPValue / 1.9731752900753e-09 - 1.0) < 1e-6);
    QVERIFY(!r.warnings.filter(QStringLiteral("Sample ratio mismatch")).isEmpty());
    QVERIFY(r.verdicts.first().contains(QStringLiteral("MISMATCH")));
}

QTEST_GUILESS_MAIN(TestExperimentDesign)
#include "tst_experimentdesign.moc"
