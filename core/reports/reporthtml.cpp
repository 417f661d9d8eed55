#include "reporthtml.h"

#include <QLocale>

#include <cmath>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kBrowserStyle = R"css(
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; margin: 0; background: #f4f5f7; }
main { max-width: 960px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
.title { padding: 48px 0 32px; border-bottom: 3px solid #2f6db5; margin-bottom: 16px; }
.title h1 { font-size: 30pt; margin: 0 0 8px; color: #1d3f6e; }
.subtitle { font-size: 14pt; color: #444; }
.meta { color: #666; margin-top: 12px; }
h2 { color: #1d3f6e; border-bottom: 1px solid #c9d3e0; padding-bottom: 4px; margin-top: 36px; }
h3 { color: #2f4f7a; margin-top: 24px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 10pt; }
th { background: #e8eef6; text-align: left; padding: 4px 8px; border-bottom: 1px solid #9fb0c8; }
td { padding: 3px 8px; border-bottom: 1px solid #e3e6ea; }
th.num, td.num { text-align: right; }
table.kv td { border: none; padding: 2px 16px 2px 0; }
caption { text-align: left; font-weight: bold; padding: 4px 0; color: #333; }
img.chart { width: 100%; max-width: 900px; height: auto; display: block; margin: 8px 0 4px; }
p.caption { color: #666; font-size: 9pt; margin-top: 0; }
p.warning { color: #8a4b00; background: #fff4e0; padding: 4px 8px; }
ol.toc { color: #333; }
)css";

const char *const kRichTextStyle = R"css(
h1 { font-size: 26pt; color: #1d3f6e; }
h2 { font-size: 16pt; color: #1d3f6e; }
h3 { font-size: 12pt; color: #2f4f7a; }
th { background-color: #e8eef6; color: #1d3f6e; }
td.num { text-align: right; }
th.num { text-align: right; }
p.caption { color: #666666; font-size: 8pt; }
p.warning { color: #8a4b00; background-color: #fff4e0; }
p.meta { color: #555555; }
)css";

} // namespace

QString ReportHtml::chartPath(const ReportChart &chart)
{
    return QStringLiteral("charts/%1.png").arg(chart.id);
}

QString ReportHtml::format(const QVariant &value, ReportFormat format, int decimals)
{
    if (value.isNull() || !value.isValid())
        return QString();
    const QLocale locale;
    switch (format) {
    case ReportFormat::Text:
        return value.toString();
    case ReportFormat::Integer:
        return locale.toString(qint64(std::llround(value.toDouble())));
    case ReportFormat::Decimal: {
        const double v = value.toDouble();
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : QStringLiteral("–");
    }
    case ReportFormat::Percent: {
        const double v = value.toDouble();
        return std::isfinite(v) ? tr("%1 %").arg(locale.toString(100.0 * v, 'f', decimals)) : QStringLiteral("–");
    }
    case ReportFormat::PValue: {
        const double p = value.toDouble();
        if (!std::isfinite(p))
            return QStringLiteral("–");
        return p < 0.001 ? tr("< %1").arg(locale.toString(0.001, 'f', 3)) : locale.toString(p, 'f', 3);
    }
    }
    return value.toString();
}

QString ReportHtml::write(const ReportContent &content, const Options &options)
{
    const bool rich = options.flavor == Flavor::RichText;
    const QLocale locale;
    QString html;
    html.reserve(64 * 1024);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .arg(locale.bcp47Name());
    html += QStringLiteral("<title>%1</title><style>%2</style></head>\n<body>")
                .arg(esc(tr("Tailor report: %1").arg(content.projectName)),
                     QString::fromLatin1(rich ? kRichTextStyle : kBrowserStyle));
    if (!rich)
        html += QStringLiteral("<main>");

    // Title page.
    const QString date = locale.toString(content.generatedAt, QLocale::LongFormat);
    if (rich) {
        html += QStringLiteral("<div>");
        html += QStringLiteral("<p style=\"margin-top: %1px; font-size: 12pt; color: #2f6db5;\">%2</p>")
                    .arg(qMax(0, options.titlePageHeight))
                    .arg(esc(tr("TAILOR · PROJECT REPORT")));
        html += QStringLiteral("<h1>%1</h1>").arg(esc(content.projectName));
        html += QStringLiteral("<p class=\"meta\">%1<br>%2</p>")
                    .arg(esc(tr("Generated %1").arg(date)), esc(content.projectPath));
        html += QStringLiteral("<p style=\"margin-top: 24px;\"><b>%1</b></p><ol>").arg(esc(tr("Contents")));
        for (const QString &title : content.sectionTitles)
            html += QStringLiteral("<li>%1</li>").arg(esc(title));
        html += QStringLiteral("</ol></div>\n");
        if (options.titlePageHeight > 0)
            html += QStringLiteral("<p style=\"page-break-after: always;\">&nbsp;</p>\n");
    } else {
        html += QStringLiteral("<div class=\"title\"><div class=\"subtitle\">%1</div><h1>%2</h1>"
                               "<div class=\"meta\">%3<br>%4</div></div>")
                    .arg(esc(tr("Tailor · project report")), esc(content.projectName),
                         esc(tr("Generated %1").arg(date)), esc(content.projectPath));
        html += QStringLiteral("<p><b>%1</b></p><ol class=\"toc\">").arg(esc(tr("Contents")));
        for (int i = 0; i < content.sections.size(); ++i)
            html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                        .arg(content.sections.at(i).id, esc(content.sections.at(i).title));
        html += QStringLiteral("</ol>\n");
    }
    if (content.sections.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No sections were selected.")));

    for (int s = 0; s < content.sections.size(); ++s) {
        const ReportSection &section = content.sections.at(s);
        html += QStringLiteral("<h2 id=\"%1\"><a name=\"%1\"></a>%2. %3</h2>\n")
                    .arg(section.id).arg(s + 1).arg(esc(section.title));
        for (const ReportBlock &block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                html += QStringLiteral("<h3>%1</h3>\n").arg(esc(block.text));
                break;
            case ReportBlock::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>\n").arg(esc(block.text));
                break;
            case ReportBlock::Kind::Warning:
                html += QStringLiteral("<p class=\"warning\">⚠ %1</p>\n").arg(esc(block.text));
                break;
            case ReportBlock::Kind::Bullets:
                html += QStringLiteral("<ul>");
                for (const QString &item : block.items)
                    html += QStringLiteral("<li>%1</li>").arg(esc(item));
                html += QStringLiteral("</ul>\n");
                break;
            case ReportBlock::Kind::KeyValues:
                html += rich ? QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"3\">")
                             : QStringLiteral("<table class=\"kv\">");
                for (int i = 0; i + 1 < block.items.size(); i += 2)
                    html += QStringLiteral("<tr><td>%1</td><td class=\"num\"><b>%2</b></td></tr>")
                                .arg(esc(block.items.at(i)), esc(block.items.at(i + 1)));
                html += QStringLiteral("</table>\n");
                break;
            case ReportBlock::Kind::Table: {
                const ReportTable &table = content.tables.at(block.index);
                html += rich ? QStringLiteral("<p><b>%1</b></p><table width=\"100%\" border=\"0.5\" cellspacing=\"0\" "
                                              "cellpadding=\"4\" style=\"border-color: #c9d3e0; border-style: solid;\">")
                                   .arg(esc(table.title))
                             : QStringLiteral("<table><caption>%1</caption>").arg(esc(table.title));
                html += QStringLiteral("<thead><tr>");
                for (const ReportColumn &column : table.columns)
                    html += QStringLiteral("<th%1>%2</th>")
                                .arg(column.isNumeric() ? (rich ? QStringLiteral(" class=\"num\" align=\"right\"")
                                                                : QStringLiteral(" class=\"num\""))
                                                        : QString(),
                                     esc(column.title));
                html += QStringLiteral("</tr></thead><tbody>");
                for (const QVariantList &row : table.rows) {
                    html += QStringLiteral("<tr>");
                    for (int c = 0; c < table.columns.size(); ++c) {
                        const ReportColumn &column = table.columns.at(c);
                        const QString text = format(row.value(c), column.format, column.decimals);
                        html += QStringLiteral("<td%1>%2</td>")
                                    .arg(column.isNumeric() ? (rich ? QStringLiteral(" class=\"num\" align=\"right\"")
                                                                    : QStringLiteral(" class=\"num\""))
                                                            : QString(),
                                         esc(text));
                    }
                    html += QStringLiteral("</tr>");
                }
                if (table.rows.isEmpty())
                    html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                                .arg(table.columns.size())
                                .arg(esc(tr("No rows.")));
                html += QStringLiteral("</tbody></table>\n");
                break;
            }
            case ReportBlock::Kind::Chart: {
                const ReportChart &chart = content.charts.at(block.index);
                const QString src = options.imageSource ? options.imageSource(chart) : chartPath(chart);
                if (rich) {
                    html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>")
                                .arg(esc(src))
                                .arg(options.imageWidth)
                                .arg(options.imageWidth * 9 / 16)
                                .arg(esc(chart.title));
                } else {
                    html += QStringLiteral("<img class=\"chart\" src=\"%1\" alt=\"%2\">").arg(esc(src), esc(chart.title));
                }
                if (!chart.caption.isEmpty())
                    html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(chart.caption));
                break;
            }
            }
        }
    }
    if (!rich)
        html += QStringLiteral("<p class=\"caption\">%1</p></main>")
                    .arg(esc(tr("Made with Tailor. Tables are in tables/*.csv, charts in charts/*.png.")));
    html += QStringLiteral("</body></html>\n");
    return html;
}
