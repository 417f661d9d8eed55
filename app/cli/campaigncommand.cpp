// tailor-cli campaign create | export | list | responses | preview

#include "cliutil.h"

#include "campaigns/campaignbuilder.h"
#include "campaigns/campaignexporter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/responseimporter.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(warning));
}

bool readFile(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

QJsonObject ratesJson(const CampaignRates &rates)
{
    return QJsonObject{{QStringLiteral("members"), rates.members}, {QStringLiteral("responses"), rates.responses},
                       {QStringLiteral("opened"), rates.opened}, {QStringLiteral("clicked"), rates.clicked},
                       {QStringLiteral("converted"), rates.converted}, {QStringLiteral("revenue"), rates.revenue},
                       {QStringLiteral("open_rate"), rates.openRate}, {QStringLiteral("click_rate"), rates.clickRate},
                       {QStringLiteral("conversion_rate"), rates.conversionRate}};
}

/** Fills @p options from the create/preview options; false with @p error on a user error. */
bool campaignOptions(const QCommandLineParser &parser, CampaignOptions *options, QString *error)
{
    options->name = parser.value(QStringLiteral("name"));
    options->segment = parser.value(QStringLiteral("segment"));
    options->sourceExperiment = parser.value(QStringLiteral("experiment"));
    options->sourceArm = parser.value(QStringLiteral("arm"));
    if (options->segment.isEmpty() && (options->sourceExperiment.isEmpty() || options->sourceArm.isEmpty())) {
        *error = tr("Give the audience: --segment NAME, or --experiment NAME --arm ARM.");
        return false;
    }
    const auto channel = CampaignBuilder::channelFromName(parser.value(QStringLiteral("channel")));
    if (!channel) {
        *error = tr("--channel must be auto, email, sms, hashed or export_only.");
        return false;
    }
    options->channel = *channel;
    if (parser.isSet(QStringLiteral("offers")) && !options->offers.load(parser.value(QStringLiteral("offers")), error))
        return false;
    if (parser.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        const double budget = parser.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || budget < 0) {
            *error = tr("--budget must be a number of 0 or more.");
            return false;
        }
        options->offers.setBudget(budget);
    }
    const struct { const char *language, *templateOption, *subjectOption; } languages[] = {
        {"en", "template", "subject"}, {"zh_CN", "template-zh", "subject-zh"}};
    for (const auto &l : languages) {
        const QString language = QString::fromLatin1(l.language);
        const bool hasBody = parser.isSet(QString::fromLatin1(l.templateOption));
        const bool hasSubject = parser.isSet(QString::fromLatin1(l.subjectOption));
        if (!hasBody && !hasSubject)
            continue;
        CampaignTemplates templates = CampaignBuilder::defaultTemplates(language);
        if (hasBody && !readFile(parser.value(QString::fromLatin1(l.templateOption)), &templates.body, error))
            return false;
        if (hasSubject)
            templates.subject = parser.value(QString::fromLatin1(l.subjectOption));
        options->templates.insert(language, templates);
    }
    options->language = parser.value(QStringLiteral("language"));
    if (!options->language.isEmpty() && options->language != QLatin1String("auto")
        && options->language != QLatin1String("en") && options->language != QLatin1String("zh_CN")) {
        *error = tr("--language must be auto, en or zh_CN.");
        return false;
    }
    options->recommendAlgo = parser.value(QStringLiteral("recommend"));
    if (parser.isSet(QStringLiteral("holdout"))) {
        bool ok = false;
        options->holdoutFraction = parser.value(QStringLiteral("holdout")).toDouble(&ok);
        if (!ok || options->holdoutFraction < 0 || options->holdoutFraction > 0.9) {
            *error = tr("--holdout must be a fraction between 0 and 0.9, such as 0.1.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = tr("--seed must be a whole number of 0 or more.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("frequency-cap-days"))) {
        bool ok = false;
        options->frequencyCapDays = parser.value(QStringLiteral("frequency-cap-days")).toInt(&ok);
        if (!ok || options->frequencyCapDays < 0) {
            *error = tr("--frequency-cap-days must be a whole number of days.");
            return false;
        }
    }
    options->linkExperiment = parser.value(QStringLiteral("link-experiment"));
    options->replace = parser.isSet(QStringLiteral("replace"));
    return true;
}

void addCampaignOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), tr("create: the campaign's name."), QStringLiteral("NAME")},
        {QStringLiteral("segment"), tr("create: the audience, a saved segment (e.g. Champions)."), QStringLiteral("SEGMENT")},
        {QStringLiteral("experiment"), tr("create: the audience is an arm of this experiment (with --arm)."),
         QStringLiteral("NAME")},
        {QStringLiteral("arm"), tr("create: the experiment arm."), QStringLiteral("ARM")},
        {QStringLiteral("channel"), tr("create: auto, email, sms, hashed or export_only (default auto: email when the "
                                       "audience has e-mails, else sms when it has phones, else export_only)."),
         QStringLiteral("CHANNEL")},
        {QStringLiteral("offers"), tr("create: offer rules (JSON, see core/campaigns/offerrules.h)."), QStringLiteral("FILE.json")},
        {QStringLiteral("budget"), tr("create: cap on the total estimated discount."), QStringLiteral("AMOUNT")},
        {QStringLiteral("template"), tr("create: message template (en; also used for other languages without one)."),
         QStringLiteral("FILE")},
        {QStringLiteral("template-zh"), tr("create: message template for zh_CN customers."), QStringLiteral("FILE")},
        {QStringLiteral("subject"), tr("create: subject template (en)."), QStringLiteral("TEXT")},
        {QStringLiteral("subject-zh"), tr("create: subject template (zh_CN)."), QStringLiteral("TEXT")},
        {QStringLiteral("language"), tr("create: auto (by country), en or zh_CN."), QStringLiteral("LANG")},
        {QStringLiteral("recommend"), tr("create: use the stored recommendations of this algorithm."), QStringLiteral("ALGO")},
        {QStringLiteral("holdout"), tr("create: fraction kept out as a holdout, e.g. 0.1."), QStringLiteral("F")},
        {QStringLiteral("seed"), tr("create: seed of coupons and holdout (default 1)."), QStringLiteral("S")},
        {QStringLiteral("frequency-cap-days"), tr("create: skip customers mailed in the last N days."), QStringLiteral("N")},
        {QStringLiteral("link-experiment"), tr("create: record the holdout as an experiment of this name."),
         QStringLiteral("NAME")},
        {QStringLiteral("replace"), tr("create: replace a campaign of the same name.")},
        {QStringLiteral("campaign"), tr("export, responses, preview: the campaign's name."), QStringLiteral("NAME")},
        {QStringLiteral("format"), tr("export: csv, xlsx, mailchimp or hashed."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), tr("export: the file to write."), QStringLiteral("FILE")},
        {QStringLiteral("bom"), tr("export: start CSV files with a byte-order mark (for Excel).")},
        {QStringLiteral("customer"), tr("preview: the customer id (key) to render for."), QStringLiteral("ID")},
    });
}

