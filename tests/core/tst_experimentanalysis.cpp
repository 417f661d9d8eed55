// Experiment analysis and power analysis against scipy/statsmodels reference values
// (tests/data/experiments_reference/make_reference.py -> reference.json) on the
// Hillstrom e-mail experiment, imported into a temporary project.

#include "experiments/experimentanalysis.h"
#include "experiments/experimentcolumns.h"
#include "experiments/experimentstore.h"
#include "experiments/poweranalysis.h"
#include "experiments/statistics.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

const double kTolerance = 1e-6;

bool close(double actual, double expected, double tolerance = kTolerance)
{
    if (actual == expected)
        return true;
    // Relative comparison; values below 1e-300 (underflow) count as equal.
    const double scale = std::max(std::fabs(actual), std::fabs(expected));
    return scale < 1e-300 || std::fabs(actual - expected) <= tolerance * scale;
}

QString hillstromPath()
{
    return QStringLiteral(TAILOR_DATA_DIR "/hillstrom_email/"
                          "Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv");
}

} // namespace

#define COMPARE_REL(actual, expected, what)                                                                 \
    QVERIFY2(close((actual), (expected)), qPrintable(QStringLiteral("%1: got %2, expected %3")            \
                                                         .arg(what).arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

class TestExperimentAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hillstrom_data();
    void hillstrom();
    void power_data();
    void power();
    void distributions();
    void multipleTesting();
    void correctionAcrossMetrics();
    void sequentialIsWiderThanFixed();
    void badInput();

private:
    QTemporaryDir m_dir;
    Project m_project;
    QJsonObject m_reference;
};

void TestExperimentAnalysis::initTestCase()
{
    QFile file(QStringLiteral(TAILOR_FIXTURES_DIR "/experiments_reference/reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_reference = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_reference.isEmpty());

    if (!QFile::exists(hillstromPath()))
        QSKIP("The Hillstrom data set is not available");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_project.open(m_dir.filePath(QStringLiteral("h.tailor"))), qPrintable(m_project.errorString()));
    ImportOptions options;
    options.kind = ImportKind::Experiment;
    options.reader.path = hillstromPath();
    options.experimentName = QStringLiteral("hillstrom");
    options.armColumn = QStringLiteral("segment");
    SimpleProgressReporter progress;
    const ImportResult result = Importer().run(m_project.database(), options, progress);
    QVERIFY2(result.status == ImportResult::Status::Ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsImported, 64000);
}

void TestExperimentAnalysis::hillstrom_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("covariate");
    QTest::addColumn<bool>("fromTables");
    // Each case twice: from the column-wise copy the import stored, and from the tables.
    for (const bool fromTables : {false, true}) {
        const char *suffix = fromTables ? "_tables" : "";
        QTest::addRow("visit%s", suffix) << QStringLiteral("visit") << QString() << fromTables;
        QTest::addRow("conversion%s", suffix) << QStringLiteral("conversion") << QString() << fromTables;
        QTest::addRow("spend%s", suffix) << QStringLiteral("spend") << QString() << fromTables;
        QTest::addRow("visit_cuped_history%s", suffix) << QStringLiteral("visit") << QStringLiteral("history") << fromTables;
        QTest::addRow("spend_cuped_history%s", suffix) << QStringLiteral("spend") << QStringLiteral("history") << fromTables;
    }
}

void TestExperimentAnalysis::hillstrom()
{
    QFETCH(QString, metric);
    QFETCH(QString, covariate);
    QFETCH(bool, fromTables);
    const QJsonObject ref = (covariate.isEmpty() ? m_reference.value(QStringLiteral("metrics"))
                                                 : m_reference.value(QStringLiteral("cuped_history")))
                                .toObject().value(metric).toObject();
    QVERIFY(!ref.isEmpty());

    AnalysisOptions options;
    options.metric = metric;
    options.covariate = covariate;
    options.control = m_reference.value(QStringLiteral("control")).toString();
    SimpleProgressReporter progress;
    Database &db = m_project.database();
    QVERIFY(ExperimentColumns::isStored(db, 1)); // the import stored the copy
    AnalysisResult r;
    if (fromTables) {
        // Without the copy (dropped in a transaction rolled back afterwards) analysis reads the tables.
        Transaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM experiment_columns")));
        QVERIFY(!ExperimentColumns::isStored(db, 1));
        r = ExperimentStore::analyze(db, QStringLiteral("hillstrom"), options, progress);
        transaction.rollback();
    } else {
        r = ExperimentStore::analyze(db, QStringLiteral("hillstrom"), options, progress);
    }
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.isRate, covariate.isEmpty() && metric != QLatin1String("spend"));

    const QJsonArray refArms = ref.value(QStringLiteral("arms")).toArray();
    QCOMPARE(r.arms.size(), refArms.size());
    for (const QJsonValue &value : refArms) {
        const QJsonObject a = value.toObject();
        const auto it = std::find_if(r.arms.begin(), r.arms.end(),
                                     [&](const ArmResult &x) { return x.name == a.value(QStringLiteral("name")).toString(); });
        QVERIFY(it != r.arms.end());
        const QString w = a.value(QStringLiteral("name")).toString();
        QCOMPARE(it->n, qint64(a.value(QStringLiteral("n")).toDouble()));
        COMPARE_REL(it->sum, a.value(QStringLiteral("sum")).toDouble(), w + QStringLiteral(" sum"));
        COMPARE_REL(it->mean, a.value(QStringLiteral("mean")).toDouble(), w + QStringLiteral(" mean"));
        COMPARE_REL(it->ciLow, a.value(QStringLiteral("ci_low")).toDouble(), w + QStringLiteral(" ci_low"));
        COMPARE_REL(it->ciHigh, a.value(QStringLiteral("ci_high")).toDouble(), w + QStringLiteral(" ci_high"));
    }

    const QJsonArray refComparisons = ref.value(QStringLiteral("comparisons")).toArray();
    QCOMPARE(r.comparisons.size(), refComparisons.size());
    for (const QJsonValue &value : refComparisons) {
        const QJsonObject c = value.toObject();
        const QString arm = c.value(QStringLiteral("arm")).toString();
        const auto it = std::find_if(r.comparisons.begin(), r.comparisons.end(),
                                     [&](const Comparison &x) { return x.arm == arm; });
        QVERIFY(it != r.comparisons.end());
        QCOMPARE(it->control, c.value(QStringLiteral("control")).toString());
        const struct { double actual; const char *key; } checks[] = {
            {it->diff, "diff"}, {it->ciLow, "ci_low"}, {it->ciHigh, "ci_high"}, {it->t, "t"},
            {it->welchPValue, "welch_p_value"}, {it->df, "welch_df"}, {it->pValue, "p_value"},
            {it->pHolm, "p_holm"}, {it->pBh, "p_bh"}, {it->relativeLift, "relative_lift"},
            {it->liftCiLow, "lift_ci_low"}, {it->liftCiHigh, "lift_ci_high"},
            {it->chanceToBeat, "chance_to_beat_control"}};
        for (const auto &check : checks)
            COMPARE_REL(check.actual, c.value(QLatin1String(check.key)).toDouble(), arm + QLatin1Char(' ') + QLatin1String(check.key));
        if (r.isRate)
            COMPARE_REL(it->z, c.value(QStringLiteral("z")).toDouble(), arm + QStringLiteral(" z"));
        else
            QVERIFY(std::isnan(it->z));
        QCOMPARE(it->pAdjusted, it->pHolm); // Holm is the default correction
    }

    const QJsonObject srm = ref.value(QStringLiteral("srm")).toObject();
    COMPARE_REL(r.srmChiSquare, srm.value(QStringLiteral("statistic")).toDouble(), QStringLiteral("srm chi2"));
    COMPARE_REL(r.srmPValue, srm.value(QStringLiteral("p_value")).toDouble(), QStringLiteral("srm p"));
    QVERIFY(!r.srmDetected);
    QCOMPARE(r.hasChiSquare, ref.contains(QStringLiteral("chi2")));
    if (r.hasChiSquare) {
        const QJsonObject chi = ref.value(QStringLiteral("chi2")).toObject();
        COMPARE_REL(r.chiSquare, chi.value(QStringLiteral("statistic")).toDouble(), QStringLiteral("chi2"));
        COMPARE_REL(r.chiSquarePValue, chi.value(QStringLiteral("p_value")).toDouble(), QStringLiteral("chi2 p"));
        QCOMPARE(r.chiSquareDof, chi.value(QStringLiteral("dof")).toInt());
    }
    if (!covariate.isEmpty()) {
        const QJsonObject cuped = ref.value(QStringLiteral("cuped")).toObject();
        COMPARE_REL(r.cupedTheta, cuped.value(QStringLiteral("theta")).toDouble(), QStringLiteral("theta"));
        COMPARE_REL(r.varianceReduction, cuped.value(QStringLiteral("variance_reduction")).toDouble(),
                    QStringLiteral("variance reduction"));
    }
    QCOMPARE(r.verdicts.size(), r.comparisons.size());
    if (metric == QLatin1String("visit") && covariate.isEmpty()) {
        // The example sentence.
        QVERIFY2(r.verdicts.contains(QStringLiteral(
                     "Mens E-Mail raises the visit rate by 7.7 points (95% CI 7.0 to 8.3), p < 0.001; sample ratio OK")),
                 qPrintable(r.verdicts.join(QLatin1Char('\n'))));
    }
}

