// The column-wise copy of an experiment (experiment_columns): analysis from the copy
// equals analysis from the tables, the triggers drop a copy on any change to the data,
// a damaged copy is not used, and Tailor's writers store the copy before they commit.

#include "experiments/experimentcolumns.h"
#include "experiments/experimentstore.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

namespace {

/** The fields of two analyses that come from the data, compared to 1e-12 relative. */
QString difference(const AnalysisResult &a, const AnalysisResult &b)
{
    auto differs = [](double x, double y) {
        if (std::isnan(x) && std::isnan(y))
            return false;
        return std::fabs(x - y) > 1e-12 * std::max({1.0, std::fabs(x), std::fabs(y)});
    };
    if (!a.ok || !b.ok)
        return QStringLiteral("failed: %1 / %2").arg(a.errorString, b.errorString);
    if (a.arms.size() != b.arms.size() || a.comparisons.size() != b.comparisons.size())
        return QStringLiteral("arm counts differ");
    for (int i = 0; i < a.arms.size(); ++i) {
        const ArmResult &x = a.arms[i];
        const ArmResult &y = b.arms[i];
        if (x.name != y.name || x.n != y.n || differs(x.sum, y.sum) || differs(x.mean, y.mean) || differs(x.sd, y.sd))
            return QStringLiteral("arm %1: n %2/%3, sum %4/%5").arg(x.name).arg(x.n).arg(y.n).arg(x.sum).arg(y.sum);
    }
    for (int i = 0; i < a.comparisons.size(); ++i) {
        if (differs(a.comparisons[i].diff, b.comparisons[i].diff)
            || differs(a.comparisons[i].pValue, b.comparisons[i].pValue))
            return QStringLiteral("comparison %1 differs").arg(a.comparisons[i].arm);
    }
    if (differs(a.cupedTheta, b.cupedTheta) || differs(a.srmChiSquare, b.srmChiSquare))
        return QStringLiteral("CUPED or SRM differs");
    return QString();
}

} // namespace

class TestExperimentColumns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyMatchesTheTables_data();
    void copyMatchesTheTables();
    void changesDropTheCopy_data();
    void changesDropTheCopy();
    void damagedCopyIsNotUsed();
    void writersStoreTheCopy();
    void bulkWriteRestoresTheTriggers();

private:
    /** Experiment "e" (id 1) on customers 1..customers with gaps, 3 arms, metrics y and x. */
    void makeExperiment(int customers);
    QVector<AnalysisResult> analyze(bool withCovariate = true);

    QTemporaryDir m_dir;
    Project m_project;
};

void TestExperimentColumns::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("c.tailor")));
    QVERIFY2(m_project.open(m_dir.filePath(QStringLiteral("c.tailor"))), qPrintable(m_project.errorString()));
}

void TestExperimentColumns::cleanup()
{
    m_project.close();
}

void TestExperimentColumns::makeExperiment(int customers)
{
    Database &db = m_project.database();
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO experiments(id, name, created_at) VALUES(1, 'e', '2024-01-01'), (2, 'other', '2024-01-01');"
        "INSERT INTO experiment_arms(id, experiment_id, name, weight, is_control) VALUES"
        " (1, 1, 'control', 1, 1), (2, 1, 'a', 1, 0), (3, 1, 'b', 2, 0), (9, 2, 'elsewhere', 1, 1);")));
    Transaction tx(db);
    Statement customer = db.prepare(QStringLiteral("INSERT INTO customers(id, customer_key) VALUES(?, ?)"));
    Statement assign = db.prepare(QStringLiteral(
        "INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id) VALUES(1, ?, ?)"));
    Statement metric = db.prepare(QStringLiteral(
        "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value) VALUES(1, ?, ?, ?, ?)"));
    std::mt19937 rng(7);
    for (int i = 1; i <= customers; ++i) {
        const qint64 id = 3 * i + qint64(rng() % 3); // ids with gaps
        customer.bindAll({id, QStringLiteral("K%1").arg(id)});
        QVERIFY(customer.exec());
        customer.reset();
        const int r = int(rng() % 100);
        if (r < 90) { // 10% are not assigned, yet some of them have values
            // One in fifty is assigned to an arm of another experiment: analysis leaves it out.
            assign.bindAll({id, r < 2 ? 9 : 1 + r % 3});
            QVERIFY(assign.exec());
            assign.reset();
        }
        if (r % 7 != 0) { // y missing for some, NULL for others
            metric.bindAll({QStringLiteral("y"), id, QStringLiteral("outcome"),
                            r % 11 == 0 ? QVariant() : QVariant(double(rng() % 1000) / 7.0 + (r % 3))});
            QVERIFY(metric.exec());
            metric.reset();
        }
        if (r % 5 != 0) {
            metric.bindAll({QStringLiteral("x"), id, QStringLiteral("covariate"), double(rng() % 500) / 3.0});
            QVERIFY(metric.exec());
            metric.reset();
        }
    }
    QVERIFY(tx.commit());
}

