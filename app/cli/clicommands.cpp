#include "clicommands.h"
#include "cliutil.h"

#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "segments/clv.h"
#include "segments/customerfeatures.h"
#include "segments/kmeanssegmentation.h"
#include "segments/rfm.h"
#include "segments/segmentrule.h"
#include "segments/segmentstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Cli;

int CliCommands::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import a CSV, TSV, .csv.gz or XLSX file."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("kind"), QCoreApplication::translate("cli", "transactions, customers, products, ratings or experiment."),
         QStringLiteral("KIND"), QStringLiteral("transactions")},
        {QStringLiteral("map"), QCoreApplication::translate("cli", "Map a field to a column, e.g. customer_id=Kunde (repeatable)."),
         QStringLiteral("FIELD=COLUMN")},
        {QStringLiteral("encoding"), QCoreApplication::translate("cli", "UTF-8, UTF-16LE, UTF-16BE or GB18030 (default: detect)."),
         QStringLiteral("NAME")},
        {QStringLiteral("delimiter"), QCoreApplication::translate("cli", "Field delimiter (default: detect); 'tab' for tabs."),
         QStringLiteral("CHARS")},
        {QStringLiteral("sheet"), QCoreApplication::translate("cli", "XLSX sheet name (default: the first)."), QStringLiteral("NAME")},
        {QStringLiteral("no-header"), QCoreApplication::translate("cli", "The file has no header row.")},
        {QStringLiteral("date-order"), QCoreApplication::translate("cli", "dmy, mdy or ymd when dates are ambiguous."),
         QStringLiteral("ORDER")},
        {QStringLiteral("keep-duplicates"), QCoreApplication::translate("cli", "Keep rows identical to an earlier row.")},
        {QStringLiteral("skip-returns"), QCoreApplication::translate("cli", "Leave out returns instead of storing them.")},
        {QStringLiteral("skip-anonymous"), QCoreApplication::translate("cli", "Leave out order lines without a customer.")},
        {QStringLiteral("force"), QCoreApplication::translate("cli", "Import even if the same file was imported before.")},
        {QStringLiteral("experiment"), QCoreApplication::translate("cli", "Experiment name (experiment imports)."), QStringLiteral("NAME")},
        {QStringLiteral("arm-column"), QCoreApplication::translate("cli", "Column holding the arm (experiment imports)."),
         QStringLiteral("COLUMN")},
        {QStringLiteral("outcomes"), QCoreApplication::translate("cli", "Outcome columns, comma separated (experiment imports)."),
         QStringLiteral("A,B")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The file to import."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return userError(QCoreApplication::translate("cli", "import takes exactly one FILE."));

    ImportOptions options;
    options.reader.path = files.first();
    const auto kind = importKindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        return userError(QCoreApplication::translate("cli", "Unknown --kind \"%1\"; use transactions, customers, "
                                                            "products, ratings or experiment.")
                             .arg(parser.value(QStringLiteral("kind"))));
    options.kind = *kind;
    for (const QString &map : parser.values(QStringLiteral("map"))) {
        const int eq = map.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return userError(QCoreApplication::translate("cli", "--map expects FIELD=COLUMN, got \"%1\".").arg(map));
        options.mapOverrides.insert(map.left(eq).trimmed(), map.mid(eq + 1).trimmed());
    }
    options.reader.encoding = parser.value(QStringLiteral("encoding"));
    QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || delimiter == QLatin1String("\\t"))
        delimiter = QStringLiteral("\t");
    options.reader.delimiter = delimiter;
    options.reader.sheet = parser.value(QStringLiteral("sheet"));
    if (parser.isSet(QStringLiteral("no-header")))
        options.reader.headerRow = 0;
    const QString order = parser.value(QStringLiteral("date-order")).toLower();
    if (order == QLatin1String("dmy"))
        options.dateOrder = DateOrder::DMY;
    else if (order == QLatin1String("mdy"))
        options.dateOrder = DateOrder::MDY;
    else if (order == QLatin1String("ymd"))
        options.dateOrder = DateOrder::YMD;
    else if (!order.isEmpty())
        return userError(QCoreApplication::translate("cli", "--date-order must be dmy, mdy or ymd."));
    options.dropDuplicates = !parser.isSet(QStringLiteral("keep-duplicates"));
    options.returns = parser.isSet(QStringLiteral("skip-returns")) ? ReturnsPolicy::Skip : ReturnsPolicy::Keep;
    options.keepAnonymous = !parser.isSet(QStringLiteral("skip-anonymous"));
    options.force = parser.isSet(QStringLiteral("force"));
    options.experimentName = parser.value(QStringLiteral("experiment"));
    options.armColumn = parser.value(QStringLiteral("arm-column"));
    if (parser.isSet(QStringLiteral("outcomes")))
        options.outcomeColumns = parser.value(QStringLiteral("outcomes")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    Project project;
    if (!project.open(parser.value(QStringLiteral("project"))))
        return userError(project.errorString());

    TerminalProgress progress("Importing");
    const ImportResult result = Importer().run(project.database(), options, progress);
    if (result.status == ImportResult::Status::Error || result.status == ImportResult::Status::Cancelled)
        return userError(result.status == ImportResult::Status::Cancelled
                             ? QCoreApplication::translate("cli", "The import was cancelled; nothing was changed.")
                             : result.errorString);
    for (const QString &warning : result.warnings)
        std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(warning));
    const bool already = result.status == ImportResult::Status::AlreadyImported;
    if (already)
        std::fprintf(stderr, "tailor-cli: warning: %s %s\n", qPrintable(result.errorString),
                     qPrintable(QCoreApplication::translate("cli", "Add --force to import it again.")));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject reasons;
        for (auto it = result.rejectsByReason.cbegin(); it != result.rejectsByReason.cend(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonObject json{
            {QStringLiteral("status"), already ? QStringLiteral("already_imported") : QStringLiteral("ok")},
            {QStringLiteral("kind"), importKindName(options.kind)},
            {QStringLiteral("file"), options.reader.path},
            {QStringLiteral("import_id"), result.importId},
            {QStringLiteral("sha256"), result.sha256},
            {QStringLiteral("rows_read"), result.rowsRead},
            {QStringLiteral("rows_imported"), result.rowsImported},
            {QStringLiteral("rows_rejected"), result.rowsRejected},
            {QStringLiteral("duplicates"), result.duplicates},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("anonymous"), result.anonymous},
            {QStringLiteral("returns"), result.returns},
            {QStringLiteral("rejects_by_reason"), reasons},
            {QStringLiteral("customers"), result.customers},
            {QStringLiteral("products"), result.products},
            {QStringLiteral("customers_added"), result.customersAdded},
            {QStringLiteral("products_added"), result.productsAdded},
            {QStringLiteral("encoding"), result.settings.encoding},
            {QStringLiteral("delimiter"), result.settings.delimiter},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
            {QStringLiteral("seconds"), result.seconds},
        };
        if (options.kind == ImportKind::Experiment) {
            json.insert(QStringLiteral("experiment"), result.experiment);
            json.insert(QStringLiteral("arms"), QJsonArray::fromStringList(result.arms));
        }
        printJson(json);
    } else if (!already) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("cli",
            "Imported %1 of %2 rows from %3 in %4 s: %5 rejected, %6 duplicates, %7 skipped, "
            "%8 anonymous lines, %9 returns.")
            .arg(result.rowsImported).arg(result.rowsRead).arg(options.reader.path)
            .arg(result.seconds, 0, 'f', 2).arg(result.rowsRejected).arg(result.duplicates)
            .arg(result.skipped).arg(result.anonymous).arg(result.returns)));
        std::printf("%s\n", qPrintable(QCoreApplication::translate("cli", "The project has %1 customers and %2 products.")
                                           .arg(result.customers).arg(result.products)));
        if (result.rowsRejected > 0)
            std::printf("%s\n", qPrintable(QCoreApplication::translate("cli",
                "Rejected rows are kept in the project with their line numbers and reasons.")));
    }
    return 0;
}

