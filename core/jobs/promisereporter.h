#pragma once

#include "jobs/progressreporter.h"

#include <QPromise>

/**
 * Adapts a QPromise (QtConcurrent::run with a promise) to ProgressReporter, so
 * a QFutureWatcher sees progress and its cancel() reaches the core job.
 * Progress is scaled to 0..1000 because QFuture progress is an int.
 */
template<typename T>
class PromiseReporter : public ProgressReporter
{
public:
    explicit PromiseReporter(QPromise<T> &promise) : m_promise(promise) { m_promise.setProgressRange(0, kSteps); }
    void setRange(qint64 total) override { m_total = total; }
    void setValue(qint64 done) override
    {
        if (m_total > 0) {
            // The progress text carries the item count (rows...) so watchers can show rates.
            m_promise.setProgressValueAndText(int(qBound(qint64(0), done * kSteps / m_total, qint64(kSteps))),
                                              QString::number(m_items));
        }
    }
    void setItemsDone(qint64 items) override { m_items = items; }
    bool isCancelled() const override { return m_promise.isCanceled(); }

    static constexpr int kSteps = 1000;

private:
    QPromise<T> &m_promise;
    qint64 m_total = 0;
    qint64 m_items = 0;
};
