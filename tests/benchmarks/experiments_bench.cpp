// Experiment analysis benchmark: 10,000,000 outcome rows (5,000,000 customers in
// 3 arms x a binary "conversion" and a continuous "revenue" metric) in a temporary
// project; times the analysis of both metrics (read + statistics), then the pure
// statistics on the same number of in-memory rows. The analysis reads the experiment's
// column-wise copy (stored by every import); the same analysis from the tables is
// printed too.
//
//   tailor_experiments_bench [customers] [--project FILE]   (default 5000000; rows = 2 x customers)
// --project keeps the generated project as FILE, or reuses FILE when it exists
// (generation takes about a minute).

#include "experiments/experimentanalysis.h"
#include "experiments/experimentcolumns.h"
#include "experiments/experimentstore.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <optional>
#include <random>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 customers = 5000000;
    QString projectPath;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--project") && i + 1 < args.size()) {
            projectPath = args.at(++i);
        } else if (!args.at(i).startsWith(QLatin1Char('-')) && args.at(i).toLongLong() > 0) {
            customers = args.at(i).toLongLong();
        } else {
            std::fprintf(stderr, "usage: tailor_experiments_bench [customers] [--project FILE]\n");
            return 1;
        }
    }
    QTemporaryDir dir;
    if (projectPath.isEmpty())
        projectPath = dir.filePath(QStringLiteral("bench.tailor"));
    const bool reuse = QFileInfo::exists(projectPath);
    Project project;
    if (!dir.isValid() || !project.open(projectPath)) {
        std::fprintf(stderr, "cannot open the project: %s\n", qPrintable(project.errorString()));
        return 1;
    }
    Database &db = project.database();
    QElapsedTimer timer;
    if (reuse) {
        customers = db.scalar(QStringLiteral("SELECT count(*) FROM experiment_assignments WHERE experiment_id = 1"))
                        .value_or(0)
                        .toLongLong();
    }
    const qint64 rows = 2 * customers;
    const QString rowsText = QLocale(QLocale::English).toString(rows);
    timer.start();
    // Deterministic synthetic data generated inside SQLite: arm = hash(id) % 3, conversion
    // 10% / 11% / 12%, revenue exponential-like with a 3% lift per arm.
    const QString n = QString::number(customers);
    // Written as Tailor's writers do: in one transaction, with the experiment's column
    // triggers suspended (ExperimentColumns::BulkWrite); the copy is stored below.
    Transaction transaction(db);
    std::optional<ExperimentColumns::BulkWrite> write;
    if (!reuse)
        write.emplace(db, 1);
    const bool generated = reuse || db.exec(QStringLiteral(
        "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
        "VALUES(1, 'experiment', 'bench', 'bench', '0', '2024-01-01');"
        "INSERT INTO experiments(id, name, created_at, import_id) VALUES(1, 'bench', '2024-01-01', 1);"
        "INSERT INTO experiment_arms(id, experiment_id, name, weight, is_control) VALUES"
        " (1, 1, 'control', 1, 1), (2, 1, 'variant_a', 1, 0), (3, 1, 'variant_b', 1, 0);"
        "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1)"
        " INSERT INTO customers(id, customer_key) SELECT i, 'C' || i FROM seq;"
        "INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id)"
        " SELECT 1, id, 1 + ((id * 2654435761) %% 4294967296) %% 3 FROM customers ORDER BY id;"
        "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value)"
        " SELECT 1, 'conversion', customer_id, 'outcome',"
        " CASE WHEN ((customer_id * 40503 + 7) %% 1000) < 100 + 10 * (arm_id - 1) THEN 1 ELSE 0 END"
        " FROM experiment_assignments WHERE experiment_id = 1 ORDER BY customer_id;"
        "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value)"
        " SELECT 1, 'revenue', customer_id, 'outcome',"
        " (1.0 + 0.03 * (arm_id - 1)) * ((customer_id * 69069 + 1) %% 10007) / 100.0"
        " FROM experiment_assignments WHERE experiment_id = 1 ORDER BY customer_id;"
        "").arg(n).replace(QLatin1String("%%"), QLatin1String("%")));
    if (!generated) {
        std::fprintf(stderr, "generating data failed: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    std::printf("%s %s outcome rows (%s customers, 3 arms) in %.1f s\n", reuse ? "reused" : "generated",
                qPrintable(rowsText), qPrintable(QLocale(QLocale::English).toString(customers)),
                timer.elapsed() / 1000.0);
    // Tailor's writers (import, outcomes from orders, responses) store the column-wise copy
    // of an experiment before they commit (stored again on a reused project, for its time).
    QString error;
    timer.restart();
    if (!(write ? write->finish(&error) : ExperimentColumns::store(db, 1, &error)) || !transaction.commit()) {
        std::fprintf(stderr, "storing the experiment columns failed: %s %s\n", qPrintable(error),
                     qPrintable(db.errorString()));
        return 1;
    }
    db.truncateLargeWal(); // as the writers do after their commit
    const double storeSeconds = timer.nsecsElapsed() / 1e9;

    SimpleProgressReporter progress;
    AnalysisOptions conversion;
    conversion.metric = QStringLiteral("conversion");
    AnalysisOptions revenue;
    revenue.metric = QStringLiteral("revenue");
    // Both metrics in one analysis (as the Experiments page and `experiment analyze --metric a,b`
    // do: assignments read once, corrections across both), then each metric on its own.
    const std::clock_t cpuStart = std::clock();
    timer.restart();
    const QVector<AnalysisResult> both =
        ExperimentStore::analyzeMetrics(db, QStringLiteral("bench"), {conversion, revenue}, progress);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    timer.restart();
    const AnalysisResult a = ExperimentStore::analyze(db, QStringLiteral("bench"), conversion, progress);
    const double conversionSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const AnalysisResult b = ExperimentStore::analyze(db, QStringLiteral("bench"), revenue, progress);
    const double revenueSeconds = timer.nsecsElapsed() / 1e9;
    for (const AnalysisResult *r : {&both[0], &both[1], &a, &b}) {
        if (!r->ok) {
            std::fprintf(stderr, "analysis failed: %s\n", qPrintable(r->errorString));
            return 1;
        }
    }
    std::printf("experiment analysis, %s rows (2 metrics together): %.2f s, %.2f s CPU on 2 threads "
                "(target <= 2 s) %s\n",
                qPrintable(rowsText), seconds, cpuSeconds, seconds <= 2.0 ? "ok" : "SLOW");
    std::printf("  one metric at a time: conversion %.2f s, revenue %.2f s\n", conversionSeconds, revenueSeconds);
    std::printf("  storing the column-wise copy (part of every import or outcome write): %.2f s\n", storeSeconds);

    // The same analysis from the tables, as for an experiment without a stored copy.
    if (!db.exec(QStringLiteral("DELETE FROM experiment_columns WHERE experiment_id = 1"))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    timer.restart();
    const QVector<AnalysisResult> fromTables =
        ExperimentStore::analyzeMetrics(db, QStringLiteral("bench"), {conversion, revenue}, progress);
    const double tableSeconds = timer.nsecsElapsed() / 1e9;
    if (fromTables.size() != 2 || !fromTables[0].ok || !fromTables[1].ok
        || fromTables[1].arms[1].mean != both[1].arms[1].mean || fromTables[0].arms[2].n != both[0].arms[2].n) {
        std::fprintf(stderr, "the analysis from the tables differs from the stored columns\n");
        return 1;
    }
    std::printf("  the same analysis read from the tables (no stored copy): %.2f s\n", tableSeconds);
    if (!ExperimentColumns::store(db, 1, &error)) {
        std::fprintf(stderr, "storing the experiment columns failed: %s\n", qPrintable(error));
        return 1;
    }
    for (const AnalysisResult &r : both) {
        for (const QString &verdict : r.verdicts)
            std::printf("  %s\n", qPrintable(verdict));
    }

    // Pure statistics: one pass over in-memory (arm, value) rows into sufficient statistics, then the tests.
    const size_t count = size_t(rows);
    std::vector<quint8> arm(count);
    std::vector<double> value(count);
    std::mt19937_64 rng(42);
    std::exponential_distribution<double> spend(0.02);
    for (size_t i = 0; i < count; ++i) {
        arm[i] = quint8(rng() % 3);
        value[i] = spend(rng) * (1.0 + 0.03 * arm[i]);
    }
    timer.restart();
    QVector<ArmSummary> summaries(3);
    for (int i = 0; i < 3; ++i)
        summaries[i].name = QStringLiteral("arm%1").arg(i);
    for (size_t i = 0; i < count; ++i)
        summaries[arm[i]].add(value[i]);
    const AnalysisResult pure = ExperimentAnalysis::analyze(summaries, revenue);
    const double pureSeconds = timer.nsecsElapsed() / 1e9;
    if (!pure.ok) {
        std::fprintf(stderr, "analysis failed: %s\n", qPrintable(pure.errorString));
        return 1;
    }
    std::printf("pure statistics on in-memory arrays, %s rows: %.3f s\n", qPrintable(rowsText), pureSeconds);
    return 0;
}
