#pragma once

#include <QtGlobal>

#include <atomic>

/**
 * Sink for progress and cancellation of long core operations.
 *
 * Core functions that take time accept a reference to one of these, report
 * progress through setRange()/setValue() and poll isCancelled() once per chunk
 * (every few thousand rows). Implementations must be callable from the worker
 * thread that runs the operation.
 */
class ProgressReporter
{
public:
    virtual ~ProgressReporter() = default;
    /** Total amount of work, in the operation's own unit (bytes, rows...). */
    virtual void setRange(qint64 total) = 0;
    /** Work done so far, in the unit given to setRange(). */
    virtual void setValue(qint64 done) = 0;
    /** True once the user asked to stop; the operation then rolls back and returns. */
    virtual bool isCancelled() const = 0;
    /** Items (rows, customers...) processed so far, for rates such as rows per second. Optional. */
    virtual void setItemsDone(qint64 items) { Q_UNUSED(items); }
};

/** Reporter that ignores progress and can be cancelled from any thread. */
class SimpleProgressReporter : public ProgressReporter
{
public:
    void setRange(qint64 total) override { m_total = total; }
    void setValue(qint64 done) override { m_done = done; }
    bool isCancelled() const override { return m_cancelled.load(); }
    /** Thread-safe: requests cancellation. */
    void cancel() { m_cancelled.store(true); }
    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
};

/**
 * One part of a longer job: the part reports against its own range, shown as the
 * slice [from, to] of its parent's range. Cancellation is the parent's.
 */
class SliceProgressReporter : public ProgressReporter
{
public:
    SliceProgressReporter(ProgressReporter &parent, qint64 from, qint64 to) : m_parent(parent), m_from(from), m_to(to) {}
    void setRange(qint64 total) override { m_total = total; }
    void setValue(qint64 done) override
    {
        if (m_total > 0)
            m_parent.setValue(m_from + (m_to - m_from) * qBound(qint64(0), done, m_total) / m_total);
    }
    bool isCancelled() const override { return m_parent.isCancelled(); }

private:
    ProgressReporter &m_parent;
    qint64 m_from;
    qint64 m_to;
    qint64 m_total = 0;
};
