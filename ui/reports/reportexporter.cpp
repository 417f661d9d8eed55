#include "reportexporter.h"

#include "jobs/progressreporter.h"
#include "project/project.h"
#include "reports/reportbundle.h"
#include "reports/reportcsv.h"
#include "reports/reporthtml.h"
#include "reports/reportchartpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QLocale>

#include <optional>

namespace {

/** A text document whose images come from memory (the rendered charts). */
class ChartDocument : public QTextDocument
{
public:
    explicit ChartDocument(const QHash<QString, QImage> &images) : m_images(images) {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource) {
            const auto it = m_images.constFind(name.toString());
            if (it != m_images.constEnd())
                return *it;
        }
        return QTextDocument::loadResource(type, name);
    }

private:
    const QHash<QString, QImage> &m_images;
};

QFont documentFont(double points)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setPointSizeF(points);
    return font;
}

std::optional<ReportResult> buildContent(const QString &projectPath, const ReportOptions &options,
                                         ProgressReporter &progress, QString *error)
{
    Project project;
    if (!project.open(projectPath, Project::OpenMode::Reopen)) {
        *error = project.errorString();
        return std::nullopt;
    }
    ReportResult result = ReportBuilder::build(project, options, progress);
    if (!result.errorString.isEmpty()) {
        *error = result.errorString;
        return std::nullopt;
    }
    return result;
}

} // namespace

QHash<QString, QImage> ReportExporter::renderCharts(const ReportContent &content)
{
    QHash<QString, QImage> images;
    for (const ReportChart &chart : content.charts)
        images.insert(ReportHtml::chartPath(chart), ReportChartPainter::render(chart));
    return images;
}

int ReportExporter::keepHeadingsWithNext(QTextDocument &doc)
{
    const double pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    auto pageOf = [&](double y) { return int(y / pageHeight); };
    // Where the block's first line is drawn: pagination may push that line (a tall
    // image, a line across the page end) below the top of the block.
    auto firstLineTop = [&](const QTextBlock &block) {
        const QTextLayout *text = block.layout();
        const double offset = text && text->lineCount() > 0 ? text->lineAt(0).y() : 0.0;
        return layout->blockBoundingRect(block).top() + offset;
    };
    auto isHeading = [](const QTextBlock &block) { return block.blockFormat().headingLevel() > 0; };
    int moved = 0;
    // Each break moves everything after it, so start over after each one; a heading
    // already starting a page cannot be helped and is left alone.
    for (bool changed = true; changed && moved < 1000;) {
        changed = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            // The first of a run of headings, and the text under the run.
            if (!isHeading(block) || (block.previous().isValid() && isHeading(block.previous())))
                continue;
            QTextBlock content = block.next();
            while (content.isValid() && isHeading(content))
                content = content.next();
            if (!content.isValid())
                continue;
            const QRectF top = layout->blockBoundingRect(block);
            if (pageOf(firstLineTop(content) + 1) == pageOf(firstLineTop(block) + 1))
                continue;
            if ((block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                || top.top() - pageOf(top.top() + 1) * pageHeight < top.height())
                continue; // already at the top of its page
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            ++moved;
            changed = true;
            break;
        }
    }
    return moved;
}

QByteArray ReportExporter::renderPdf(const ReportContent &content, const QHash<QString, QImage> &images, int *pages,
                                     QString *error)
{
    constexpr int kDpi = 300;
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
        writer.setTitle(tr("Tailor report: %1").arg(content.projectName));
        writer.setCreator(QStringLiteral("Tailor"));
        const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
        const double footerHeight = kDpi * 0.4; // about 10 mm
        const QSizeF body(paint.width(), paint.height() - footerHeight);

        ChartDocument doc(images);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(documentFont(9.5));
        doc.setDocumentMargin(0);
        doc.setPageSize(body);
        ReportHtml::Options options;
        options.flavor = ReportHtml::Flavor::RichText;
        // HTML lengths (image widths, margins) are CSS pixels at 96 dpi; the layout scales them to the writer's dpi.
        const double cssPixel = 96.0 / kDpi;
        options.imageWidth = int(body.width() * 0.96 * cssPixel);
        options.titlePageHeight = int(body.height() * 0.28 * cssPixel);
        doc.setHtml(ReportHtml::write(content, options));
        keepHeadingsWithNext(doc);
        const int count = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot start the PDF.");
            return {};
        }
        const QFont footerFont = documentFont(8);
        const QString footerLeft = tr("%1 · Tailor report · %2")
                                       .arg(content.projectName,
                                            QLocale().toString(content.generatedAt.date(), QLocale::ShortFormat));
        for (int page = 0; page < count; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            if (page == 0)
                continue; // the title page has no footer
            const double lineY = body.height() + footerHeight * 0.3;
            painter.setPen(QPen(QColor(0xc9, 0xd3, 0xe0), kDpi / 150.0));
            painter.drawLine(QPointF(0, lineY), QPointF(body.width(), lineY));
            painter.setFont(footerFont);
            painter.setPen(QColor(0x66, 0x6b, 0x73));
            const QRectF footer(0, lineY + kDpi * 0.04, body.width(), footerHeight * 0.6);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, footerLeft);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(count));
        }
        painter.end();
        *pages = count;
    }
    buffer.close();
    if (pdf.isEmpty())
        *error = tr("The PDF could not be written.");
    return pdf;
}

