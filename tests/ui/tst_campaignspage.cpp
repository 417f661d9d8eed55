#include "campaigns/campaignexporter.h"
#include "charts/campaignrateschart.h"
#include "importing/importer.h"
#include "importing/recordsource.h"
#include "importing/xlsxreader.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "models/campaignlistmodel.h"
#include "pages/campaignspage.h"
#include "pages/emptystatepage.h"
#include "project/project.h"
#include "segments/rfm.h"
#include "segments/segmentstore.h"
#include "widgets/campaignexportpanel.h"
#include "wizards/campaignwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChart>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QList<QStringList> readTable(const QString &path)
{
    ReaderOptions options;
    options.path = path;
    options.headerRow = 1;
    QString error;
    std::unique_ptr<RecordSource> source = path.endsWith(QLatin1String(".xlsx"))
        ? std::unique_ptr<RecordSource>(XlsxReader::open(options, &error)) : openRecordSource(options, &error);
    QList<QStringList> rows;
    if (!source)
        return rows;
    rows << source->header();
    QStringList fields;
    while (source->next(fields))
        rows << fields;
    return rows;
}

/** Types @p text into @p widget, pressing Return for each line break. */
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

void screenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // lay out what just changed
    widget->grab().save(QStringLiteral("/tmp/campaigns_%1.png").arg(name));
}

} // namespace

