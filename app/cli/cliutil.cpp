#include "cliutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Cli {

TerminalProgress::TerminalProgress(const char *label) : m_label(label), m_enabled(isatty(2))
{
    m_timer.start();
}

TerminalProgress::~TerminalProgress()
{
    if (m_enabled && m_printed)
        std::fprintf(stderr, "\r\033[K");
}

void TerminalProgress::setValue(qint64 done)
{
    if (!m_enabled || m_total <= 0 || m_timer.elapsed() < m_lastPrint + 200)
        return;
    m_lastPrint = m_timer.elapsed();
    m_printed = true;
    std::fprintf(stderr, "\r%s %3d%%", m_label, int(done * 100 / m_total));
    std::fflush(stderr);
}

int userError(const QString &message)
{
    std::fprintf(stderr, "tailor-cli: %s\n", qPrintable(message.simplified()));
    return 1;
}

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QCoreApplication::translate("cli", "Project file (created when missing)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object on stdout.")});
    parser.addHelpOption();
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        *exitCode = userError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    if (!parser.isSet(QStringLiteral("project"))) {
        *exitCode = userError(QCoreApplication::translate("cli", "--project FILE is required."));
        return false;
    }
    return true;
}

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

Registration::Registration(const char *name, const char *summary, Handler handler)
{
    registry().append({name, summary, handler});
}

const QList<Command> &commands()
{
    return registry();
}

} // namespace Cli
