// tailor-cli experiment create|analyze|power|list|export|outcomes

#include "cliutil.h"

#include "experiments/experimentanalysis.h"
#include "experiments/experimentdesign.h"
#include "experiments/experimentstore.h"
#include "experiments/poweranalysis.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

bool parseDouble(const QCommandLineParser &parser, const QString &name, double *out, int *exitCode)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toDouble(&ok);
    if (!ok) {
        *exitCode = userError(tr("--%1 expects a number, got \"%2\".").arg(name, parser.value(name)));
        return false;
    }
    return true;
}

bool openProject(const QCommandLineParser &parser, Project &project, int *exitCode)
{
    if (!project.open(parser.value(QStringLiteral("project")))) {
        *exitCode = userError(project.errorString());
        return false;
    }
    return true;
}

QString fmt(double value)
{
    return QString::number(value, 'g', 6);
}

int analyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Analyse an experiment metric against the control arm."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("experiment"), tr("Experiment name."), QStringLiteral("NAME")},
        {QStringLiteral("metric"),
         tr("Outcome metric, e.g. visit or spend; several, comma-separated, are analysed together and "
            "corrected across all their comparisons."),
         QStringLiteral("M[,M...]")},
        {QStringLiteral("control"), tr("Control arm (default: the arm marked as control)."), QStringLiteral("ARM")},
        {QStringLiteral("correction"), tr("Multiple-comparison correction: holm, bh or none (default holm)."),
         QStringLiteral("METHOD"), QStringLiteral("holm")},
        {QStringLiteral("covariate"), tr("Pre-period covariate for CUPED variance reduction."), QStringLiteral("X")},
        {QStringLiteral("kind"), tr("auto, rate or mean (default auto: rate when all values are 0/1)."),
         QStringLiteral("KIND"), QStringLiteral("auto")},
        {QStringLiteral("alpha"), tr("Significance level (default 0.05)."), QStringLiteral("A")},
        {QStringLiteral("mde"), tr("Planned minimum detectable effect (absolute), for the power warning."),
         QStringLiteral("D")},
        {QStringLiteral("tau"), tr("Mixture scale of the always-valid confidence sequence."), QStringLiteral("T")},
        {QStringLiteral("looks"), tr("Number of analyses done so far, including this one."), QStringLiteral("N")},
        {QStringLiteral("sequential"), tr("Read the results as sequential monitoring (no peeking warning).")},
    });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("experiment")) || !parser.isSet(QStringLiteral("metric")))
        return userError(tr("experiment analyze needs --experiment NAME and --metric M."));

    QStringList metrics;
    for (const QString &name : parser.value(QStringLiteral("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (metrics.contains(name.trimmed()))
            return userError(tr("--metric names %1 twice.").arg(name.trimmed()));
        metrics << name.trimmed();
    }
    if (metrics.isEmpty())
        return userError(tr("experiment analyze needs --experiment NAME and --metric M."));
    AnalysisOptions options;
    options.covariate = parser.value(QStringLiteral("covariate"));
    options.control = parser.value(QStringLiteral("control"));
    const QString correction = parser.value(QStringLiteral("correction")).toLower();
    if (correction == QLatin1String("holm"))
        options.correction = AnalysisOptions::Correction::Holm;
    else if (correction == QLatin1String("bh") || correction == QLatin1String("fdr_bh"))
        options.correction = AnalysisOptions::Correction::BenjaminiHochberg;
    else if (correction == QLatin1String("none"))
        options.correction = AnalysisOptions::Correction::None;
    else
        return userError(tr("--correction must be holm, bh or none."));
    const QString kind = parser.value(QStringLiteral("kind")).toLower();
    if (kind == QLatin1String("rate"))
        options.kind = AnalysisOptions::MetricKind::Rate;
    else if (kind == QLatin1String("mean"))
        options.kind = AnalysisOptions::MetricKind::Mean;
    else if (kind != QLatin1String("auto"))
        return userError(tr("--kind must be auto, rate or mean."));
    double looks = 1;
    if (!parseDouble(parser, QStringLiteral("alpha"), &options.alpha, &exitCode)
        || !parseDouble(parser, QStringLiteral("mde"), &options.plannedMde, &exitCode)
        || !parseDouble(parser, QStringLiteral("tau"), &options.sequentialTau, &exitCode)
        || !parseDouble(parser, QStringLiteral("looks"), &looks, &exitCode))
        return exitCode;
    options.looks = int(looks);
    options.sequential = parser.isSet(QStringLiteral("sequential"));

    Project project;
    if (!openProject(parser, project, &exitCode))
        return exitCode;
    QVector<AnalysisOptions> analyses;
    for (const QString &name : metrics) {
        AnalysisOptions one = options;
        one.metric = name;
        analyses.append(one);
    }
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress("Analysing");
    const QVector<AnalysisResult> results = ExperimentStore::analyzeMetrics(
        project.database(), parser.value(QStringLiteral("experiment")), analyses, progress);
    for (const AnalysisResult &r : results) {
        if (!r.ok)
            return userError(r.errorString);
    }
    const double seconds = timer.elapsed() / 1000.0;

    if (!parser.isSet(QStringLiteral("json"))) {
        for (const AnalysisResult &r : results) {
            std::printf("%s\n", qPrintable(tr("Experiment %1, metric %2 (%3%4)")
                                               .arg(parser.value(QStringLiteral("experiment")), r.metric,
                                                    r.isRate ? tr("rate") : tr("mean"),
                                                    r.covariate.isEmpty() ? QString()
                                                                          : tr(", CUPED on %1").arg(r.covariate))));
            for (const ArmResult &a : r.arms)
                std::printf("  %-20s n=%-9lld mean=%-10s CI %s to %s%s\n", qPrintable(a.name), (long long)a.n,
                            qPrintable(fmt(a.mean)), qPrintable(fmt(a.ciLow)), qPrintable(fmt(a.ciHigh)),
                            a.isControl ? qPrintable(tr(" (control)")) : "");
            for (const Comparison &c : r.comparisons)
                std::printf("  %s vs %s: diff %s (CI %s to %s), lift %s, p=%s, adjusted p=%s, chance to beat %s\n",
                            qPrintable(c.arm), qPrintable(c.control), qPrintable(fmt(c.diff)), qPrintable(fmt(c.ciLow)),
                            qPrintable(fmt(c.ciHigh)), qPrintable(fmt(c.relativeLift)), qPrintable(fmt(c.pValue)),
                            qPrintable(fmt(c.pAdjusted)), qPrintable(fmt(c.chanceToBeat)));
            std::printf("  %s\n", qPrintable(tr("Sample ratio test: p=%1").arg(fmt(r.srmPValue))));
            if (!r.covariate.isEmpty())
                std::printf("  %s\n", qPrintable(tr("CUPED: theta=%1, variance reduction %2%")
                                                     .arg(fmt(r.cupedTheta), fmt(r.varianceReduction * 100))));
            for (const QString &verdict : r.verdicts)
                std::printf("%s\n", qPrintable(verdict));
            for (const QString &warning : r.warnings)
                std::fprintf(stderr, "tailor-cli: warning: %s\n", qPrintable(warning));
        }
        if (results.size() > 1)
            std::printf("%s\n", qPrintable(tr("Adjusted p-values (%1) are corrected across %2 comparisons of %3 metrics.")
                                               .arg(correction).arg(results.first().familySize).arg(results.size())));
        return 0;
    }
    auto toJson = [&](const AnalysisResult &r) {
        QJsonArray arms;
        for (const ArmResult &a : r.arms)
            arms.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("n"), a.n},
                                    {QStringLiteral("sum"), number(a.sum)}, {QStringLiteral("mean"), number(a.mean)},
                                    {QStringLiteral("sd"), number(a.sd)}, {QStringLiteral("ci_low"), number(a.ciLow)},
                                    {QStringLiteral("ci_high"), number(a.ciHigh)},
                                    {QStringLiteral("is_control"), a.isControl}, {QStringLiteral("is_holdout"), a.isHoldout},
                                    {QStringLiteral("expected_share"), number(a.expectedShare)}});
        QJsonArray comparisons;
        for (const Comparison &c : r.comparisons)
            comparisons.append(QJsonObject{
                {QStringLiteral("arm"), c.arm}, {QStringLiteral("control"), c.control},
                {QStringLiteral("diff"), number(c.diff)}, {QStringLiteral("ci_low"), number(c.ciLow)},
                {QStringLiteral("ci_high"), number(c.ciHigh)}, {QStringLiteral("relative_lift"), number(c.relativeLift)},
                {QStringLiteral("lift_ci_low"), number(c.liftCiLow)}, {QStringLiteral("lift_ci_high"), number(c.liftCiHigh)},
                {QStringLiteral("z"), number(c.z)}, {QStringLiteral("t"), number(c.t)}, {QStringLiteral("df"), number(c.df)},
                {QStringLiteral("p_value"), number(c.pValue)}, {QStringLiteral("welch_p_value"), number(c.welchPValue)},
                {QStringLiteral("p_adjusted"), number(c.pAdjusted)}, {QStringLiteral("p_holm"), number(c.pHolm)},
                {QStringLiteral("p_bh"), number(c.pBh)}, {QStringLiteral("chance_to_beat_control"), number(c.chanceToBeat)},
                {QStringLiteral("expected_loss"), number(c.expectedLoss)},
                {QStringLiteral("sequential_ci_low"), number(c.seqCiLow)},
                {QStringLiteral("sequential_ci_high"), number(c.seqCiHigh)},
                {QStringLiteral("sequential_p_value"), number(c.seqPValue)}});
        QJsonObject json{{QStringLiteral("experiment"), parser.value(QStringLiteral("experiment"))},
                         {QStringLiteral("metric"), r.metric},
                         {QStringLiteral("kind"), r.isRate ? QStringLiteral("rate") : QStringLiteral("mean")},
                         {QStringLiteral("correction"), correction},
                         {QStringLiteral("arms"), arms},
                         {QStringLiteral("comparisons"), comparisons},
                         {QStringLiteral("srm_p_value"), number(r.srmPValue)},
                         {QStringLiteral("srm_chi2"), number(r.srmChiSquare)},
                         {QStringLiteral("srm_detected"), r.srmDetected},
                         {QStringLiteral("sequential_tau"), number(r.sequentialTau)},
                         {QStringLiteral("underpowered"), r.underpowered},
                         {QStringLiteral("peeking"), r.peeking},
                         {QStringLiteral("verdicts"), QJsonArray::fromStringList(r.verdicts)},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                         {QStringLiteral("family_size"), r.familySize}};
        if (r.hasChiSquare)
            json.insert(QStringLiteral("chi2"), QJsonObject{{QStringLiteral("statistic"), number(r.chiSquare)},
                                                           {QStringLiteral("p_value"), number(r.chiSquarePValue)},
                                                           {QStringLiteral("dof"), r.chiSquareDof}});
        if (!r.covariate.isEmpty())
            json.insert(QStringLiteral("cuped"), QJsonObject{{QStringLiteral("covariate"), r.covariate},
                                                            {QStringLiteral("theta"), number(r.cupedTheta)},
                                                            {QStringLiteral("variance_reduction"), number(r.varianceReduction)}});
        if (r.requiredPerArm > 0)
            json.insert(QStringLiteral("required_per_arm"), r.requiredPerArm);
        return json;
    };
    if (results.size() == 1) {
        QJsonObject json = toJson(results.first());
        json.insert(QStringLiteral("seconds"), seconds);
        printJson(json);
        return 0;
    }
    QJsonArray all;
    for (const AnalysisResult &r : results)
        all.append(toJson(r));
    printJson(QJsonObject{{QStringLiteral("experiment"), parser.value(QStringLiteral("experiment"))},
                          {QStringLiteral("correction"), correction},
                          {QStringLiteral("family_size"), results.first().familySize},
                          {QStringLiteral("analyses"), all},
                          {QStringLiteral("seconds"), seconds}});
    return 0;
}

