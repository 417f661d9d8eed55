#pragma once

#include "reports/reportbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

class ProgressReporter;
class QTextDocument;

/** What ReportExporter::exportBundle() wrote. */
struct ReportExportResult
{
    bool cancelled = false;
    QString errorString;  ///< translated; empty on success and on cancel
    QString file;         ///< the zip written
    QStringList entries;  ///< its entries, in archive order
    int pdfPages = 0;
    qint64 bytes = 0;     ///< size of the zip

    bool isOk() const { return errorString.isEmpty() && !cancelled; }
};

/** A report rendered for the on-screen preview (QTextBrowser). */
struct ReportPreview
{
    QString html;                  ///< RichText HTML; images are "charts/<id>.png"
    QHash<QString, QImage> images; ///< chart path -> image
    QString errorString;
    bool cancelled = false;
};

/**
 * Renders a project's report: charts to PNG (QPainter), the PDF (QTextDocument
 * on a QPdfWriter, A4, title page, page numbers in the footer), the HTML (with
 * images from the bundle) and a standalone HTML (base64 images), CSV tables,
 * and writes them into one zip (ReportBundle, atomic).
 *
 * Thread-safety: every function opens its own Project connection and uses only
 * QImage/QTextDocument/QPdfWriter, so it runs on a worker thread; a
 * QGuiApplication must exist (fonts).
 */
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    /** Builds the report of the project at @p projectPath and writes the zip @p outPath. */
    static ReportExportResult exportBundle(const QString &projectPath, const ReportOptions &options,
                                           const QString &outPath, ProgressReporter &progress);

    /** Builds the report for the preview (no PDF, no files). */
    static ReportPreview preview(const QString &projectPath, const ReportOptions &options, ProgressReporter &progress);

    /** The charts of @p content as images, keyed by ReportHtml::chartPath(). */
    static QHash<QString, QImage> renderCharts(const ReportContent &content);

    /**
     * Moves every heading (h1-h6) that would end a page apart from what follows it
     * to the next page, together with the headings directly above it, by a page
     * break before it. @p doc must have its page size set. Returns the headings moved.
     */
    static int keepHeadingsWithNext(QTextDocument &doc);

    /** The PDF of @p content; @p pages receives the page count. Empty with @p error on failure. */
    static QByteArray renderPdf(const ReportContent &content, const QHash<QString, QImage> &images, int *pages,
                                QString *error);
};
