#include "previewrunner.h"

#include "importing/xlsxreader.h"

#include <QtConcurrent/QtConcurrentRun>

PreviewRunner::PreviewRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreviewRunner::onFinished);
}

PreviewRunner::~PreviewRunner()
{
    m_watcher.waitForFinished();
}

void PreviewRunner::request(const ImportOptions &options)
{
    ++m_generation;
    m_pending = options;
    m_busy = true;
    if (!m_running)
        startPending();
}

void PreviewRunner::startPending()
{
    if (!m_pending)
        return;
    const ImportOptions options = *m_pending;
    m_pending.reset();
    m_running = true;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([options, generation]() {
        Outcome out;
        out.generation = generation;
        out.ok = Importer::preview(options, kPreviewRows, &out.preview, &out.error);
        if (out.ok && out.preview.settings.format == SourceFormat::Xlsx) {
            QString error;
            out.sheets = XlsxReader::sheetNames(options.reader.path, &error);
            if (out.sheets.isEmpty())
                out.sheets = out.preview.settings.sheets;
        }
        return out;
    }));
}

void PreviewRunner::onFinished()
{
    // A finished() of a future that setFuture() already replaced is ignored.
    if (!m_watcher.future().isFinished())
        return;
    m_running = false;
    if (m_pending) {
        // A newer request arrived meanwhile: this result is already stale.
        startPending();
        return;
    }
    if (m_watcher.future().resultCount() == 0)
        return;
    const Outcome out = m_watcher.result();
    if (out.generation != m_generation || out.generation == m_delivered)
        return;
    m_delivered = out.generation;
    m_busy = false;
    if (out.ok)
        emit previewReady(out.preview, out.sheets);
    else
        emit previewFailed(out.error);
}