int power(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sample size per arm for a two-sided test."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("baseline"), tr("Control rate (rate) or mean (mean)."), QStringLiteral("P")},
        {QStringLiteral("mde"), tr("Minimum detectable effect, absolute (0.01 = one point)."), QStringLiteral("D")},
        {QStringLiteral("alpha"), tr("Significance level (default 0.05)."), QStringLiteral("A"), QStringLiteral("0.05")},
        {QStringLiteral("power"), tr("Power (default 0.8)."), QStringLiteral("P"), QStringLiteral("0.8")},
        {QStringLiteral("metric"), tr("rate or mean (default rate)."), QStringLiteral("KIND"), QStringLiteral("rate")},
        {QStringLiteral("sd"), tr("Standard deviation per customer (mean metrics)."), QStringLiteral("S")},
        {QStringLiteral("ratio"), tr("Variant size / control size (default 1)."), QStringLiteral("R"), QStringLiteral("1")},
        {QStringLiteral("daily-traffic"), tr("Customers per day, for the duration."), QStringLiteral("N")},
        {QStringLiteral("arms"), tr("Number of arms sharing the traffic (default 2)."), QStringLiteral("K"),
         QStringLiteral("2")},
    });
    // power needs no project: parse here instead of Cli::parse().
    if (!parser.parse(arguments))
        return userError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("mde")))
        return userError(tr("experiment power needs --mde D (and --baseline P for rates, --sd S for means)."));
    PowerInput in;
    const QString metric = parser.value(QStringLiteral("metric")).toLower();
    if (metric == QLatin1String("rate"))
        in.metric = PowerInput::Metric::Rate;
    else if (metric == QLatin1String("mean"))
        in.metric = PowerInput::Metric::Mean;
    else
        return userError(tr("--metric must be rate or mean."));
    if (in.metric == PowerInput::Metric::Rate && !parser.isSet(QStringLiteral("baseline")))
        return userError(tr("experiment power --metric rate needs --baseline P."));
    if (in.metric == PowerInput::Metric::Mean && !parser.isSet(QStringLiteral("sd")))
        return userError(tr("experiment power --metric mean needs --sd S."));
    double arms = 2;
    int exitCode = 0;
    if (!parseDouble(parser, QStringLiteral("baseline"), &in.baseline, &exitCode)
        || !parseDouble(parser, QStringLiteral("mde"), &in.mde, &exitCode)
        || !parseDouble(parser, QStringLiteral("alpha"), &in.alpha, &exitCode)
        || !parseDouble(parser, QStringLiteral("power"), &in.power, &exitCode)
        || !parseDouble(parser, QStringLiteral("sd"), &in.sd, &exitCode)
        || !parseDouble(parser, QStringLiteral("ratio"), &in.ratio, &exitCode)
        || !parseDouble(parser, QStringLiteral("daily-traffic"), &in.dailyTraffic, &exitCode)
        || !parseDouble(parser, QStringLiteral("arms"), &arms, &exitCode))
        return exitCode;
    in.arms = int(arms);
    const PowerResult r = PowerAnalysis::solve(in);
    if (!r.ok)
        return userError(r.errorString);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("n_per_arm"), r.nPerArm}, {QStringLiteral("n"), r.n},
                         {QStringLiteral("n_variant"), r.nVariant}, {QStringLiteral("effect_size"), r.effectSize},
                         {QStringLiteral("metric"), metric}, {QStringLiteral("alpha"), in.alpha},
                         {QStringLiteral("power"), in.power}, {QStringLiteral("ratio"), in.ratio}};
        if (r.days > 0)
            json.insert(QStringLiteral("days"), r.days);
        printJson(json);
        return 0;
    }
    std::printf("%s\n", qPrintable(tr("%1 customers per arm (effect size %2, exact n %3).")
                                       .arg(r.nPerArm).arg(fmt(r.effectSize), fmt(r.n))));
    if (r.days > 0)
        std::printf("%s\n", qPrintable(tr("About %1 days at %2 customers per day.").arg(r.days).arg(in.dailyTraffic)));
    return 0;
}