void TestExperimentAnalysis::power_data()
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray cases = m_reference.value(QStringLiteral("power")).toArray();
    QVERIFY(cases.size() >= 15);
    int i = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s_%d", qPrintable(c.value(QStringLiteral("metric")).toString()), i++) << c;
    }
}

void TestExperimentAnalysis::power()
{
    QFETCH(QJsonObject, c);
    PowerInput in;
    in.metric = c.value(QStringLiteral("metric")).toString() == QLatin1String("rate") ? PowerInput::Metric::Rate
                                                                                       : PowerInput::Metric::Mean;
    in.baseline = c.value(QStringLiteral("baseline")).toDouble();
    in.sd = c.value(QStringLiteral("sd")).toDouble();
    in.mde = c.value(QStringLiteral("mde")).toDouble();
    in.alpha = c.value(QStringLiteral("alpha")).toDouble();
    in.power = c.value(QStringLiteral("power")).toDouble();
    in.ratio = c.value(QStringLiteral("ratio")).toDouble();
    const PowerResult r = PowerAnalysis::solve(in);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    COMPARE_REL(r.effectSize, c.value(QStringLiteral("effect_size")).toDouble(), QStringLiteral("effect size"));
    COMPARE_REL(r.n, c.value(QStringLiteral("n")).toDouble(), QStringLiteral("n"));
    QCOMPARE(r.nPerArm, qint64(c.value(QStringLiteral("n_per_arm")).toInt()));
}

