#include "reportbuilder.h"

#include "campaigns/campaignstore.h"
#include "experiments/experimentstore.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"
#include "recommend/datasplit.h"
#include "recommend/evaluator.h"
#include "recommend/interactiondata.h"
#include "importing/columnmapping.h"
#include "recommend/recommender.h"
#include "segments/rfm.h"
#include "segments/segmentstore.h"

#include <QDate>
#include <algorithm>
#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace {

constexpr qint64 kSteps = 1000;

struct Gatherer
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    Gatherer(Project &p, const ReportOptions &o, ProgressReporter &r) : project(p), db(p.database()), options(o), progress(r) {}

    Project &project;
    Database &db;
    const ReportOptions &options;
    ProgressReporter &progress;
    ReportContent content;
    QString error;
    bool cancelled = false;

    /** The display names of a comma-separated list of algorithm keys (group_concat of recommendations.algo). */
    static QString algorithmLabels(const QString &keys)
    {
        QStringList labels;
        for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << recommenderLabel(key.trimmed());
        return labels.join(QStringLiteral(", "));
    }

    /** A campaign's channel ("email", "sms", "hashed", "export_only") for readers. */
    static QString channelLabel(const QString &channel)
    {
        if (channel == QLatin1String("email"))
            return tr("E-mail");
        if (channel == QLatin1String("sms"))
            return tr("SMS");
        if (channel == QLatin1String("hashed"))
            return tr("Ad audience (hashed)");
        if (channel == QLatin1String("export_only"))
            return tr("Export only");
        return channel;
    }

    /** Rows of @p sql; nullopt (and error set) on a SQL error. */
    std::optional<QList<QVariantList>> rows(const QString &sql, const QVariantList &params = {})
    {
        Statement stmt = db.prepare(sql);
        if (!stmt.isValid()) {
            error = tr("Cannot read the project for the report: %1").arg(db.errorString());
            return std::nullopt;
        }
        stmt.bindAll(params);
        QList<QVariantList> result;
        while (stmt.step()) {
            QVariantList row;
            for (int c = 0; c < stmt.columnCount(); ++c)
                row.append(stmt.columnValue(c));
            result.append(row);
        }
        if (stmt.hasError()) {
            error = tr("Cannot read the project for the report: %1").arg(db.errorString());
            return std::nullopt;
        }
        return result;
    }

    static ReportBlock paragraph(const QString &text) { return {ReportBlock::Kind::Paragraph, text, {}, -1}; }
    static ReportBlock heading(const QString &text) { return {ReportBlock::Kind::Heading, text, {}, -1}; }
    static ReportBlock warning(const QString &text) { return {ReportBlock::Kind::Warning, text, {}, -1}; }
    static ReportBlock bullets(const QStringList &items) { return {ReportBlock::Kind::Bullets, {}, items, -1}; }
    static ReportBlock keyValues(const QStringList &items) { return {ReportBlock::Kind::KeyValues, {}, items, -1}; }

    static QString dateOf(qint64 seconds)
    {
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date(), QLocale::LongFormat);
    }

    bool dataSummary(ReportSection &section)
    {
        const ProjectCounts counts = project.counts();
        const auto totals = rows(QStringLiteral(
            "SELECT min(ordered_at), max(ordered_at), count(DISTINCT order_id), "
            "coalesce(sum(quantity * unit_price), 0), "
            "coalesce(sum(CASE WHEN is_return = 1 THEN -quantity * unit_price ELSE 0 END), 0), "
            "count(DISTINCT customer_id) FROM order_lines"));
        if (!totals)
            return false;
        const QVariantList t = totals->value(0);
        const QLocale locale;
        if (counts.customers == 0 && counts.orderLines == 0) {
            section.blocks.append(paragraph(tr("No data yet. Import customers or orders to fill this report.")));
            return true;
        }
        QStringList facts{tr("Customers"), locale.toString(counts.customers),
                          tr("Products"), locale.toString(counts.products),
                          tr("Order lines"), locale.toString(counts.orderLines)};
        if (counts.orderLines > 0) {
            facts << tr("Orders") << locale.toString(t.value(2).toLongLong())
                  << tr("Customers with orders") << locale.toString(t.value(5).toLongLong())
                  << tr("First order") << dateOf(t.value(0).toLongLong())
                  << tr("Last order") << dateOf(t.value(1).toLongLong())
                  << tr("Net revenue") << locale.toString(t.value(3).toDouble(), 'f', 2)
                  << tr("Returned value") << locale.toString(t.value(4).toDouble(), 'f', 2);
        }
        if (counts.ratings > 0)
            facts << tr("Ratings") << locale.toString(counts.ratings);
        facts << tr("Imports") << locale.toString(counts.imports)
              << tr("Rejected rows") << locale.toString(counts.rejectedRows);
        section.blocks.append(keyValues(facts));

        if (counts.orderLines > 0) {
            const auto months = rows(QStringLiteral(
                "SELECT strftime('%Y-%m', ordered_at, 'unixepoch') AS month, count(DISTINCT order_id), "
                "count(DISTINCT customer_id), sum(quantity * unit_price) FROM order_lines "
                "GROUP BY month ORDER BY month"));
            if (!months)
                return false;
            ReportTable table{QStringLiteral("revenue_by_month"), tr("Revenue by month"),
                              {{tr("Month")}, {tr("Orders"), ReportFormat::Integer},
                               {tr("Customers"), ReportFormat::Integer}, {tr("Net revenue"), ReportFormat::Decimal}},
                              *months};
            ReportChart chart;
            chart.id = QStringLiteral("revenue_by_month");
            chart.title = tr("Net revenue by month");
            chart.kind = ReportChart::Kind::Columns;
            chart.seriesNames = QStringList{tr("Net revenue")};
            chart.series.append(QList<double>());
            for (const QVariantList &row : *months) {
                const QDate month = QDate::fromString(row.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
                chart.categories.append(locale.toString(month, QStringLiteral("MMM yy")));
                chart.series[0].append(row.value(3).toDouble());
            }
            chart.valueTitle = tr("Net revenue");
            chart.caption = tr("Sum of quantity × unit price per calendar month (UTC); returns count negative.");
            section.blocks.append(heading(tr("Revenue by month")));
            section.blocks.append(content.addChart(chart));
            section.blocks.append(content.addTable(table));

            const auto countries = rows(QStringLiteral(
                "SELECT coalesce(nullif(c.country, ''), ?2), count(DISTINCT l.customer_id), count(DISTINCT l.order_id), "
                "sum(l.quantity * l.unit_price) FROM order_lines l JOIN customers c ON c.id = l.customer_id "
                "GROUP BY 1 ORDER BY 4 DESC LIMIT ?1"), {options.topN, tr("Unknown")});
            if (!countries)
                return false;
            section.blocks.append(heading(tr("Top countries")));
            if (countries->isEmpty()) {
                section.blocks.append(paragraph(tr("No orders are linked to customers yet.")));
            } else {
                ReportChart c;
                c.id = QStringLiteral("top_countries");
                c.title = tr("Net revenue by country (top %1)").arg(countries->size());
                c.kind = ReportChart::Kind::Bars;
                c.seriesNames = QStringList{tr("Net revenue")};
                c.series.append(QList<double>());
                for (const QVariantList &row : *countries) {
                    c.categories.append(row.value(0).toString());
                    c.series[0].append(row.value(3).toDouble());
                }
                c.valueTitle = tr("Net revenue");
                section.blocks.append(content.addChart(c));
                section.blocks.append(content.addTable(ReportTable{
                    QStringLiteral("top_countries"), tr("Top countries by net revenue"),
                    {{tr("Country")}, {tr("Customers"), ReportFormat::Integer}, {tr("Orders"), ReportFormat::Integer},
                     {tr("Net revenue"), ReportFormat::Decimal}},
                    *countries}));
            }

            const auto products = rows(QStringLiteral(
                "SELECT p.sku, coalesce(p.name, ''), count(DISTINCT l.order_id), sum(l.quantity), "
                "sum(l.quantity * l.unit_price) FROM order_lines l JOIN products p ON p.id = l.product_id "
                "GROUP BY l.product_id ORDER BY 5 DESC LIMIT ?1"), {options.topN});
            if (!products)
                return false;
            section.blocks.append(heading(tr("Top products")));
            section.blocks.append(content.addTable(ReportTable{
                QStringLiteral("top_products"), tr("Top products by net revenue"),
                {{tr("SKU")}, {tr("Product")}, {tr("Orders"), ReportFormat::Integer},
                 {tr("Units"), ReportFormat::Integer}, {tr("Net revenue"), ReportFormat::Decimal}},
                *products}));
        }

        const auto imports = rows(QStringLiteral(
            "SELECT file_name, kind, started_at, rows_read, rows_imported, rows_rejected, duplicates "
            "FROM import_runs ORDER BY id"));
        if (!imports)
            return false;
        section.blocks.append(heading(tr("Imports")));
        if (imports->isEmpty()) {
            section.blocks.append(paragraph(tr("No imports recorded.")));
        } else {
            QList<QVariantList> runs = *imports;
            for (QVariantList &run : runs) {
                const QDateTime at = QDateTime::fromString(run.value(2).toString(), Qt::ISODate);
                if (at.isValid())
                    run[2] = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                run[1] = importRunKindLabel(run.value(1).toString());
            }
            section.blocks.append(content.addTable(ReportTable{
                QStringLiteral("import_runs"), tr("Import runs"),
                {{tr("File")}, {tr("Kind")}, {tr("Started (UTC)")}, {tr("Rows read"), ReportFormat::Integer},
                 {tr("Imported"), ReportFormat::Integer}, {tr("Rejected"), ReportFormat::Integer},
                 {tr("Duplicates"), ReportFormat::Integer}},
                runs}));
        }
        return true;
    }

    bool segments(ReportSection &section)
    {
        QString listError;
        const QList<SegmentInfo> saved = SegmentStore::list(db, &listError);
        if (!listError.isEmpty()) {
            error = listError;
            return false;
        }
        if (saved.isEmpty()) {
            section.blocks.append(paragraph(tr("No segments yet. Build RFM segments on the Segments page or "
                                               "with `tailor-cli segment rfm`.")));
            return true;
        }
        QList<QVariantList> savedRows;
        for (const SegmentInfo &info : saved)
            savedRows.append({SegmentStore::displayName(info.name), SegmentStore::methodLabel(info.kind), info.size});
        section.blocks.append(paragraph(tr("%n saved segment(s).", nullptr, int(saved.size()))));
        section.blocks.append(content.addTable(ReportTable{
            QStringLiteral("segments"), tr("Saved segments"),
            {{tr("Segment")}, {tr("Method")}, {tr("Customers"), ReportFormat::Integer}}, savedRows}));

        const auto scored = rows(QStringLiteral(
            "SELECT rfm_segment, count(*), avg(recency_days), avg(frequency), avg(monetary), avg(clv_12m), "
            "avg(p_alive) FROM customer_scores WHERE rfm_segment IS NOT NULL GROUP BY rfm_segment"));
        if (!scored)
            return false;
        if (scored->isEmpty()) {
            section.blocks.append(paragraph(tr("No RFM scores yet: run an RFM segmentation to see the distribution.")));
            return true;
        }
        // Rfm::segmentNames() order (best customers first), unknown names at the end.
        QList<QVariantList> ordered;
        const QStringList names = Rfm::segmentNames();
        for (const QString &name : names) {
            for (const QVariantList &row : *scored) {
                if (row.value(0).toString() == name)
                    ordered.append(row);
            }
        }
        for (const QVariantList &row : *scored) {
            if (!names.contains(row.value(0).toString()))
                ordered.append(row);
        }
        qint64 total = 0;
        for (const QVariantList &row : ordered)
            total += row.value(1).toLongLong();
        ReportChart chart;
        chart.id = QStringLiteral("rfm_distribution");
        chart.title = tr("Customers per RFM segment");
        chart.kind = ReportChart::Kind::Bars;
        chart.seriesNames = QStringList{tr("Customers")};
        chart.series.append(QList<double>());
        chart.valueFormat = ReportFormat::Integer;
        chart.valueTitle = tr("Customers");
        QList<QVariantList> averages;
        for (const QVariantList &row : ordered) {
            const QString segment = SegmentStore::displayName(row.value(0).toString());
            chart.categories.append(segment);
            chart.series[0].append(row.value(1).toDouble());
            averages.append({segment, row.value(1), total > 0 ? row.value(1).toDouble() / double(total) : 0.0,
                             row.value(2), row.value(3), row.value(4), row.value(5)});
        }
        chart.caption = tr("%L1 customers with RFM scores.").arg(total);
        section.blocks.append(heading(tr("RFM distribution")));
        section.blocks.append(content.addChart(chart));
        section.blocks.append(content.addTable(ReportTable{
            QStringLiteral("rfm_segment_averages"), tr("Averages per RFM segment"),
            {{tr("RFM segment")}, {tr("Customers"), ReportFormat::Integer}, {tr("Share"), ReportFormat::Percent, 1},
             {tr("Recency (days)"), ReportFormat::Decimal, 0}, {tr("Orders"), ReportFormat::Decimal, 1},
             {tr("Net spend"), ReportFormat::Decimal, 2}, {tr("CLV 12 months"), ReportFormat::Decimal, 2}},
            averages}));
        if (std::all_of(averages.cbegin(), averages.cend(), [](const QVariantList &r) { return r.value(6).isNull(); }))
            section.blocks.append(paragraph(tr("CLV is empty until a lifetime-value segmentation has run.")));
        return true;
    }

    bool recommendations(ReportSection &section, qint64 from, qint64 to)
    {
        const auto summary = rows(QStringLiteral(
            "SELECT count(DISTINCT customer_id), count(*), count(DISTINCT product_id), group_concat(DISTINCT algo), "
            "max(created_at), (SELECT count(*) FROM customers), (SELECT count(*) FROM products) FROM recommendations"));
        if (!summary)
            return false;
        const QVariantList s = summary->value(0);
        const QLocale locale;
        if (s.value(1).toLongLong() == 0) {
            section.blocks.append(paragraph(tr("No recommendations yet. Generate them on the Recommendations page.")));
        } else {
            const qint64 customers = s.value(0).toLongLong();
            const qint64 allCustomers = s.value(5).toLongLong();
            const qint64 items = s.value(2).toLongLong();
            const qint64 allItems = s.value(6).toLongLong();
            const QDateTime created = QDateTime::fromString(s.value(4).toString(), Qt::ISODate);
            section.blocks.append(keyValues(
                {tr("Algorithm"), algorithmLabels(s.value(3).toString()),
                 tr("Generated"), created.isValid() ? locale.toString(created.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                    : s.value(4).toString(),
                 tr("Customers covered"), tr("%L1 of %L2 (%3 %)").arg(customers).arg(allCustomers)
                                              .arg(locale.toString(allCustomers > 0 ? 100.0 * customers / allCustomers : 0.0, 'f', 1)),
                 tr("Recommendations stored"), locale.toString(s.value(1).toLongLong()),
                 tr("Catalog coverage"), tr("%L1 of %L2 products (%3 %)").arg(items).arg(allItems)
                                              .arg(locale.toString(allItems > 0 ? 100.0 * items / allItems : 0.0, 'f', 1))}));
            const auto top = rows(QStringLiteral(
                "SELECT p.sku, coalesce(p.name, ''), count(*), sum(r.rank = 1), avg(r.rank) FROM recommendations r "
                "JOIN products p ON p.id = r.product_id GROUP BY r.product_id ORDER BY 3 DESC, 5 LIMIT ?1"),
                {options.topN});
            if (!top)
                return false;
            ReportChart chart;
            chart.id = QStringLiteral("top_recommended");
            chart.title = tr("Most recommended products");
            chart.kind = ReportChart::Kind::Bars;
            chart.seriesNames = QStringList{tr("Customers")};
            chart.series.append(QList<double>());
            chart.valueFormat = ReportFormat::Integer;
            chart.valueTitle = tr("Customers it is recommended to");
            for (const QVariantList &row : *top) {
                const QString name = row.value(1).toString();
                chart.categories.append(name.isEmpty() ? row.value(0).toString() : name);
                chart.series[0].append(row.value(2).toDouble());
            }
            section.blocks.append(heading(tr("Most recommended products")));
            section.blocks.append(content.addChart(chart));
            section.blocks.append(content.addTable(ReportTable{
                QStringLiteral("top_recommended"), tr("Most recommended products"),
                {{tr("SKU")}, {tr("Product")}, {tr("Customers"), ReportFormat::Integer},
                 {tr("As first pick"), ReportFormat::Integer}, {tr("Mean rank"), ReportFormat::Decimal, 1}},
                *top}));
        }

        section.blocks.append(heading(tr("Offline evaluation")));
        if (!options.evaluateRecommendations) {
            section.blocks.append(paragraph(tr("Not included: the evaluation option was off when this report was "
                                               "made (it fits a model and can take minutes on large projects).")));
            return true;
        }
        SliceProgressReporter loadProgress(progress, from, from + (to - from) / 4);
        QString loadError;
        const auto data = InteractionData::load(db, InteractionData::Source::Auto, loadProgress, &loadError);
        if (progress.isCancelled()) {
            cancelled = true;
            return false;
        }
        std::unique_ptr<Recommender> model = createRecommender(options.evaluationAlgo);
        if (!data || data->userCount() == 0 || !model) {
            section.blocks.append(paragraph(!model ? tr("Unknown algorithm \"%1\".").arg(options.evaluationAlgo)
                                                   : loadError.isEmpty() ? tr("No purchases or ratings to evaluate on.")
                                                                         : loadError));
            return true;
        }
        const DataSplit split = DataSplit::userRandom(*data, 0.25, 42);
        SliceProgressReporter evalProgress(progress, from + (to - from) / 4, to);
        QString evalError;
        const auto result = Evaluator::evaluate(*model, *data, split, options.evaluationK, evalProgress, &evalError);
        if (progress.isCancelled()) {
            cancelled = true;
            return false;
        }
        if (!result) {
            section.blocks.append(warning(tr("The evaluation failed: %1").arg(evalError)));
            return true;
        }
        section.blocks.append(paragraph(tr("%1 fitted on 75 % of each customer's events (seed 42) and scored on the "
                                           "held-out 25 %; %L2 customers evaluated at k = %3.")
                                            .arg(recommenderLabel(result->algo.isEmpty() ? options.evaluationAlgo
                                                                                          : result->algo))
                                            .arg(result->usersEvaluated)
                                            .arg(result->k)));
        QList<QVariantList> metrics{{tr("Precision@k"), result->precision}, {tr("Recall@k"), result->recall},
                                    {tr("NDCG@k"), result->ndcg},           {tr("MAP@k"), result->map},
                                    {tr("Hit rate@k"), result->hitRate},   {tr("Catalog coverage"), result->coverage}};
        if (result->rmse)
            metrics.append({tr("RMSE"), *result->rmse});
        if (result->mae)
            metrics.append({tr("MAE"), *result->mae});
        section.blocks.append(content.addTable(ReportTable{
            QStringLiteral("recommendation_evaluation"), tr("Offline evaluation"),
            {{tr("Metric")}, {tr("Value"), ReportFormat::Decimal, 4}}, metrics}));
        return true;
    }

    bool experiments(ReportSection &section, qint64 from, qint64 to)
    {
        QString listError;
        const QVector<ExperimentInfo> list = ExperimentStore::list(db, &listError);
        if (!listError.isEmpty()) {
            error = listError;
            return false;
        }
        if (list.isEmpty()) {
            section.blocks.append(paragraph(tr("No experiments yet. Design one on the Experiments page or import "
                                               "experiment results.")));
            return true;
        }
        const QLocale locale;
        for (int i = 0; i < list.size(); ++i) {
            const ExperimentInfo &info = list.at(i);
            section.blocks.append(heading(info.name));
            if (info.outcomes.isEmpty()) {
                section.blocks.append(paragraph(tr("No outcomes recorded yet: nothing to analyse.")));
                continue;
            }
            AnalysisOptions analysisOptions;
            analysisOptions.metric = info.outcomes.first();
            SliceProgressReporter part(progress, from + (to - from) * i / list.size(), from + (to - from) * (i + 1) / list.size());
            const AnalysisResult result = ExperimentStore::analyze(db, info.name, analysisOptions, part);
            if (progress.isCancelled()) {
                cancelled = true;
                return false;
            }
            if (!result.ok) {
                section.blocks.append(warning(tr("Cannot analyse: %1").arg(result.errorString)));
                continue;
            }
            QString intro = tr("Outcome \"%1\" (the first of %n outcome metric(s)), analysed as %2 with %3 % intervals.",
                               nullptr, int(info.outcomes.size()))
                                .arg(result.metric, result.isRate ? tr("a rate") : tr("a mean"))
                                .arg(locale.toString(result.confidence * 100, 'f', 0));
            if (!info.segment.isEmpty())
                intro += QLatin1Char(' ') + tr("Audience: segment %1.").arg(SegmentStore::displayName(info.segment));
            section.blocks.append(paragraph(intro));
            const ReportFormat valueFormat = result.isRate ? ReportFormat::Percent : ReportFormat::Decimal;
            const int decimals = result.isRate ? 2 : 3;
            ReportChart chart;
            chart.id = QStringLiteral("experiment_%1").arg(info.id);
            chart.title = tr("%1: %2 per arm").arg(info.name, result.metric);
            chart.kind = ReportChart::Kind::Intervals;
            chart.seriesNames = QStringList{result.metric};
            chart.series.append(QList<double>());
            chart.valueFormat = valueFormat;
            chart.decimals = result.isRate ? 1 : 2;
            chart.valueTitle = result.isRate ? tr("%1 rate").arg(result.metric) : tr("Mean %1").arg(result.metric);
            QList<QVariantList> armRows;
            for (int a = 0; a < result.arms.size(); ++a) {
                const ArmResult &arm = result.arms.at(a);
                const QString role = arm.isControl ? tr("control") : arm.isHoldout ? tr("holdout") : tr("variant");
                armRows.append({arm.name, role, arm.n, arm.mean, arm.ciLow, arm.ciHigh});
                chart.categories.append(arm.name);
                chart.series[0].append(arm.mean);
                chart.low.append(arm.ciLow);
                chart.high.append(arm.ciHigh);
                if (arm.isControl)
                    chart.highlight = a;
            }
            chart.caption = tr("Points are arm means, whiskers their %1 % confidence intervals; the control is grey.")
                                .arg(locale.toString(result.confidence * 100, 'f', 0));
            section.blocks.append(content.addChart(chart));
            section.blocks.append(content.addTable(ReportTable{
                QStringLiteral("experiment_%1_arms").arg(info.id), tr("%1: arms").arg(info.name),
                {{tr("Arm")}, {tr("Role")}, {tr("Customers"), ReportFormat::Integer},
                 {result.isRate ? tr("Rate") : tr("Mean"), valueFormat, decimals},
                 {tr("CI low"), valueFormat, decimals}, {tr("CI high"), valueFormat, decimals}},
                armRows}));
            QList<QVariantList> comparisonRows;
            for (const Comparison &c : result.comparisons) {
                comparisonRows.append({c.arm, c.control, c.diff, c.ciLow, c.ciHigh, c.relativeLift, c.pValue,
                                       c.pAdjusted, c.chanceToBeat});
            }
            if (!comparisonRows.isEmpty()) {
                section.blocks.append(content.addTable(ReportTable{
                    QStringLiteral("experiment_%1_comparisons").arg(info.id), tr("%1: arms vs control").arg(info.name),
                    {{tr("Arm")}, {tr("Control")}, {tr("Difference"), valueFormat, decimals},
                     {tr("CI low"), valueFormat, decimals}, {tr("CI high"), valueFormat, decimals},
                     {tr("Lift"), ReportFormat::Percent, 1}, {tr("p"), ReportFormat::PValue},
                     {tr("p adjusted"), ReportFormat::PValue}, {tr("P(beats control)"), ReportFormat::Percent, 1}},
                    comparisonRows}));
            }
            if (!result.verdicts.isEmpty())
                section.blocks.append(bullets(result.verdicts));
            for (const QString &w : result.warnings)
                section.blocks.append(warning(w));
        }
        return true;
    }

    bool campaigns(ReportSection &section)
    {
        QString listError;
        const QList<CampaignInfo> list = CampaignStore::list(db, &listError);
        if (!listError.isEmpty()) {
            error = listError;
            return false;
        }
        if (list.isEmpty()) {
            section.blocks.append(paragraph(tr("No campaigns yet. Create one on the Campaigns page.")));
            return true;
        }
        QList<QVariantList> audienceRows, responseRows;
        ReportChart chart;
        chart.id = QStringLiteral("campaign_response_rates");
        chart.title = tr("Campaign response rates");
        chart.kind = ReportChart::Kind::GroupedColumns;
        chart.seriesNames = QStringList{tr("Opened"), tr("Clicked"), tr("Converted")};
        chart.series = {{}, {}, {}};
        chart.valueFormat = ReportFormat::Percent;
        chart.valueTitle = tr("Share of contacted customers");
        qint64 responses = 0;
        for (const CampaignInfo &info : list) {
            audienceRows.append({info.name,
                                 info.segment.isEmpty() ? tr("experiment arm") : SegmentStore::displayName(info.segment),
                                 channelLabel(info.channel),
                                 info.audience, info.holdout, info.excludedOptOut, info.excludedNoContact,
                                 info.excludedFrequency, info.exports});
            const CampaignRates rates = CampaignStore::rates(db, info.id);
            responses += rates.responses;
            responseRows.append({info.name, rates.members, rates.responses, rates.openRate, rates.clickRate,
                                 rates.conversionRate, rates.revenue});
            chart.categories.append(info.name);
            chart.series[0].append(rates.openRate);
            chart.series[1].append(rates.clickRate);
            chart.series[2].append(rates.conversionRate);
        }
        section.blocks.append(paragraph(tr("%n campaign(s).", nullptr, int(list.size()))));
        section.blocks.append(content.addTable(ReportTable{
            QStringLiteral("campaigns"), tr("Audience and exclusions"),
            {{tr("Campaign")}, {tr("Source")}, {tr("Channel")}, {tr("Audience"), ReportFormat::Integer},
             {tr("Holdout"), ReportFormat::Integer}, {tr("Opted out"), ReportFormat::Integer},
             {tr("No contact"), ReportFormat::Integer}, {tr("Frequency cap"), ReportFormat::Integer},
             {tr("Exports"), ReportFormat::Integer}},
            audienceRows}));
        section.blocks.append(heading(tr("Responses")));
        if (responses == 0) {
            section.blocks.append(paragraph(tr("No responses imported yet. Import the e-mail tool's results to see "
                                               "open, click and conversion rates.")));
        } else {
            section.blocks.append(content.addChart(chart));
        }
        section.blocks.append(content.addTable(ReportTable{
            QStringLiteral("campaign_responses"), tr("Responses of contacted customers"),
            {{tr("Campaign")}, {tr("Contacted"), ReportFormat::Integer}, {tr("Responses"), ReportFormat::Integer},
             {tr("Open rate"), ReportFormat::Percent, 1}, {tr("Click rate"), ReportFormat::Percent, 1},
             {tr("Conversion rate"), ReportFormat::Percent, 1}, {tr("Revenue"), ReportFormat::Decimal}},
            responseRows}));
        return true;
    }
};

} // namespace

