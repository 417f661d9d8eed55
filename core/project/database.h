#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

class Statement;

/**
 * RAII owner of one SQLite connection (the SQLite C API, never Qt's QSQLITE).
 *
 * Thread-safety: a Database belongs to the thread that opened it and must be
 * used and closed there. Errors never throw: calls return false/nullopt and
 * errorString() tells what failed.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    /** Opens @p path (":memory:" for an in-memory database). */
    bool open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more SQL statements without parameters. */
    bool exec(const QString &sql);
    /** Runs a single-value query; nullopt on error or when there is no row. */
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &params = {});
    /** Compiles @p sql; check Statement::isValid(). */
    Statement prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString errorString() const { return m_error; }
    /** Path the connection was opened with. */
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /**
     * After a large write has committed: when the WAL file has grown past @p bytes,
     * checkpoints it and truncates it, so later reads go straight to the database
     * file (with a large WAL, SQLite looks every page up in the WAL's index first,
     * which made reading 90 MB of experiment columns 4 to 7 times slower). Gives up
     * at once, changing nothing, when another connection is reading or writing.
     */
    void truncateLargeWal(qint64 bytes = qint64(64) << 20);

    /** @p ids as a JSON array such as [1,2,3], to bind for json_each(): one statement for many rows. */
    static QByteArray jsonArray(const QList<qint64> &ids);

    /** Sets the error text from the connection's last SQLite error, prefixed by @p context. */
    void setErrorFromSqlite(const QString &context);
    void setErrorString(const QString &error) { m_error = error; }

private:
    static constexpr int BusyTimeoutMs = 5000;
    sqlite3 *m_db = nullptr;
    QString m_error;
    QString m_path;
};

/**
 * RAII prepared statement. Bind with 1-based indices, step() through rows,
 * read columns with 0-based indices. reset() makes it reusable for the next
 * row of a bulk insert.
 */
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bind(int index, QStringView value);
    /** Binds UTF-8 bytes as text. */
    void bindUtf8(int index, const QByteArray &utf8);
    /** Binds @p utf8 as text without a copy: it must stay valid until the next step() or reset(). */
    void bindUtf8View(int index, QByteArrayView utf8);
    void bindNull(int index);
    /** Binds @p bytes as a BLOB without a copy: they must stay valid until the next step() or reset(). */
    void bindBlob(int index, QByteArrayView bytes);
    /** Binds a QVariant: null/invalid -> NULL, integers, doubles, bool -> 0/1, else text. */
    void bind(int index, const QVariant &value);
    /** Binds a list of parameters starting at index 1. */
    void bindAll(const QVariantList &values);

    /** Advances to the next row: true when a row is available. */
    bool step();
    /** Executes a statement that returns no rows; false on error. */
    bool exec();
    /** Clears bindings and rewinds, ready to run again. */
    void reset();

    bool hasError() const { return m_failed; }

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    /** The column's UTF-8 bytes without a copy; valid until the next step() or reset(). */
    QByteArrayView columnUtf8(int column) const;
    /** The column's bytes as a BLOB without a copy; valid until the next step() or reset(). */
    QByteArrayView columnBlob(int column) const;
    QVariant columnValue(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

/**
 * RAII transaction: begins on construction (BEGIN IMMEDIATE, or a savepoint
 * when a transaction is already open), rolls back on destruction unless
 * commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

/**
 * Memory-maps the project file while a long read runs, which spares SQLite a copy
 * of every page, and restores the connection's setting afterwards.
 */
class MmapScope
{
public:
    explicit MmapScope(Database &db);
    ~MmapScope();
    MmapScope(const MmapScope &) = delete;
    MmapScope &operator=(const MmapScope &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;
    bool m_changed = false;
};