QJsonObject experimentJson(const ExperimentInfo &info)
{
    QJsonArray arms;
    for (const ExperimentArmInfo &a : info.arms)
        arms.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("n"), a.n},
                                {QStringLiteral("weight"), a.weight}, {QStringLiteral("is_control"), a.isControl},
                                {QStringLiteral("is_holdout"), a.isHoldout}});
    return QJsonObject{{QStringLiteral("experiment"), info.name}, {QStringLiteral("arms"), arms},
                       {QStringLiteral("segment"), info.segment}, {QStringLiteral("salt"), info.salt},
                       {QStringLiteral("created_at"), info.createdAt}, {QStringLiteral("started_at"), info.startedAt},
                       {QStringLiteral("outcomes"), QJsonArray::fromStringList(info.outcomes)},
                       {QStringLiteral("covariates"), QJsonArray::fromStringList(info.covariates)}};
}

void printExperiment(const ExperimentInfo &info)
{
    std::printf("%s%s\n", qPrintable(info.name),
                info.segment.isEmpty() ? "" : qPrintable(tr(" (segment %1)").arg(info.segment)));
    for (const ExperimentArmInfo &a : info.arms)
        std::printf("  %-20s %9lld%s%s\n", qPrintable(a.name), (long long)a.n,
                    a.isControl ? qPrintable(tr(" control")) : "", a.isHoldout ? qPrintable(tr(" holdout")) : "");
    if (!info.outcomes.isEmpty())
        std::printf("  %s\n", qPrintable(tr("outcomes: %1").arg(info.outcomes.join(QStringLiteral(", ")))));
}