ReportPreview ReportExporter::preview(const QString &projectPath, const ReportOptions &options,
                                      ProgressReporter &progress)
{
    ReportPreview preview;
    progress.setRange(1000);
    SliceProgressReporter gather(progress, 0, 800);
    const auto result = buildContent(projectPath, options, gather, &preview.errorString);
    if (!result)
        return preview;
    if (result->cancelled) {
        preview.cancelled = true;
        return preview;
    }
    for (const ReportChart &chart : result->content.charts)
        preview.images.insert(ReportHtml::chartPath(chart), ReportChartPainter::render(chart, QSize(1200, 675)));
    ReportHtml::Options html;
    html.flavor = ReportHtml::Flavor::RichText;
    html.imageWidth = 640;
    preview.html = ReportHtml::write(result->content, html);
    progress.setValue(1000);
    return preview;
}

ReportExportResult ReportExporter::exportBundle(const QString &projectPath, const ReportOptions &options,
                                                const QString &outPath, ProgressReporter &progress)
{
    ReportExportResult export_;
    progress.setRange(1000);
    SliceProgressReporter gather(progress, 0, 500);
    const auto result = buildContent(projectPath, options, gather, &export_.errorString);
    if (!result)
        return export_;
    if (result->cancelled || progress.isCancelled()) {
        export_.cancelled = true;
        return export_;
    }
    const ReportContent &content = result->content;

    // Charts.
    QHash<QString, QImage> images;
    QList<ReportBundleEntry> chartEntries;
    for (int i = 0; i < content.charts.size(); ++i) {
        if (progress.isCancelled()) {
            export_.cancelled = true;
            return export_;
        }
        const ReportChart &chart = content.charts.at(i);
        const QImage image = ReportChartPainter::render(chart);
        images.insert(ReportHtml::chartPath(chart), image);
        chartEntries.append({ReportHtml::chartPath(chart), ReportChartPainter::toPng(image)});
        progress.setValue(500 + 200 * (i + 1) / content.charts.size());
    }

    // PDF.
    const QByteArray pdf = renderPdf(content, images, &export_.pdfPages, &export_.errorString);
    if (pdf.isEmpty())
        return export_;
    progress.setValue(850);
    if (progress.isCancelled()) {
        export_.cancelled = true;
        return export_;
    }

    // HTML: one with the bundle's images, one standalone with base64 images.
    ReportHtml::Options bundled;
    const QString html = ReportHtml::write(content, bundled);
    ReportHtml::Options standalone;
    QHash<QString, QByteArray> pngs;
    for (const ReportBundleEntry &entry : chartEntries)
        pngs.insert(entry.name, entry.data);
    standalone.imageSource = [&pngs](const ReportChart &chart) {
        return QStringLiteral("data:image/png;base64,")
               + QString::fromLatin1(pngs.value(ReportHtml::chartPath(chart)).toBase64());
    };
    const QString standaloneHtml = ReportHtml::write(content, standalone);

    QList<ReportBundleEntry> entries{{QStringLiteral("report.pdf"), pdf},
                                     {QStringLiteral("report.html"), html.toUtf8()},
                                     {QStringLiteral("report-standalone.html"), standaloneHtml.toUtf8()}};
    entries += chartEntries;
    for (const ReportTable &table : content.tables)
        entries.append({ReportCsv::path(table), ReportCsv::write(table)});

    SliceProgressReporter zipProgress(progress, 850, 1000);
    QString error;
    if (!ReportBundle::write(outPath, entries, zipProgress, &error)) {
        export_.cancelled = error.isEmpty();
        export_.errorString = error;
        return export_;
    }
    export_.file = outPath;
    for (const ReportBundleEntry &entry : entries)
        export_.entries.append(entry.name);
    export_.bytes = QFileInfo(outPath).size();
    progress.setValue(1000);
    return export_;
}
