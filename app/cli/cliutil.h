#pragma once

#include "jobs/progressreporter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/** Shared pieces of the tailor-cli commands: options, errors, JSON output, progress. */
namespace Cli {

/** Prints a progress line on stderr when stderr is a terminal. */
class TerminalProgress : public ProgressReporter
{
public:
    explicit TerminalProgress(const char *label);
    ~TerminalProgress() override;
    void setRange(qint64 total) override { m_total = total; }
    void setValue(qint64 done) override;
    bool isCancelled() const override { return false; }

private:
    const char *m_label;
    bool m_enabled;
    bool m_printed = false;
    qint64 m_total = 0;
    qint64 m_lastPrint = -1000;
    QElapsedTimer m_timer;
};

/** Prints "tailor-cli: MESSAGE" on stderr and returns the user-error exit code 1. */
int userError(const QString &message);

/** Prints one compact JSON object and a newline on stdout. */
void printJson(const QJsonObject &object);

/** Adds --project FILE, --json and --help. */
void addCommonOptions(QCommandLineParser &parser);

/** Parses; on failure or --help prints and sets *exitCode, and returns false. Requires --project. */
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

/**
 * A command implemented in its own file registers itself with a static
 * Registration: `static const Cli::Registration reg("recommend", summary, &run);`
 * The handler gets argv[0] followed by the arguments after the command name.
 */
using Handler = int (*)(const QStringList &arguments);
struct Registration {
    Registration(const char *name, const char *summary, Handler handler);
};
struct Command {
    const char *name;
    const char *summary;
    Handler handler;
};
/** The registered commands, in registration order. */
const QList<Command> &commands();

} // namespace Cli