void TestExperimentAnalysis::distributions()
{
    const QJsonArray cases = m_reference.value(QStringLiteral("distributions")).toArray();
    QVERIFY(cases.size() > 30);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QString f = c.value(QStringLiteral("f")).toString();
        const double x = c.value(QStringLiteral("x")).toDouble();
        const double df = c.value(QStringLiteral("df")).toDouble();
        double actual = 0;
        if (f == QLatin1String("normal_cdf"))
            actual = Stats::normalCdf(x);
        else if (f == QLatin1String("normal_quantile"))
            actual = Stats::normalQuantile(c.value(QStringLiteral("p")).toDouble());
        else if (f == QLatin1String("t_cdf"))
            actual = Stats::tCdf(x, df);
        else if (f == QLatin1String("t_sf"))
            actual = Stats::tSf(x, df);
        else if (f == QLatin1String("t_quantile"))
            actual = Stats::tQuantile(c.value(QStringLiteral("p")).toDouble(), df);
        else if (f == QLatin1String("chi2_sf"))
            actual = Stats::chiSquareSf(x, df);
        else if (f == QLatin1String("beta_inc"))
            actual = Stats::regularizedBeta(x, c.value(QStringLiteral("a")).toDouble(), c.value(QStringLiteral("b")).toDouble());
        else if (f == QLatin1String("nct_cdf"))
            actual = Stats::noncentralTCdf(x, df, c.value(QStringLiteral("nc")).toDouble());
        else
            QFAIL(qPrintable(QStringLiteral("unknown function %1").arg(f)));
        // scipy's own t quantile (cdflib) is only good to ~1e-9, the rest to ~1e-12.
        const double tolerance = f == QLatin1String("t_quantile") ? 1e-8 : 1e-9;
        QVERIFY2(close(actual, c.value(QStringLiteral("value")).toDouble(), tolerance),
                 qPrintable(QStringLiteral("%1(%2): got %3, expected %4")
                                .arg(f, QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)))
                                .arg(actual, 0, 'g', 17).arg(c.value(QStringLiteral("value")).toDouble(), 0, 'g', 17)));
    }
    // The exact Beta-Binomial sum agrees with its complement form.
    const double p = Stats::chanceBetaBeats(120, 2000, 100, 2000);
    const double q = Stats::chanceBetaBeats(100, 2000, 120, 2000);
    QVERIFY(close(p + q, 1.0, 1e-10));
    QVERIFY(p > 0.9 && p < 0.99);
}

