// Campaign export benchmark: a 1,000,000-member campaign (generated customers
// with e-mails, a template with conditionals, 3 recommendations each), exported
// to CSV (target <= 3 s) and XLSX (target <= 15 s). Prints wall and CPU times.
//
// Usage: tailor_campaigns_bench [CUSTOMERS] [--keep FILE]   (default 1000000)
//        tailor_campaigns_bench --export-only FILE [--repeat N]
// --keep saves the generated project (campaign "Bench") as FILE; --export-only
// reuses such a project and only times the exports (generation takes minutes).
// --repeat runs each export N times and prints the fastest wall and CPU times.

#include "campaigns/campaignbuilder.h"
#include "campaigns/campaignexporter.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

namespace {
/** CPU seconds of this process: a machine shared with other jobs inflates wall time, not this. */
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 customers = 1000000;
    QString keepPath;
    QString exportOnlyPath;
    int repeat = 1;
    bool usage = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keepPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--export-only") && i + 1 < args.size())
            exportOnlyPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args.at(++i).toInt();
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            customers = args.at(i).toLongLong();
        else
            usage = true;
    }
    QTemporaryDir dir;
    if (usage || !dir.isValid() || customers <= 0 || repeat <= 0 || (!keepPath.isEmpty() && !exportOnlyPath.isEmpty())) {
        std::fprintf(stderr, "usage: tailor_campaigns_bench [CUSTOMERS] [--keep FILE] | --export-only FILE [--repeat N]\n");
        return 1;
    }
    if (!exportOnlyPath.isEmpty() && !QFileInfo::exists(exportOnlyPath)) {
        std::fprintf(stderr, "%s does not exist\n", qPrintable(exportOnlyPath));
        return 1;
    }
    if (!keepPath.isEmpty() && QFileInfo::exists(keepPath)) {
        std::fprintf(stderr, "%s already exists; use --export-only to reuse it\n", qPrintable(keepPath));
        return 1;
    }
    const bool generateProject = exportOnlyPath.isEmpty();
    QString projectPath = dir.filePath(QStringLiteral("bench.tailor"));
    if (!keepPath.isEmpty())
        projectPath = keepPath;
    else if (!generateProject)
        projectPath = exportOnlyPath;
    Project project;
    if (!project.open(projectPath,
                      generateProject ? Project::OpenMode::CreateIfMissing : Project::OpenMode::OpenExisting)) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return 1;
    }
    Database &db = project.database();
    QElapsedTimer timer;
    const QString campaignName = QStringLiteral("Bench");
    double generateSeconds = 0;
    double buildSeconds = 0;
    double buildCpu = 0;
    qint64 audience = 0;
    qint64 coupons = 0;
    SimpleProgressReporter progress;
    if (generateProject) {
        timer.start();
        const QString generate = QStringLiteral(R"sql(
BEGIN;
INSERT INTO products(id, sku, name, price)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
  SELECT i, 'SKU' || i, 'Product number ' || i || ', "special"', 1 + i % 50 FROM n;
INSERT INTO customers(id, customer_key, first_name, last_name, email, country, revenue, order_count)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
  SELECT i, 'K' || i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'First' || i END, 'Last' || i,
         'user' || i || '@example.com', CASE i % 20 WHEN 0 THEN 'China' WHEN 1 THEN 'France' ELSE 'United Kingdom' END,
         10 + i % 500, 1 + i % 9 FROM n;
INSERT INTO customer_scores(customer_id, rfm_segment, clv_12m)
  SELECT id, CASE id % 4 WHEN 0 THEN 'Champions' WHEN 1 THEN 'At Risk' WHEN 2 THEN 'Loyal' ELSE 'Hibernating' END,
         (id % 1000) * 1.5 FROM customers;
INSERT INTO segments(id, name, kind, created_at) VALUES(1, 'Everyone', 'rule', '2026-01-01');
INSERT INTO segment_members(segment_id, customer_id) SELECT 1, id FROM customers;
INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at)
  SELECT c.id, r.rank, 1 + (c.id * 7 + r.rank * 13) % 1000, 1.0 / r.rank, 'itemknn', '2026-01-01'
  FROM customers c CROSS JOIN (SELECT 1 AS rank UNION ALL SELECT 2 UNION ALL SELECT 3) r;
COMMIT;
    )sql").arg(customers);
        if (!db.exec(generate)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        generateSeconds = timer.elapsed() / 1000.0;

        CampaignOptions options;
        options.name = campaignName;
        options.segment = QStringLiteral("Everyone");
        options.offers.setBudget(0);
        options.templates.insert(QStringLiteral("en"), {
            QStringLiteral("{{first_name|Hello}}, {{offer}} inside"),
            QStringLiteral("Hi {{first_name|there}},\n"
                           "{% if segment == \"Champions\" %}Thanks for being one of our best customers.\n"
                           "{% elif segment == \"At Risk\" %}We miss you! Use {{coupon}} for {{offer}}.\n"
                           "{% else %}{{offer}} on your next order.\n{% endif %}"
                           "Picked for you: {{rec1.name}}, {{rec2.name}} and {{rec3.name}}.\n")});
        options.templates.insert(QStringLiteral("zh_CN"), {
            QStringLiteral("{{first_name|您好}}：{{offer}}"),
            QStringLiteral("{{first_name|尊敬的顾客}}，您好！\n{% if coupon %}优惠码 {{coupon}}：{{offer}}\n{% else %}{{offer}}\n{% endif %}"
                           "为您推荐：{{rec1.name}}、{{rec2.name}}、{{rec3.name}}\n")});
        options.seed = 2026;
        const double cpu = cpuSeconds();
        timer.restart();
        const CampaignResult built = CampaignBuilder().build(db, options, progress);
        buildSeconds = timer.elapsed() / 1000.0;
        buildCpu = cpuSeconds() - cpu;
        if (built.status != CampaignResult::Status::Ok) {
            std::fprintf(stderr, "%s\n", qPrintable(built.errorString));
            return 1;
        }
        audience = built.audience;
        coupons = built.coupons;
    } else {
        const std::optional<QVariant> members = db.scalar(
            QStringLiteral("SELECT audience FROM campaigns WHERE name = ?"), {campaignName});
        if (!members) {
            std::fprintf(stderr, "%s has no campaign named %s\n", qPrintable(projectPath), qPrintable(campaignName));
            return 1;
        }
        audience = members->toLongLong();
    }

    // Each export runs `repeat` times; the fastest wall and CPU times count (other jobs only add time).
    auto timeExport = [&](CampaignExportFormat format, const QString &file, double &wall, double &cpuTime) {
        CampaignExportOptions exportOptions;
        exportOptions.campaign = campaignName;
        exportOptions.format = format;
        exportOptions.path = dir.filePath(file);
        CampaignExportResult result;
        for (int i = 0; i < repeat; ++i) {
            const double cpu = cpuSeconds();
            timer.restart();
            result = CampaignExporter().run(db, exportOptions, progress);
            const double seconds = timer.elapsed() / 1000.0;
            const double cpuUsed = cpuSeconds() - cpu;
            if (repeat > 1)
                std::printf("  run %d of %s: %.2f s, cpu %.2f s\n", i + 1, qPrintable(file), seconds, cpuUsed);
            wall = i == 0 ? seconds : std::min(wall, seconds);
            cpuTime = i == 0 ? cpuUsed : std::min(cpuTime, cpuUsed);
            if (result.status != CampaignExportResult::Status::Ok)
                break;
        }
        return result;
    };
    double csvSeconds = 0;
    double csvCpu = 0;
    double xlsxSeconds = 0;
    double xlsxCpu = 0;
    const CampaignExportResult csv = timeExport(CampaignExportFormat::Csv, QStringLiteral("bench.csv"), csvSeconds, csvCpu);
    const CampaignExportResult xlsx =
        timeExport(CampaignExportFormat::Xlsx, QStringLiteral("bench.xlsx"), xlsxSeconds, xlsxCpu);
    if (csv.status != CampaignExportResult::Status::Ok || xlsx.status != CampaignExportResult::Status::Ok) {
        std::fprintf(stderr, "%s%s\n", qPrintable(csv.errorString), qPrintable(xlsx.errorString));
        return 1;
    }

    if (generateProject) {
        std::printf("campaign benchmark: %lld customers (generated in %.2f s), %lld members, %lld coupons\n",
                    customers, generateSeconds, audience, coupons);
    } else {
        std::printf("campaign benchmark: %s, %lld members\n", qPrintable(projectPath), audience);
    }
    std::printf("%-22s %10s %10s %10s %12s %8s\n", "task", "seconds", "cpu s", "target", "MB", "status");
    if (generateProject)
        std::printf("%-22s %10.2f %10.2f %10s %12s %8s\n", "build (not a target)", buildSeconds, buildCpu, "-", "-", "-");
    std::printf("%-22s %10.2f %10.2f %10.2f %12.1f %8s\n", "export csv", csvSeconds, csvCpu, 3.0,
                QFileInfo(dir.filePath(QStringLiteral("bench.csv"))).size() / 1e6, csvSeconds <= 3.0 ? "ok" : "SLOW");
    std::printf("%-22s %10.2f %10.2f %10.2f %12.1f %8s\n", "export xlsx", xlsxSeconds, xlsxCpu, 15.0,
                QFileInfo(dir.filePath(QStringLiteral("bench.xlsx"))).size() / 1e6, xlsxSeconds <= 15.0 ? "ok" : "SLOW");
    std::printf("rows: csv %lld, xlsx %lld\n", csv.rows, xlsx.rows);
    return 0;
}
