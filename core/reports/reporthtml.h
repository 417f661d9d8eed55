#pragma once

#include "reports/reportcontent.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/**
 * Writes a report's content as HTML. Two flavours share the same text:
 * Browser (CSS for web browsers, images scale to the page width) and RichText
 * (the subset QTextDocument understands, for the PDF and the preview: images
 * get a fixed width and the title page ends with a page break).
 * Pure and thread-safe.
 */
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    enum class Flavor { Browser, RichText };

    struct Options
    {
        Flavor flavor = Flavor::Browser;
        /** The src of a chart's image: "charts/<id>.png" (default) or a data: URL. */
        std::function<QString(const ReportChart &)> imageSource;
        /** RichText: width of the chart images in document pixels. */
        int imageWidth = 640; ///< charts are 16:9: the height is imageWidth * 9 / 16
        /** RichText: space above the title (document pixels); > 0 also ends the title page with a page break. */
        int titlePageHeight = 0;
    };

    static QString write(const ReportContent &content, const Options &options);

    /** @p value formatted for display with QLocale as @p column says; empty for null. */
    static QString format(const QVariant &value, ReportFormat format, int decimals);
    /** Bundle path of a chart image: "charts/<id>.png". */
    static QString chartPath(const ReportChart &chart);
};