int create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an experiment and assign customers to arms."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("name"), tr("Experiment name."), QStringLiteral("NAME")},
        {QStringLiteral("segment"), tr("Segment to draw from (default: all customers)."), QStringLiteral("SEGMENT")},
        {QStringLiteral("arms"), tr("Arms and weights, control first, e.g. A:0.5,B:0.5."), QStringLiteral("LIST")},
        {QStringLiteral("salt"), tr("Hash salt (default: the experiment name)."), QStringLiteral("S")},
        {QStringLiteral("holdout"), tr("Share of a holdout arm, e.g. 0.1."), QStringLiteral("SHARE")},
        {QStringLiteral("stratify"), tr("Balance arms within country, city, gender or rfm_segment."),
         QStringLiteral("FIELD")},
        {QStringLiteral("metric"), tr("Primary metric (stored with the design)."), QStringLiteral("M")},
    });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("arms")))
        return userError(tr("experiment create needs --name NAME and --arms A:0.5,B:0.5."));
    double holdout = 0;
    if (!parseDouble(parser, QStringLiteral("holdout"), &holdout, &exitCode))
        return exitCode;
    QString error;
    const auto arms = ExperimentDesign::parseArms(parser.value(QStringLiteral("arms")), holdout, &error);
    if (!arms)
        return userError(error);
    ExperimentSpec spec;
    spec.name = parser.value(QStringLiteral("name"));
    spec.segment = parser.value(QStringLiteral("segment"));
    spec.arms = *arms;
    spec.salt = parser.value(QStringLiteral("salt"));
    spec.stratifyBy = parser.value(QStringLiteral("stratify"));
    if (parser.isSet(QStringLiteral("metric")))
        spec.design.insert(QStringLiteral("metric"), parser.value(QStringLiteral("metric")));
    Project project;
    if (!openProject(parser, project, &exitCode))
        return exitCode;
    TerminalProgress progress("Assigning");
    const auto info = ExperimentStore::create(project.database(), spec, progress, &error);
    if (!info)
        return userError(error);
    if (parser.isSet(QStringLiteral("json")))
        printJson(experimentJson(*info));
    else
        printExperiment(*info);
    return 0;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the experiments of a project."));
    addCommonOptions(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    Project project;
    if (!openProject(parser, project, &exitCode))
        return exitCode;
    QString error;
    const QVector<ExperimentInfo> all = ExperimentStore::list(project.database(), &error);
    if (!error.isEmpty())
        return userError(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray experiments;
        for (const ExperimentInfo &info : all)
            experiments.append(experimentJson(info));
        printJson(QJsonObject{{QStringLiteral("experiments"), experiments}});
        return 0;
    }
    if (all.isEmpty())
        std::printf("%s\n", qPrintable(tr("No experiments.")));
    for (const ExperimentInfo &info : all)
        printExperiment(info);
    return 0;
}

