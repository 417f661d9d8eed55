#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/** How a report table column or chart value is shown (QLocale in HTML/PDF, raw in CSV). */
enum class ReportFormat {
    Text,
    Integer,  ///< 1,234
    Decimal,  ///< 1,234.56 (ReportColumn::decimals)
    Percent,  ///< a 0..1 share shown as 12.3 %
    PValue    ///< "< 0.001" or "0.042"
};

/** One column of a report table. Numeric formats are right-aligned. */
struct ReportColumn
{
    QString title;
    ReportFormat format = ReportFormat::Text;
    int decimals = 2;

    bool isNumeric() const { return format != ReportFormat::Text; }
};

/** A small table of aggregates (never raw rows). Written as tables/<id>.csv in the bundle. */
struct ReportTable
{
    QString id;      ///< file-name safe, unique in the report ("revenue_by_month")
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows; ///< raw values: numbers as qint64/double, text as QString
};

/** Data of one chart; the UI renders it to a PNG (charts/<id>.png). */
struct ReportChart
{
    enum class Kind {
        Columns,     ///< vertical bars, one per category
        Bars,        ///< horizontal bars, one per category (long labels)
        Intervals,   ///< a point with an interval per category (mean and CI)
        GroupedColumns ///< several series side by side per category
    };
    QString id;
    QString title;
    Kind kind = Kind::Columns;
    QStringList categories;
    QStringList seriesNames;         ///< one per series (GroupedColumns), else one name
    QList<QList<double>> series;     ///< series[s][category]
    QList<double> low;               ///< Intervals: lower ends
    QList<double> high;              ///< Intervals: upper ends
    int highlight = -1;              ///< Intervals: index drawn as the reference (control)
    QString valueTitle;              ///< axis title of the values
    ReportFormat valueFormat = ReportFormat::Decimal;
    int decimals = 0;
    QString caption;                 ///< one sentence under the chart
};

/** A block of a section, in display order. */
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Bullets, Warning, Table, Chart, KeyValues };
    Kind kind = Kind::Paragraph;
    QString text;          ///< Heading, Paragraph, Warning
    QStringList items;     ///< Bullets; KeyValues: label, value, label, value...
    int index = -1;        ///< Table: index into ReportContent::tables; Chart: into charts
};

/** One section (data summary, segments...). */
struct ReportSection
{
    QString id;
    QString title;
    QList<ReportBlock> blocks;
};

/** Everything a report shows, independent of HTML, PDF or CSV. */
struct ReportContent
{
    QString projectName;
    QString projectPath;
    QDateTime generatedAt;
    QStringList sectionTitles;
    QList<ReportSection> sections;
    QList<ReportTable> tables;
    QList<ReportChart> charts;

    /** Appends @p table and returns a block that shows it. */
    ReportBlock addTable(const ReportTable &table)
    {
        tables.append(table);
        return ReportBlock{ReportBlock::Kind::Table, {}, {}, int(tables.size() - 1)};
    }
    ReportBlock addChart(const ReportChart &chart)
    {
        charts.append(chart);
        return ReportBlock{ReportBlock::Kind::Chart, {}, {}, int(charts.size() - 1)};
    }
};
