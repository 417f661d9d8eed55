// tailor-cli experiment analyze / power / create / export through QProcess, checked
// against the scipy/statsmodels reference values.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TAILOR_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

bool close(double a, double b)
{
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return scale < 1e-300 || std::fabs(a - b) <= 1e-6 * scale;
}

} // namespace

class TestExperimentCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void analyze();
    void power();
    void createAndExport();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QJsonObject m_reference;
};

void TestExperimentCli::initTestCase()
{
    QFile file(QStringLiteral(TAILOR_FIXTURES_DIR "/experiments_reference/reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_reference = QJsonDocument::fromJson(file.readAll()).object();
    const QString csv = QStringLiteral(TAILOR_DATA_DIR "/hillstrom_email/"
                                       "Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv");
    if (!QFile::exists(csv))
        QSKIP("The Hillstrom data set is not available");
    m_project = m_dir.filePath(QStringLiteral("cli.tailor"));
    const Run run = runCli({QStringLiteral("import"), QStringLiteral("--project"), m_project, QStringLiteral("--kind"),
                            QStringLiteral("experiment"), QStringLiteral("--arm-column"), QStringLiteral("segment"),
                            QStringLiteral("--experiment"), QStringLiteral("hillstrom"), QStringLiteral("--json"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.value(QStringLiteral("rows_imported")).toInt(), 64000);
}

void TestExperimentCli::analyze()
{
    const Run run = runCli({QStringLiteral("experiment"), QStringLiteral("analyze"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--experiment"), QStringLiteral("hillstrom"), QStringLiteral("--metric"),
                            QStringLiteral("conversion"), QStringLiteral("--control"), QStringLiteral("No E-Mail"),
                            QStringLiteral("--correction"), QStringLiteral("bh"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject ref = m_reference.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("conversion")).toObject();
    const QJsonArray arms = run.json.value(QStringLiteral("arms")).toArray();
    QCOMPARE(arms.size(), 3);
    for (const QJsonValue &armValue : arms) {
        const QJsonObject arm = armValue.toObject();
        for (const QString &key : {QStringLiteral("name"), QStringLiteral("n"), QStringLiteral("sum"), QStringLiteral("mean"),
                                   QStringLiteral("ci_low"), QStringLiteral("ci_high")})
            QVERIFY2(arm.contains(key), qPrintable(key));
        for (const QJsonValue &refValue : ref.value(QStringLiteral("arms")).toArray()) {
            const QJsonObject r = refValue.toObject();
            if (r.value(QStringLiteral("name")) == arm.value(QStringLiteral("name"))) {
                QVERIFY(close(arm.value(QStringLiteral("mean")).toDouble(), r.value(QStringLiteral("mean")).toDouble()));
                QVERIFY(close(arm.value(QStringLiteral("ci_low")).toDouble(), r.value(QStringLiteral("ci_low")).toDouble()));
            }
        }
    }
    const QJsonArray comparisons = run.json.value(QStringLiteral("comparisons")).toArray();
    QCOMPARE(comparisons.size(), 2);
    for (const QJsonValue &value : comparisons) {
        const QJsonObject c = value.toObject();
        for (const QString &key : {QStringLiteral("arm"), QStringLiteral("control"), QStringLiteral("diff"),
                                   QStringLiteral("ci_low"), QStringLiteral("ci_high"), QStringLiteral("relative_lift"),
                                   QStringLiteral("z"), QStringLiteral("t"), QStringLiteral("p_value"),
                                   QStringLiteral("p_adjusted"), QStringLiteral("chance_to_beat_control")})
            QVERIFY2(c.contains(key), qPrintable(key));
        bool matched = false;
        for (const QJsonValue &refValue : ref.value(QStringLiteral("comparisons")).toArray()) {
            const QJsonObject r = refValue.toObject();
            if (r.value(QStringLiteral("arm")) != c.value(QStringLiteral("arm")))
                continue;
            matched = true;
            QVERIFY(close(c.value(QStringLiteral("z")).toDouble(), r.value(QStringLiteral("z")).toDouble()));
            QVERIFY(close(c.value(QStringLiteral("p_value")).toDouble(), r.value(QStringLiteral("p_value")).toDouble()));
            QVERIFY(close(c.value(QStringLiteral("p_adjusted")).toDouble(), r.value(QStringLiteral("p_bh")).toDouble()));
            QVERIFY(close(c.value(QStringLiteral("chance_to_beat_control")).toDouble(),
                          r.value(QStringLiteral("chance_to_beat_control")).toDouble()));
        }
        QVERIFY(matched);
    }
    QVERIFY(close(run.json.value(QStringLiteral("srm_p_value")).toDouble(),
                  ref.value(QStringLiteral("srm")).toObject().value(QStringLiteral("p_value")).toDouble()));
    QCOMPARE(run.json.value(QStringLiteral("verdicts")).toArray().size(), 2);

    // Human-readable output names the arms and gives a verdict.
    const Run text = runCli({QStringLiteral("experiment"), QStringLiteral("analyze"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--experiment"), QStringLiteral("hillstrom"), QStringLiteral("--metric"),
                             QStringLiteral("visit")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Mens E-Mail raises the visit rate by 7.7 points")), qPrintable(text.out));

    // Several metrics together: Holm over all six comparisons (reference "family").
    const Run family = runCli({QStringLiteral("experiment"), QStringLiteral("analyze"), QStringLiteral("--project"),
                               m_project, QStringLiteral("--experiment"), QStringLiteral("hillstrom"),
                               QStringLiteral("--metric"), QStringLiteral("visit, conversion,spend"),
                               QStringLiteral("--control"), QStringLiteral("No E-Mail"), QStringLiteral("--json")});
    QVERIFY2(family.exitCode == 0, qPrintable(family.err));
    QCOMPARE(family.json.value(QStringLiteral("family_size")).toInt(), 6);
    const QJsonArray analyses = family.json.value(QStringLiteral("analyses")).toArray();
    QCOMPARE(analyses.size(), 3);
    int checked = 0;
    for (const QJsonValue &refValue : m_reference.value(QStringLiteral("family")).toArray()) {
        const QJsonObject r = refValue.toObject();
        for (const QJsonValue &analysis : analyses) {
            if (analysis.toObject().value(QStringLiteral("metric")) != r.value(QStringLiteral("metric")))
                continue;
            for (const QJsonValue &c : analysis.toObject().value(QStringLiteral("comparisons")).toArray()) {
                if (c.toObject().value(QStringLiteral("arm")) != r.value(QStringLiteral("arm")))
                    continue;
                QVERIFY(close(c.toObject().value(QStringLiteral("p_adjusted")).toDouble(),
                              r.value(QStringLiteral("p_holm")).toDouble()));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 6);
    const Run twice = runCli({QStringLiteral("experiment"), QStringLiteral("analyze"), QStringLiteral("--project"),
                              m_project, QStringLiteral("--experiment"), QStringLiteral("hillstrom"),
                              QStringLiteral("--metric"), QStringLiteral("visit,visit")});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("twice")), qPrintable(twice.err));
}

void TestExperimentCli::power()
{
    for (const QJsonValue &value : m_reference.value(QStringLiteral("power")).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("ratio")).toDouble() != 1.0)
            continue;
        QStringList args = {QStringLiteral("experiment"), QStringLiteral("power"), QStringLiteral("--json"),
                            QStringLiteral("--mde"), QString::number(c.value(QStringLiteral("mde")).toDouble(), 'g', 17),
                            QStringLiteral("--alpha"), QString::number(c.value(QStringLiteral("alpha")).toDouble(), 'g', 17),
                            QStringLiteral("--power"), QString::number(c.value(QStringLiteral("power")).toDouble(), 'g', 17)};
        if (c.value(QStringLiteral("metric")).toString() == QLatin1String("rate"))
            args << QStringLiteral("--baseline") << QString::number(c.value(QStringLiteral("baseline")).toDouble(), 'g', 17);
        else
            args << QStringLiteral("--metric") << QStringLiteral("mean") << QStringLiteral("--sd")
                 << QString::number(c.value(QStringLiteral("sd")).toDouble(), 'g', 17);
        const Run run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.value(QStringLiteral("n_per_arm")).toInteger(), c.value(QStringLiteral("n_per_arm")).toInteger());
    }
}

void TestExperimentCli::createAndExport()
{
    const Run run = runCli({QStringLiteral("experiment"), QStringLiteral("create"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--name"), QStringLiteral("followup"), QStringLiteral("--arms"),
                            QStringLiteral("A:0.5,B:0.5"), QStringLiteral("--holdout"), QStringLiteral("0.1"),
                            QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.value(QStringLiteral("experiment")).toString(), QStringLiteral("followup"));
    const QJsonArray arms = run.json.value(QStringLiteral("arms")).toArray();
    QCOMPARE(arms.size(), 3);
    qint64 total = 0;
    for (const QJsonValue &arm : arms)
        total += arm.toObject().value(QStringLiteral("n")).toInteger();
    QCOMPARE(total, 64000);
    const QString csv = m_dir.filePath(QStringLiteral("followup.csv"));
    const Run exported = runCli({QStringLiteral("experiment"), QStringLiteral("export"), QStringLiteral("--project"), m_project,
                                 QStringLiteral("--experiment"), QStringLiteral("followup"), QStringLiteral("--out"), csv,
                                 QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.json.value(QStringLiteral("rows")).toInteger(), 64000);
    const Run listed = runCli({QStringLiteral("experiment"), QStringLiteral("list"), QStringLiteral("--project"), m_project,
                               QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json.value(QStringLiteral("experiments")).toArray().size(), 2);
}

void TestExperimentCli::errors()
{
    Run run = runCli({QStringLiteral("experiment"), QStringLiteral("analyze"), QStringLiteral("--project"), m_project,
                      QStringLiteral("--experiment"), QStringLiteral("hillstrom"), QStringLiteral("--metric"),
                      QStringLiteral("nope")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no metric \"nope\"")), qPrintable(run.err));
    run = runCli({QStringLiteral("experiment"), QStringLiteral("power"), QStringLiteral("--baseline"), QStringLiteral("0.1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("--mde")));
    run = runCli({QStringLiteral("experiment"), QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestExperimentCli)
#include "tst_experimentcli.moc"
