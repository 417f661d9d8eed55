#include "querytablemodel.h"

#include <QLocale>
#include <QPointer>

/** Runs RowSource queries on the model's loader thread with one connection. */
class QueryLoader : public QObject
{
public:
    QList<QVariantList> fetch(const QString &path, const RowQuery &query, qint64 offset, int limit, QString *error)
    {
        if (!ensureOpen(path, error))
            return {};
        return m_source.fetch(query, offset, limit, error);
    }
    qint64 count(const QString &path, const RowQuery &query, QString *error)
    {
        if (!ensureOpen(path, error))
            return -1;
        const qint64 rows = m_source.count(query);
        if (rows < 0)
            *error = QueryTableModel::tr("The rows could not be counted.");
        return rows;
    }

private:
    bool ensureOpen(const QString &path, QString *error)
    {
        if (path != m_path || !m_source.isOpen()) {
            m_source = RowSource();
            if (!m_source.open(path, error))
                return false;
            m_path = path;
        }
        return true;
    }
    RowSource m_source;
    QString m_path;
};

QueryTableModel::QueryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new QueryLoader)
{
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("QueryTableModel loader"));
    m_thread.start();
}

QueryTableModel::~QueryTableModel()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void QueryTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void QueryTableModel::setFormatter(int column, Formatter formatter)
{
    m_formatters.insert(column, std::move(formatter));
}

void QueryTableModel::setQuery(const QString &projectPath, const RowQuery &query)
{
    beginResetModel();
    m_projectPath = projectPath;
    m_query = query;
    m_rows = 0;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_pending.clear();
    m_error.clear();
    m_counting = true;
    const quint64 generation = ++m_generation;
    endResetModel();

    QPointer<QueryTableModel> self(this);
    QMetaObject::invokeMethod(m_loader, [self, loader = m_loader, generation, path = projectPath, query] {
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        QString error;
        const qint64 rows = loader->count(path, query, &error);
        QMetaObject::invokeMethod(self, [self, generation, rows, error] {
            if (self)
                self->onCounted(generation, rows, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void QueryTableModel::reload()
{
    if (!m_projectPath.isEmpty())
        setQuery(m_projectPath, m_query);
}

void QueryTableModel::clear()
{
    beginResetModel();
    m_projectPath.clear();
    m_query = RowQuery();
    m_rows = 0;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_pending.clear();
    m_counting = false;
    ++m_generation;
    endResetModel();
}

void QueryTableModel::onCounted(quint64 generation, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return; // a newer query replaced this one
    m_counting = false;
    if (rows < 0) {
        m_error = error;
        emit loadFailed(error);
        return;
    }
    if (rows > 0) {
        beginInsertRows(QModelIndex(), 0, int(qMin<qint64>(rows, INT_MAX) - 1));
        m_rows = qMin<qint64>(rows, INT_MAX);
        endInsertRows();
    }
    emit rowCountKnown(rows);
}

void QueryTableModel::requestChunk(qint64 chunk) const
{
    if (m_pending.contains(chunk) || m_projectPath.isEmpty())
        return;
    m_pending.insert(chunk);
    const quint64 generation = m_generation;
    QPointer<QueryTableModel> self(const_cast<QueryTableModel *>(this));
    QMetaObject::invokeMethod(m_loader, [self, loader = m_loader, generation, chunk, path = m_projectPath,
                                         query = m_query] {
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        QString error;
        const QList<QVariantList> rows = loader->fetch(path, query, chunk * kChunkSize, kChunkSize, &error);
        QMetaObject::invokeMethod(self, [self, generation, chunk, rows, error] {
            if (self)
                self->onChunk(generation, chunk, rows, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void QueryTableModel::onChunk(quint64 generation, qint64 chunk, const QList<QVariantList> &rows, const QString &error)
{
    if (generation != m_generation)
        return;
    m_pending.remove(chunk);
    if (!error.isEmpty()) {
        m_error = error;
        emit loadFailed(error);
        return;
    }
    m_chunks.insert(chunk, rows);
    m_chunkOrder.removeAll(chunk);
    m_chunkOrder.append(chunk);
    while (m_chunkOrder.size() > kMaxChunks)
        m_chunks.remove(m_chunkOrder.takeFirst());
    const int first = int(chunk * kChunkSize);
    const int last = int(qMin<qint64>(m_rows, first + kChunkSize)) - 1;
    if (last >= first && !m_headers.isEmpty())
        emit dataChanged(index(first, 0), index(last, int(m_headers.size()) - 1));
    emit rowsLoaded();
}

QVariantList QueryTableModel::rowValues(int row) const
{
    const auto it = m_chunks.constFind(row / kChunkSize);
    if (it == m_chunks.cend())
        return {};
    return it->value(row % kChunkSize);
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const qint64 chunk = index.row() / kChunkSize;
    const auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.cend()) {
        if (role == Qt::DisplayRole) {
            requestChunk(chunk);
            return tr("Loading…");
        }
        if (role == Qt::ForegroundRole || role == RawValueRole)
            return {};
        return {};
    }
    const QVariantList &row = it->at(index.row() % kChunkSize);
    const QVariant value = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const auto formatter = m_formatters.constFind(index.column());
        if (formatter != m_formatters.cend())
            return (*formatter)(value);
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 2);
        return value;
    }
    case Qt::ToolTipRole:
        return value.toString().size() > 40 ? value : QVariant();
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_query.orderBy.size() || m_query.orderBy.at(column).isEmpty())
        return;
    RowQuery query = m_query;
    query.sortColumn = column;
    query.descending = order == Qt::DescendingOrder;
    if (!m_projectPath.isEmpty())
        setQuery(m_projectPath, query);
    else
        m_query = query;
}
