// Campaign export benchmark: a 1,000,000-member campaign (generated customers
// with e-mails, a template with conditionals, 3 recommendations each), exported
// to CSV (target <= 3 s) and XLSX (target <= 15 s). Prints the times.
//
// Usage: tailor_campaigns_bench [CUSTOMERS]   (default 1000000)

#include "campaigns/campaignbuilder.h"
#include "campaigns/campaignexporter.h"
#include "jobs/progressreporter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

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
    const qint64 customers = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    if (!dir.isValid() || customers <= 0) {
        std::fprintf(stderr, "usage: tailor_campaigns_bench [CUSTOMERS]\n");
        return 1;
    }
    Project project;
    if (!project.open(dir.filePath(QStringLiteral("bench.tailor")))) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return 1;
    }
    Database &db = project.database();
    QElapsedTimer timer;
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
    const double generateSeconds = timer.elapsed() / 1000.0;

    CampaignOptions options;
    options.name = QStringLiteral("Bench");
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
    SimpleProgressReporter progress;
    double cpu = cpuSeconds();
    timer.restart();
    const CampaignResult built = CampaignBuilder().build(db, options, progress);
    const double buildSeconds = timer.elapsed() / 1000.0;
    const double buildCpu = cpuSeconds() - cpu;
    if (built.status != CampaignResult::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(built.errorString));
        return 1;
    }

    CampaignExportOptions exportOptions;
    exportOptions.campaign = options.name;
    exportOptions.path = dir.filePath(QStringLiteral("bench.csv"));
    cpu = cpuSeconds();
    timer.restart();
    const CampaignExportResult csv = CampaignExporter().run(db, exportOptions, progress);
    const double csvSeconds = timer.elapsed() / 1000.0;
    const double csvCpu = cpuSeconds() - cpu;
    exportOptions.format = CampaignExportFormat::Xlsx;
    exportOptions.path = dir.filePath(QStringLiteral("bench.xlsx"));
    cpu = cpuSeconds();
    timer.restart();
    const CampaignExportResult xlsx = CampaignExporter().run(db, exportOptions, progress);
    const double xlsxSeconds = timer.elapsed() / 1000.0;
    const double xlsxCpu = cpuSeconds() - cpu;
    if (csv.status != CampaignExportResult::Status::Ok || xlsx.status != CampaignExportResult::Status::Ok) {
        std::fprintf(stderr, "%s%s\n", qPrintable(csv.errorString), qPrintable(xlsx.errorString));
        return 1;
    }

    std::printf("campaign benchmark: %lld customers (generated in %.2f s), %lld members, %lld coupons\n",
                customers, generateSeconds, built.audience, built.coupons);
    std::printf("%-22s %10s %10s %10s %12s %8s\n", "task", "seconds", "cpu s", "target", "MB", "status");
    std::printf("%-22s %10.2f %10.2f %10s %12s %8s\n", "build (not a target)", buildSeconds, buildCpu, "-", "-", "-");
    std::printf("%-22s %10.2f %10.2f %10.2f %12.1f %8s\n", "export csv", csvSeconds, csvCpu, 3.0,
                QFileInfo(dir.filePath(QStringLiteral("bench.csv"))).size() / 1e6, csvSeconds <= 3.0 ? "ok" : "SLOW");
    std::printf("%-22s %10.2f %10.2f %10.2f %12.1f %8s\n", "export xlsx", xlsxSeconds, xlsxCpu, 15.0,
                QFileInfo(dir.filePath(QStringLiteral("bench.xlsx"))).size() / 1e6, xlsxSeconds <= 15.0 ? "ok" : "SLOW");
    std::printf("rows: csv %lld, xlsx %lld\n", csv.rows, xlsx.rows);
    return 0;
}
