#pragma once

#include <QStringList>

/**
 * tailor-cli commands. Each takes the arguments after the command name
 * (argv[0] first, as QCommandLineParser expects) and returns the exit code:
 * 0 success, 1 user error (one line on stderr).
 */
namespace CliCommands {
int import(const QStringList &arguments);
int segment(const QStringList &arguments);
}