int exportAssignments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export customer_key,arm rows as CSV."));
    addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("experiment"), tr("Experiment name."), QStringLiteral("NAME")},
                       {QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE")}});
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("experiment")) || !parser.isSet(QStringLiteral("out")))
        return userError(tr("experiment export needs --experiment NAME and --out FILE.csv."));
    Project project;
    if (!openProject(parser, project, &exitCode))
        return exitCode;
    QString error;
    const QString out = parser.value(QStringLiteral("out"));
    const auto rows = ExperimentStore::exportAssignments(project.database(), parser.value(QStringLiteral("experiment")),
                                                         out, &error);
    if (!rows)
        return userError(error);
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("rows"), *rows}, {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()}});
    else
        std::printf("%s\n", qPrintable(tr("%1 assignments written to %2.").arg(*rows).arg(out)));
    return 0;
}

int outcomes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Derive conversion_<N>d and revenue_<N>d outcomes from orders."));
    addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("experiment"), tr("Experiment name."), QStringLiteral("NAME")},
                       {QStringLiteral("days"), tr("Window after the start, in days (default 30)."), QStringLiteral("N"),
                        QStringLiteral("30")}});
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("experiment")))
        return userError(tr("experiment outcomes needs --experiment NAME."));
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok)
        return userError(tr("--days expects a whole number of days."));
    Project project;
    if (!openProject(parser, project, &exitCode))
        return exitCode;
    QString error;
    TerminalProgress progress("Deriving");
    const auto customers = ExperimentStore::deriveOutcomesFromOrders(
        project.database(), parser.value(QStringLiteral("experiment")), days, progress, &error);
    if (!customers)
        return userError(error);
    const QStringList metrics = {QStringLiteral("conversion_%1d").arg(days), QStringLiteral("revenue_%1d").arg(days)};
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("customers"), *customers},
                              {QStringLiteral("metrics"), QJsonArray::fromStringList(metrics)}});
    else
        std::printf("%s\n", qPrintable(tr("%1 customers: %2.").arg(*customers).arg(metrics.join(QStringLiteral(", ")))));
    return 0;
}

int run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("analyze") || sub == QLatin1String("analyse"))
        return analyze(rest);
    if (sub == QLatin1String("power"))
        return power(rest);
    if (sub == QLatin1String("create"))
        return create(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("export"))
        return exportAssignments(rest);
    if (sub == QLatin1String("outcomes"))
        return outcomes(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::printf("%s\n", qPrintable(tr("Usage: tailor-cli experiment create|analyze|power|list|export|outcomes "
                                          "[options]; add --help after a subcommand for its options.")));
        return sub.isEmpty() ? 1 : 0;
    }
    return userError(tr("Unknown experiment subcommand \"%1\"; use create, analyze, power, list, export or outcomes.")
                         .arg(sub));
}

const Registration registration("experiment",
                                QT_TRANSLATE_NOOP("cli", "Design, assign, size and analyse A/B tests"), &run);

} // namespace
