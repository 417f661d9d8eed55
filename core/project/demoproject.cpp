#include "demoproject.h"

#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString DemoProject::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.tailor"));
}

bool DemoProject::ensure(const QString &projectPath, const QString &samplePath, ProgressReporter &progress,
                         QString *error)
{
    if (QFileInfo::exists(projectPath))
        return true;
    if (!QDir().mkpath(QFileInfo(projectPath).absolutePath())) {
        *error = tr("Cannot create the folder for the demo project: %1").arg(QFileInfo(projectPath).absolutePath());
        return false;
    }
    const QString partial = projectPath + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        Project project;
        if (!project.open(partial)) {
            *error = project.errorString();
            return false;
        }
        ImportOptions options;
        options.reader.path = samplePath;
        options.kind = ImportKind::Transactions;
        const ImportResult result = Importer().run(project.database(), options, progress);
        if (!result.isOk()) {
            *error = result.status == ImportResult::Status::Cancelled
                ? tr("Building the demo project was cancelled.")
                : tr("Cannot build the demo project: %1").arg(result.errorString);
            project.close();
            QFile::remove(partial);
            return false;
        }
        // Fold the WAL into the main file so the rename moves one complete file.
        project.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, projectPath)) {
        *error = tr("Cannot move the demo project into place at %1.").arg(projectPath);
        QFile::remove(partial);
        return false;
    }
    return true;
}