int create(QCommandLineParser &parser, Project &project, bool json)
{
    CampaignOptions options;
    QString error;
    if (parser.value(QStringLiteral("name")).isEmpty())
        return userError(tr("campaign create needs --name NAME."));
    if (!campaignOptions(parser, &options, &error))
        return userError(error);
    if (!options.recommendAlgo.isEmpty()) {
        const auto stored = project.database().scalar(QStringLiteral("SELECT count(*) FROM recommendations WHERE algo = ?"),
                                                      {options.recommendAlgo});
        if (stored && stored->toLongLong() == 0)
            std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(tr(
                "The project has no stored recommendations of algorithm \"%1\": the rec1..rec3 fields will be empty. "
                "Compute recommendations first; campaigns use what the recommendations table holds.")
                .arg(options.recommendAlgo)));
    }
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress("Building the campaign");
    const CampaignResult result = CampaignBuilder().build(project.database(), options, progress);
    if (result.status != CampaignResult::Status::Ok)
        return userError(result.status == CampaignResult::Status::Cancelled
                             ? tr("The campaign was cancelled; nothing was changed.") : result.errorString);
    printWarnings(result.warnings);
    if (json) {
        QJsonObject offers;
        for (auto it = result.offers.cbegin(); it != result.offers.cend(); ++it)
            offers.insert(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), it.value());
        QJsonArray missing;
        for (const MissingField &m : result.missingFields)
            missing.append(QJsonObject{{QStringLiteral("field"), m.field}, {QStringLiteral("customers"), m.customers}});
        printJson(QJsonObject{
            {QStringLiteral("campaign"), options.name},
            {QStringLiteral("segment"), options.segment},
            {QStringLiteral("channel"), result.channel},
            {QStringLiteral("source_size"), result.sourceSize},
            {QStringLiteral("audience"), result.audience},
            {QStringLiteral("excluded_opt_out"), result.excludedOptOut},
            {QStringLiteral("excluded_no_contact"), result.excludedNoContact},
            {QStringLiteral("excluded_frequency"), result.excludedFrequency},
            {QStringLiteral("holdout"), result.holdout},
            {QStringLiteral("coupons"), result.coupons},
            {QStringLiteral("budget_capped"), result.budgetCapped},
            {QStringLiteral("estimated_discount"), result.estimatedDiscount},
            {QStringLiteral("no_offer"), result.noOffer},
            {QStringLiteral("with_recommendations"), result.withRecommendations},
            {QStringLiteral("offers"), offers},
            {QStringLiteral("missing_fields"), missing},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
            {QStringLiteral("experiment_id"), result.experimentId},
            {QStringLiteral("seconds"), timer.elapsed() / 1000.0},
        });
    } else {
        std::printf("%s\n", qPrintable(tr("Campaign \"%1\" (%2): %3 members of %4 in %5; excluded %6 opted out, "
                                           "%7 without contact, %8 mailed recently; %9 in the holdout.")
            .arg(options.name, result.channel).arg(result.audience).arg(result.sourceSize)
            .arg(options.segment.isEmpty() ? options.sourceArm : options.segment)
            .arg(result.excludedOptOut).arg(result.excludedNoContact).arg(result.excludedFrequency).arg(result.holdout)));
        std::printf("%s\n", qPrintable(tr("%1 coupons (estimated discount %2); %3 fell back for the budget cap; "
                                           "%4 members with recommendations.")
            .arg(result.coupons).arg(result.estimatedDiscount, 0, 'f', 2).arg(result.budgetCapped)
            .arg(result.withRecommendations)));
    }
    return 0;
}

