#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "charts/rfmheatmap.h"
#include "pages/segmentspage.h"
#include "pages/customerspage.h"
#include "project/project.h"
#include "segments/segmentstore.h"
#include "wizards/segmentationwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include "charts/clusterscatterchart.h"
#include "charts/kselectionchart.h"
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QtTest>

/** Clicks through the segmentation wizard on the demo sample of UCI Online Retail. */
class TestSegmentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_projectPath = m_dir.filePath(QStringLiteral("segments.tailor"));
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz");
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(project.database(), options, progress).isOk());
    }

    void cleanup()
    {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    }

    void rfmThroughTheWizardSavesSegments()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        SegmentsPage page(&session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.startSegmentation();
        SegmentationWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = page.findChild<SegmentationWizard *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QSignalSpy saved(wizard, &SegmentationWizard::segmentsSaved);
        QCOMPARE(wizard->currentId(), int(SegmentationWizard::MethodPageId));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SegmentationWizard::OptionsPageId));
        auto *autoReference = wizard->findChild<QCheckBox *>(QStringLiteral("autoReferenceCheck"));
        QVERIFY(autoReference->isChecked());
        QVERIFY(!wizard->findChild<QDateEdit *>(QStringLiteral("referenceDateEdit"))->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SegmentationWizard::ResultsPageId));
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 60000);
        const RfmResult &rfm = wizard->rfmResult();
        QVERIFY(rfm.customers.size() > 200);
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("segmentationStatus"));
        QVERIFY2(status->text().contains(QLocale().toString(rfm.customers.size())), qPrintable(status->text()));
        auto *table = wizard->findChild<QTableView *>(QStringLiteral("segmentSummaryTable"));
        QVERIFY(table->model()->rowCount() >= 5);
        QAbstractItemModelTester summaryTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *chart = wizard->findChild<QChartView *>(QStringLiteral("segmentSizesChart"));
        QVERIFY(chart->chart() && !chart->chart()->series().isEmpty());
        auto *heatmap = wizard->findChild<RfmHeatmap *>(QStringLiteral("rfmHeatmap"));
        int cells = 0;
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                cells += heatmap->count(r, f);
        QCOMPARE(cells, int(rfm.customers.size()));
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            wizard->grab().save(QStringLiteral("/tmp/segmentation_results.png"));

        QTest::mouseClick(finish, Qt::LeftButton);
        QVERIFY(saved.wait(30000) || saved.count() == 1);
        QTRY_VERIFY(!wizard->isVisible());

        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const QList<SegmentInfo> segments = SegmentStore::list(project.database(), &error);
        qint64 members = 0;
        for (const SegmentInfo &segment : segments)
            members += segment.size;
        QCOMPARE(members, qint64(rfm.customers.size()));
        QCOMPARE(saved.first().first().toInt(), int(segments.size()));

        // The page lists the saved segments.
        QAbstractItemModelTester listTester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), int(segments.size()), 20000);
        QSignalSpy show(&page, &SegmentsPage::showMembersRequested);
        QTRY_VERIFY(page.table()->model()->index(0, 0).data().toString() != QStringLiteral("Loading…"));
        page.table()->selectRow(0);
        auto *showButton = page.findChild<QPushButton *>(QStringLiteral("showSegmentMembersButton"));
        QVERIFY(showButton->isEnabled());
        QTest::mouseClick(showButton, Qt::LeftButton);
        QCOMPARE(show.count(), 1);
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            page.grab().save(QStringLiteral("/tmp/segments_page.png"));
    }

    void lifetimeValueThroughTheWizard()
    {
        SegmentationWizard wizard(m_projectPath);
        QSignalSpy saved(&wizard, &SegmentationWizard::segmentsSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *clvRadio = wizard.findChild<QRadioButton *>(QStringLiteral("methodClv"));
        QTest::mouseClick(clvRadio, Qt::LeftButton, {}, QPoint(8, clvRadio->height() / 2));
        QVERIFY(clvRadio->isChecked());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SegmentationWizard::OptionsPageId));
        QVERIFY(wizard.findChild<QDoubleSpinBox *>(QStringLiteral("penalizerSpin"))->isVisible());
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("autoReferenceCheck"))->isVisible());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
        const ClvResult &clv = wizard.clvResult();
        QVERIFY(clv.customers.size() > 100);
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("segmentationStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("BG/NBD")), qPrintable(status->text()));
        QCOMPARE(wizard.findChild<QTableView *>(QStringLiteral("segmentSummaryTable"))->model()->rowCount(), 3);
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            wizard.grab().save(QStringLiteral("/tmp/segmentation_clv.png"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segments WHERE kind = 'clv'"))->toInt(), 3);
        QVERIFY(project.database().scalar(QStringLiteral(
            "SELECT count(*) FROM customer_scores WHERE clv_12m IS NOT NULL"))->toInt() > 100);
    }

    void kmeansThroughTheWizard()
    {
        SegmentationWizard wizard(m_projectPath);
        QSignalSpy saved(&wizard, &SegmentationWizard::segmentsSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *radio = wizard.findChild<QRadioButton *>(QStringLiteral("methodKMeans"));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SegmentationWizard::OptionsPageId));
        auto *autoK = wizard.findChild<QCheckBox *>(QStringLiteral("autoKCheck"));
        QVERIFY(autoK->isVisible() && autoK->isChecked());
        QVERIFY(!wizard.findChild<QDoubleSpinBox *>(QStringLiteral("penalizerSpin"))->isVisible());
        // Add the basket size to recency, frequency and monetary.
        auto *basket = wizard.findChild<QCheckBox *>(QStringLiteral("feature_avg_basket"));
        QVERIFY(!basket->isChecked());
        QTest::mouseClick(basket, Qt::LeftButton, {}, QPoint(8, basket->height() / 2));
        QVERIFY(basket->isChecked());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 120000);
        const KMeansSegmentationResult &result = wizard.kmeansResult();
        QCOMPARE(result.features.size(), 4);
        QVERIFY(result.k >= 3 && result.k <= 8);
        QCOMPARE(result.silhouetteByK.size(), 6);
        auto *scatter = wizard.findChild<ClusterScatterChart *>(QStringLiteral("clusterScatterChart"));
        QVERIFY(scatter->isVisible());
        QCOMPARE(scatter->chart()->series().size(), result.k);
        int points = 0;
        for (QAbstractSeries *series : scatter->chart()->series())
            points += int(static_cast<QScatterSeries *>(series)->count());
        QCOMPARE(points, int(result.scatter.size()));
        QVERIFY(points > 100);
        auto *kChart = wizard.findChild<KSelectionChart *>(QStringLiteral("kSelectionChart"));
        QCOMPARE(kChart->chart()->series().size(), 3); // silhouette, inertia, chosen k
        auto *tabs = wizard.findChild<QTabWidget *>(QStringLiteral("kmeansChartTabs"));
        QVERIFY(tabs->isVisible() && tabs->isTabEnabled(1));
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS")) {
            tabs->setCurrentIndex(1);
            wizard.grab().save(QStringLiteral("/tmp/segmentation_kmeans_k.png"));
            tabs->setCurrentIndex(0);
        }
        auto *table = wizard.findChild<QTableView *>(QStringLiteral("segmentSummaryTable"));
        QCOMPARE(table->model()->rowCount(), result.k + 1); // clusters + all customers
        QCOMPARE(table->model()->columnCount(), 2 + 4);
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("segmentationStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("silhouette")), qPrintable(status->text()));
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            wizard.grab().save(QStringLiteral("/tmp/segmentation_kmeans.png"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QCOMPARE(saved.at(0).at(0).toInt(), result.k);
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segments WHERE kind = 'kmeans'"))->toInt(),
                 result.k);
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                     "WHERE s.kind = 'kmeans'"))->toInt(),
                 std::accumulate(result.clusters.cbegin(), result.clusters.cend(), 0,
                                 [](int sum, const KMeansCluster &c) { return sum + int(c.customerIds.size()); }));
    }

    void ruleThroughTheWizard()
    {
        SegmentationWizard wizard(m_projectPath);
        QSignalSpy saved(&wizard, &SegmentationWizard::segmentsSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *ruleRadio = wizard.findChild<QRadioButton *>(QStringLiteral("methodRule"));
        // Click the indicator: a radio button reacts on its indicator and text, not the empty space beside.
        QTest::mouseClick(ruleRadio, Qt::LeftButton, {}, QPoint(8, ruleRadio->height() / 2));
        QVERIFY(ruleRadio->isChecked());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SegmentationWizard::OptionsPageId));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("ruleNameEdit")), QStringLiteral("Big UK spenders"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("addConditionButton")), Qt::LeftButton);
        auto *field = wizard.findChild<QComboBox *>(QStringLiteral("conditionField_1"));
        field->setCurrentIndex(field->findData(QStringLiteral("country")));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("conditionValue_1")), QStringLiteral("United Kingdom"));
        QCOMPARE(wizard.ruleExpression(), QStringLiteral("revenue > 1000 AND country = \"United Kingdom\""));
        auto *preview = wizard.findChild<QLabel *>(QStringLiteral("rulePreviewLabel"));
        QVERIFY2(preview->text().contains(QStringLiteral("Rule:")), qPrintable(preview->text()));
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            wizard.grab().save(QStringLiteral("/tmp/segmentation_rule.png"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const qint64 expected = project.database().scalar(QStringLiteral(
            "SELECT count(*) FROM customers WHERE revenue > 1000 AND country = 'United Kingdom'"))->toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                     "WHERE s.name = 'Big UK spenders' AND s.kind = 'rule'"))->toLongLong(), expected);
    }

    void customersPageShowsASegmentsMembers()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const QList<SegmentInfo> segments = SegmentStore::list(project.database(), &error);
        QVERIFY(!segments.isEmpty());
        CustomersPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->model()->rowCount() > 0, 20000);
        page.showSegment(segments.first().name);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), int(segments.first().size), 20000);
        // The profile of a member names its segments and RFM scores.
        QTRY_VERIFY(page.table()->model()->index(0, 0).data().toString() != QStringLiteral("Loading…"));
        page.table()->selectRow(0);
        auto *scores = page.findChild<QLabel *>(QStringLiteral("profileSegmentsLabel"));
        QVERIFY(scores);
        QTRY_VERIFY_WITH_TIMEOUT(scores->text().contains(segments.first().name), 20000);
        QVERIFY2(scores->text().contains(QStringLiteral("RFM")), qPrintable(scores->text()));
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS")) {
            page.resize(1300, 850);
            QTest::qWait(300);
            page.grab().save(QStringLiteral("/tmp/customers_segment.png"));
        }
        auto *chip = page.findChild<QPushButton *>(QStringLiteral("segmentFilterButton"));
        QVERIFY(chip->isVisible());
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), int(session.counts().customers), 20000);
        QVERIFY(!chip->isVisible());
    }

    void cancelLeavesSegmentsAlone()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const qint64 before = project.database().scalar(QStringLiteral("SELECT count(*) FROM segment_members"))->toLongLong();
        {
            SegmentationWizard wizard(m_projectPath);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
            QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
            QVERIFY(!wizard.isVisible());
        }
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segment_members"))->toLongLong(), before);
    }
};

QTEST_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
