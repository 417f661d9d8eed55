#pragma once

#include <QCoreApplication>
#include <QString>

class ProgressReporter;

/**
 * Builds the demo project (a sample of UCI Online Retail) on first use.
 *
 * The project is written under a temporary name and renamed into place only
 * when complete, so an interrupted build never leaves a half project behind.
 * Thread-safety: call from a worker thread; it opens its own connection.
 */
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
public:
    /** Where the demo project lives (the user's application data folder). */
    static QString defaultPath();

    /**
     * Makes sure @p projectPath holds the demo project, importing @p samplePath
     * (a transactions CSV, optionally gzip-compressed) when it does not exist yet.
     */
    static bool ensure(const QString &projectPath, const QString &samplePath, ProgressReporter &progress,
                       QString *error);
};