int exportCampaign(QCommandLineParser &parser, Project &project, bool json)
{
    CampaignExportOptions options;
    options.campaign = parser.value(QStringLiteral("campaign"));
    options.path = parser.value(QStringLiteral("out"));
    options.bom = parser.isSet(QStringLiteral("bom"));
    if (options.campaign.isEmpty() || options.path.isEmpty())
        return userError(tr("campaign export needs --campaign NAME --format FORMAT --out FILE."));
    const auto format = CampaignExporter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return userError(tr("--format must be csv, xlsx, mailchimp or hashed."));
    options.format = *format;
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress("Exporting");
    const CampaignExportResult result = CampaignExporter().run(project.database(), options, progress);
    if (result.status != CampaignExportResult::Status::Ok)
        return userError(result.status == CampaignExportResult::Status::Cancelled
                             ? tr("The export was cancelled; no file was written.") : result.errorString);
    printWarnings(result.warnings);
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("campaign"), options.campaign},
            {QStringLiteral("format"), CampaignExporter::formatName(options.format)},
            {QStringLiteral("rows"), result.rows},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("excluded_opt_out"), result.excludedOptOut},
            {QStringLiteral("holdout"), result.holdout},
            {QStringLiteral("file"), result.file},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
            {QStringLiteral("seconds"), timer.elapsed() / 1000.0},
        });
    } else {
        std::printf("%s\n", qPrintable(tr("Wrote %1 rows to %2 (%3 skipped, %4 opted out, %5 in the holdout).")
            .arg(result.rows).arg(result.file).arg(result.skipped).arg(result.excludedOptOut).arg(result.holdout)));
    }
    return 0;
}

int list(Project &project, bool json)
{
    QString error;
    const QList<CampaignInfo> campaigns = CampaignStore::list(project.database(), &error);
    if (!error.isEmpty())
        return userError(error);
    QJsonArray array;
    for (const CampaignInfo &c : campaigns) {
        const CampaignRates rates = CampaignStore::rates(project.database(), c.id);
        if (json) {
            QJsonObject object{{QStringLiteral("name"), c.name}, {QStringLiteral("segment"), c.segment},
                               {QStringLiteral("channel"), c.channel}, {QStringLiteral("audience"), c.audience},
                               {QStringLiteral("holdout"), c.holdout}, {QStringLiteral("excluded_opt_out"), c.excludedOptOut},
                               {QStringLiteral("excluded_no_contact"), c.excludedNoContact},
                               {QStringLiteral("excluded_frequency"), c.excludedFrequency},
                               {QStringLiteral("exports"), c.exports}, {QStringLiteral("created_at"), c.createdAt},
                               {QStringLiteral("rates"), ratesJson(rates)}};
            array.append(object);
        } else {
            std::printf("%s\n", qPrintable(tr("%1  segment %2, %3 members, %4 holdout, %5 exports; opened %6%, "
                                               "clicked %7%, converted %8%")
                .arg(c.name, c.segment).arg(c.audience).arg(c.holdout).arg(c.exports)
                .arg(rates.openRate * 100, 0, 'f', 1).arg(rates.clickRate * 100, 0, 'f', 1)
                .arg(rates.conversionRate * 100, 0, 'f', 1)));
        }
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("campaigns"), array}});
    return 0;
}

