#pragma once

#include "importing/cellparser.h"
#include "importing/recordsource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

/**
 * A RecordSource that reads another one on a background thread, a batch of
 * records ahead, so that decoding and splitting the file runs on one core while
 * the caller stores records on another.
 *
 * It returns exactly what the wrapped source returns, record by record: fields,
 * problem, line, raw text and bytes read, and the wrapped source's error at the
 * end. Memory stays bounded: at most a few batches wait. The wrapped source is
 * used only by the background thread once this object exists; destroying this
 * object stops and joins the thread. The strings of read records go back to
 * that thread, which reads the next records into them (freeing memory another
 * thread allocated is slow, and reusing it is faster than both).
 * With a CellParser, that thread also parses the chosen cells of each record
 * (parsedCells()).
 *
 * Thread-safety: like any RecordSource, use from one thread.
 */
class PrefetchingSource : public RecordSource
{
public:
    explicit PrefetchingSource(std::unique_ptr<RecordSource> source, CellParser cells = CellParser());
    ~PrefetchingSource() override;

    QStringList header() const override { return m_header; }
    DetectedSettings settings() const override { return m_settings; }
    bool next(QStringList &fields) override;
    QString recordProblem() const override;
    qint64 recordLine() const override;
    QString rawText() const override;
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }
    QString errorString() const override { return m_error; }
    /** Computed ahead by the reading thread. */
    quint64 recordHash(const QStringList &fields) const override;
    /** Parsed by the reading thread when a CellParser was given; nullptr otherwise. */
    const ParsedCells *parsedCells() const override;

private:
    static constexpr int BatchRecords = 2048;
    static constexpr size_t BatchesAhead = 4;

    /** Records read in a row; raw texts are kept end to end in one string. */
    struct Batch
    {
        std::vector<QStringList> fields;
        std::vector<qint64> lines;
        std::vector<qint64> bytesRead;
        std::vector<quint64> hashes;
        std::vector<ParsedCells> parsed; ///< empty without a CellParser
        std::vector<qsizetype> rawEnds; ///< end of each record's raw text in raw
        QString raw;
        std::vector<std::pair<int, QString>> problems; ///< (record index, problem), in order
        bool last = false;   ///< the source ended (or failed) after these records
        QString error;       ///< the source's error, on the last batch
        qint64 endBytes = 0; ///< the source's bytes read at its end, on the last batch
    };

    void produce();

    std::unique_ptr<RecordSource> m_source;
    CellParser m_cellParser; ///< used by the reading thread only
    QStringList m_header;
    DetectedSettings m_settings;
    qint64 m_totalBytes = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::vector<Batch> m_done; ///< read batches, freed by the thread that allocated their strings
    bool m_stop = false;
    std::thread m_thread;

    // Consumer side.
    Batch m_current;
    int m_index = -1;      ///< current record in m_current
    size_t m_problem = 0;  ///< next entry of m_current.problems
    QString m_currentProblem;
    qint64 m_bytesRead = 0;
    QString m_error;
    bool m_finished = false;
};