QVector<AnalysisResult> TestExperimentColumns::analyze(bool withCovariate)
{
    AnalysisOptions plain;
    plain.metric = QStringLiteral("y");
    AnalysisOptions cuped = plain;
    if (withCovariate)
        cuped.covariate = QStringLiteral("x");
    SimpleProgressReporter progress;
    return ExperimentStore::analyzeMetrics(m_project.database(), QStringLiteral("e"), {plain, cuped}, progress);
}

void TestExperimentColumns::copyMatchesTheTables_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("partSize");
    QTest::newRow("one part") << 500 << (1 << 18);
    QTest::newRow("parts of 7") << 500 << 7;
    QTest::newRow("parts of 1") << 40 << 1;
    QTest::newRow("parts of 256, 3000 customers") << 3000 << 256;
}

void TestExperimentColumns::copyMatchesTheTables()
{
    QFETCH(int, customers);
    QFETCH(int, partSize);
    makeExperiment(customers);
    Database &db = m_project.database();
    QVERIFY(!ExperimentColumns::isStored(db, 1)); // plain SQL writes store no copy
    const QVector<AnalysisResult> fromTables = analyze();

    QString error;
    QVERIFY2(ExperimentColumns::store(db, 1, &error, partSize), qPrintable(error));
    QVERIFY(ExperimentColumns::isStored(db, 1));
    const qint64 parts = db.scalar(QStringLiteral(
        "SELECT count(*) FROM experiment_columns WHERE experiment_id = 1 AND name = ''")).value_or(0).toLongLong();
    const qint64 assigned = db.scalar(QStringLiteral(
        "SELECT count(*) FROM experiment_assignments WHERE experiment_id = 1")).value_or(0).toLongLong();
    QCOMPARE(parts, (assigned + partSize - 1) / partSize);
    // One row per part for the arms and for each of the two metrics.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM experiment_columns")).value_or(0).toLongLong(), 3 * parts);

    // The copy holds exactly what the tables hold, position by position.
    std::vector<quint8> armIndex = {0xFF, 0, 1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    std::vector<quint8> armOf;
    std::vector<std::vector<double>> values;
    QCOMPARE(ExperimentColumns::load(db, 1, armIndex, 0xFF, {QStringLiteral("x"), QStringLiteral("y")}, armOf,
                                     values, &error),
             ExperimentColumns::LoadStatus::Loaded);
    QCOMPARE(qint64(armOf.size()), assigned);
    Statement expected = db.prepare(QStringLiteral(
        "SELECT a.arm_id, x.value, y.value FROM experiment_assignments a "
        "LEFT JOIN experiment_metrics x ON x.experiment_id = 1 AND x.metric = 'x' AND x.customer_id = a.customer_id "
        "LEFT JOIN experiment_metrics y ON y.experiment_id = 1 AND y.metric = 'y' AND y.customer_id = a.customer_id "
        "WHERE a.experiment_id = 1 ORDER BY a.customer_id"));
    size_t at = 0;
    while (expected.step()) {
        QCOMPARE(armOf[at], armIndex[size_t(expected.columnInt64(0))]);
        for (int k = 0; k < 2; ++k) {
            if (expected.isNull(1 + k))
                QVERIFY(std::isnan(values[size_t(k)][at]));
            else
                QCOMPARE(values[size_t(k)][at], expected.columnDouble(1 + k));
        }
        ++at;
    }
    QCOMPARE(qint64(at), assigned);
    // A metric the copy does not hold: read the tables.
    QCOMPARE(ExperimentColumns::load(db, 1, armIndex, 0xFF, {QStringLiteral("z")}, armOf, values, &error),
             ExperimentColumns::LoadStatus::NotStored);

    const QVector<AnalysisResult> fromCopy = analyze();
    QCOMPARE(fromCopy.size(), 2);
    QVERIFY(fromCopy[1].cupedTheta != 0);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(difference(fromCopy[i], fromTables[i]).isEmpty(), qPrintable(difference(fromCopy[i], fromTables[i])));
    // The arm of the other experiment is left out on both paths.
    qint64 n = 0;
    for (const ArmResult &arm : fromCopy[0].arms)
        n += arm.n;
    QVERIFY(n < assigned);
}

void TestExperimentColumns::changesDropTheCopy_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("changesY");
    QTest::newRow("metric insert") << QStringLiteral(
        "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
        "SELECT 1, 'y', customer_id, 'outcome', 1000 FROM experiment_assignments a WHERE experiment_id = 1 "
        "AND NOT EXISTS (SELECT 1 FROM experiment_metrics m WHERE m.experiment_id = 1 AND m.metric = 'y' "
        "AND m.customer_id = a.customer_id) LIMIT 1") << true;
    QTest::newRow("metric update") << QStringLiteral(
        "UPDATE experiment_metrics SET value = value + 50 WHERE experiment_id = 1 AND metric = 'y' "
        "AND customer_id = (SELECT min(customer_id) FROM experiment_assignments WHERE arm_id = 2)") << true;
    QTest::newRow("metric delete") << QStringLiteral(
        "DELETE FROM experiment_metrics WHERE experiment_id = 1 AND metric = 'y' AND value IS NOT NULL "
        "AND customer_id = (SELECT min(customer_id) FROM experiment_assignments WHERE arm_id = 3)") << true;
    QTest::newRow("metric replace") << QStringLiteral(
        "INSERT OR REPLACE INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
        "SELECT 1, 'y', customer_id, 'outcome', 999 FROM experiment_assignments WHERE experiment_id = 1 LIMIT 3") << true;
    QTest::newRow("assignment insert") << QStringLiteral(
        "INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id) SELECT 1, id, 2 FROM customers "
        "WHERE id NOT IN (SELECT customer_id FROM experiment_assignments WHERE experiment_id = 1) "
        "AND id IN (SELECT customer_id FROM experiment_metrics WHERE metric = 'y' AND value IS NOT NULL) LIMIT 1") << true;
    QTest::newRow("assignment update") << QStringLiteral(
        "UPDATE experiment_assignments SET arm_id = 3 WHERE experiment_id = 1 AND customer_id = "
        "(SELECT min(a.customer_id) FROM experiment_assignments a JOIN experiment_metrics m ON m.experiment_id = 1 "
        "AND m.metric = 'y' AND m.customer_id = a.customer_id AND m.value IS NOT NULL WHERE a.arm_id = 1)") << true;
    QTest::newRow("assignment delete") << QStringLiteral(
        "DELETE FROM experiment_assignments WHERE experiment_id = 1 AND customer_id = "
        "(SELECT min(a.customer_id) FROM experiment_assignments a JOIN experiment_metrics m ON m.experiment_id = 1 "
        "AND m.metric = 'y' AND m.customer_id = a.customer_id AND m.value IS NOT NULL WHERE a.arm_id = 2)") << true;
    QTest::newRow("another experiment's data") << QStringLiteral(
        "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
        "SELECT 2, 'y', id, 'outcome', 5 FROM customers LIMIT 10") << false;
}

