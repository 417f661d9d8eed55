// Benchmark of the part-2 recommendation models on real data; prints quality and times.
//   tailor_recommendmodels_bench [mf] [bpr] [content] [rules] [--opt key=value ...]
// With no section named, all run. --opt values go to the model options of the sections run.

#include "importing/csvreader.h"
#include "jobs/progressreporter.h"
#include "recommend/associationrules.h"
#include "recommend/biasedmf.h"
#include "recommend/bpr.h"
#include "recommend/contentrecommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <ctime>
#include <numeric>
#include <random>

namespace {

const QString kDataDir = QStringLiteral(TAILOR_DATA_DIR);

// Reads `user item rating timestamp` lines (tab separated, gzip or plain); ids are 1-based.
bool readRatings(const QString &path, std::vector<Interaction> &out)
{
    ReaderOptions options;
    options.path = path;
    options.delimiter = QStringLiteral("\t");
    options.headerRow = 0;
    QString error;
    std::unique_ptr<CsvReader> reader = CsvReader::open(options, &error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QStringList fields;
    while (reader->next(fields)) {
        if (fields.size() < 3)
            continue;
        out.push_back({fields[0].toInt() - 1, fields[1].toInt() - 1, fields[2].toFloat(),
                       fields.size() > 3 ? fields[3].toLongLong() : 0});
    }
    return true;
}

InteractionData movieLensData()
{
    InteractionData data;
    data.ratings = true;
    for (int u = 0; u < 943; ++u) {
        data.customerIds.append(u + 1);
        data.customerKeys.append(QString::number(u + 1));
    }
    QStringList genres = {"unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime",
                          "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
                          "Romance", "Sci-Fi", "Thriller", "War", "Western"};
    QFile file(kDataDir + QStringLiteral("/movielens_100k/u.item"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QStringList f = QString::fromLatin1(file.readLine()).trimmed().split(QLatin1Char('|'));
            if (f.size() < 24)
                continue;
            data.productIds.append(f[0].toLongLong());
            data.skus.append(f[0]);
            data.productNames.append(f[1]);
            QStringList cats;
            for (int g = 0; g < 19; ++g) {
                if (f[5 + g] == QLatin1String("1"))
                    cats.append(genres[g]);
            }
            data.categories.append(cats.join(QLatin1Char(' ')));
        }
    }
    return data;
}

Eigen::SparseMatrix<float, Eigen::RowMajor> toMatrix(const std::vector<Interaction> &events, int users, int items,
                                                     bool binary)
{
    std::vector<Eigen::Triplet<float>> triplets;
    triplets.reserve(events.size());
    for (const Interaction &e : events)
        triplets.emplace_back(e.user, e.item, binary ? 1.0f : e.value);
    Eigen::SparseMatrix<float, Eigen::RowMajor> m(users, items);
    m.setFromTriplets(triplets.begin(), triplets.end());
    return m;
}

QVariantMap parseOptions(const QStringList &pairs)
{
    QVariantMap options;
    for (const QString &pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            options.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return options;
}

void benchMf(const QVariantMap &options)
{
    std::printf("== BiasedMf (mf) on MovieLens 100K u1..u5 (target mean RMSE <= 0.910)\n");
    InteractionData data = movieLensData();
    double rmseSum = 0, maeSum = 0, fitSum = 0, cpuSum = 0;
    int folds = 0;
    for (int fold = 1; fold <= 5; ++fold) {
        std::vector<Interaction> base, test;
        const QString prefix = kDataDir + QStringLiteral("/movielens_100k/splits/u%1").arg(fold);
        if (!readRatings(prefix + QStringLiteral(".base.gz"), base) || !readRatings(prefix + QStringLiteral(".test.gz"), test))
            return;
        TrainingSet train;
        train.data = &data;
        train.ratings = base;
        train.userItem = toMatrix(base, data.userCount(), data.itemCount(), false);
        BiasedMf model(options);
        SimpleProgressReporter progress;
        QString error;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        if (!model.fit(train, progress, &error)) {
            std::printf("fit failed: %s\n", qPrintable(error));
            return;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        double se = 0, ae = 0;
        for (const Interaction &r : test) {
            const double e = model.predictRating(r.user, r.item) - r.value;
            se += e * e;
            ae += std::abs(e);
        }
        const double rmse = std::sqrt(se / test.size());
        const double mae = ae / test.size();
        std::printf("u%d  RMSE %.4f  MAE %.4f  fit %.3f s wall, %.3f s CPU  (%zu train, %zu test)\n", fold, rmse,
                    mae, seconds, cpu, base.size(), test.size());
        cpuSum += cpu;
        rmseSum += rmse;
        maeSum += mae;
        fitSum += seconds;
        ++folds;
    }
    std::printf("mean RMSE %.4f  MAE %.4f  fit %.3f s wall, %.3f s CPU\n", rmseSum / folds, maeSum / folds,
                fitSum / folds, cpuSum / folds);
}

// MovieLens 100K, every rating an implicit event; 25% of each user's events held out (seeded).
void benchRanking(const QString &algo, const QVariantMap &options)
{
    InteractionData data = movieLensData();
    std::vector<Interaction> all;
    if (!readRatings(kDataDir + QStringLiteral("/movielens_100k/u.data"), all))
        return;
    std::vector<std::vector<Interaction>> byUser(size_t(data.userCount()));
    for (const Interaction &e : all)
        byUser[size_t(e.user)].push_back(e);
    std::mt19937 rng(2024);
    std::vector<Interaction> trainEvents;
    std::vector<std::vector<int>> held(size_t(data.userCount()));
    for (int u = 0; u < data.userCount(); ++u) {
        std::vector<Interaction> &events = byUser[size_t(u)];
        std::shuffle(events.begin(), events.end(), rng);
        const size_t test = size_t(std::lround(0.25 * double(events.size())));
        for (size_t k = 0; k < events.size(); ++k) {
            if (k < test)
                held[size_t(u)].push_back(events[k].item);
            else
                trainEvents.push_back(events[k]);
        }
    }
    TrainingSet train;
    train.data = &data;
    train.userItem = toMatrix(trainEvents, data.userCount(), data.itemCount(), true);
    std::unique_ptr<Recommender> model;
    if (algo == QLatin1String("bpr"))
        model = std::make_unique<Bpr>(options);
    else
        model = std::make_unique<ContentRecommender>(options);
    SimpleProgressReporter progress;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    if (!model->fit(train, progress, &error)) {
        std::printf("fit failed: %s\n", qPrintable(error));
        return;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const int k = 10;
    double precision = 0, ndcg = 0;
    int evaluated = 0;
    Eigen::VectorXf scores(data.itemCount());
    std::vector<int> order;
    for (int u = 0; u < data.userCount(); ++u) {
        if (held[size_t(u)].empty())
            continue;
        model->scoreUser(u, scores);
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(train.userItem, u); it; ++it)
            scores[it.col()] = -std::numeric_limits<float>::infinity();
        order.resize(size_t(data.itemCount()));
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + k, order.end(),
                          [&](int a, int b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
        const QSet<int> relevant(held[size_t(u)].begin(), held[size_t(u)].end());
        double dcg = 0, ideal = 0;
        int hits = 0;
        for (int r = 0; r < k; ++r) {
            if (relevant.contains(order[size_t(r)])) {
                ++hits;
                dcg += 1.0 / std::log2(r + 2.0);
            }
            if (r < relevant.size())
                ideal += 1.0 / std::log2(r + 2.0);
        }
        precision += double(hits) / k;
        ndcg += dcg / ideal;
        ++evaluated;
    }
    std::printf("== %s on MovieLens 100K, user-random 75/25 (seed 2024), %zu train events\n", qPrintable(algo),
                trainEvents.size());
    std::printf("precision@10 %.4f  NDCG@10 %.4f  users %d  fit %.3f s wall, %.3f s CPU\n", precision / evaluated,
                ndcg / evaluated, evaluated, seconds, cpu);
}

// UCI Online Retail: baskets = invoices without the cancellations (C...) and non-positive quantities.
void benchRules(const QVariantMap &options)
{
    std::printf("== AssociationRules on UCI Online Retail\n");
    QElapsedTimer timer;
    timer.start();
    ReaderOptions readerOptions;
    readerOptions.path = kDataDir + QStringLiteral("/online_retail/online_retail.csv.gz");
    QString error;
    std::unique_ptr<CsvReader> reader = CsvReader::open(readerOptions, &error);
    if (!reader) {
        std::printf("%s\n", qPrintable(error));
        return;
    }
    const QStringList header = reader->header();
    const int invoiceCol = int(header.indexOf(QStringLiteral("InvoiceNo")));
    const int codeCol = int(header.indexOf(QStringLiteral("StockCode")));
    const int nameCol = int(header.indexOf(QStringLiteral("Description")));
    const int quantityCol = int(header.indexOf(QStringLiteral("Quantity")));
    QHash<QString, int> items, invoices;
    QStringList codes, names;
    std::vector<std::vector<int>> baskets;
    QStringList fields;
    qint64 lines = 0;
    while (reader->next(fields)) {
        if (fields.size() <= std::max({invoiceCol, codeCol, nameCol, quantityCol}))
            continue;
        ++lines;
        const QString &invoice = fields[invoiceCol];
        if (invoice.startsWith(QLatin1Char('C')) || fields[quantityCol].toDouble() <= 0)
            continue;
        const QString code = fields[codeCol].trimmed().toUpper();
        auto item = items.constFind(code);
        if (item == items.constEnd()) {
            item = items.insert(code, int(codes.size()));
            codes.append(code);
            names.append(fields[nameCol].trimmed());
        }
        auto basket = invoices.constFind(invoice);
        if (basket == invoices.constEnd()) {
            basket = invoices.insert(invoice, int(baskets.size()));
            baskets.emplace_back();
        }
        baskets[size_t(basket.value())].push_back(item.value());
    }
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("read %lld lines: %zu baskets, %lld items in %.2f s\n", lines, baskets.size(), qlonglong(codes.size()),
                readSeconds);
    for (int maxItems : {2, 3}) {
        AssociationRules::Options ruleOptions;
        ruleOptions.minSupport = options.value(QStringLiteral("minSupport"), 0.01).toDouble();
        ruleOptions.minConfidence = options.value(QStringLiteral("minConfidence"), 0.3).toDouble();
        ruleOptions.maxItems = maxItems;
        AssociationRules rules;
        SimpleProgressReporter progress;
        timer.restart();
        if (!rules.mine(baskets, int(codes.size()), ruleOptions, progress, &error)) {
            std::printf("mining failed: %s\n", qPrintable(error));
            return;
        }
        std::printf("min support %.3f, min confidence %.2f, itemsets up to %d: %d rules in %.3f s\n",
                    ruleOptions.minSupport, ruleOptions.minConfidence, maxItems, rules.ruleCount(),
                    timer.nsecsElapsed() / 1e9);
        for (const AssociationRules::Rule &rule : rules.topRules(5)) {
            QStringList antecedent;
            for (int item : rule.antecedent)
                antecedent.append(names[item]);
            std::printf("  lift %6.2f  conf %.3f  supp %.4f  {%s} -> %s\n", rule.lift, rule.confidence, rule.support,
                        qPrintable(antecedent.join(QStringLiteral(" + "))), qPrintable(names[rule.consequent]));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList sections;
    QStringList optionPairs;
    const QStringList args = app.arguments().mid(1);
    for (int a = 0; a < args.size(); ++a) {
        if (args[a] == QLatin1String("--opt") && a + 1 < args.size())
            optionPairs.append(args[++a]);
        else
            sections.append(args[a]);
    }
    const QVariantMap options = parseOptions(optionPairs);
    auto wants = [&sections](const char *name) { return sections.isEmpty() || sections.contains(QLatin1String(name)); };
    if (wants("mf"))
        benchMf(options);
    if (wants("bpr"))
        benchRanking(QStringLiteral("bpr"), options);
    if (wants("content"))
        benchRanking(QStringLiteral("content"), options);
    if (wants("rules"))
        benchRules(options);
    return 0;
}
