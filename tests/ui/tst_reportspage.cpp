#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "pages/reportspage.h"
#include "project/project.h"
#include "reports/reportbundle.h"
#include "segments/rfm.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

/** The Reports page on the demo sample of UCI Online Retail: sections, preview, Export report…. */
class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;

    static void screenshot(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            widget->grab().save(QStringLiteral("/tmp/reports_%1.png").arg(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_projectPath = m_dir.filePath(QStringLiteral("retail.tailor"));
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz");
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(project.database(), options, progress).isOk());
        const RfmResult rfm = Rfm::compute(project.database(), RfmOptions(), progress);
        QString error;
        QVERIFY(Rfm::save(project.database(), rfm, &error));
    }

    void cleanup()
    {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    }

    void emptyStateWithoutProject()
    {
        ProjectSession session;
        ReportsPage page(&session);
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportReportButton"))->isVisible());
        screenshot(&page, QStringLiteral("empty"));
    }

    void previewAndExport()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        ReportsPage page(&session);
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportReportButton"));
        auto *preview = page.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("Revenue by month")), 60000);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("RFM distribution")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("No experiments yet")));
        screenshot(&page, QStringLiteral("preview"));

        // The evaluation option follows the recommendations section; no section: no export.
        auto *recommendations = page.findChild<QCheckBox *>(QStringLiteral("sectionRecommendationsCheck"));
        auto *evaluation = page.findChild<QCheckBox *>(QStringLiteral("evaluationCheck"));
        QVERIFY(evaluation->isEnabled());
        QVERIFY(!evaluation->isChecked());
        recommendations->click();
        QVERIFY(!evaluation->isEnabled());
        const QStringList sections{QStringLiteral("sectionDataCheck"), QStringLiteral("sectionSegmentsCheck"),
                                   QStringLiteral("sectionExperimentsCheck"), QStringLiteral("sectionCampaignsCheck")};
        for (const QString &name : sections)
            page.findChild<QCheckBox *>(name)->click();
        QVERIFY(!exportButton->isEnabled());
        for (const QString &name : sections)
            page.findChild<QCheckBox *>(name)->click();
        recommendations->click();
        QVERIFY(exportButton->isEnabled());
        // Leave campaigns out of the export.
        page.findChild<QCheckBox *>(QStringLiteral("sectionCampaignsCheck"))->click();
        QVERIFY(!page.options().campaigns);

        // Export report… opens the save dialog; choosing a file starts the background export.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))) != nullptr);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const QString zipPath = m_dir.filePath(QStringLiteral("exported.zip"));
        QSignalSpy exported(&page, &ReportsPage::reportExported);
        dialog->selectFile(zipPath);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QVERIFY(page.isExporting() || exported.count() == 1);
        QVERIFY(!exportButton->isEnabled() || exported.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
        QCOMPARE(exported.first().first().toString(), zipPath);
        QVERIFY(exportButton->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("exportStatusLabel"))->text().contains(QStringLiteral("exported.zip")));
        QVERIFY(page.lastExport().pdfPages > 1);
        QString error2;
        const QStringList entries = ReportBundle::entryNames(zipPath, &error2);
        QVERIFY(entries.contains(QStringLiteral("report.pdf")));
        QVERIFY(entries.contains(QStringLiteral("charts/rfm_distribution.png")));
        QVERIFY(!entries.contains(QStringLiteral("tables/campaigns.csv")));
        screenshot(&page, QStringLiteral("exported"));
    }

    void cancelExport()
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(m_projectPath, false, &error));
        ReportsPage page(&session);
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QPushButton *>(QStringLiteral("exportReportButton"))->isVisible(), 10000);
        const QString zipPath = m_dir.filePath(QStringLiteral("cancelled.zip"));
        page.exportTo(zipPath);
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelExportButton"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isExporting(), 60000);
        QTRY_VERIFY(!cancel->isVisible());
        // Either the cancel arrived in time (no file) or the export had already finished.
        QVERIFY(!QFile::exists(zipPath) || page.lastExport().file == zipPath);
        if (!QFile::exists(zipPath))
            QVERIFY(page.findChild<QLabel *>(QStringLiteral("exportStatusLabel"))->text().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
