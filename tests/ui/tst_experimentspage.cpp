#include "charts/experimentarmchart.h"
#include "charts/experimentliftchart.h"
#include "experiments/experimentstore.h"
#include "experiments/poweranalysis.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "models/experimentresultsmodel.h"
#include "pages/emptystatepage.h"
#include "pages/experimentspage.h"
#include "project/project.h"
#include "segments/segmentstore.h"
#include "wizards/experimentwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const char *const kHillstrom =
    TAILOR_DATA_DIR "/hillstrom_email/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv";

bool screenshots()
{
    return qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS");
}

} // namespace

/** The Experiments page on the Hillstrom e-mail test, and the design wizard on a segment of its customers. */
class TestExperimentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    QHash<QString, qint64> m_customers; ///< per arm, counted from the CSV
    QHash<QString, qint64> m_visits;

    int rowOfArm(const QAbstractItemModel *model, const QString &arm)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ExperimentResultsModel::ArmColumn).data(Qt::UserRole).toString() == arm)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Independent counts straight from the file. history_segment may hold a quoted comma
        // ("7) $1,000 +"), so the columns after it are indexed from the end of the line.
        QFile file(QString::fromUtf8(kHillstrom));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = file.readLine().trimmed().split(',');
        const int segment = int(header.indexOf("segment"));
        const int visit = int(header.indexOf("visit"));
        QVERIFY(segment >= 0 && visit >= 0);
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(',');
            if (fields.size() < header.size())
                continue;
            const qsizetype shift = fields.size() - header.size();
            const QString arm = QString::fromUtf8(fields.at(segment + shift));
            ++m_customers[arm];
            m_visits[arm] += fields.at(visit + shift).toLongLong();
        }
        QCOMPARE(m_customers.value(QStringLiteral("Mens E-Mail")), qint64(21307));

        m_projectPath = m_dir.filePath(QStringLiteral("hillstrom.tailor"));
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = QString::fromUtf8(kHillstrom);
        options.kind = ImportKind::Experiment;
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsImported, qint64(64000));

        // A segment of the first 30,000 customers for the design wizard.
        SegmentDraft draft;
        draft.name = QStringLiteral("Test audience");
        draft.kind = QStringLiteral("rule");
        draft.definitionJson = QStringLiteral("{}");
        Statement ids = project.database().prepare(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 30000"));
        while (ids.step())
            draft.customerIds.append(ids.columnInt64(0));
        QCOMPARE(draft.customerIds.size(), 30000);
        QString error;
        QVERIFY2(SegmentStore::save(project.database(), {draft}, QString(), &error), qPrintable(error));
    }

    void cleanup()
    {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    }

    void emptyProjectShowsTheEmptyState()
    {
        QTemporaryDir dir;
        ProjectSession session;
        QString error;
        QVERIFY(session.open(dir.filePath(QStringLiteral("empty.tailor")), true, &error));
        ExperimentsPage page(&session);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<EmptyStatePage *>();
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!page.experimentTable()->isVisible());
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/experiments_empty.png"));
    }

    void analyzeHillstrom()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        ExperimentsPage page(&session);
        page.resize(1360, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester listTester(page.experimentTable()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page.experimentTable()->model()->rowCount(), 1, 30000);
        page.experimentTable()->selectRow(0);
        const QString name = page.currentExperiment();
        QVERIFY(!name.isEmpty());
        QCOMPARE(page.experimentTable()->model()->index(0, 2).data().toString(), QLocale().toString(64000));

        auto *metric = page.findChild<QComboBox *>(QStringLiteral("metricCombo"));
        auto *control = page.findChild<QComboBox *>(QStringLiteral("controlCombo"));
        auto *covariate = page.findChild<QComboBox *>(QStringLiteral("covariateCombo"));
        QVERIFY(metric->findText(QStringLiteral("visit")) >= 0);
        QVERIFY(covariate->findData(QStringLiteral("history")) >= 0);
        metric->setCurrentIndex(metric->findText(QStringLiteral("visit")));
        control->setCurrentIndex(control->findText(QStringLiteral("No E-Mail")));
        QCOMPARE(control->currentText(), QStringLiteral("No E-Mail"));

        QSignalSpy finished(&page, &ExperimentsPage::analysisFinished);
        auto *analyze = page.findChild<QPushButton *>(QStringLiteral("analyzeButton"));
        QVERIFY(analyze->isEnabled());
        QTest::mouseClick(analyze, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().first().toBool());

        // The table: every arm's size and visit rate as counted from the CSV.
        QAbstractItemModel *model = page.resultsTable()->model();
        QAbstractItemModelTester resultsTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        for (const QString &arm : m_customers.keys()) {
            const int row = rowOfArm(model, arm);
            QVERIFY2(row >= 0, qPrintable(arm));
            QCOMPARE(model->index(row, ExperimentResultsModel::CustomersColumn).data(Qt::UserRole).toLongLong(),
                     m_customers.value(arm));
            const double rate = double(m_visits.value(arm)) / double(m_customers.value(arm));
            QVERIFY(qAbs(model->index(row, ExperimentResultsModel::MeanColumn).data(Qt::UserRole).toDouble() - rate)
                    < 1e-9);
        }
        const int mens = rowOfArm(model, QStringLiteral("Mens E-Mail"));
        // 3,894 visits of 21,307 customers = 18.276%.
        QVERIFY(qAbs(model->index(mens, ExperimentResultsModel::MeanColumn).data(Qt::UserRole).toDouble() - 0.18276)
                < 5e-5);
        QCOMPARE(model->index(mens, ExperimentResultsModel::MeanColumn).data().toString(),
                 QStringLiteral("%1%").arg(QLocale().toString(18.276, 'f', 3)));
        const double diff = model->index(mens, ExperimentResultsModel::DiffColumn).data(Qt::UserRole).toDouble();
        QVERIFY(qAbs(diff - (3894.0 / 21307 - 2262.0 / 21306)) < 1e-9);
        QVERIFY(model->index(mens, ExperimentResultsModel::AdjustedPColumn).data(Qt::UserRole).toDouble() < 0.001);
        QVERIFY(model->index(mens, ExperimentResultsModel::ChanceColumn).data(Qt::UserRole).toDouble() > 0.999);
        const int control_ = rowOfArm(model, QStringLiteral("No E-Mail"));
        QCOMPARE(model->index(control_, ExperimentResultsModel::DiffColumn).data().toString(), QStringLiteral("—"));

        auto *verdicts = page.findChild<QLabel *>(QStringLiteral("experimentVerdicts"));
        QVERIFY(verdicts->isVisible());
        QVERIFY2(verdicts->text().contains(QStringLiteral("Mens E-Mail")), qPrintable(verdicts->text()));
        auto *banner = page.findChild<QLabel *>(QStringLiteral("experimentWarningBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->property("severity").toString(), QStringLiteral("ok"));
        QVERIFY2(banner->text().contains(QStringLiteral("Sample ratio OK")), qPrintable(banner->text()));
        QVERIFY(!page.lastResult().srmDetected);

        auto *armChart = page.findChild<ExperimentArmChart *>(QStringLiteral("armRateChart"));
        QVERIFY(armChart->isVisible());
        QCOMPARE(armChart->armCount(), 3);
        QCOMPARE(armChart->chart()->series().size(), 4); // bars + one whisker per arm
        auto *liftChart = page.findChild<ExperimentLiftChart *>(QStringLiteral("liftDistributionChart"));
        QVERIFY(liftChart->isVisible());
        QCOMPARE(liftChart->curveCount(), 2);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("timelineNote"))->isVisible());
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/experiments_page.png"));

        // A second look at the same metric without sequential monitoring is peeking.
        QTest::mouseClick(analyze, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(page.lastResult().peeking);
        QCOMPARE(banner->property("severity").toString(), QStringLiteral("warning"));
        // With sequential monitoring the looks are fine.
        page.findChild<QCheckBox *>(QStringLiteral("sequentialCheck"))->setChecked(true);
        QTest::mouseClick(analyze, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QVERIFY(!page.lastResult().peeking);

        // CUPED on the pre-period spend.
        covariate->setCurrentIndex(covariate->findData(QStringLiteral("history")));
        QTest::mouseClick(analyze, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60000);
        QCOMPARE(page.lastResult().covariate, QStringLiteral("history"));
        QVERIFY2(verdicts->text().contains(QStringLiteral("CUPED")), qPrintable(verdicts->text()));

        // Corrected across all three outcomes: same estimates, larger Holm-adjusted p-values.
        const double ownAdjusted = page.lastResult().comparisons.first().pAdjusted;
        const double ownDiff = page.lastResult().comparisons.first().diff;
        auto *across = page.findChild<QCheckBox *>(QStringLiteral("acrossOutcomesCheck"));
        QVERIFY(across->isEnabled());
        across->setChecked(true);
        QTest::mouseClick(analyze, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 60000);
        QCOMPARE(page.lastResult().metric, QStringLiteral("visit"));
        QCOMPARE(page.lastResult().familyMetrics, 3);
        QCOMPARE(page.lastResult().familySize, 6);
        QCOMPARE(page.lastResult().comparisons.first().diff, ownDiff);
        QVERIFY(page.lastResult().comparisons.first().pAdjusted > ownAdjusted);
        auto *hint = page.findChild<QLabel *>(QStringLiteral("resultsHint"));
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(QStringLiteral("6 comparisons of 3 outcomes")), qPrintable(hint->text()));
        across->setChecked(false);

        // Export: every assignment, written atomically.
        QSignalSpy exported(&page, &ExperimentsPage::assignmentsExported);
        const QString csv = m_dir.filePath(QStringLiteral("assignments.csv"));
        page.exportAssignments(csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(exported.first().first().toLongLong(), qint64(64000));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray("customer_key,arm"));
    }

    void designWizardOnASegment()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        ExperimentsPage page(&session);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.experimentTable()->model()->rowCount() >= 1, 30000);

        page.startDesign();
        ExperimentWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = page.findChild<ExperimentWizard *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QSignalSpy created(wizard, &ExperimentWizard::experimentCreated);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isAudienceLoaded(), 30000);
        QCOMPARE(wizard->currentId(), int(ExperimentWizard::AudiencePageId));

        // Audience: a name and the segment.
        auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("experimentNameEdit"));
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Subject line test"));
        QCOMPARE(nameEdit->text(), QStringLiteral("Subject line test"));
        auto *audience = wizard->findChild<QComboBox *>(QStringLiteral("audienceCombo"));
        QCOMPARE(audience->count(), 2);
        audience->setCurrentIndex(audience->findData(QStringLiteral("Test audience")));
        QCOMPARE(wizard->audienceSize(), qint64(30000));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("audienceSizeLabel"))->text()
                    .contains(QLocale().toString(30000)));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        if (screenshots())
            wizard->grab().save(QStringLiteral("/tmp/experiments_wizard_audience.png"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ExperimentWizard::ArmsPageId));

        // Arms: control 2, two variants 1 each, a 10% holdout.
        auto *arms = wizard->findChild<QTableWidget *>(QStringLiteral("armsTable"));
        QCOMPARE(arms->rowCount(), 2);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("addArmButton")), Qt::LeftButton);
        QCOMPARE(arms->rowCount(), 3);
        arms->item(0, 1)->setData(Qt::EditRole, 2.0);
        auto *holdout = wizard->findChild<QCheckBox *>(QStringLiteral("holdoutCheck"));
        holdout->setChecked(true);
        QVERIFY(wizard->findChild<QDoubleSpinBox *>(QStringLiteral("holdoutSpin"))->isEnabled());
        const QVector<DesignArm> planned = wizard->designArms();
        QCOMPARE(planned.size(), 4);
        QVERIFY(qAbs(planned.at(0).weight - 0.45) < 1e-12);
        QVERIFY(qAbs(planned.at(1).weight - 0.225) < 1e-12);
        QVERIFY(planned.at(3).isHoldout);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("armsSummary"))->text().contains(QStringLiteral("normalized")));
        // A nameless arm blocks Next.
        arms->item(1, 0)->setText(QString());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        arms->item(1, 0)->setText(QStringLiteral("Short subject"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        if (screenshots())
            wizard->grab().save(QStringLiteral("/tmp/experiments_wizard_arms.png"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ExperimentWizard::MetricPageId));

        // Metric and power: 10% baseline, 2 points; live as the user types.
        auto *baseline = wizard->findChild<QDoubleSpinBox *>(QStringLiteral("baselineSpin"));
        auto *mde = wizard->findChild<QDoubleSpinBox *>(QStringLiteral("mdeSpin"));
        QCOMPARE(baseline->value(), 10.0);
        mde->selectAll();
        QTest::keyClicks(mde, QStringLiteral("0.2"));
        QCOMPARE(mde->value(), 0.2);
        auto *warning = wizard->findChild<QLabel *>(QStringLiteral("audienceWarning"));
        QVERIFY2(warning->text().contains(QStringLiteral("too small")), qPrintable(warning->text()));
        mde->selectAll();
        QTest::keyClicks(mde, QStringLiteral("2"));
        QCOMPARE(mde->value(), 2.0);
        PowerInput input;
        input.metric = PowerInput::Metric::Rate;
        input.baseline = 0.10;
        input.mde = 0.02;
        input.alpha = 0.05;
        input.power = 0.8;
        const PowerResult expected = PowerAnalysis::solve(input);
        QVERIFY(expected.ok);
        QCOMPARE(wizard->powerResult().nPerArm, expected.nPerArm);
        auto *result = wizard->findChild<QLabel *>(QStringLiteral("powerResultLabel"));
        QVERIFY2(result->text().contains(QLocale().toString(expected.nPerArm)), qPrintable(result->text()));
        QVERIFY2(!warning->text().contains(QStringLiteral("too small")), qPrintable(warning->text()));
        // 1,000 a day, the smallest arm gets 22.5% of them.
        QCOMPARE(wizard->expectedDays(), std::ceil(double(expected.nPerArm) / (1000 * 0.225)));
        if (screenshots())
            wizard->grab().save(QStringLiteral("/tmp/experiments_wizard_metric.png"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ExperimentWizard::ReviewPageId));

        // Review: the salt is shown and can be set.
        auto *salt = wizard->findChild<QLineEdit *>(QStringLiteral("saltEdit"));
        QVERIFY(!salt->text().isEmpty());
        salt->selectAll();
        QTest::keyClicks(salt, QStringLiteral("spring-2026"));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text().contains(QStringLiteral("Test audience")));
        if (screenshots())
            wizard->grab().save(QStringLiteral("/tmp/experiments_wizard_review.png"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 60000);
        QCOMPARE(created.first().first().toString(), QStringLiteral("Subject line test"));
        QTRY_VERIFY(page.findChild<ExperimentWizard *>() == nullptr);

        // The page lists and selects it.
        QTRY_COMPARE_WITH_TIMEOUT(page.currentExperiment(), QStringLiteral("Subject line test"), 30000);
        QCOMPARE(page.experimentTable()->model()->rowCount(), 2);
        auto *metric = page.findChild<QComboBox *>(QStringLiteral("metricCombo"));
        QCOMPARE(metric->count(), 0); // no outcomes before the test ran
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("analyzeButton"))->isEnabled());
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/experiments_page_designed.png"));

        // Stored with the planned proportions and the salt.
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const auto info = ExperimentStore::find(project.database(), QStringLiteral("Subject line test"), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->salt, QStringLiteral("spring-2026"));
        QCOMPARE(info->segment, QStringLiteral("Test audience"));
        QCOMPARE(info->design.value(QStringLiteral("n_per_arm")).toInteger(), expected.nPerArm);
        QCOMPARE(info->arms.size(), 4);
        qint64 total = 0;
        for (const ExperimentArmInfo &arm : info->arms)
            total += arm.n;
        QCOMPARE(total, qint64(30000));
        const double shares[] = {0.45, 0.225, 0.225, 0.10};
        for (int i = 0; i < 4; ++i) {
            const double share = double(info->arms.at(i).n) / double(total);
            QVERIFY2(qAbs(share - shares[i]) < 0.015,
                     qPrintable(QStringLiteral("%1: %2").arg(info->arms.at(i).name).arg(share)));
        }
        QVERIFY(info->arms.at(0).isControl);
        QVERIFY(info->arms.at(3).isHoldout);
        // Deterministic: each customer's arm is the one the salt gives.
        Statement sample = project.database().prepare(QStringLiteral(
            "SELECT c.customer_key, r.name FROM experiment_assignments a JOIN customers c ON c.id = a.customer_id "
            "JOIN experiment_arms r ON r.id = a.arm_id WHERE a.experiment_id = ? LIMIT 200"));
        sample.bind(1, info->id);
        int checked = 0;
        while (sample.step()) {
            const int arm = ExperimentDesign::armFor(ExperimentDesign::unitHash(QStringLiteral("spring-2026"),
                                                                                sample.columnText(0)),
                                                     planned);
            QCOMPARE(info->arms.at(arm).name, sample.columnText(1));
            ++checked;
        }
        QCOMPARE(checked, 200);
    }
};

QTEST_MAIN(TestExperimentsPage)
#include "tst_experimentspage.moc"
