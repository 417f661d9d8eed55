#pragma once

#include "importing/importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

/**
 * Runs Importer::preview() in the background for one wizard page.
 *
 * At most one preview runs at a time. Requests made while one runs are
 * coalesced: only the newest is started when the running one ends, and every
 * result is tagged with the generation of its request so stale results are
 * dropped. The destructor waits for a running preview (they read only a few
 * dozen rows).
 */
class PreviewRunner : public QObject
{
    Q_OBJECT
public:
    /** Data rows a preview reads. */
    static constexpr int kPreviewRows = 50;

    explicit PreviewRunner(QObject *parent = nullptr);
    ~PreviewRunner() override;

    /** Asks for a preview of @p options; previewReady() or previewFailed() follows. */
    void request(const ImportOptions &options);
    /** True from request() until its result has been delivered. */
    bool isBusy() const { return m_busy; }

signals:
    /** The newest request finished; @p sheets lists an XLSX file's sheets (empty otherwise). */
    void previewReady(const ImportPreview &preview, const QStringList &sheets);
    void previewFailed(const QString &error);

private:
    struct Outcome
    {
        quint64 generation = 0;
        bool ok = false;
        ImportPreview preview;
        QStringList sheets;
        QString error;
    };

    void startPending();
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<ImportOptions> m_pending;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
    bool m_running = false;
    bool m_busy = false;
};
