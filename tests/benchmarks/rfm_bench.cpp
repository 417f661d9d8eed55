// RFM benchmark: a generated project of 1,000,000 customers and 10,000,000 order
// lines (fixed seed; 1 to 19 lines per customer, 3% returns, one year of dates),
// then Rfm::compute() and Rfm::save() timed separately. Prints one line each.
//   tailor_rfm_bench [--customers N] [--lines-per-customer M] [--keep FILE]
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"
#include "segments/rfm.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

#include <unistd.h>

namespace {

bool generate(Database &db, qint64 customers, int meanLines)
{
    if (!db.exec(QStringLiteral("INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
                                "VALUES(1, 'transactions', 'generated', 'generated', '', '2011-12-10')")))
        return false;
    Transaction transaction(db);
    Statement customer = db.prepare(QStringLiteral("INSERT INTO customers(id, customer_key, import_id) VALUES(?, ?, 1)"));
    Statement product = db.prepare(QStringLiteral("INSERT INTO products(id, sku, import_id) VALUES(?, ?, 1)"));
    Statement line = db.prepare(QStringLiteral(
        "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, is_return, import_id) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, 1)"));
    constexpr int kProducts = 5000;
    for (int p = 1; p <= kProducts; ++p) {
        product.reset();
        product.bind(1, qint64(p));
        product.bind(2, QStringLiteral("SKU%1").arg(p));
        if (!product.exec())
            return false;
    }
    std::mt19937_64 rng(20111209);
    std::uniform_int_distribution<int> lines(1, 2 * meanLines - 1);
    std::uniform_int_distribution<int> productOf(1, kProducts);
    std::uniform_int_distribution<int> quantity(1, 12);
    std::uniform_real_distribution<double> price(0.5, 20.0);
    std::uniform_int_distribution<qint64> second(1291161600, 1323475200); // 2010-12-01 .. 2011-12-10
    std::uniform_int_distribution<int> percent(0, 99);
    qint64 order = 0;
    qint64 written = 0;
    for (qint64 c = 1; c <= customers; ++c) {
        customer.reset();
        customer.bind(1, c);
        customer.bind(2, QString::number(100000 + c));
        if (!customer.exec())
            return false;
        const int n = lines(rng);
        qint64 orderTime = second(rng);
        for (int i = 0; i < n; ++i) {
            if (i % 3 == 0) {
                ++order;
                orderTime = second(rng);
            }
            const bool isReturn = percent(rng) < 3;
            line.reset();
            line.bind(1, QString::number(order));
            line.bind(2, c);
            line.bind(3, qint64(productOf(rng)));
            line.bind(4, double(isReturn ? -quantity(rng) : quantity(rng)));
            line.bind(5, price(rng));
            line.bind(6, orderTime);
            line.bind(7, qint64(isReturn ? 1 : 0));
            if (!line.exec())
                return false;
            ++written;
        }
    }
    std::printf("generated %lld customers, %lld order lines\n", customers, written);
    return transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 customers = 1000000;
    int meanLines = 10;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--customers") && i + 1 < args.size())
            customers = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--lines-per-customer") && i + 1 < args.size())
            meanLines = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else {
            std::fprintf(stderr, "usage: %s [--customers N] [--lines-per-customer M] [--keep FILE]\n", argv[0]);
            return 2;
        }
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("rfm_bench.tailor")) : keep;
    const bool exists = QFile::exists(path);
    Project project;
    if (!project.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return 1;
    }
    if (!exists) {
        QElapsedTimer generation;
        generation.start();
        if (!generate(project.database(), customers, meanLines)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(project.database().errorString()));
            return 1;
        }
        // Like a project imported earlier: the write-ahead log folded into the file and the
        // file on disk, so that the kernel writing back 1.6 GB does not fall in the timing.
        project.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        ::sync();
        std::printf("generation: %.1f s\n", generation.nsecsElapsed() / 1e9);
    }

    SimpleProgressReporter progress;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu0 = std::clock();
    const RfmResult result = Rfm::compute(project.database(), RfmOptions(), progress);
    const double computeSeconds = timer.nsecsElapsed() / 1e9;
    const std::clock_t cpu1 = std::clock();
    if (!result.isOk()) {
        std::fprintf(stderr, "RFM failed: %s\n", qPrintable(result.errorString));
        return 1;
    }
    timer.restart();
    QString error;
    if (!Rfm::save(project.database(), result, &error)) {
        std::fprintf(stderr, "saving failed: %s\n", qPrintable(error));
        return 1;
    }
    const double saveSeconds = timer.nsecsElapsed() / 1e9;
    const std::clock_t cpu2 = std::clock();
    std::printf("tailor RFM compute: %.3f s  save: %.3f s  total: %.3f s  (%lld customers scored)\n", computeSeconds,
                saveSeconds, computeSeconds + saveSeconds, qint64(result.customers.size()));
    std::printf("  (CPU time: compute %.3f s, save %.3f s; wall time counts waiting on a busy machine)\n",
                double(cpu1 - cpu0) / CLOCKS_PER_SEC, double(cpu2 - cpu1) / CLOCKS_PER_SEC);
    return 0;
}
