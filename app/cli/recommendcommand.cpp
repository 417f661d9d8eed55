#include "cliutil.h"

#include "project/project.h"
#include "recommend/datasplit.h"
#include "recommend/evaluator.h"
#include "recommend/interactiondata.h"
#include "recommend/popularity.h"
#include "recommend/recommendationstore.h"
#include "recommend/recommender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Cli;

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/** --param key=value pairs; false with *error for a malformed one. */
bool readParams(const QStringList &values, QVariantMap *params, QString *error)
{
    for (const QString &pair : values) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = cliText("--param expects KEY=VALUE, got \"%1\".").arg(pair);
            return false;
        }
        params->insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return true;
}

/** Loads the events; nullopt after printing the error. */
std::optional<InteractionData> loadData(Project &project, int *exitCode)
{
    TerminalProgress progress("Loading");
    QString error;
    auto data = InteractionData::load(project.database(), InteractionData::Source::Auto, progress, &error);
    if (!data) {
        *exitCode = userError(error);
        return std::nullopt;
    }
    if (data->events.empty()) {
        *exitCode = userError(cliText("The project has no purchases or ratings to learn from; "
                                      "import transactions or ratings first."));
        return std::nullopt;
    }
    return data;
}

QString unknownAlgo(const QString &algo)
{
    return cliText("Unknown --algo \"%1\"; use one of: %2.").arg(algo, recommenderNames().join(QStringLiteral(", ")));
}

int evaluate(QCommandLineParser &parser, Project &project, const QString &algo, const QVariantMap &params, bool json)
{
    bool ok = true;
    const int k = parser.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || k < 1)
        return userError(cliText("--k must be a positive whole number."));
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return userError(cliText("--seed must be a whole number."));
    std::unique_ptr<Recommender> model = createRecommender(algo, params);
    if (!model)
        return userError(unknownAlgo(algo));
    int exitCode = 0;
    const auto data = loadData(project, &exitCode);
    if (!data)
        return exitCode;
    QString error;
    const auto split = DataSplit::fromSpec(*data, parser.value(QStringLiteral("split")), seed, &error);
    if (!split)
        return userError(error);
    TerminalProgress progress("Evaluating");
    const auto result = Evaluator::evaluate(*model, *data, *split, k, progress, &error);
    if (!result)
        return userError(error);
    if (json) {
        auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        printJson(QJsonObject{
            {QStringLiteral("algo"), algo},
            {QStringLiteral("model"), result->algo},
            {QStringLiteral("k"), result->k},
            {QStringLiteral("split"), parser.value(QStringLiteral("split"))},
            {QStringLiteral("precision_at_k"), result->precision},
            {QStringLiteral("recall_at_k"), result->recall},
            {QStringLiteral("ndcg_at_k"), result->ndcg},
            {QStringLiteral("map_at_k"), result->map},
            {QStringLiteral("hit_rate_at_k"), result->hitRate},
            {QStringLiteral("coverage"), result->coverage},
            {QStringLiteral("rmse"), optional(result->rmse)},
            {QStringLiteral("mae"), optional(result->mae)},
            {QStringLiteral("users_evaluated"), result->usersEvaluated},
            {QStringLiteral("train_events"), qint64(split->train.size())},
            {QStringLiteral("test_events"), qint64(split->test.size())},
            {QStringLiteral("fit_seconds"), result->fitSeconds},
            {QStringLiteral("score_seconds"), result->scoreSeconds},
        });
    } else {
        std::printf("%s\n", qPrintable(cliText("%1 at k=%2 on %3 users: precision %4, recall %5, NDCG %6, MAP %7, "
                                               "hit rate %8, coverage %9")
                                           .arg(algo).arg(result->k).arg(result->usersEvaluated)
                                           .arg(result->precision, 0, 'f', 4).arg(result->recall, 0, 'f', 4)
                                           .arg(result->ndcg, 0, 'f', 4).arg(result->map, 0, 'f', 4)
                                           .arg(result->hitRate, 0, 'f', 4).arg(result->coverage, 0, 'f', 4)));
        if (result->rmse)
            std::printf("%s\n", qPrintable(cliText("RMSE %1, MAE %2").arg(*result->rmse, 0, 'f', 4)
                                               .arg(*result->mae, 0, 'f', 4)));
        std::printf("%s\n", qPrintable(cliText("Trained in %1 s.").arg(result->fitSeconds, 0, 'f', 3)));
    }
    return 0;
}