void TestExperimentAnalysis::multipleTesting()
{
    // statsmodels multipletests([0.01, 0.04, 0.03, 0.2], method='holm' / 'fdr_bh').
    const QVector<double> p = {0.01, 0.04, 0.03, 0.2};
    const QVector<double> holm = ExperimentAnalysis::holm(p);
    const QVector<double> bh = ExperimentAnalysis::benjaminiHochberg(p);
    const QVector<double> holmExpected = {0.04, 0.09, 0.09, 0.2};
    const QVector<double> bhExpected = {0.04, 0.05333333333333334, 0.05333333333333334, 0.2};
    for (int i = 0; i < p.size(); ++i) {
        QVERIFY(close(holm[i], holmExpected[i], 1e-12));
        QVERIFY(close(bh[i], bhExpected[i], 1e-12));
    }
}

void TestExperimentAnalysis::correctionAcrossMetrics()
{
    if (!QFile::exists(hillstromPath()))
        QSKIP("The Hillstrom data set is not available");
    // visit, conversion and spend analysed together: Holm and BH over all six comparisons
    // (statsmodels multipletests on the pooled p-values, reference.json "family").
    QVector<AnalysisOptions> options;
    for (const char *metric : {"visit", "conversion", "spend"}) {
        AnalysisOptions o;
        o.metric = QLatin1String(metric);
        o.control = m_reference.value(QStringLiteral("control")).toString();
        options.append(o);
    }
    options[0].correction = AnalysisOptions::Correction::BenjaminiHochberg; // the first options' correction counts
    SimpleProgressReporter progress;
    const QVector<AnalysisResult> results =
        ExperimentStore::analyzeMetrics(m_project.database(), QStringLiteral("hillstrom"), options, progress);
    QCOMPARE(results.size(), 3);
    const QJsonArray family = m_reference.value(QStringLiteral("family")).toArray();
    QCOMPARE(family.size(), 6);
    for (const QJsonValue &value : family) {
        const QJsonObject row = value.toObject();
        const QString metric = row.value(QStringLiteral("metric")).toString();
        const QString arm = row.value(QStringLiteral("arm")).toString();
        const auto r = std::find_if(results.begin(), results.end(),
                                    [&](const AnalysisResult &x) { return x.metric == metric; });
        QVERIFY(r != results.end());
        QVERIFY2(r->ok, qPrintable(r->errorString));
        QCOMPARE(r->familySize, 6);
        QCOMPARE(r->familyMetrics, 3);
        const auto c = std::find_if(r->comparisons.begin(), r->comparisons.end(),
                                    [&](const Comparison &x) { return x.arm == arm; });
        QVERIFY(c != r->comparisons.end());
        const QString what = metric + QLatin1Char(' ') + arm;
        COMPARE_REL(c->pValue, row.value(QStringLiteral("p_value")).toDouble(), what + QStringLiteral(" p"));
        COMPARE_REL(c->pHolm, row.value(QStringLiteral("p_holm")).toDouble(), what + QStringLiteral(" holm"));
        COMPARE_REL(c->pBh, row.value(QStringLiteral("p_bh")).toDouble(), what + QStringLiteral(" bh"));
        QCOMPARE(c->pAdjusted, c->pBh);
    }
    // Everything but the adjusted p-values is what each metric gives alone.
    const AnalysisResult spend = ExperimentStore::analyze(m_project.database(), QStringLiteral("hillstrom"), options[2], progress);
    QVERIFY(spend.ok);
    QCOMPARE(spend.familySize, 2);
    QCOMPARE(results[2].arms.size(), spend.arms.size());
    for (int i = 0; i < spend.comparisons.size(); ++i) {
        QCOMPARE(results[2].comparisons[i].diff, spend.comparisons[i].diff);
        QCOMPARE(results[2].comparisons[i].pValue, spend.comparisons[i].pValue);
    }
    QCOMPARE(results[2].verdicts.size(), 2);
    // A metric the experiment lacks fails every analysis with the same message.
    options[1].metric = QStringLiteral("nope");
    const QVector<AnalysisResult> failed =
        ExperimentStore::analyzeMetrics(m_project.database(), QStringLiteral("hillstrom"), options, progress);
    for (const AnalysisResult &r : failed) {
        QVERIFY(!r.ok);
        QVERIFY2(r.errorString.contains(QLatin1String("\"nope\"")), qPrintable(r.errorString));
    }
}

