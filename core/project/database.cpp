#include "database.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <charconv>
#include <utility>

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_error(std::move(other.m_error))
    , m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
        m_path = std::move(other.m_path);
    }
    return *this;
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_error = tr("Cannot open %1: %2").arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    m_error.clear();
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::truncateLargeWal(qint64 bytes)
{
    if (!m_db || m_path.isEmpty() || m_path == QLatin1String(":memory:") || sqlite3_get_autocommit(m_db) == 0)
        return;
    if (QFileInfo(m_path + QLatin1String("-wal")).size() <= bytes)
        return;
    sqlite3_busy_timeout(m_db, 0);
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

QByteArray Database::jsonArray(const QList<qint64> &ids)
{
    QByteArray json;
    json.reserve(ids.size() * 9 + 2);
    json.append('[');
    char digits[24];
    for (qint64 id : ids) {
        if (json.size() > 1)
            json.append(',');
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, id);
        json.append(digits, end.ptr - digits);
    }
    json.append(']');
    return json;
}

void Database::setErrorFromSqlite(const QString &context)
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("the database is not open");
    m_error = context.isEmpty() ? detail : tr("%1: %2").arg(context, detail);
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_error = tr("The database is not open.");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::optional<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    Statement stmt = prepare(sql);
    if (!stmt.isValid())
        return std::nullopt;
    stmt.bindAll(params);
    if (!stmt.step())
        return std::nullopt;
    return stmt.columnValue(0);
}

Statement Database::prepare(const QString &sql)
{
    if (!m_db) {
        m_error = tr("The database is not open.");
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        setErrorFromSqlite(QString());
        sqlite3_finalize(stmt);
        return {};
    }
    return Statement(this, stmt);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

// ---------------------------------------------------------------------------

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
    }
    return *this;
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    bind(index, QStringView(value));
}

void Statement::bind(int index, QStringView value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // SQLite converts UTF-16 to its UTF-8 storage itself; SQLITE_TRANSIENT copies.
    sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindUtf8View(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    if (bytes.data())
        sqlite3_bind_blob64(m_stmt, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
    else
        sqlite3_bind_zeroblob(m_stmt, index, 0); // an empty BLOB, not NULL
}

void Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        bindUtf8(index, value.toByteArray());
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

void Statement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        if (m_db)
            m_db->setErrorFromSqlite(QString());
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    m_failed = false;
    step();
    const bool ok = !m_failed;
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

QByteArrayView Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView Statement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QVariant Statement::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL: return QVariant();
    default: return QVariant(columnText(column));
    }
}

// ---------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // Inside an open transaction, nest with a savepoint so callers compose.
    m_nested = m_db.handle() && sqlite3_get_autocommit(m_db.handle()) == 0;
    m_active = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT tailor_nested") : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_nested ? QStringLiteral("RELEASE tailor_nested") : QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        // Keep the error that caused the rollback, not the rollback's own status.
        const QString error = m_db.errorString();
        m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO tailor_nested; RELEASE tailor_nested")
                           : QStringLiteral("ROLLBACK"));
        m_db.setErrorString(error);
        m_active = false;
    }
}

MmapScope::MmapScope(Database &db) : m_db(db)
{
    constexpr qint64 MapBytes = qint64(2) << 30; // SQLite caps it at its compile-time maximum
    const std::optional<QVariant> previous = db.scalar(QStringLiteral("PRAGMA mmap_size"));
    if (!previous)
        return;
    m_previous = previous->toLongLong();
    m_changed = db.exec(QStringLiteral("PRAGMA mmap_size=%1").arg(MapBytes));
}

MmapScope::~MmapScope()
{
    if (m_changed)
        m_db.exec(QStringLiteral("PRAGMA mmap_size=%1").arg(m_previous));
}
