// Recommender benchmark: quality (precision/NDCG/... at 10) and fit times of every model on
// MovieLens 100K (user-random 75/25, seed 42: the Microsoft Recommenders protocol),
// MovieLens 1M (ALS and EASE) and UCI Online Retail (time split at 2011-11-01).
// Usage: tailor_recommend_bench [ml100k] [ml1m] [retail]   (default: all)

#include "importing/bytesource.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "recommend/datasplit.h"
#include "recommend/evaluator.h"
#include "recommend/interactiondata.h"
#include "recommend/recommender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

namespace {

struct ModelSpec
{
    QString algo;
    QVariantMap options;
};

QString describe(const ModelSpec &spec)
{
    QStringList parts;
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
    return parts.isEmpty() ? spec.algo : QStringLiteral("%1 %2").arg(spec.algo, parts.join(QLatin1Char(' ')));
}

/** Adds the event (user key, item key, value, time), growing the id tables. */
class DataBuilder
{
public:
    void add(const QString &user, const QString &item, float value, qint64 time)
    {
        int u = m_users.value(user, -1);
        if (u < 0) {
            u = m_data.userCount();
            m_users.insert(user, u);
            m_data.customerKeys.append(user);
            m_data.customerIds.append(u + 1);
        }
        int i = m_items.value(item, -1);
        if (i < 0) {
            i = m_data.itemCount();
            m_items.insert(item, i);
            m_data.skus.append(item);
            m_data.productIds.append(i + 1);
            m_data.productNames.append(QString());
            m_data.categories.append(QString());
        }
        m_data.events.push_back({u, i, value, time});
    }
    InteractionData take(bool ratings)
    {
        m_data.ratings = ratings;
        m_data.rebuildIndex();
        return std::move(m_data);
    }

private:
    InteractionData m_data;
    QHash<QString, int> m_users;
    QHash<QString, int> m_items;
};

bool readAll(const QString &path, QByteArray *bytes)
{
    ByteSource source;
    QString error;
    if (!source.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    char buffer[1 << 16];
    qint64 n;
    while ((n = source.read(buffer, sizeof buffer)) > 0)
        bytes->append(buffer, int(n));
    return n == 0;
}

void printHeader(const char *title, const InteractionData &data, const DataSplit &split)
{
    std::printf("\n== %s: %d users, %d items, %zu train / %zu test events ==\n", title, data.userCount(),
                data.itemCount(), split.train.size(), split.test.size());
    std::printf("%-42s %7s %7s %7s %7s %7s %7s %7s %8s %7s\n", "model", "prec@10", "rec@10", "ndcg@10", "map@10",
                "hit@10", "cover", "rmse", "fit_s", "users");
}

void evaluate(const InteractionData &data, const DataSplit &split, const ModelSpec &spec)
{
    auto model = createRecommender(spec.algo, spec.options);
    if (!model) {
        std::printf("%-42s (not available)\n", qPrintable(describe(spec)));
        return;
    }
    SimpleProgressReporter progress;
    QString error;
    const auto r = Evaluator::evaluate(*model, data, split, 10, progress, &error);
    if (!r) {
        std::printf("%-42s failed: %s\n", qPrintable(describe(spec)), qPrintable(error));
        return;
    }
    std::printf("%-42s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7s %8.3f %7d\n", qPrintable(describe(spec)),
                r->precision, r->recall, r->ndcg, r->map, r->hitRate, r->coverage,
                r->rmse ? qPrintable(QString::number(*r->rmse, 'f', 4)) : "-", r->fitSeconds, r->usersEvaluated);
    std::fflush(stdout);
}

QVariantMap opts(std::initializer_list<std::pair<QString, QVariant>> list)
{
    QVariantMap map;
    for (const auto &p : list)
        map.insert(p.first, p.second);
    return map;
}

/** Models given on the command line as algo:key=value,key=value. */
std::vector<ModelSpec> s_extraSpecs;

void movieLens100k()
{
    QByteArray bytes;
    if (!readAll(QStringLiteral(TAILOR_DATA_DIR "/movielens_100k/u.data"), &bytes))
        return;
    DataBuilder builder;
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split('\t');
        if (f.size() >= 4)
            builder.add(QString::fromLatin1(f[0]), QString::fromLatin1(f[1]), f[2].toFloat(), f[3].toLongLong());
    }
    InteractionData data = builder.take(true);
    // Titles and genres, so that the content model has words to work with.
    QByteArray itemBytes;
    if (readAll(QStringLiteral(TAILOR_DATA_DIR "/movielens_100k/u.item"), &itemBytes)) {
        static const char *const genres[] = {"unknown", "Action", "Adventure", "Animation", "Children's", "Comedy",
                                             "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror",
                                             "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"};
        for (const QByteArray &line : itemBytes.split('\n')) {
            const QList<QByteArray> f = line.trimmed().split('|');
            const int item = f.size() >= 24 ? data.itemIndex(QString::fromLatin1(f[0])) : -1;
            if (item < 0)
                continue;
            data.productNames[item] = QString::fromLatin1(f[1]);
            QStringList names;
            for (int g = 0; g < 19; ++g)
                if (f[5 + g] == "1")
                    names << QString::fromLatin1(genres[g]);
            data.categories[item] = names.join(QLatin1Char(' '));
        }
    }
    const DataSplit split = DataSplit::userRandom(data, 0.25, 42);
    printHeader("MovieLens 100K, user-random 0.25, seed 42", data, split);
    std::vector<ModelSpec> specs{{QStringLiteral("popularity"), {}}};
    for (int k : {50, 100, 200})
        specs.push_back({QStringLiteral("itemknn"), opts({{QStringLiteral("neighbors"), k}})});
    for (int k : {50, 100})
        specs.push_back({QStringLiteral("userknn"), opts({{QStringLiteral("neighbors"), k}})});
    for (double lambda : {100.0, 200.0, 300.0, 500.0, 700.0, 1000.0})
        specs.push_back({QStringLiteral("ease"), opts({{QStringLiteral("lambda"), lambda},
                                                       {QStringLiteral("weighted"), false}})});
    specs.push_back({QStringLiteral("ease"), {}}); // defaults: lambda 400, weighted by the ratings
    specs.push_back({QStringLiteral("auto"), {}});
    specs.push_back({QStringLiteral("als"), {}});
    specs.push_back({QStringLiteral("als"), opts({{QStringLiteral("factors"), 64}, {QStringLiteral("reg"), 20.0}})});
    specs.push_back({QStringLiteral("hybrid"), {}}); // defaults: 0.7 EASE + 0.3 ALS
    specs.push_back({QStringLiteral("hybrid"), opts({{QStringLiteral("b"), QStringLiteral("itemknn")},
                                                     {QStringLiteral("weight"), 0.5}})});
    for (const QString &extra : {QStringLiteral("bpr"), QStringLiteral("mf"), QStringLiteral("content")}) {
        if (recommenderNames().contains(extra))
            specs.push_back({extra, {}});
    }
    if (!s_extraSpecs.empty())
        specs = s_extraSpecs;
    for (const ModelSpec &spec : specs)
        evaluate(data, split, spec);
}

void movieLens1m()
{
    QByteArray bytes;
    if (!readAll(QStringLiteral(TAILOR_DATA_DIR "/movielens_1m/ratings_1m_triplets.csv.gz"), &bytes))
        return;
    DataBuilder builder;
    bool header = true;
    for (const QByteArray &line : bytes.split('\n')) {
        if (header) { // user_id,item_index,movie_id,rating
            header = false;
            continue;
        }
        const QList<QByteArray> f = line.trimmed().split(',');
        if (f.size() >= 4)
            builder.add(QString::fromLatin1(f[0]), QString::fromLatin1(f[2]), f[3].toFloat(), 0);
    }
    const InteractionData data = builder.take(true);
    const DataSplit split = DataSplit::userRandom(data, 0.25, 42);
    printHeader("MovieLens 1M, user-random 0.25, seed 42", data, split);
    for (const ModelSpec &spec : std::vector<ModelSpec>{
             {QStringLiteral("popularity"), {}},
             {QStringLiteral("ease"), opts({{QStringLiteral("lambda"), 500.0}})},
             {QStringLiteral("ease"), opts({{QStringLiteral("lambda"), 1000.0}})},
             {QStringLiteral("als"), {}},
             {QStringLiteral("itemknn"), {}}})
        evaluate(data, split, spec);
}

void onlineRetail()
{
    QTemporaryDir dir;
    Project project;
    if (!dir.isValid() || !project.open(dir.filePath(QStringLiteral("retail.tailor")))) {
        std::fprintf(stderr, "cannot create a temporary project\n");
        return;
    }
    ImportOptions options;
    options.reader.path = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
    options.kind = ImportKind::Transactions;
    SimpleProgressReporter progress;
    QElapsedTimer timer;
    timer.start();
    const ImportResult imported = Importer().run(project.database(), options, progress);
    if (imported.status != ImportResult::Status::Ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.errorString));
        return;
    }
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    QString error;
    const auto data = InteractionData::load(project.database(), InteractionData::Source::Purchases, progress, &error);
    if (!data) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
        return;
    }
    std::printf("\nOnline Retail: import %.2f s, load %.3f s\n", importSeconds, timer.nsecsElapsed() / 1e9);
    const qint64 cutoff = QDateTime(QDate(2011, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const DataSplit split = DataSplit::byTime(*data, cutoff);
    printHeader("UCI Online Retail, time split 2011-11-01", *data, split);
    for (const ModelSpec &spec : std::vector<ModelSpec>{
             {QStringLiteral("popularity"), {}},
             {QStringLiteral("itemknn"), {}},
             {QStringLiteral("userknn"), {}},
             {QStringLiteral("ease"), opts({{QStringLiteral("lambda"), 100.0}})},
             {QStringLiteral("ease"), opts({{QStringLiteral("lambda"), 400.0}})},
             {QStringLiteral("als"), opts({{QStringLiteral("log"), true}})},
             {QStringLiteral("als"), opts({{QStringLiteral("binary"), true}, {QStringLiteral("alpha"), 20.0}})},
             {QStringLiteral("hybrid"), {}},
             {QStringLiteral("auto"), {}}})
        evaluate(*data, split, spec);
    for (const QString &extra : {QStringLiteral("bpr"), QStringLiteral("content")}) {
        if (recommenderNames().contains(extra))
            evaluate(*data, split, {extra, {}});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList sections;
    for (const QString &arg : app.arguments().mid(1)) {
        const int colon = arg.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            sections << arg;
            continue;
        }
        ModelSpec spec{arg.left(colon), {}};
        for (const QString &pair : arg.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                spec.options.insert(pair.left(eq), pair.mid(eq + 1));
        }
        s_extraSpecs.push_back(spec);
    }
    if (sections.isEmpty())
        sections = {QStringLiteral("ml100k"), QStringLiteral("ml1m"), QStringLiteral("retail")};
    if (sections.contains(QStringLiteral("ml100k")))
        movieLens100k();
    if (sections.contains(QStringLiteral("ml1m")))
        movieLens1m();
    if (sections.contains(QStringLiteral("retail")))
        onlineRetail();
    return 0;
}
