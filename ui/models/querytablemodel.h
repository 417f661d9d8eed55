#pragma once

#include "project/rowsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <functional>

class QueryLoader;

/**
 * A read-only table over a RowQuery of a project, for any number of rows.
 *
 * rowCount() is the logical count (counted in the background); data() shows a
 * "loading" placeholder for rows not loaded yet and asks a loader thread for
 * their chunk; dataChanged fires when it lands. Sorting re-runs the query with
 * an ORDER BY in SQL. Only a bounded number of chunks is cached.
 */
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kChunkSize = 200;
    static constexpr int kMaxChunks = 64;
    /** Role giving the raw value of a cell (the display role is formatted). */
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using Formatter = std::function<QString(const QVariant &)>;

    explicit QueryTableModel(QObject *parent = nullptr);
    ~QueryTableModel() override;

    void setHeaders(const QStringList &headers);
    /** Formats a column's values for display (numbers, dates...). */
    void setFormatter(int column, Formatter formatter);
    /** Replaces the query; the model resets and counts in the background. */
    void setQuery(const QString &projectPath, const RowQuery &query);
    const RowQuery &query() const { return m_query; }
    /** Re-runs the current query (after the data changed). */
    void reload();
    void clear();

    /** True until the row count of the current query has arrived. */
    bool isCounting() const { return m_counting; }
    /** The raw values of a loaded row; empty when the row is not loaded yet. */
    QVariantList rowValues(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** The row count of the current query arrived. */
    void rowCountKnown(qint64 rows);
    /** A chunk of rows arrived. */
    void rowsLoaded();
    void loadFailed(const QString &error);

private:
    void requestChunk(qint64 chunk) const;
    void onCounted(quint64 generation, qint64 rows, const QString &error);
    void onChunk(quint64 generation, qint64 chunk, const QList<QVariantList> &rows, const QString &error);

    QThread m_thread;
    QueryLoader *m_loader;
    QString m_projectPath;
    RowQuery m_query;
    QStringList m_headers;
    QHash<int, Formatter> m_formatters;
    qint64 m_rows = 0;
    bool m_counting = false;
    quint64 m_generation = 0;
    QString m_error;
    mutable QHash<qint64, QList<QVariantList>> m_chunks;
    mutable QList<qint64> m_chunkOrder; // least recently loaded first
    mutable QSet<qint64> m_pending;
};