ReportResult ReportBuilder::build(Project &project, const ReportOptions &options, ProgressReporter &progress)
{
    ReportResult result;
    Gatherer g(project, options, progress);
    g.content.projectPath = project.path();
    g.content.projectName = QFileInfo(project.path()).completeBaseName();
    g.content.generatedAt = QDateTime::currentDateTime();
    progress.setRange(kSteps);
    progress.setValue(0);

    struct Part
    {
        bool enabled;
        QString id;
        QString title;
        qint64 weight;
    };
    const QList<Part> parts{
        {options.dataSummary, QStringLiteral("data"), tr("Data summary"), 10},
        {options.segments, QStringLiteral("segments"), tr("Segments"), 5},
        {options.recommendations, QStringLiteral("recommendations"), tr("Recommendations"),
         options.evaluateRecommendations ? 60 : 5},
        {options.experiments, QStringLiteral("experiments"), tr("Experiments"), 20},
        {options.campaigns, QStringLiteral("campaigns"), tr("Campaigns"), 5},
    };
    qint64 totalWeight = 0;
    for (const Part &part : parts)
        totalWeight += part.enabled ? part.weight : 0;
    qint64 done = 0;
    for (const Part &part : parts) {
        if (!part.enabled)
            continue;
        if (progress.isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const qint64 from = kSteps * done / qMax<qint64>(1, totalWeight);
        done += part.weight;
        const qint64 to = kSteps * done / qMax<qint64>(1, totalWeight);
        ReportSection section{part.id, part.title, {}};
        bool ok = true;
        if (part.id == QLatin1String("data"))
            ok = g.dataSummary(section);
        else if (part.id == QLatin1String("segments"))
            ok = g.segments(section);
        else if (part.id == QLatin1String("recommendations"))
            ok = g.recommendations(section, from, to);
        else if (part.id == QLatin1String("experiments"))
            ok = g.experiments(section, from, to);
        else
            ok = g.campaigns(section);
        if (!ok) {
            result.cancelled = g.cancelled || progress.isCancelled();
            result.errorString = result.cancelled ? QString() : g.error;
            return result;
        }
        g.content.sectionTitles.append(section.title);
        g.content.sections.append(section);
        progress.setValue(to);
    }
    result.content = g.content;
    return result;
}