void TestExperimentColumns::changesDropTheCopy()
{
    QFETCH(QString, sql);
    QFETCH(bool, changesY);
    makeExperiment(300);
    Database &db = m_project.database();
    QString error;
    QVERIFY2(ExperimentColumns::store(db, 1, &error, 16), qPrintable(error));
    const QVector<AnalysisResult> before = analyze(false);

    QVERIFY2(db.exec(sql), qPrintable(db.errorString()));
    QVERIFY(db.changes() > 0);
    QCOMPARE(ExperimentColumns::isStored(db, 1), !changesY);
    const QVector<AnalysisResult> after = analyze(false);
    QCOMPARE(difference(after[0], before[0]).isEmpty(), !changesY);

    // Storing again gives the tables' answer.
    QVERIFY2(ExperimentColumns::store(db, 1, &error, 16), qPrintable(error));
    const QVector<AnalysisResult> stored = analyze(false);
    QVERIFY2(difference(stored[0], after[0]).isEmpty(), qPrintable(difference(stored[0], after[0])));
}

void TestExperimentColumns::damagedCopyIsNotUsed()
{
    makeExperiment(200);
    Database &db = m_project.database();
    QString error;
    QVERIFY(ExperimentColumns::store(db, 1, &error, 32));
    const QVector<AnalysisResult> good = analyze();
    const char *const damage[] = {
        "UPDATE experiment_columns SET data = x'00' WHERE name = '' AND part = 0",
        "UPDATE experiment_columns SET data = substr(data, 1, 16) WHERE name = 'y' AND part = 1",
        "UPDATE experiment_columns SET customers = customers + 1 WHERE name = 'x' AND part = 0",
        "DELETE FROM experiment_columns WHERE name = 'y' AND part = 2",
    };
    for (const char *sql : damage) {
        QVERIFY(ExperimentColumns::store(db, 1, &error, 32));
        QVERIFY(db.exec(QString::fromLatin1(sql)));
        QVERIFY(db.changes() > 0);
        std::vector<quint8> armOf;
        std::vector<std::vector<double>> values;
        QCOMPARE(ExperimentColumns::load(db, 1, {0xFF, 0, 1, 2}, 0xFF, {QStringLiteral("y"), QStringLiteral("x")},
                                         armOf, values, &error),
                 ExperimentColumns::LoadStatus::NotStored);
        const QVector<AnalysisResult> r = analyze();
        for (int i = 0; i < 2; ++i)
            QVERIFY2(difference(r[i], good[i]).isEmpty(), sql);
    }
}