void TestExperimentAnalysis::sequentialIsWiderThanFixed()
{
    QVector<ArmSummary> arms(2);
    arms[0].name = QStringLiteral("A");
    arms[1].name = QStringLiteral("B");
    for (int i = 0; i < 4000; ++i) {
        arms[0].add(i % 10 == 0 ? 1.0 : 0.0);
        arms[1].add(i % 8 == 0 ? 1.0 : 0.0);
    }
    AnalysisOptions options;
    options.metric = QStringLiteral("click");
    options.looks = 3;
    const AnalysisResult r = ExperimentAnalysis::analyze(arms, options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    const Comparison &c = r.comparisons.first();
    QVERIFY(c.seqCiLow < c.ciLow && c.seqCiHigh > c.ciHigh);
    QVERIFY(c.seqPValue > c.pValue);
    QVERIFY(r.peeking);
    QVERIFY(!r.warnings.filter(QStringLiteral("repeated looks")).isEmpty());
    options.sequential = true;
    QVERIFY(!ExperimentAnalysis::analyze(arms, options).peeking);
    // Planned MDE of half a point needs far more than 4,000 per arm.
    options.plannedMde = 0.005;
    const AnalysisResult planned = ExperimentAnalysis::analyze(arms, options);
    QVERIFY(planned.underpowered);
    QVERIFY(planned.requiredPerArm > 4000);
}

void TestExperimentAnalysis::badInput()
{
    AnalysisOptions options;
    options.metric = QStringLiteral("visit");
    SimpleProgressReporter progress;
    AnalysisResult r = ExperimentStore::analyze(m_project.database(), QStringLiteral("nope"), options, progress);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("no experiment named \"nope\"")), qPrintable(r.errorString));
    QVERIFY(r.errorString.contains(QStringLiteral("hillstrom")));

    options.metric = QStringLiteral("clicks");
    r = ExperimentStore::analyze(m_project.database(), QStringLiteral("hillstrom"), options, progress);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("no metric \"clicks\"")), qPrintable(r.errorString));
    QVERIFY(r.errorString.contains(QStringLiteral("conversion")));

    options.metric = QStringLiteral("visit");
    options.control = QStringLiteral("Nobody");
    r = ExperimentStore::analyze(m_project.database(), QStringLiteral("hillstrom"), options, progress);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("no arm named \"Nobody\"")), qPrintable(r.errorString));

    QVector<ArmSummary> one(1);
    one[0].name = QStringLiteral("A");
    one[0].add(1);
    one[0].add(0);
    options.control.clear();
    r = ExperimentAnalysis::analyze(one, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("1 arm(s) only")), qPrintable(r.errorString));

    QVector<ArmSummary> flat(2);
    flat[0].name = QStringLiteral("A");
    flat[1].name = QStringLiteral("B");
    for (int i = 0; i < 10; ++i) {
        flat[0].add(3.5);
        flat[1].add(3.5);
    }
    r = ExperimentAnalysis::analyze(flat, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("same value")), qPrintable(r.errorString));

    options.kind = AnalysisOptions::MetricKind::Rate;
    flat[1].add(2.0);
    r = ExperimentAnalysis::analyze(flat, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QStringLiteral("other than 0 and 1")), qPrintable(r.errorString));

    PowerInput in;
    in.baseline = 0.98;
    in.mde = 0.05;
    QVERIFY(!PowerAnalysis::solve(in).ok);
    in.baseline = 0.1;
    in.mde = 0;
    QVERIFY(!PowerAnalysis::solve(in).ok);
    in.metric = PowerInput::Metric::Mean;
    in.mde = 1;
    in.sd = 0;
    QVERIFY(PowerAnalysis::solve(in).errorString.contains(QStringLiteral("standard deviation")));
}

QTEST_GUILESS_MAIN(TestExperimentAnalysis)
#include "tst_experimentanalysis.moc"