int top(QCommandLineParser &parser, Project &project, const QString &algo, const QVariantMap &params, bool json)
{
    bool ok = true;
    const int k = parser.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || k < 1)
        return userError(cliText("--k must be a positive whole number."));
    const QString customer = parser.value(QStringLiteral("customer"));
    if (customer.isEmpty())
        return userError(cliText("recommend top needs --customer ID."));
    std::unique_ptr<Recommender> model = createRecommender(algo, params);
    if (!model)
        return userError(unknownAlgo(algo));
    int exitCode = 0;
    const auto data = loadData(project, &exitCode);
    if (!data)
        return exitCode;
    const int user = data->userIndex(customer);
    if (user < 0) {
        const auto known = project.database().scalar(QStringLiteral("SELECT count(*) FROM customers WHERE customer_key = ?"),
                                                     {customer});
        if (!known || known->toInt() == 0)
            return userError(cliText("No customer \"%1\" in the project.").arg(customer));
    }
    const TrainingSet train = Evaluator::trainingSet(*data, data->events);
    TerminalProgress progress("Training");
    QString error;
    if (!model->fit(train, progress, &error))
        return userError(error);
    Popularity fallback;
    fallback.fit(train, progress, &error);
    const auto items = RecommendationStore::recommend(*model, fallback, train, user, k);
    if (json) {
        QJsonArray array;
        for (const RecommendedItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("sku"), data->skus.at(item.item)},
                                     {QStringLiteral("name"), data->productNames.at(item.item)},
                                     {QStringLiteral("score"), double(item.score)},
                                     {QStringLiteral("because"), RecommendationStore::becauseJson(*data, item.because)}});
        }
        printJson(QJsonObject{{QStringLiteral("customer"), customer},
                              {QStringLiteral("algo"), algo},
                              {QStringLiteral("items"), array}});
    } else {
        for (int i = 0; i < int(items.size()); ++i) {
            const RecommendedItem &item = items[size_t(i)];
            QStringList reasons;
            for (const Contribution &c : item.because)
                reasons << (c.item >= 0 ? data->skus.at(c.item) : c.reason);
            std::printf("%2d. %s %s (%.4f) %s\n", i + 1, qPrintable(data->skus.at(item.item)),
                        qPrintable(data->productNames.at(item.item)), double(item.score),
                        qPrintable(cliText("because: %1").arg(reasons.join(QStringLiteral(", ")))));
        }
    }
    return 0;
}

int generate(QCommandLineParser &parser, Project &project, const QString &algo, const QVariantMap &params, bool json)
{
    bool ok = true;
    const int n = parser.value(QStringLiteral("n")).toInt(&ok);
    if (!ok || n < 1)
        return userError(cliText("--n must be a positive whole number."));
    if (!createRecommender(algo, params))
        return userError(unknownAlgo(algo));
    TerminalProgress progress("Generating");
    QString error;
    const auto result = RecommendationStore::generate(project.database(), algo, params, n, progress, &error);
    if (!result)
        return userError(error.isEmpty() ? cliText("Cancelled; nothing was changed.") : error);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("algo"), algo},
                              {QStringLiteral("customers"), result->customers},
                              {QStringLiteral("rows"), result->rows},
                              {QStringLiteral("fit_seconds"), result->fitSeconds},
                              {QStringLiteral("seconds"), result->seconds}});
    } else {
        std::printf("%s\n", qPrintable(cliText("Stored %1 recommendations for %2 customers in %3 s.")
                                           .arg(result->rows).arg(result->customers)
                                           .arg(result->seconds, 0, 'f', 2)));
    }
    return 0;
}

int run(const QStringList &arguments)
{
    // arguments: argv0, ACTION, options...
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (!action.isEmpty() && !action.startsWith(QLatin1Char('-')))
        rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(cliText("recommend evaluate | top --customer ID | generate"));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("algo"), cliText("Algorithm: %1.").arg(recommenderNames().join(QStringLiteral(", "))),
         QStringLiteral("NAME"), QStringLiteral("auto")},
        {QStringLiteral("k"), cliText("Number of items (default 10)."), QStringLiteral("K"), QStringLiteral("10")},
        {QStringLiteral("split"), cliText("evaluate: user-random:FRACTION, time:YYYY-MM-DD or test-file:PATH."),
         QStringLiteral("SPLIT"), QStringLiteral("user-random:0.25")},
        {QStringLiteral("seed"), cliText("evaluate: seed of the random split (default 42)."), QStringLiteral("S"),
         QStringLiteral("42")},
        {QStringLiteral("param"), cliText("Model parameter, e.g. lambda=500 (repeatable)."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("customer"), cliText("top: the customer's id."), QStringLiteral("ID")},
        {QStringLiteral("n"), cliText("generate: items stored per customer (default 20)."), QStringLiteral("N"),
         QStringLiteral("20")},
    });
    int exitCode = 0;
    if (!parse(parser, rest, &exitCode))
        return exitCode;
    if (action != QLatin1String("evaluate") && action != QLatin1String("top") && action != QLatin1String("generate"))
        return userError(cliText("Unknown recommend action \"%1\"; use evaluate, top or generate.").arg(action));
    QVariantMap params;
    QString error;
    if (!readParams(parser.values(QStringLiteral("param")), &params, &error))
        return userError(error);
    const QString algo = parser.value(QStringLiteral("algo")).trimmed().toLower();
    if (!recommenderNames().contains(algo))
        return userError(unknownAlgo(algo));
    Project project;
    if (!project.open(parser.value(QStringLiteral("project"))))
        return userError(project.errorString());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("evaluate"))
        return evaluate(parser, project, algo, params, json);
    if (action == QLatin1String("top"))
        return top(parser, project, algo, params, json);
    return generate(parser, project, algo, params, json);
}

const Registration registration("recommend",
                                QT_TRANSLATE_NOOP("cli", "evaluate | top --customer ID | generate: train and "
                                                         "evaluate recommenders, show or store recommendations"),
                                &run);

} // namespace