void TestExperimentColumns::writersStoreTheCopy()
{
    Database &db = m_project.database();
    // An experiment import stores the copy with the data.
    const QString csv = m_dir.filePath(QStringLiteral("outcomes.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer,arm,visit,spend\n");
    for (int i = 1; i <= 60; ++i)
        file.write(QStringLiteral("C%1,%2,%3,%4\n").arg(i).arg(i % 2 ? "A" : "B").arg(i % 3 == 0).arg(i * 1.5).toUtf8());
    file.close();
    ImportOptions options;
    options.kind = ImportKind::Experiment;
    options.reader.path = csv;
    options.experimentName = QStringLiteral("imported");
    options.armColumn = QStringLiteral("arm");
    SimpleProgressReporter progress;
    const ImportResult imported = Importer().run(db, options, progress);
    QVERIFY2(imported.status == ImportResult::Status::Ok, qPrintable(imported.errorString));
    QString error;
    const auto info = ExperimentStore::find(db, QStringLiteral("imported"), &error);
    QVERIFY(info);
    QVERIFY(ExperimentColumns::isStored(db, info->id));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT name) FROM experiment_columns WHERE experiment_id = ?"),
                       {info->id}).value_or(0).toInt(), 3); // arms, visit, spend

    // Creating an experiment stores its arms; outcomes derived from orders store them too.
    ExperimentSpec spec;
    spec.name = QStringLiteral("designed");
    const auto arms = ExperimentDesign::parseArms(QStringLiteral("control:0.5,variant:0.5"), 0, &error);
    QVERIFY2(arms, qPrintable(error));
    spec.arms = *arms;
    const auto created = ExperimentStore::create(db, spec, progress, &error);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(ExperimentColumns::isStored(db, created->id));
    QVERIFY(db.exec(QStringLiteral("UPDATE experiments SET started_at = '2024-01-01T00:00:00Z' WHERE name = 'designed'")));
    QVERIFY2(ExperimentStore::deriveOutcomesFromOrders(db, QStringLiteral("designed"), 7, progress, &error),
             qPrintable(error));
    QVERIFY(ExperimentColumns::isStored(db, created->id));
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT DISTINCT name FROM "
                                      "experiment_columns WHERE experiment_id = ? ORDER BY name)"),
                       {created->id}).value_or(QString()).toString(),
             QStringLiteral(",conversion_7d,revenue_7d"));
    // The import's copy was not touched by the other experiment's writes, and every
    // writer put the triggers back.
    QVERIFY(ExperimentColumns::isStored(db, info->id));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")).value_or(0).toInt(), 6);
}