int responses(QCommandLineParser &parser, Project &project, bool json)
{
    const QString campaign = parser.value(QStringLiteral("campaign"));
    const QStringList files = parser.positionalArguments();
    if (campaign.isEmpty() || files.size() != 1)
        return userError(tr("campaign responses needs --campaign NAME and one FILE.csv."));
    TerminalProgress progress("Importing responses");
    const ResponseImportResult result = ResponseImporter().run(project.database(), campaign, files.first(), progress);
    if (result.status != ResponseImportResult::Status::Ok)
        return userError(result.status == ResponseImportResult::Status::Cancelled
                             ? tr("The import was cancelled; nothing was changed.") : result.errorString);
    if (result.unknownCustomers > 0)
        std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(tr("%1 rows name customers that are not in the "
                                                                         "project (for example %2).")
            .arg(result.unknownCustomers).arg(result.unknownExamples.join(QStringLiteral(", ")))));
    QString findError;
    const auto info = CampaignStore::find(project.database(), campaign, &findError);
    const CampaignRates rates = info ? CampaignStore::rates(project.database(), info->id) : CampaignRates();
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("campaign"), campaign},
            {QStringLiteral("rows_read"), result.rowsRead},
            {QStringLiteral("imported"), result.imported},
            {QStringLiteral("unknown_customers"), result.unknownCustomers},
            {QStringLiteral("unknown_examples"), QJsonArray::fromStringList(result.unknownExamples)},
            {QStringLiteral("not_members"), result.notMembers},
            {QStringLiteral("rejected"), result.rejected},
            {QStringLiteral("experiment_id"), result.experimentId},
            {QStringLiteral("rates"), ratesJson(rates)},
        });
    } else {
        std::printf("%s\n", qPrintable(tr("Imported %1 of %2 responses (%3 unknown customers, %4 not in the campaign, "
                                           "%5 unreadable). Opened %6%, clicked %7%, converted %8%.")
            .arg(result.imported).arg(result.rowsRead).arg(result.unknownCustomers).arg(result.notMembers)
            .arg(result.rejected).arg(rates.openRate * 100, 0, 'f', 1).arg(rates.clickRate * 100, 0, 'f', 1)
            .arg(rates.conversionRate * 100, 0, 'f', 1)));
    }
    return 0;
}

int preview(QCommandLineParser &parser, Project &project, bool json)
{
    CampaignOptions options;
    QString error;
    options.name = parser.value(QStringLiteral("name"));
    if (!campaignOptions(parser, &options, &error))
        return userError(error);
    const auto id = project.database().scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = ?"),
                                              {parser.value(QStringLiteral("customer"))});
    if (!id)
        return userError(tr("There is no customer \"%1\".").arg(parser.value(QStringLiteral("customer"))));
    const CampaignPreview p = CampaignBuilder().preview(project.database(), options, id->toLongLong());
    if (!p.ok)
        return userError(p.errorString);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("language"), p.language}, {QStringLiteral("offer"), p.offer},
                              {QStringLiteral("coupon"), p.coupon}, {QStringLiteral("subject"), p.subject},
                              {QStringLiteral("body"), p.body}});
    } else {
        std::printf("%s\n\n%s\n", qPrintable(p.subject), qPrintable(p.body));
    }
    return 0;
}

int run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (!action.isEmpty() && !action.startsWith(QLatin1Char('-')))
        rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("campaign create | export | list | responses FILE.csv | preview"));
    addCommonOptions(parser);
    addCampaignOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("responses: the responses CSV."));
    int exitCode = 0;
    if (!parse(parser, rest, &exitCode))
        return exitCode;
    Project project;
    if (!project.open(parser.value(QStringLiteral("project"))))
        return userError(project.errorString());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("create"))
        return create(parser, project, json);
    if (action == QLatin1String("export"))
        return exportCampaign(parser, project, json);
    if (action == QLatin1String("list"))
        return list(project, json);
    if (action == QLatin1String("responses"))
        return responses(parser, project, json);
    if (action == QLatin1String("preview"))
        return preview(parser, project, json);
    return userError(tr("campaign needs an action: create, export, list, responses or preview."));
}

const Registration registration("campaign",
    QT_TRANSLATE_NOOP("cli", "create --name N --segment S | export --campaign N --format F --out FILE | list | "
                             "responses --campaign N FILE: personalized campaigns"),
    &run);

} // namespace