int CliCommands::segment(const QStringList &arguments)
{
    // arguments: argv0, METHOD, options...
    const QString method = arguments.value(1);
    QStringList rest = arguments;
    if (!method.startsWith(QLatin1Char('-')) && !method.isEmpty())
        rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "segment rfm | kmeans | clv | rule | list"));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("reference-date"),
                      QCoreApplication::translate("cli", "RFM: measure recency up to this day (default: the day after the last order)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("cli", "rule: the segment's name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("where"),
                      QCoreApplication::translate("cli", "rule: the condition, e.g. 'country = \"France\" AND revenue > 500'."),
                      QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("k"),
                      QCoreApplication::translate("cli", "kmeans: number of clusters (default: chosen by silhouette from 2 to 8)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("features"),
                      QCoreApplication::translate("cli", "kmeans: comma-separated features (default recency,frequency,monetary; "
                                                         "available: %1).")
                          .arg(CustomerFeatureTable::available().join(QLatin1Char(','))),
                      QStringLiteral("A,B,...")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "kmeans: random seed (default 42)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("penalizer"),
                      QCoreApplication::translate("cli", "CLV: L2 penalizer of the model fits (default 0)."),
                      QStringLiteral("X")});
    int exitCode = 0;
    if (!parse(parser, rest, &exitCode))
        return exitCode;
    Project project;
    if (!project.open(parser.value(QStringLiteral("project"))))
        return userError(project.errorString());
    const bool json = parser.isSet(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();

    if (method == QLatin1String("list")) {
        QString error;
        const QList<SegmentInfo> segments = SegmentStore::list(project.database(), &error);
        if (!error.isEmpty())
            return userError(error);
        QJsonArray array;
        for (const SegmentInfo &info : segments) {
            array.append(QJsonObject{{QStringLiteral("name"), info.name}, {QStringLiteral("kind"), info.kind},
                                     {QStringLiteral("size"), info.size}});
            if (!json)
                std::printf("%-24s %-8s %8lld\n", qPrintable(info.name), qPrintable(info.kind), info.size);
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("segments"), array}});
        else if (segments.isEmpty())
            std::printf("%s\n", qPrintable(QCoreApplication::translate("cli", "The project has no segments yet.")));
        return 0;
    }
    if (method == QLatin1String("rfm")) {
        RfmOptions options;
        if (parser.isSet(QStringLiteral("reference-date"))) {
            const QDate date = QDate::fromString(parser.value(QStringLiteral("reference-date")), Qt::ISODate);
            if (!date.isValid())
                return userError(QCoreApplication::translate("cli", "--reference-date must be a date such as 2011-12-10."));
            options.referenceDate = date;
        }
        TerminalProgress progress("RFM");
        const RfmResult result = Rfm::compute(project.database(), options, progress);
        if (!result.isOk())
            return userError(result.errorString);
        QString error;
        if (!Rfm::save(project.database(), result, &error))
            return userError(error);
        QJsonArray array;
        for (const auto &[name, size] : result.segmentSizes()) {
            array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("size"), size}});
            if (!json)
                std::printf("%-20s %8lld\n", qPrintable(name), size);
        }
        if (json) {
            printJson(QJsonObject{{QStringLiteral("segments"), array},
                                  {QStringLiteral("customers"), qint64(result.customers.size())},
                                  {QStringLiteral("excluded_only_returns"), result.excludedOnlyReturns},
                                  {QStringLiteral("excluded_no_orders"), result.excludedNoOrders},
                                  {QStringLiteral("reference_date"), result.referenceDate.toString(Qt::ISODate)},
                                  {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        } else {
            std::printf("%s\n", qPrintable(QCoreApplication::translate("cli",
                "%1 customers scored (reference date %2); %3 with only returns and %4 without orders left out.")
                .arg(result.customers.size()).arg(result.referenceDate.toString(Qt::ISODate))
                .arg(result.excludedOnlyReturns).arg(result.excludedNoOrders)));
        }
        return 0;
    }
    if (method == QLatin1String("kmeans")) {
        KMeansSegmentationOptions options;
        bool ok = true;
        if (parser.isSet(QStringLiteral("k"))) {
            options.k = parser.value(QStringLiteral("k")).toInt(&ok);
            if (!ok || options.k < 2 || options.k > 50)
                return userError(QCoreApplication::translate("cli", "--k must be a whole number from 2 to 50."));
        }
        if (parser.isSet(QStringLiteral("features"))) {
            options.features.clear();
            for (const QString &feature : parser.value(QStringLiteral("features")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                options.features.append(feature.trimmed());
        }
        if (parser.isSet(QStringLiteral("seed"))) {
            options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return userError(QCoreApplication::translate("cli", "--seed must be a whole number >= 0."));
        }
        TerminalProgress progress("k-means");
        const KMeansSegmentationResult result = KMeansSegmentation::run(project.database(), options, progress);
        if (!result.isOk())
            return userError(result.errorString);
        QString error;
        if (!KMeansSegmentation::save(project.database(), result, &error))
            return userError(error);
        QJsonArray array;
        for (const KMeansCluster &cluster : result.clusters) {
            QJsonObject means;
            for (int f = 0; f < result.features.size(); ++f)
                means.insert(result.features.at(f), cluster.featureMeans.value(f));
            array.append(QJsonObject{{QStringLiteral("name"), cluster.name},
                                     {QStringLiteral("size"), qint64(cluster.customerIds.size())},
                                     {QStringLiteral("description"), cluster.description},
                                     {QStringLiteral("means"), means}});
            if (!json)
                std::printf("%-60s %8lld\n", qPrintable(cluster.name), qint64(cluster.customerIds.size()));
        }
        QJsonArray silhouettes;
        for (const auto &[k, s] : result.silhouetteByK)
            silhouettes.append(QJsonObject{{QStringLiteral("k"), k}, {QStringLiteral("silhouette"), s}});
        if (json) {
            printJson(QJsonObject{{QStringLiteral("segments"), array},
                                  {QStringLiteral("k"), result.k},
                                  {QStringLiteral("inertia"), result.inertia},
                                  {QStringLiteral("iterations"), result.iterations},
                                  {QStringLiteral("converged"), result.converged},
                                  {QStringLiteral("silhouette"), result.silhouette},
                                  {QStringLiteral("silhouette_by_k"), silhouettes},
                                  {QStringLiteral("features"), QJsonArray::fromStringList(result.features)},
                                  {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        } else {
            std::printf("%s\n", qPrintable(QCoreApplication::translate("cli",
                "k = %1, inertia %2 after %3 iterations, silhouette %4.")
                .arg(result.k).arg(result.inertia, 0, 'f', 2).arg(result.iterations).arg(result.silhouette, 0, 'f', 3)));
        }
        return 0;
    }
    if (method == QLatin1String("rule")) {
        const QString name = parser.value(QStringLiteral("name")).trimmed();
        QString error;
        if (!SegmentStore::isValidName(name, &error))
            return userError(QCoreApplication::translate("cli", "--name: %1").arg(error));
        CompiledRule rule;
        if (!SegmentRule::compile(parser.value(QStringLiteral("where")), &rule, &error))
            return userError(QCoreApplication::translate("cli", "--where: %1").arg(error));
        const QList<qint64> members = SegmentRule::members(project.database(), rule, &error);
        if (!error.isEmpty())
            return userError(error);
        const QString definition = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("where"), parser.value(QStringLiteral("where"))}})
                .toJson(QJsonDocument::Compact));
        if (!SegmentStore::save(project.database(), {{name, QStringLiteral("rule"), definition, members}}, QString(),
                                &error))
            return userError(error);
        if (json)
            printJson(QJsonObject{{QStringLiteral("segments"),
                                   QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                          {QStringLiteral("size"), qint64(members.size())}}}},
                                  {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        else
            std::printf("%s\n", qPrintable(QCoreApplication::translate("cli", "Saved segment \"%1\" with %2 customers.")
                                               .arg(name).arg(members.size())));
        return 0;
    }
    if (method == QLatin1String("clv")) {
        ClvOptions options;
        bool ok = true;
        if (parser.isSet(QStringLiteral("penalizer")))
            options.penalizer = parser.value(QStringLiteral("penalizer")).toDouble(&ok);
        if (!ok || options.penalizer < 0)
            return userError(QCoreApplication::translate("cli", "--penalizer must be a number >= 0."));
        TerminalProgress progress("CLV");
        const ClvResult result = Clv::compute(project.database(), options, progress);
        if (result.customers.isEmpty())
            return userError(result.errorString.isEmpty()
                                 ? QCoreApplication::translate("cli", "No customer could be modelled.")
                                 : result.errorString);
        QString error;
        if (!Clv::saveWithSegments(project.database(), result, &error))
            return userError(error);
        const QList<SegmentDraft> drafts = Clv::valueTiers(result);
        QJsonArray array;
        for (const SegmentDraft &draft : std::as_const(drafts))
            array.append(QJsonObject{{QStringLiteral("name"), draft.name},
                                     {QStringLiteral("size"), qint64(draft.customerIds.size())}});
        const QJsonObject bgnbd{{QStringLiteral("r"), result.bgnbd.r}, {QStringLiteral("alpha"), result.bgnbd.alpha},
                                {QStringLiteral("a"), result.bgnbd.a}, {QStringLiteral("b"), result.bgnbd.b},
                                {QStringLiteral("log_likelihood"), result.bgnbd.logLikelihood},
                                {QStringLiteral("converged"), result.bgnbd.converged}};
        const QJsonObject gg{{QStringLiteral("p"), result.gammaGamma.p}, {QStringLiteral("q"), result.gammaGamma.q},
                             {QStringLiteral("v"), result.gammaGamma.v},
                             {QStringLiteral("log_likelihood"), result.gammaGamma.logLikelihood},
                             {QStringLiteral("converged"), result.gammaGamma.converged}};
        if (json) {
            printJson(QJsonObject{{QStringLiteral("segments"), array}, {QStringLiteral("bgnbd"), bgnbd},
                                  {QStringLiteral("gamma_gamma"), gg},
                                  {QStringLiteral("customers"), qint64(result.customers.size())},
                                  {QStringLiteral("warnings"), result.errorString},
                                  {QStringLiteral("observation_end"), result.observationEnd.toString(Qt::ISODate)},
                                  {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        } else {
            std::printf("BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f (%s)\n", result.bgnbd.r, result.bgnbd.alpha,
                        result.bgnbd.a, result.bgnbd.b, result.bgnbd.converged ? "converged" : "NOT converged");
            std::printf("Gamma-Gamma p=%.4f q=%.4f v=%.4f (%s)\n", result.gammaGamma.p, result.gammaGamma.q,
                        result.gammaGamma.v, result.gammaGamma.converged ? "converged" : "NOT converged");
            for (const SegmentDraft &draft : std::as_const(drafts))
                std::printf("%-28s %8lld\n", qPrintable(draft.name), qint64(draft.customerIds.size()));
        }
        if (!result.errorString.isEmpty())
            std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(result.errorString.simplified()));
        return 0;
    }
    return userError(QCoreApplication::translate("cli", "segment needs a method: rfm, clv, rule or list."));
}
