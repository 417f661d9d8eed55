#pragma once

#include <QFutureWatcher>
#include <QObject>

class QWidget;

/**
 * "Export rejected rows…": asks for a file, then writes the rejected rows of
 * one import to CSV in the background (RejectedRowsExport, through QSaveFile).
 * Used by the import summary and the Data page.
 */
class RejectedRowsExporter : public QObject
{
    Q_OBJECT
public:
    explicit RejectedRowsExporter(QObject *parent = nullptr);
    ~RejectedRowsExporter() override;

    /** Asks where to save (dialog parent @p window) and starts; false when the user cancelled or one is running. */
    bool start(QWidget *window, const QString &projectPath, qint64 importId);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /** @p rows written to @p path, or -1 with @p error. */
    void finished(qint64 rows, const QString &path, const QString &error);

private:
    struct Outcome
    {
        qint64 rows = -1;
        QString path;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
};