void TestExperimentColumns::bulkWriteRestoresTheTriggers()
{
    makeExperiment(200);
    Database &db = m_project.database();
    auto triggers = [&] {
        return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")).value_or(-1).toInt();
    };
    auto fromTables = [&] {
        Transaction transaction(db);
        db.exec(QStringLiteral("DELETE FROM experiment_columns"));
        const QVector<AnalysisResult> r = analyze();
        transaction.rollback();
        return r;
    };
    QString error;
    QVERIFY(ExperimentColumns::store(db, 1, &error, 50));
    QCOMPARE(triggers(), 6);
    const char *const change = "UPDATE experiment_metrics SET value = value * 2 WHERE experiment_id = 1 AND metric = 'y'";

    // Rolled back: the triggers and the copy are as they were.
    {
        Transaction transaction(db);
        ExperimentColumns::BulkWrite write(db, 1);
        QCOMPARE(triggers(), 0);
        QVERIFY(!ExperimentColumns::isStored(db, 1));
        QVERIFY(db.exec(QString::fromLatin1(change)));
        transaction.rollback();
    }
    QCOMPARE(triggers(), 6);
    QVERIFY(ExperimentColumns::isStored(db, 1));

    // Committed without finish(): the triggers are back and there is no copy, so the tables answer.
    {
        Transaction transaction(db);
        {
            ExperimentColumns::BulkWrite write(db, 1);
            QVERIFY(db.exec(QString::fromLatin1(change)));
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(triggers(), 6);
    QVERIFY(!ExperimentColumns::isStored(db, 1));
    const QVector<AnalysisResult> doubled = analyze();
    QVERIFY(difference(doubled[0], fromTables()[0]).isEmpty());

    // Committed after finish(): the copy holds the change.
    {
        Transaction transaction(db);
        ExperimentColumns::BulkWrite write(db, 1);
        QVERIFY(db.exec(QString::fromLatin1(change)));
        QVERIFY2(write.finish(&error), qPrintable(error));
        QCOMPARE(triggers(), 6);
        QVERIFY(transaction.commit());
    }
    QVERIFY(ExperimentColumns::isStored(db, 1));
    const QVector<AnalysisResult> stored = analyze();
    QVERIFY(!difference(stored[0], doubled[0]).isEmpty()); // the values changed again
    for (int i = 0; i < 2; ++i)
        QVERIFY2(difference(stored[i], fromTables()[i]).isEmpty(), qPrintable(difference(stored[i], fromTables()[i])));
}

QTEST_GUILESS_MAIN(TestExperimentColumns)
#include "tst_experimentcolumns.moc"
