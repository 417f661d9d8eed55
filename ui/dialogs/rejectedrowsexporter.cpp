#include "rejectedrowsexporter.h"

#include "importing/rejectedrowsexport.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

RejectedRowsExporter::RejectedRowsExporter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.rows, outcome.path, outcome.error);
    });
}

RejectedRowsExporter::~RejectedRowsExporter()
{
    m_watcher.waitForFinished();
}

bool RejectedRowsExporter::start(QWidget *window, const QString &projectPath, qint64 importId)
{
    if (importId <= 0 || m_watcher.isRunning())
        return false;
    const QString path = QFileDialog::getSaveFileName(
        window, tr("Export rejected rows"), QDir(Settings::lastImportDirectory()).filePath(tr("rejected-rows.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    Settings::setLastImportDirectory(QFileInfo(path).absolutePath());
    m_watcher.setFuture(QtConcurrent::run([projectPath, importId, path]() {
        Outcome outcome;
        outcome.path = path;
        outcome.rows = RejectedRowsExport::toCsv(projectPath, importId, path, &outcome.error);
        return outcome;
    }));
    return true;
}
