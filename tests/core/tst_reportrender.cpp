#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "reports/reportbundle.h"
#include "reports/reportchartpainter.h"
#include "reports/reportexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

/**
 * Rendering of the report (charts, PDF, bundle) on the demo sample of UCI Online
 * Retail, and `tailor-cli report` end to end. Set TAILOR_REPORT_KEEP=DIR to keep
 * the zip for a look at the PDF (pdftoppm -r 60 -png).
 */
class TestReportRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;

    static QJsonObject runCli(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral(TAILOR_CLI_PATH), arguments);
        if (!process.waitForFinished(-1))
            return {};
        *exitCode = process.exitCode();
        if (process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_projectPath = m_dir.filePath(QStringLiteral("Online Retail demo.tailor"));
        int exitCode = -1;
        runCli({QStringLiteral("import"), QStringLiteral("--project"), m_projectPath, QStringLiteral("--json"),
                QStringLiteral("--kind"), QStringLiteral("transactions"),
                QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz")},
               &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject rfm = runCli({QStringLiteral("segment"), QStringLiteral("rfm"), QStringLiteral("--project"),
                                        m_projectPath, QStringLiteral("--json")},
                                       &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(!rfm.value(QStringLiteral("segments")).toArray().isEmpty());
    }

    void headingsStayWithWhatFollows()
    {
        // A page holds about ten paragraphs; the heading pairs land at the bottom of a page.
        int orphans = 0;
        for (int filler : {8, 9, 10, 11}) {
            QString html;
            for (int i = 0; i < filler; ++i)
                html += QStringLiteral("<p>Paragraph %1 of the filler text.</p>").arg(i);
            html += QStringLiteral("<h2>Section</h2><h3>Sub-heading</h3>");
            html += QStringLiteral("<table border=\"1\"><tr><td>cell</td></tr><tr><td>cell</td></tr></table>");
            for (int i = 0; i < 12; ++i)
                html += QStringLiteral("<p>More text %1.</p>").arg(i);
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setHtml(html);
            const double pitch = doc.documentLayout()->blockBoundingRect(doc.begin().next()).top()
                                 - doc.documentLayout()->blockBoundingRect(doc.begin()).top();
            doc.setPageSize(QSizeF(400, pitch * 10.5));
            auto pageOf = [&](const QTextBlock &block) { // the page of the block's first line
                const double top = doc.documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
                return int((top + 1) / doc.pageSize().height());
            };
            QTextBlock section = doc.begin();
            while (section.isValid() && section.text() != QLatin1String("Section"))
                section = section.next();
            QVERIFY(section.isValid());
            const QTextBlock sub = section.next();
            const QTextBlock cell = sub.next();
            QCOMPARE(cell.text(), QStringLiteral("cell"));
            const bool orphaned = pageOf(section) != pageOf(cell) || pageOf(sub) != pageOf(cell);
            orphans += orphaned;
            const int moved = ReportExporter::keepHeadingsWithNext(doc);
            QCOMPARE(moved > 0, orphaned);
            QCOMPARE(pageOf(section), pageOf(cell));
            QCOMPARE(pageOf(sub), pageOf(cell));
            if (orphaned) // the pair starts the next page
                QCOMPARE(pageOf(section), pageOf(section.previous()) + 1);
        }
        QVERIFY(orphans >= 2); // the cases above do test something
    }

    void chartImageIsSixteenByNine()
    {
        ReportChart chart;
        chart.id = QStringLiteral("c");
        chart.title = QStringLiteral("Customers");
        chart.categories = {QStringLiteral("A"), QStringLiteral("B")};
        chart.seriesNames = {QStringLiteral("n")};
        chart.series = {{3, 7}};
        const QImage image = ReportChartPainter::render(chart);
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(qRound(image.dotsPerMeterX() * 0.0254) >= 150);
        // The bars are drawn: some pixels carry the bar colour.
        int blue = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                blue += image.pixelColor(x, y) == QColor(0x2f, 0x6d, 0xb5);
        QVERIFY(blue > 1000);
        const QByteArray png = ReportChartPainter::toPng(image);
        QVERIFY(png.startsWith("\x89PNG"));
    }

    void bundleHoldsPdfHtmlChartsAndTables()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("report.zip"));
        SimpleProgressReporter progress;
        const ReportExportResult result = ReportExporter::exportBundle(m_projectPath, ReportOptions(), zipPath, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(progress.done(), qint64(1000));
        QVERIFY2(result.pdfPages > 1, qPrintable(QString::number(result.pdfPages)));

        QString error;
        const QStringList entries = ReportBundle::entryNames(zipPath, &error);
        QCOMPARE(entries, result.entries);
        for (const char *name : {"report.pdf", "report.html", "report-standalone.html", "charts/revenue_by_month.png",
                                 "charts/rfm_distribution.png", "charts/top_countries.png", "tables/revenue_by_month.csv",
                                 "tables/rfm_segment_averages.csv", "tables/top_products.csv"})
            QVERIFY2(entries.contains(QString::fromLatin1(name)), name);

        const QByteArray pdf = ReportBundle::readEntry(zipPath, QStringLiteral("report.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 50 * 1024, qPrintable(QString::number(pdf.size())));
        const qsizetype pageObjects = pdf.count("/Type /Page") - pdf.count("/Type /Pages");
        QCOMPARE(pageObjects, qsizetype(result.pdfPages));

        const QByteArray html = ReportBundle::readEntry(zipPath, QStringLiteral("report.html"));
        QVERIFY(html.contains("src=\"charts/revenue_by_month.png\""));
        const QByteArray standalone = ReportBundle::readEntry(zipPath, QStringLiteral("report-standalone.html"));
        QVERIFY(standalone.contains("src=\"data:image/png;base64,iVBOR"));
        QVERIFY(!standalone.contains("src=\"charts/"));

        const QImage chart = QImage::fromData(ReportBundle::readEntry(zipPath, QStringLiteral("charts/rfm_distribution.png")));
        QCOMPARE(chart.width() * 9, chart.height() * 16);

        // The CSV has a header and one row per month of the sample (Dec 2010 .. Dec 2011).
        const QList<QByteArray> lines =
            ReportBundle::readEntry(zipPath, QStringLiteral("tables/revenue_by_month.csv")).split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("Month,Orders,Customers,Net revenue"));
        QCOMPARE(lines.size() - 2, 13);
        QVERIFY(lines.at(1).startsWith("2010-12,"));

        if (qEnvironmentVariableIsSet("TAILOR_REPORT_KEEP"))
            QFile::copy(zipPath, QDir(qEnvironmentVariable("TAILOR_REPORT_KEEP")).filePath(QStringLiteral("report.zip")));
    }

    void cancelledExportWritesNothing()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("cancelled.zip"));
        SimpleProgressReporter progress;
        progress.cancel();
        const ReportExportResult result = ReportExporter::exportBundle(m_projectPath, ReportOptions(), zipPath, progress);
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(zipPath));
    }

    void cliReportWritesTheZip()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("cli report.zip"));
        int exitCode = -1;
        const QJsonObject json = runCli({QStringLiteral("report"), QStringLiteral("--project"), m_projectPath,
                                         QStringLiteral("--out"), zipPath, QStringLiteral("--json")},
                                        &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(QFileInfo(json.value(QStringLiteral("file")).toString()).canonicalFilePath(),
                 QFileInfo(zipPath).canonicalFilePath());
        QStringList entries;
        for (const QJsonValue &entry : json.value(QStringLiteral("entries")).toArray())
            entries.append(entry.toString());
        QString error;
        QCOMPARE(ReportBundle::entryNames(zipPath, &error), entries);
        QVERIFY(entries.contains(QStringLiteral("report.pdf")));
        QVERIFY(json.value(QStringLiteral("pdf_pages")).toInt() > 1);

        // User errors: a missing --out and an unknown section.
        runCli({QStringLiteral("report"), QStringLiteral("--project"), m_projectPath}, &exitCode);
        QCOMPARE(exitCode, 1);
        runCli({QStringLiteral("report"), QStringLiteral("--project"), m_projectPath, QStringLiteral("--out"), zipPath,
                QStringLiteral("--sections"), QStringLiteral("data,weather")},
               &exitCode);
        QCOMPARE(exitCode, 1);
    }
};

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
