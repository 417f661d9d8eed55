#include "charts/metricsbarchart.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "models/recommendmetricsmodel.h"
#include "models/recommendrulesmodel.h"
#include "pages/recommendationspage.h"
#include "project/project.h"
#include "recommend/associationrules.h"
#include "widgets/customerprofilepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

/** Drives the Recommendations page and the profile's recommendations on the demo sample of Online Retail. */
class TestRecommendationsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;

    static bool screenshots() { return qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"); }

    qint64 storedRows()
    {
        Project project;
        if (!project.open(m_projectPath, Project::OpenMode::OpenExisting))
            return -1;
        return project.database().scalar(QStringLiteral("SELECT count(*) FROM recommendations"))->toLongLong();
    }

    template<typename T>
    static T *child(QWidget &page, const char *name)
    {
        T *widget = page.findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_projectPath = m_dir.filePath(QStringLiteral("recommend.tailor"));
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

    void emptyProjectShowsTheEmptyState()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.tailor"));
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(path, true, &error), qPrintable(error));
        RecommendationsPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<QTabWidget *>(QStringLiteral("recommendTabs"))->isVisible(), 20000);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("evaluateButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
    }

    void algorithmsHaveLabelsAndParameters()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        RecommendationsPage page(&session);
        auto *combo = child<QComboBox>(page, "algorithmCombo");
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(recommenderNames().size()));
        for (int i = 0; i < combo->count(); ++i) {
            QVERIFY(!combo->itemData(i, Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(combo->itemText(i) != combo->itemData(i).toString());
        }
        QVERIFY(page.selectAlgorithm(QStringLiteral("als")));
        auto *factors = child<QSpinBox>(page, "param_als_factors");
        QVERIFY(factors && factors->isVisibleTo(&page));
        QVERIFY(!child<QSpinBox>(page, "param_itemknn_neighbors")->isVisibleTo(&page));
        factors->setValue(12);
        QCOMPARE(page.options(QStringLiteral("als")).value(QStringLiteral("factors")).toInt(), 12);
        QVERIFY(page.selectAlgorithm(QStringLiteral("itemknn")));
        QVERIFY(child<QSpinBox>(page, "param_itemknn_neighbors")->isVisibleTo(&page));
        QVERIFY(!factors->isVisibleTo(&page));
        QVERIFY(page.options(QStringLiteral("popularity")).isEmpty());
    }

    void evaluateGenerateAndProfile()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        RecommendationsPage page(&session);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *evaluate = child<QPushButton>(page, "evaluateButton");
        QTRY_VERIFY_WITH_TIMEOUT(evaluate->isEnabled(), 60000);
        QVERIFY(child<QLabel>(page, "recommendDataLabel")->text().contains(QStringLiteral("purchases")));
        QAbstractItemModelTester tester(page.metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Popularity, then ALS with fast settings.
        QVERIFY(page.selectAlgorithm(QStringLiteral("popularity")));
        QTest::mouseClick(evaluate, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(!evaluate->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && evaluate->isEnabled(), 120000);
        QCOMPARE(page.metricsModel()->rowCount(), 1);
        QVERIFY(page.selectAlgorithm(QStringLiteral("als")));
        child<QSpinBox>(page, "param_als_factors")->setValue(8);
        child<QSpinBox>(page, "param_als_iterations")->setValue(3);
        QTest::mouseClick(evaluate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && evaluate->isEnabled(), 120000);
        QCOMPARE(page.metricsModel()->rowCount(), 2);
        // Evaluating ALS again replaces its row.
        QTest::mouseClick(evaluate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && evaluate->isEnabled(), 120000);
        QCOMPARE(page.metricsModel()->rowCount(), 2);

        const RecommendMetricsModel *model = page.metricsModel();
        QCOMPARE(model->index(0, RecommendMetricsModel::AlgorithmColumn).data(RecommendMetricsModel::RawValueRole)
                     .toString(), QStringLiteral("popularity"));
        QCOMPARE(model->index(1, RecommendMetricsModel::AlgorithmColumn).data(RecommendMetricsModel::RawValueRole)
                     .toString(), QStringLiteral("als"));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = RecommendMetricsModel::PrecisionColumn; column <= RecommendMetricsModel::CoverageColumn;
                 ++column) {
                const double value = model->index(row, column).data(RecommendMetricsModel::RawValueRole).toDouble();
                QVERIFY2(value >= 0.0 && value <= 1.0, qPrintable(QStringLiteral("row %1 col %2: %3")
                                                                      .arg(row).arg(column).arg(value)));
            }
            QVERIFY(model->index(row, RecommendMetricsModel::UsersColumn).data(RecommendMetricsModel::RawValueRole)
                        .toDouble() > 100);
            QVERIFY(model->index(row, RecommendMetricsModel::HitRateColumn)
                        .data(RecommendMetricsModel::RawValueRole).toDouble() > 0.0);
            // Ranking models have no rating errors.
            QVERIFY(!model->index(row, RecommendMetricsModel::RmseColumn)
                         .data(RecommendMetricsModel::RawValueRole).isValid());
        }
        QCOMPARE(model->headerData(RecommendMetricsModel::PrecisionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Precision@10"));

        QChart *chart = page.chart()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(1)->label(), RecommendationsPage::algorithmLabel(QStringLiteral("als")));
        QCOMPARE(bars->barSets().at(0)->count(), 5);
        QCOMPARE(bars->barSets().at(0)->at(2),
                 model->index(0, RecommendMetricsModel::NdcgColumn).data(RecommendMetricsModel::RawValueRole)
                     .toDouble());
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/recommend_evaluate.png"));

        // Generate the top 10 for all customers with itemknn (explains with purchased items).
        QCOMPARE(storedRows(), 0);
        QVERIFY(page.selectAlgorithm(QStringLiteral("itemknn")));
        child<QSpinBox>(page, "topNSpin")->setValue(10);
        QSignalSpy generated(&page, &RecommendationsPage::recommendationsGenerated);
        QTest::mouseClick(child<QPushButton>(page, "generateButton"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>(page, "recommendProgress")->isVisible());
        QVERIFY(child<QPushButton>(page, "cancelRecommendButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 120000);
        const GenerateResult result = generated.first().first().value<GenerateResult>();
        QVERIFY(result.customers > 100);
        QCOMPARE(storedRows(), result.rows);
        QVERIFY(!child<QProgressBar>(page, "recommendProgress")->isVisible());
        auto *jobStatus = child<QLabel>(page, "recommendJobStatus");
        QVERIFY2(jobStatus->text().contains(QLocale().toString(result.rows)), qPrintable(jobStatus->text()));
        auto *stored = child<QLabel>(page, "storedRecommendationsLabel");
        QTRY_VERIFY_WITH_TIMEOUT(page.isDataLoaded(), 60000); // the page reloads after the data changed
        QVERIFY2(stored->text().contains(QLocale().toString(result.customers)), qPrintable(stored->text()));
        QVERIFY2(stored->text().contains(RecommendationsPage::algorithmLabel(QStringLiteral("itemknn"))),
                 qPrintable(stored->text()));
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/recommend_generated.png"));

        // The profile of a customer with purchases lists the 10 stored items with explanations.
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        const QString key = project.database()
                                .scalar(QStringLiteral(
                                    "SELECT c.customer_key FROM customers c JOIN order_lines o ON o.customer_id = c.id "
                                    "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"))
                                ->toString();
        QVERIFY(!key.isEmpty());
        CustomerProfilePanel panel;
        panel.resize(520, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.loadCustomerByKey(m_projectPath, key);
        QTRY_VERIFY_WITH_TIMEOUT(panel.profile().has_value() && !panel.isLoading(), 30000);
        QCOMPARE(panel.recommendations().size(), 10);
        for (const StoredRecommendation &item : panel.recommendations())
            QVERIFY2(CustomerProfilePanel::explanation(item).startsWith(QStringLiteral("Because you bought")),
                     qPrintable(CustomerProfilePanel::explanation(item)));
        auto *list = panel.findChild<QLabel *>(QStringLiteral("profileRecommendationsLabel"));
        QVERIFY(list->text().contains(QStringLiteral("Because you bought")));
        QVERIFY(list->text().contains(panel.recommendations().first().sku.toHtmlEscaped()));
        if (screenshots()) {
            QTest::qWait(300); // let the scroll area lay out the new sections
            panel.grab().save(QStringLiteral("/tmp/recommend_profile.png"));
        }
    }

    void profileWithoutStoredRecommendationsShowsTheHint()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.tailor"));
        {
            Project project;
            QVERIFY(project.open(path));
            ImportOptions options;
            options.reader.path = QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz");
            SimpleProgressReporter progress;
            QVERIFY(Importer().run(project.database(), options, progress).isOk());
        }
        Project project;
        QVERIFY(project.open(path, Project::OpenMode::OpenExisting));
        const QString key = project.database().scalar(QStringLiteral("SELECT customer_key FROM customers LIMIT 1"))
                                ->toString();
        CustomerProfilePanel panel;
        panel.loadCustomerByKey(path, key);
        QTRY_VERIFY_WITH_TIMEOUT(panel.profile().has_value() && !panel.isLoading(), 30000);
        QVERIFY(panel.recommendations().isEmpty());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("profileRecommendationsLabel"))
                    ->text().contains(QStringLiteral("Generate recommendations on the Recommendations page")));
    }

    void frequentlyBoughtTogether()
    {
        // The product in the most orders.
        QString sku;
        {
            Project project;
            QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
            SimpleProgressReporter progress;
            QString error;
            const auto baskets = AssociationRules::basketsFromDatabase(project.database(), progress, &error);
            QVERIFY2(baskets, qPrintable(error));
            QVector<int> orders(baskets->skus.size());
            for (const std::vector<int> &basket : baskets->baskets)
                for (int item : basket)
                    ++orders[item];
            sku = baskets->skus.at(int(std::max_element(orders.cbegin(), orders.cend()) - orders.cbegin()));
        }
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        RecommendationsPage page(&session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = child<QTabWidget>(page, "recommendTabs");
        QTRY_VERIFY_WITH_TIMEOUT(tabs->isVisible(), 30000);
        tabs->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page.areRulesReady(), 60000);
        auto *search = child<QLineEdit>(page, "productSearchEdit");
        QVERIFY(search->isEnabled());
        QTest::keyClicks(search, sku);
        QTest::keyClick(search, Qt::Key_Return);
        auto *table = child<QTableView>(page, "rulesTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(table->model()->rowCount() > 0, qPrintable(child<QLabel>(page, "rulesStatusLabel")->text()));
        double previousLift = 1e300;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            auto raw = [&](int column) {
                return table->model()->index(row, column).data(RecommendRulesModel::RawValueRole).toDouble();
            };
            QVERIFY(raw(RecommendRulesModel::SupportColumn) > 0 && raw(RecommendRulesModel::SupportColumn) <= 1);
            QVERIFY(raw(RecommendRulesModel::ConfidenceColumn) >= 0.05
                    && raw(RecommendRulesModel::ConfidenceColumn) <= 1);
            QVERIFY(raw(RecommendRulesModel::LiftColumn) > 0);
            QVERIFY(raw(RecommendRulesModel::LiftColumn) <= previousLift + 1e-12);
            previousLift = raw(RecommendRulesModel::LiftColumn);
            QVERIFY(table->model()->index(row, RecommendRulesModel::SkuColumn).data().toString() != sku);
        }
        QVERIFY(child<QLabel>(page, "rulesStatusLabel")->text().contains(sku));
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/recommend_fbt.png"));

        // An unknown product says so and shows no rows.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such product zzz"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(page, "rulesStatusLabel")->text().contains(QStringLiteral("No product matches")));

        // Opening it by SKU from elsewhere.
        page.showFrequentlyBoughtTogether(sku);
        QVERIFY(table->model()->rowCount() > 0);
    }

    void cancelStopsTheJobs()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        RecommendationsPage page(&session);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isDataLoaded(), 60000);
        auto *cancel = child<QPushButton>(page, "cancelRecommendButton");
        auto *status = child<QLabel>(page, "recommendJobStatus");

        // Evaluate all, cancelled right away: fewer rows than algorithms, and the page is usable again.
        QTest::mouseClick(child<QPushButton>(page, "evaluateAllButton"), Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
        QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
        QVERIFY(page.metricsModel()->rowCount() < RecommendationsPage::mainAlgorithms().size());
        QVERIFY(child<QPushButton>(page, "evaluateButton")->isEnabled());
        QVERIFY(!cancel->isVisible());

        // Generate, cancelled right away: the stored rows stay as they were.
        const qint64 before = storedRows();
        QVERIFY(before > 0);
        QVERIFY(page.selectAlgorithm(QStringLiteral("ease")));
        QSignalSpy generated(&page, &RecommendationsPage::recommendationsGenerated);
        QTest::mouseClick(child<QPushButton>(page, "generateButton"), Qt::LeftButton);
        QVERIFY(page.isBusy());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
        QCOMPARE(generated.count(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
        QCOMPARE(storedRows(), before);
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(DISTINCT algo) FROM recommendations"))->toInt(),
                 1);
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT algo FROM recommendations LIMIT 1"))->toString(),
                 QStringLiteral("itemknn"));
        if (screenshots())
            page.grab().save(QStringLiteral("/tmp/recommend_cancelled.png"));
    }
};

QTEST_MAIN(TestRecommendationsPage)
#include "tst_recommendationspage.moc"
