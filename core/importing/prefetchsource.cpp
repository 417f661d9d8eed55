#include "importing/prefetchsource.h"

PrefetchingSource::PrefetchingSource(std::unique_ptr<RecordSource> source, CellParser cells)
    : m_source(std::move(source)),
      m_cellParser(std::move(cells)),
      m_header(m_source->header()),
      m_settings(m_source->settings()),
      m_totalBytes(m_source->totalBytes())
{
    m_thread = std::thread([this] { produce(); });
}

PrefetchingSource::~PrefetchingSource()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchingSource::produce()
{
    QStringList fields;
    std::vector<Batch> done;
    // Record lists the caller is done with: the reader writes the next records into their
    // strings, which keeps their memory instead of allocating and freeing every field.
    std::vector<QStringList> spare;
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            done.swap(m_done);
        }
        for (Batch &old : done) {
            for (QStringList &list : old.fields)
                spare.push_back(std::move(list));
        }
        done.clear();
        Batch batch;
        batch.fields.reserve(BatchRecords);
        batch.lines.reserve(BatchRecords);
        batch.bytesRead.reserve(BatchRecords);
        batch.hashes.reserve(BatchRecords);
        batch.rawEnds.reserve(BatchRecords);
        const bool parseCells = !m_cellParser.isEmpty();
        if (parseCells)
            batch.parsed.reserve(BatchRecords);
        while (int(batch.fields.size()) < BatchRecords) {
            if (!m_source->next(fields)) {
                batch.last = true;
                batch.error = m_source->errorString();
                batch.endBytes = m_source->bytesRead();
                break;
            }
            const QString problem = m_source->recordProblem();
            if (!problem.isEmpty())
                batch.problems.emplace_back(int(batch.fields.size()), problem);
            batch.lines.push_back(m_source->recordLine());
            batch.bytesRead.push_back(m_source->bytesRead());
            batch.hashes.push_back(hashFields(fields));
            if (parseCells)
                m_cellParser.parse(fields, batch.parsed.emplace_back());
            m_source->appendRawText(batch.raw);
            batch.rawEnds.push_back(batch.raw.size());
            batch.fields.push_back(std::move(fields));
            if (spare.empty()) {
                fields = QStringList();
                fields.reserve(m_header.size()); // a list grown field by field reallocates 3 or 4 times
            } else {
                fields = std::move(spare.back());
                spare.pop_back();
            }
        }
        const bool last = batch.last;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || m_ready.size() < BatchesAhead; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool PrefetchingSource::next(QStringList &fields)
{
    m_currentProblem.clear();
    while (!m_finished && m_index + 1 >= int(m_current.fields.size())) {
        if (m_current.last) {
            m_finished = true;
            m_error = m_current.error;
            m_bytesRead = m_current.endBytes;
            break;
        }
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_ready.empty(); });
            m_done.push_back(std::move(m_current));
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_index = -1;
        m_problem = 0;
    }
    if (m_finished) {
        fields.clear();
        return false;
    }
    ++m_index;
    // The previous record's strings take this record's place, to be freed with the batch.
    fields.swap(m_current.fields[size_t(m_index)]);
    m_bytesRead = m_current.bytesRead[size_t(m_index)];
    if (m_problem < m_current.problems.size() && m_current.problems[m_problem].first == m_index)
        m_currentProblem = m_current.problems[m_problem++].second;
    return true;
}

QString PrefetchingSource::recordProblem() const
{
    return m_currentProblem;
}

qint64 PrefetchingSource::recordLine() const
{
    return m_index >= 0 && size_t(m_index) < m_current.lines.size() ? m_current.lines[size_t(m_index)] : 0;
}

QString PrefetchingSource::rawText() const
{
    if (m_index < 0 || size_t(m_index) >= m_current.rawEnds.size())
        return QString();
    const qsizetype start = m_index == 0 ? 0 : m_current.rawEnds[size_t(m_index) - 1];
    return m_current.raw.mid(start, m_current.rawEnds[size_t(m_index)] - start);
}

quint64 PrefetchingSource::recordHash(const QStringList &fields) const
{
    if (m_index < 0 || size_t(m_index) >= m_current.hashes.size())
        return hashFields(fields);
    return m_current.hashes[size_t(m_index)];
}

const ParsedCells *PrefetchingSource::parsedCells() const
{
    if (m_index < 0 || size_t(m_index) >= m_current.parsed.size())
        return nullptr;
    return &m_current.parsed[size_t(m_index)];
}