/** Clicks through the campaign wizard and the Campaigns page on the demo sample of UCI Online Retail. */
class TestCampaignsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    QString m_largest;
    qint64 m_largestSize = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_projectPath = m_dir.filePath(QStringLiteral("campaigns.tailor"));
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz");
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(project.database(), options, progress).isOk());
        const RfmResult rfm = Rfm::compute(project.database(), RfmOptions(), progress);
        QVERIFY(rfm.customers.size() > 100);
        QString error;
        QVERIFY2(Rfm::save(project.database(), rfm, &error), qPrintable(error));
        const QList<SegmentInfo> segments = SegmentStore::list(project.database(), &error);
        QVERIFY(!segments.isEmpty());
        for (const SegmentInfo &segment : segments) {
            if (segment.name == QLatin1String("Champions") || (m_largest != QLatin1String("Champions")
                                                               && segment.size > m_largestSize)) {
                m_largest = segment.name;
                m_largestSize = segment.size;
            }
        }
        QVERIFY(m_largestSize > 10);
    }

    void cleanup()
    {
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::topLevelWidgets().isEmpty(), 30000);
    }

    void emptyProjectSaysBuildSegmentsFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.tailor"));
        {
            Project project;
            QVERIFY(project.open(path));
        }
        ProjectSession session;
        QString error;
        QVERIFY(session.open(path, false, &error));
        CampaignsPage page(&session);
        page.resize(1000, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 30000);
        auto *empty = page.findChild<EmptyStatePage *>();
        QVERIFY(empty && empty->isVisible());
        bool found = false;
        for (QLabel *label : empty->findChildren<QLabel *>())
            found = found || label->text().contains(QStringLiteral("Build segments first"));
        QVERIFY(found);
        QSignalSpy segments(&page, &CampaignsPage::segmentsRequested);
        auto *action = empty->findChild<QPushButton *>();
        QVERIFY(action && action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(segments.count(), 1);
        screenshot(&page, QStringLiteral("empty"));
    }

    void wizardBuildsExportsAndThePageShowsResponses()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        CampaignsPage page(&session);
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 30000);
        QCOMPARE(page.campaignModel()->rowCount(), 0);
        auto *newButton = page.findChild<QPushButton *>(QStringLiteral("newCampaignButton"));
        QVERIFY(newButton->isEnabled());

        // (1) Audience
        page.startNewCampaign();
        CampaignWizard *wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page.findChild<CampaignWizard *>()) != nullptr, 30000);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QSignalSpy saved(wizard, &CampaignWizard::campaignSaved);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 30000);
        QCOMPARE(wizard->currentId(), int(CampaignWizard::AudiencePageId));
        auto *segment = wizard->findChild<QComboBox *>(QStringLiteral("campaignSegmentCombo"));
        QCOMPARE(segment->currentData().toString(), m_largest);
        QVERIFY(segment->currentText().contains(QLocale().toString(m_largestSize)));
        auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("campaignNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Spring VIP"));
        QCOMPARE(name->text(), QStringLiteral("Spring VIP"));
        auto *holdout = wizard->findChild<QSpinBox *>(QStringLiteral("campaignHoldoutSpin"));
        holdout->setValue(10);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        screenshot(wizard, QStringLiteral("1_audience"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CampaignWizard::OffersPageId));

        // (2) Offers: keep the default rules.
        auto *rules = wizard->findChild<QTableView *>(QStringLiteral("offerRulesTable"));
        QAbstractItemModelTester rulesTester(rules->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rules->model()->rowCount(), 3);
        QVERIFY(next->isEnabled());
        // Adding a rule and removing it again goes through the buttons.
        rules->selectRow(2);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("addOfferRuleButton")), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), 4);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("removeOfferRuleButton")), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), 3);
        auto *recommendationsHint = wizard->findChild<QLabel *>(QStringLiteral("recommendationsHint"));
        QVERIFY(recommendationsHint->text().contains(QStringLiteral("No recommendations")));
        screenshot(wizard, QStringLiteral("2_offers"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CampaignWizard::MessagePageId));

        // (3) Message: an unknown field and an unclosed {% if %} are errors with line and column.
        auto *subject = wizard->findChild<QLineEdit *>(QStringLiteral("subjectEdit_en"));
        auto *body = wizard->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit_en"));
        auto *errorLabel = wizard->findChild<QLabel *>(QStringLiteral("templateError_en"));
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("{{offer}} for {{frist_name}}"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorLabel->text().isEmpty(), 30000);
        QVERIFY2(errorLabel->text().contains(QStringLiteral("frist_name")), qPrintable(errorLabel->text()));
        QVERIFY(!next->isEnabled());
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("{{offer}} for {{first_name|you}}"));
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->text().isEmpty(), 30000);
        body->selectAll();
        typeText(body, QStringLiteral("Hello {{first_name|there}} in {{country}},\n"
                                      "{% if coupon %}Use {{coupon}}.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorLabel->text().isEmpty(), 30000);
        QVERIFY2(errorLabel->text().contains(QStringLiteral("line 2")), qPrintable(errorLabel->text()));
        QVERIFY2(errorLabel->text().contains(QStringLiteral("column 1")), qPrintable(errorLabel->text()));
        QVERIFY(!next->isEnabled());
        screenshot(wizard, QStringLiteral("3_message_error"));
        QTest::keyClicks(body, QStringLiteral("{% endif %}Your offer: {{offer}}. City: {{city}}"));
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->text().isEmpty(), 30000);
        QVERIFY(next->isEnabled());

        // The preview renders the message for the customer chosen from the audience.
        auto *customers = wizard->findChild<QComboBox *>(QStringLiteral("previewCustomerCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(customers->count() > 1, 30000);
        QCOMPARE(customers->count(), int(qMin<qint64>(200, m_largestSize)));
        customers->setCurrentIndex(1);
        const CampaignWizard::PreviewCustomer chosen = wizard->previewCustomers().at(1);
        auto *previewBody = wizard->findChild<QPlainTextEdit *>(QStringLiteral("previewBody"));
        auto *previewSubject = wizard->findChild<QLabel *>(QStringLiteral("previewSubject"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->lastPreview().ok && previewBody->toPlainText().contains(chosen.country)
                                     && previewBody->toPlainText().contains(QStringLiteral("City:")),
                                 20000);
        QVERIFY2(previewBody->toPlainText().startsWith(QStringLiteral("Hello there in %1,").arg(chosen.country)),
                 qPrintable(previewBody->toPlainText()));
        QVERIFY(!previewBody->toPlainText().contains(QStringLiteral("{{")));
        QCOMPARE(previewSubject->text(), QStringLiteral("%1 for you").arg(wizard->lastPreview().offer));
        QVERIFY(!wizard->lastPreview().offer.isEmpty());
        // Searching narrows the customers to the one typed.
        auto *search = wizard->findChild<QLineEdit *>(QStringLiteral("previewSearchEdit"));
        QTest::keyClicks(search, chosen.key);
        QTRY_VERIFY_WITH_TIMEOUT(customers->count() >= 1 && customers->count() < 200
                    && wizard->previewCustomers().first().key.contains(chosen.key), 30000);
        screenshot(wizard, QStringLiteral("3_message"));

        // (4) Summary: built and saved in the background.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CampaignWizard::SummaryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60000);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("Spring VIP"));
        const CampaignResult result = wizard->result();
        QCOMPARE(result.sourceSize, m_largestSize);
        QVERIFY(result.holdout > 0);
        QVERIFY(result.audience > 0);
        QCOMPARE(result.audience + result.holdout + result.excludedOptOut + result.excludedNoContact
                     + result.excludedFrequency,
                 result.sourceSize);
        const QString counts = wizard->findChild<QLabel *>(QStringLiteral("summaryCounts"))->text();
        QVERIFY(counts.contains(QLocale().toString(result.audience)));
        QVERIFY(counts.contains(QLocale().toString(result.holdout)));
        QVERIFY(counts.contains(QStringLiteral("opted out")));
        const QString warnings = wizard->findChild<QLabel *>(QStringLiteral("summaryWarnings"))->text();
        QCOMPARE(warnings.isEmpty(), false);
        if (!result.warnings.isEmpty())
            QCOMPARE(warnings, result.warnings.join(QLatin1Char('\n')));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("summaryOffers"))->text().contains(
            wizard->lastPreview().offer.toHtmlEscaped()));
        screenshot(wizard, QStringLiteral("4_summary"));

        // (5) Export CSV and XLSX.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CampaignWizard::ExportPageId));
        CampaignExportPanel *panel = wizard->exportPanel();
        auto *pathEdit = panel->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
        auto *exportButton = panel->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("spring.csv"));
        const QString xlsxPath = out.filePath(QStringLiteral("spring.xlsx"));
        auto *format = panel->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        format->setCurrentIndex(int(CampaignExportPanel::Choice::Csv));
        pathEdit->clear();
        QTest::keyClicks(pathEdit, csvPath);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning()
                                     && panel->lastResult().status == CampaignExportResult::Status::Ok, 60000);
        QCOMPARE(panel->lastResult().rows, result.audience);
        format->setCurrentIndex(int(CampaignExportPanel::Choice::Xlsx));
        QCOMPARE(pathEdit->text(), out.filePath(QStringLiteral("spring.xlsx")));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && panel->lastResult().file == xlsxPath
                                     && panel->lastResult().status == CampaignExportResult::Status::Ok, 60000);
        const QString resultLine = panel->findChild<QLabel *>(QStringLiteral("exportResultLabel"))->text();
        QVERIFY2(resultLine.contains(QLocale().toString(result.audience)), qPrintable(resultLine));
        screenshot(wizard, QStringLiteral("5_export"));

        const QList<QStringList> csv = readTable(csvPath);
        QCOMPARE(csv.size() - 1, int(result.audience));
        QCOMPARE(csv.first(), CampaignExporter::header(CampaignExportFormat::Csv));
        const QList<QStringList> xlsx = readTable(xlsxPath);
        QCOMPARE(xlsx.size(), csv.size());
        QCOMPARE(xlsx.first(), csv.first());
        const int idColumn = csv.first().indexOf(QStringLiteral("customer_id"));
        const int messageColumn = csv.first().indexOf(QStringLiteral("message"));
        QVERIFY(idColumn >= 0);
        for (int i = 1; i < csv.size(); ++i) {
            QCOMPARE(xlsx.at(i).value(idColumn), csv.at(i).value(idColumn));
            if (messageColumn >= 0)
                QVERIFY(csv.at(i).value(messageColumn).startsWith(QStringLiteral("Hello there in ")));
        }

        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<CampaignWizard *>() == nullptr, 30000);

        // The page lists the campaign with its export history.
        QAbstractItemModelTester listTester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page.campaignModel()->rowCount(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedCampaign(), QStringLiteral("Spring VIP"), 30000);
        // Each export reloads the list; wait for the reload after the second one.
        QTRY_COMPARE_WITH_TIMEOUT(page.campaignModel()->rows().value(0).info.exports, qint64(2), 30000);
        const CampaignListModel::Row row = page.campaignModel()->rows().first();
        QCOMPARE(row.info.audience, result.audience);
        QCOMPARE(row.info.holdout, result.holdout);
        QCOMPARE(row.info.exports, qint64(2));
        QCOMPARE(page.table()->model()->index(0, CampaignListModel::AudienceColumn).data().toString(),
                 QLocale().toString(result.audience));
        auto *history = page.findChild<QTableView *>(QStringLiteral("exportHistoryTable"));
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->index(0, 3).data().toString().endsWith(QStringLiteral("spring.xlsx")), 30000);
        auto *chart = page.findChild<CampaignRatesChart *>(QStringLiteral("responseRatesChart"));
        QVERIFY(chart->isEmpty());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("importResponsesButton"))->isEnabled());

        // Import responses: 10 contacted members opened, 4 clicked, 2 bought.
        const QString responsesPath = out.filePath(QStringLiteral("responses.csv"));
        {
            QFile file(responsesPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Customer ID,Opened,Clicked,Purchased,Revenue\n");
            for (int i = 1; i <= 10; ++i)
                file.write(QStringLiteral("%1,1,%2,%3,%4\n")
                               .arg(csv.at(i).value(idColumn), i <= 4 ? QStringLiteral("yes") : QStringLiteral("no"))
                               .arg(i <= 2 ? 1 : 0)
                               .arg(i <= 2 ? 25.5 : 0.0)
                               .toUtf8());
            file.write("NOT-A-CUSTOMER,1,0,0,0\n");
        }
        QSignalSpy imported(&page, &CampaignsPage::responsesImported);
        page.importResponses(responsesPath);
        QVERIFY(imported.wait(30000));
        auto *status = page.findChild<QLabel *>(QStringLiteral("campaignStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("Imported 10 responses")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("1 row names a customer not in the project (NOT-A-CUSTOMER)")),
                 qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(page.campaignModel()->rows().value(0).rates.responses, qint64(10), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedCampaign(), QStringLiteral("Spring VIP"), 30000);
        const CampaignRates rates = page.campaignModel()->rows().first().rates;
        QCOMPARE(rates.members, result.audience);
        QCOMPARE(rates.opened, qint64(10));
        QCOMPARE(rates.clicked, qint64(4));
        QCOMPARE(rates.converted, qint64(2));
        const auto percent = [&](qint64 n) {
            return QLocale().toString(100.0 * double(n) / double(result.audience), 'f', 1) + QStringLiteral(" %");
        };
        QCOMPARE(page.table()->model()->index(0, CampaignListModel::OpenedColumn).data().toString(), percent(10));
        QCOMPARE(page.table()->model()->index(0, CampaignListModel::ClickedColumn).data().toString(), percent(4));
        QCOMPARE(page.table()->model()->index(0, CampaignListModel::ConvertedColumn).data().toString(), percent(2));
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isEmpty(), 30000);
        QVERIFY(!chart->chart()->series().isEmpty());
        auto *ratesLabel = page.findChild<QLabel *>(QStringLiteral("responseRatesLabel"));
        QVERIFY2(ratesLabel->text().startsWith(QStringLiteral("10 of %1").arg(QLocale().toString(result.audience))),
                 qPrintable(ratesLabel->text()));
        screenshot(&page, QStringLiteral("page"));
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
