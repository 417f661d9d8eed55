// tailor-cli report --out FILE.zip [--sections LIST] [--evaluate [--algo NAME]]

#include "cliutil.h"

#include "project/project.h"
#include "reports/reportexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int run(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("report --out FILE.zip: the project report (PDF, HTML, charts, CSV tables)"));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("out"), tr("The zip file to write (replaced when it exists)."), QStringLiteral("FILE.zip")},
        {QStringLiteral("sections"),
         tr("Comma-separated sections: data, segments, recommendations, experiments, campaigns (default: all)."),
         QStringLiteral("LIST")},
        {QStringLiteral("evaluate"), tr("Also evaluate a recommender offline (slower).")},
        {QStringLiteral("algo"), tr("The recommender evaluated with --evaluate (default itemknn)."),
         QStringLiteral("NAME")},
    });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return userError(tr("--out FILE.zip is required."));
    if (QFileInfo(out).isDir())
        return userError(tr("--out must name a file, not the folder %1.").arg(QDir::toNativeSeparators(out)));

    ReportOptions options;
    if (parser.isSet(QStringLiteral("sections"))) {
        options.dataSummary = options.segments = options.recommendations = options.experiments = options.campaigns =
            false;
        const QStringList sections = parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : sections) {
            const QString section = raw.trimmed().toLower();
            if (section == QLatin1String("data"))
                options.dataSummary = true;
            else if (section == QLatin1String("segments"))
                options.segments = true;
            else if (section == QLatin1String("recommendations"))
                options.recommendations = true;
            else if (section == QLatin1String("experiments"))
                options.experiments = true;
            else if (section == QLatin1String("campaigns"))
                options.campaigns = true;
            else
                return userError(tr("Unknown section \"%1\": use data, segments, recommendations, experiments or "
                                    "campaigns.").arg(raw));
        }
        if (sections.isEmpty())
            return userError(tr("--sections needs at least one section."));
    }
    options.evaluateRecommendations = parser.isSet(QStringLiteral("evaluate"));
    if (parser.isSet(QStringLiteral("algo")))
        options.evaluationAlgo = parser.value(QStringLiteral("algo"));

    const QString projectPath = parser.value(QStringLiteral("project"));
    {
        // Create a missing project like every command; the exporter opens its own connection.
        Project project;
        if (!project.open(projectPath, Project::OpenMode::CreateIfMissing))
            return userError(project.errorString());
    }
    TerminalProgress progress("Report");
    const ReportExportResult result = ReportExporter::exportBundle(projectPath, options, out, progress);
    if (!result.isOk())
        return userError(result.errorString.isEmpty() ? tr("The report was cancelled.") : result.errorString);
    if (json) {
        QJsonArray entries;
        for (const QString &entry : result.entries)
            entries.append(entry);
        printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(result.file).absoluteFilePath()},
                              {QStringLiteral("entries"), entries},
                              {QStringLiteral("pdf_pages"), result.pdfPages},
                              {QStringLiteral("bytes"), result.bytes},
                              {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    } else {
        std::printf("%s\n", qPrintable(tr("Wrote %1: %2 files, a %3-page PDF.")
                                           .arg(QDir::toNativeSeparators(result.file))
                                           .arg(result.entries.size())
                                           .arg(result.pdfPages)));
    }
    return 0;
}

const Registration registration("report", QT_TRANSLATE_NOOP("cli", "--out FILE.zip: the project report (PDF, HTML, "
                                                                   "charts, CSV tables)"),
                                &run);

} // namespace
