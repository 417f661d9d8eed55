#include "importer.h"

#include "experiments/experimentcolumns.h"
#include "importing/cellparser.h"
#include "importing/prefetchsource.h"
#include "importing/sha256.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <future>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

namespace {

/**
 * A set of 64-bit hashes: open addressing with linear probing in a power-of-two
 * table, so a lookup is one multiply and usually one cache line, where
 * std::unordered_set divides and follows a node allocated per element.
 */
class HashSet64
{
public:
    void reserve(size_t count)
    {
        size_t capacity = 16;
        while (capacity < 2 * count)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    /** Adds @p value; true when it was not in the set. */
    bool insert(quint64 value)
    {
        if (value == 0) { // 0 marks an empty slot
            const bool added = !m_hasZero;
            m_hasZero = true;
            return added;
        }
        if (2 * (m_size + 1) > m_slots.size())
            rehash(std::max<size_t>(16, 2 * m_slots.size()));
        if (!place(value))
            return false;
        ++m_size;
        return true;
    }

private:
    bool place(quint64 value)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t((value * 0x9E3779B97F4A7C15ull) >> 20) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == value)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = value;
                return true;
            }
        }
    }

    void rehash(size_t capacity)
    {
        std::vector<quint64> old(capacity, 0);
        old.swap(m_slots);
        for (const quint64 value : old) {
            if (value != 0)
                place(value);
        }
    }

    std::vector<quint64> m_slots;
    size_t m_size = 0;
    bool m_hasZero = false;
};

constexpr int kChunkRows = 1000;      // rows between progress reports and cancel checks
constexpr int kProfileRows = 20000;   // rows sampled to detect date order and column types

QString kindLabel(ImportKind kind)
{
    return importKindName(kind);
}

/** What a pass over the first rows (or the whole column, for ambiguous dates) found. */
struct ColumnProfile
{
    QList<bool> numeric;       // per column: every non-empty sampled value is a number
    QList<int> nonEmpty;       // per column: non-empty sampled values
    DateColumnGuess dates;
    NumberStyle numberStyle = NumberStyle::Auto;
};

/** Fields whose values are dates, by kind. */
QStringList dateFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return {QStringLiteral("date")};
    case ImportKind::Customers: return {QStringLiteral("signup_date"), QStringLiteral("birth_date")};
    case ImportKind::Ratings: return {QStringLiteral("timestamp")};
    default: return {};
    }
}

/** The cells each record's parsing starts with, by kind: their slots in ParsedCells. */
enum TransactionSlot { TxQuantity, TxPrice, TxDate, TxSku, TxCustomer };
enum RatingSlot { RatingValue, RatingTime, RatingSku, RatingCustomer };

/**
 * The cells of every record an import of @p options.kind parses, with the settings the
 * file's profile and the options give. The reading thread can parse them ahead.
 */
CellParser cellParserFor(const ImportOptions &options, const QHash<QString, int> &mapping,
                         const ColumnProfile &profile)
{
    CellParser::Settings settings;
    settings.numberStyle = options.numberStyle != NumberStyle::Auto ? options.numberStyle : profile.numberStyle;
    settings.dateOrder = options.dateOrder != DateOrder::Auto ? options.dateOrder : profile.dates.order;
    settings.excelSerialDates = profile.dates.excelSerial;
    settings.epochSeconds = profile.dates.epochSeconds;
    const auto column = [&](const char *field) { return mapping.value(QLatin1String(field), -1); };
    using Kind = CellParser::Kind;
    QList<CellParser::Cell> cells;
    switch (options.kind) {
    case ImportKind::Transactions:
        cells = {{column("quantity"), Kind::Number}, {column("unit_price"), Kind::Number}, {column("date"), Kind::Time},
                 {column("sku"), Kind::Key}, {column("customer_id"), Kind::Key}};
        break;
    case ImportKind::Ratings:
        cells = {{column("rating"), Kind::Number}, {column("timestamp"), Kind::Time}, {column("sku"), Kind::Key},
                 {column("customer_id"), Kind::Key}};
        break;
    default:
        break;
    }
    return CellParser(cells, settings);
}

/** Runs one import inside the caller's transaction. */
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    ImportSession(Database &db, const ImportOptions &options, ProgressReporter &progress, ImportResult &result)
        : m_db(db), m_options(options), m_progress(progress), m_result(result)
    {
    }

    /** False on a fatal error (m_result.errorString set) or cancel (m_cancelled). */
    bool run(RecordSource &source, const ColumnProfile &profile);
    bool isCancelled() const { return m_cancelled; }

private:
    struct CustomerAgg
    {
        qint64 id = 0;
        qint64 firstSeen = std::numeric_limits<qint64>::max();
        qint64 lastSeen = std::numeric_limits<qint64>::min();
        QString country;
        QString email;
        QString name;
        qint64 detailsAt = std::numeric_limits<qint64>::min();
        bool isNew = false;     // inserted by this import, so its totals are only this import's lines
        qint64 orders = 0;      // distinct non-return orders in this import
        double revenue = 0;     // net spend in this import
    };
    struct ProductAgg
    {
        qint64 id = 0;
        qint64 firstSeen = std::numeric_limits<qint64>::max();
        qint64 lastSeen = std::numeric_limits<qint64>::min();
        QString name;
        qint64 nameAt = std::numeric_limits<qint64>::min();
        double price = 0;
        bool hasPrice = false;
        qint64 priceAt = std::numeric_limits<qint64>::min();
        QString category;
    };

    bool prepare(const QString &sql, Statement &stmt);
    bool fail(const QString &message);
    bool sqlFail(const QString &what);
    int col(const char *field) const { return m_mapping.value(QLatin1String(field), -1); }
    QStringView cell(const QStringList &fields, int column) const
    {
        return column >= 0 && column < fields.size() ? QStringView(fields.at(column)).trimmed() : QStringView();
    }
    void reject(RecordSource &source, const QString &code, const QString &column, const QString &reason);
    bool rejectOrFail(RecordSource &source, const QString &code, const QString &column, const QString &reason);
    QString columnName(int column) const { return column >= 0 ? m_header.value(column) : QString(); }

    /** The record's cells of m_cellParser: parsed ahead by the reader, or here into @p local. */
    const ParsedCells &parsedCells(RecordSource &source, const QStringList &fields, ParsedCells &local)
    {
        if (const ParsedCells *ahead = source.parsedCells())
            return *ahead;
        m_cellParser.parse(fields, local);
        return local;
    }
    // Customers and products of this import are numbered by a KeyInterner (the CellParser's
    // for transactions and ratings, m_customerKeys otherwise): their aggregates sit in
    // a vector by that number, and id 0 marks a number not yet looked up in the project.
    /**
     * The aggregate of customer @p number, looked up in the project (or added) the first
     * time: its key is then read from @p fields' @p column. nullptr when the database fails.
     */
    CustomerAgg *customerAt(qint64 number, const QStringList &fields, int column);
    ProductAgg *productAt(qint64 number, const QStringList &fields, int column);
    /** The project's row id of @p key by @p find, added by @p insert when missing; 0 on failure. */
    qint64 findOrAdd(Statement &find, Statement &insert, QStringView key, bool *added);
    /** Sets agg.id and agg.isNew for customer @p key; false when the database fails. */
    bool resolveCustomer(CustomerAgg &agg, QStringView key);
    /** By key, numbered by m_customerKeys; nullptr when the database fails. */
    CustomerAgg *customer(QStringView key);
    KeyInterner m_customerKeys;
    bool flushAggregates();
    bool insertImportRun();

    bool importTransaction(RecordSource &source, const QStringList &fields);
    bool importCustomer(RecordSource &source, const QStringList &fields);
    bool importProduct(RecordSource &source, const QStringList &fields);
    bool importRating(RecordSource &source, const QStringList &fields);
    bool importExperimentRow(RecordSource &source, const QStringList &fields);
    bool setUpExperiment(const ColumnProfile &profile);

    Database &m_db;
    const ImportOptions &m_options;
    ProgressReporter &m_progress;
    ImportResult &m_result;
    bool m_cancelled = false;

    QHash<QString, int> m_mapping;
    QStringList m_header;
    struct TransactionColumns
    {
        int order = -1, sku = -1, quantity = -1, price = -1, date = -1, customer = -1;
        int description = -1, category = -1, country = -1, email = -1, name = -1;
    } m_tx;
    bool m_rebuildIndexes = false;
    QSet<QString> m_seenKeys; // customer or product keys already stored by this import
    HashSet64 m_customerOrders; // hash of (customer id, order id) seen in this import
    CellParser m_cellParser; ///< cellParserFor() this import
    DateOrder dateOrder() const { return m_cellParser.settings().dateOrder; }
    NumberStyle numberStyle() const { return m_cellParser.settings().numberStyle; }

    Statement m_insertRejected;
    Statement m_findCustomer;
    Statement m_insertCustomer;
    Statement m_findProduct;
    Statement m_insertProduct;
    Statement m_insertLine;
    Statement m_insertLines; ///< LinesPerInsert lines in one statement

    /** An order line waiting to be stored; its order id is a slice of m_pendingOrderIds (UTF-8). */
    struct PendingLine
    {
        qsizetype orderStart;
        qsizetype orderSize;
        qint64 customerId; ///< 0: anonymous
        qint64 productId;
        double quantity;
        double price;
        qint64 orderedAt;
        bool isReturn;
        qint64 line;
    };
    static constexpr int LinesPerInsert = 32;
    std::vector<PendingLine> m_pendingLines;
    QByteArray m_pendingOrderIds;
    /** Stores the pending lines: one statement per LinesPerInsert of them, which spares SQLite a
     * statement run per line. */
    bool flushLines();
    void bindLine(Statement &statement, int first, const PendingLine &line);
    Statement m_upsertCustomer;
    Statement m_upsertProduct;
    Statement m_insertRating;
    Statement m_insertAssignment;
    Statement m_insertMetric;
    Statement m_updateAttributes;

    std::vector<CustomerAgg> m_customers;
    std::vector<ProductAgg> m_products;


    // Experiment state
    qint64 m_experimentId = 0;
    std::optional<ExperimentColumns::BulkWrite> m_experimentWrite; ///< an experiment import, until flushAggregates()
    int m_armColumn = -1;
    int m_idColumn = -1;
    QList<int> m_outcomeColumns;
    QList<int> m_covariateColumns;
    QList<int> m_attributeColumns;
    QHash<QString, qint64> m_armIds;
    qint64 m_dataRow = 0;
};

bool ImportSession::prepare(const QString &sql, Statement &stmt)
{
    stmt = m_db.prepare(sql);
    if (!stmt.isValid())
        return sqlFail(tr("preparing the import"));
    return true;
}

bool ImportSession::fail(const QString &message)
{
    m_result.errorString = message;
    return false;
}

bool ImportSession::sqlFail(const QString &what)
{
    return fail(tr("The project database failed while %1: %2").arg(what, m_db.errorString()));
}

void ImportSession::reject(RecordSource &source, const QString &code, const QString &column,
                           const QString &reason)
{
    ++m_result.rowsRejected;
    ++m_result.rejectsByReason[code];
    m_insertRejected.bind(1, m_result.importId);
    m_insertRejected.bind(2, source.recordLine());
    if (column.isEmpty())
        m_insertRejected.bindNull(3);
    else
        m_insertRejected.bind(3, column);
    m_insertRejected.bind(4, code);
    m_insertRejected.bind(5, reason);
    m_insertRejected.bind(6, source.rawText());
    m_insertRejected.exec();
}

bool ImportSession::rejectOrFail(RecordSource &source, const QString &code, const QString &column,
                                 const QString &reason)
{
    reject(source, code, column, reason);
    if (m_insertRejected.hasError())
        return sqlFail(tr("storing a rejected row"));
    return true;
}

/** The element @p number of @p aggregates, which grows to hold it. */
template <typename Agg>
Agg &slot(std::vector<Agg> &aggregates, qint64 number)
{
    if (size_t(number) >= aggregates.size())
        aggregates.resize(size_t(number) + 1);
    return aggregates[size_t(number)];
}

qint64 ImportSession::findOrAdd(Statement &find, Statement &insert, QStringView key, bool *added)
{
    const QString text = key.toString();
    find.bind(1, text);
    qint64 id = 0;
    *added = false;
    if (find.step()) {
        id = find.columnInt64(0);
    } else {
        insert.bind(1, text);
        insert.bind(2, m_result.importId);
        if (insert.exec()) {
            id = m_db.lastInsertRowId();
            *added = true;
        }
    }
    find.reset();
    return id;
}

bool ImportSession::resolveCustomer(CustomerAgg &agg, QStringView key)
{
    agg.id = findOrAdd(m_findCustomer, m_insertCustomer, key, &agg.isNew);
    m_result.customersAdded += agg.isNew ? 1 : 0;
    return agg.id != 0;
}

ImportSession::CustomerAgg *ImportSession::customerAt(qint64 number, const QStringList &fields, int column)
{
    CustomerAgg &agg = slot(m_customers, number);
    if (agg.id == 0 && !resolveCustomer(agg, normalizeIdView(cell(fields, column))))
        return nullptr;
    return &agg;
}

ImportSession::ProductAgg *ImportSession::productAt(qint64 number, const QStringList &fields, int column)
{
    ProductAgg &agg = slot(m_products, number);
    if (agg.id == 0) {
        bool added = false;
        agg.id = findOrAdd(m_findProduct, m_insertProduct, normalizeIdView(cell(fields, column)), &added);
        if (agg.id == 0)
            return nullptr;
        m_result.productsAdded += added ? 1 : 0;
    }
    return &agg;
}

ImportSession::CustomerAgg *ImportSession::customer(QStringView key)
{
    CustomerAgg &agg = slot(m_customers, m_customerKeys.intern(key));
    if (agg.id == 0 && !resolveCustomer(agg, key))
        return nullptr;
    return &agg;
}

bool ImportSession::insertImportRun()
{
    QJsonObject options;
    options.insert(QStringLiteral("kind"), kindLabel(m_options.kind));
    options.insert(QStringLiteral("encoding"), m_result.settings.encoding);
    options.insert(QStringLiteral("delimiter"), m_result.settings.delimiter);
    options.insert(QStringLiteral("has_header"), m_result.settings.hasHeader);
    options.insert(QStringLiteral("sheet"), m_result.settings.sheet);
    options.insert(QStringLiteral("drop_duplicates"), m_options.dropDuplicates);
    options.insert(QStringLiteral("returns"),
                   m_options.returns == ReturnsPolicy::Keep ? QStringLiteral("keep") : QStringLiteral("skip"));
    options.insert(QStringLiteral("keep_anonymous"), m_options.keepAnonymous);
    QJsonObject mapping;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        mapping.insert(it.key(), m_header.value(it.value()));
    options.insert(QStringLiteral("mapping"), mapping);

    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO import_runs(kind, file_path, file_name, file_size, sha256, options, started_at) "
        "VALUES(?, ?, ?, ?, '', ?, ?)"));
    if (!stmt.isValid())
        return sqlFail(tr("recording the import"));
    const QFileInfo info(m_options.reader.path);
    stmt.bind(1, kindLabel(m_options.kind));
    stmt.bind(2, info.absoluteFilePath());
    stmt.bind(3, info.fileName());
    stmt.bind(4, info.size());
    stmt.bind(5, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    stmt.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!stmt.exec())
        return sqlFail(tr("recording the import"));
    m_result.importId = m_db.lastInsertRowId();
    return true;
}

bool ImportSession::run(RecordSource &source, const ColumnProfile &profile)
{
    m_header = source.header();
    m_mapping = m_result.mapping;
    m_cellParser = cellParserFor(m_options, m_mapping, profile);

    if (!insertImportRun())
        return false;
    if (!prepare(QStringLiteral("INSERT INTO rejected_rows(import_id, line, column_name, reason_code, reason, raw_text) "
                                "VALUES(?, ?, ?, ?, ?, ?)"), m_insertRejected)
        || !prepare(QStringLiteral("SELECT id FROM customers WHERE customer_key = ?"), m_findCustomer)
        || !prepare(QStringLiteral("INSERT INTO customers(customer_key, import_id) VALUES(?, ?)"), m_insertCustomer)
        || !prepare(QStringLiteral("SELECT id FROM products WHERE sku = ?"), m_findProduct)
        || !prepare(QStringLiteral("INSERT INTO products(sku, import_id) VALUES(?, ?)"), m_insertProduct))
        return false;

    m_tx.order = col("order_id");
    m_tx.sku = col("sku");
    m_tx.quantity = col("quantity");
    m_tx.price = col("unit_price");
    m_tx.date = col("date");
    m_tx.customer = col("customer_id");
    m_tx.description = col("description");
    m_tx.category = col("category");
    m_tx.country = col("country");
    m_tx.email = col("email");
    m_tx.name = col("customer_name");

    switch (m_options.kind) {
    case ImportKind::Transactions:
        // Into an empty table, building the indexes once at the end is faster than
        // maintaining them row by row (still inside the one transaction).
        m_rebuildIndexes = !m_db.scalar(QStringLiteral("SELECT 1 FROM order_lines LIMIT 1"));
        if (m_rebuildIndexes
            && !m_db.exec(QStringLiteral("DROP INDEX order_lines_customer;")))
            return sqlFail(tr("preparing the import"));
        if (!prepare(QStringLiteral(
                "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, "
                "is_return, import_id) VALUES(?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1)"), m_insertLine))
            return false;
        {
            QString sql = QStringLiteral("INSERT INTO order_lines(order_id, customer_id, product_id, quantity, "
                                         "unit_price, ordered_at, is_return, import_id) VALUES");
            for (int row = 0; row < LinesPerInsert; ++row) {
                const int p = 2 + 7 * row;
                sql += QStringLiteral("%1(?%2, ?%3, ?%4, ?%5, ?%6, ?%7, ?%8, ?1)")
                           .arg(row ? QStringLiteral(", ") : QString())
                           .arg(p).arg(p + 1).arg(p + 2).arg(p + 3).arg(p + 4).arg(p + 5).arg(p + 6);
            }
            if (!prepare(sql, m_insertLines))
                return false;
            m_pendingLines.reserve(LinesPerInsert);
        }
        break;
    case ImportKind::Customers:
        if (!prepare(QStringLiteral(
                "INSERT INTO customers(customer_key, name, first_name, last_name, email, phone, gender, birth_date, "
                "city, country, signup_date, income, opt_out, attributes, import_id) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, coalesce(?13, 0), ?14, ?15) "
                "ON CONFLICT(customer_key) DO UPDATE SET name = coalesce(?2, name), "
                "first_name = coalesce(?3, first_name), last_name = coalesce(?4, last_name), "
                "email = coalesce(?5, email), phone = coalesce(?6, phone), gender = coalesce(?7, gender), "
                "birth_date = coalesce(?8, birth_date), city = coalesce(?9, city), "
                "country = coalesce(?10, country), signup_date = coalesce(?11, signup_date), "
                "income = coalesce(?12, income), opt_out = coalesce(?13, opt_out), "
                "attributes = coalesce(?14, attributes) RETURNING (import_id = ?15)"), m_upsertCustomer))
            return false;
        break;
    case ImportKind::Products:
        if (!prepare(QStringLiteral(
                "INSERT INTO products(sku, name, category, price, import_id) VALUES(?1, ?2, ?3, ?4, ?5) "
                "ON CONFLICT(sku) DO UPDATE SET name = coalesce(?2, name), category = coalesce(?3, category), "
                "price = coalesce(?4, price) RETURNING (import_id = ?5)"), m_upsertProduct))
            return false;
        break;
    case ImportKind::Ratings:
        if (!prepare(QStringLiteral("INSERT INTO ratings(customer_id, product_id, value, rated_at, import_id) "
                                    "VALUES(?, ?, ?, ?, ?)"), m_insertRating))
            return false;
        break;
    case ImportKind::Experiment:
        if (!setUpExperiment(profile))
            return false;
        break;
    }

    const int columnCount = m_header.size();
    // In a per-customer experiment file without ids, identical rows are different customers.
    const bool dropDuplicates = m_options.dropDuplicates
        && !(m_options.kind == ImportKind::Experiment && m_idColumn < 0);
    HashSet64 seen;
    // Reserve for the rows the file likely holds (about 90 bytes a row) to avoid rehashing.
    seen.reserve(size_t(qBound(qint64(1024), source.totalBytes() / 90, qint64(20000000))));
    QStringList fields;
    m_progress.setRange(source.totalBytes());
    while (source.next(fields)) {
        ++m_result.rowsRead;
        if (m_result.rowsRead % kChunkRows == 0) {
            m_progress.setItemsDone(m_result.rowsRead);
            m_progress.setValue(source.bytesRead());
            if (m_progress.isCancelled()) {
                m_cancelled = true;
                return false;
            }
        }
        const QString problem = source.recordProblem();
        if (!problem.isEmpty()) {
            if (!rejectOrFail(source, QStringLiteral("unreadable_record"), QString(), problem))
                return false;
            continue;
        }
        const qsizetype readFields = fields.size();
        if (fields.size() != columnCount) {
            // Extra trailing empty fields (a trailing delimiter) are harmless.
            while (fields.size() > columnCount && fields.constLast().trimmed().isEmpty())
                fields.removeLast();
            if (fields.size() != columnCount) {
                if (!rejectOrFail(source, QStringLiteral("wrong_column_count"), QString(),
                                  tr("Line %1 has %2 fields; the header has %3.")
                                      .arg(source.recordLine()).arg(fields.size()).arg(columnCount)))
                    return false;
                continue;
            }
        }
        if (dropDuplicates) {
            // The reader's hash holds for the fields as read, not once trailing ones were dropped.
            const quint64 hash = fields.size() == readFields ? source.recordHash(fields)
                                                             : RecordSource::hashFields(fields);
            if (!seen.insert(hash)) {
                ++m_result.duplicates;
                continue;
            }
        }
        bool ok = true;
        switch (m_options.kind) {
        case ImportKind::Transactions: ok = importTransaction(source, fields); break;
        case ImportKind::Customers: ok = importCustomer(source, fields); break;
        case ImportKind::Products: ok = importProduct(source, fields); break;
        case ImportKind::Ratings: ok = importRating(source, fields); break;
        case ImportKind::Experiment: ok = importExperimentRow(source, fields); break;
        }
        if (!ok)
            return false;
    }
    if (!source.errorString().isEmpty())
        return fail(source.errorString());
    m_progress.setValue(source.totalBytes());
    if (qEnvironmentVariableIsSet("TAILOR_TRACE_IMPORT")) {
        double threadCpu = -1;
#ifdef Q_OS_LINUX
        timespec cpu{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)
            threadCpu = double(cpu.tv_sec) + double(cpu.tv_nsec) / 1e9;
#endif
        qInfo("import: loop done at %s, this thread's CPU time %.3f s",
              qPrintable(QTime::currentTime().toString(QStringLiteral("ss.zzz"))), threadCpu);
    }
    return flushLines() && flushAggregates();
}

bool ImportSession::importTransaction(RecordSource &source, const QStringList &fields)
{
    const int orderCol = m_tx.order, skuCol = m_tx.sku, qtyCol = m_tx.quantity;
    const int priceCol = m_tx.price, dateCol = m_tx.date, customerCol = m_tx.customer;

    const QStringView orderId = cell(fields, orderCol);
    if (orderId.isEmpty())
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(orderCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(orderCol)));
    ParsedCells local;
    const ParsedCells &parsed = parsedCells(source, fields, local);
    if (parsed[TxSku].empty)
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(skuCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(skuCol)));
    const std::optional<double> quantity = parsed[TxQuantity].numberValue();
    if (!quantity)
        return rejectOrFail(source, QStringLiteral("bad_number"), columnName(qtyCol),
                            tr("Line %1: %2 \"%3\" is not a number.")
                                .arg(source.recordLine()).arg(columnName(qtyCol), cell(fields, qtyCol).toString()));
    const std::optional<double> price = parsed[TxPrice].numberValue();
    if (!price)
        return rejectOrFail(source, QStringLiteral("bad_number"), columnName(priceCol),
                            tr("Line %1: %2 \"%3\" is not a number.")
                                .arg(source.recordLine()).arg(columnName(priceCol), cell(fields, priceCol).toString()));
    const std::optional<qint64> when = parsed[TxDate].timeValue();
    if (!when)
        return rejectOrFail(source, QStringLiteral("bad_date"), columnName(dateCol),
                            tr("Line %1: %2 \"%3\" is not a date.")
                                .arg(source.recordLine()).arg(columnName(dateCol), cell(fields, dateCol).toString()));

    const bool isReturn = *quantity < 0 || orderId.front() == u'C' || orderId.front() == u'c';
    const bool anonymous = parsed[TxCustomer].empty;
    if (isReturn && m_options.returns == ReturnsPolicy::Skip) {
        ++m_result.skipped;
        return true;
    }
    if (anonymous && !m_options.keepAnonymous) {
        ++m_result.skipped;
        return true;
    }

    ProductAgg *prod = productAt(parsed[TxSku].key, fields, skuCol);
    if (!prod)
        return sqlFail(tr("adding product %1").arg(normalizeIdView(cell(fields, skuCol))));
    prod->firstSeen = qMin(prod->firstSeen, *when);
    prod->lastSeen = qMax(prod->lastSeen, *when);
    const QStringView description = cell(fields, m_tx.description);
    if (!description.isEmpty() && *when >= prod->nameAt) {
        if (prod->name != description) // most lines repeat it: no copy then
            prod->name = description.toString();
        prod->nameAt = *when;
    }
    const QStringView category = cell(fields, m_tx.category);
    if (!category.isEmpty() && prod->category != category)
        prod->category = category.toString();
    if (!isReturn && *price > 0 && *when >= prod->priceAt) {
        prod->price = *price;
        prod->hasPrice = true;
        prod->priceAt = *when;
    }

    qint64 customerId = 0;
    if (!anonymous) {
        CustomerAgg *cust = customerAt(parsed[TxCustomer].key, fields, customerCol);
        if (!cust)
            return sqlFail(tr("adding customer %1").arg(normalizeIdView(cell(fields, customerCol))));
        cust->firstSeen = qMin(cust->firstSeen, *when);
        cust->lastSeen = qMax(cust->lastSeen, *when);
        if (*when >= cust->detailsAt) {
            cust->detailsAt = *when;
            const QStringView country = cell(fields, m_tx.country);
            if (!country.isEmpty() && country != cust->country)
                cust->country = country.toString();
            const QStringView email = cell(fields, m_tx.email);
            if (!email.isEmpty() && cust->email != email)
                cust->email = email.toString();
            const QStringView name = cell(fields, m_tx.name);
            if (!name.isEmpty() && cust->name != name)
                cust->name = name.toString();
        }
        customerId = cust->id;
        cust->revenue += *quantity * *price;
        if (!isReturn) {
            const quint64 orderKey = qHash(orderId, size_t(cust->id) * 0x9E3779B97F4A7C15ull);
            if (m_customerOrders.insert(orderKey ^ quint64(cust->id)))
                ++cust->orders;
        }
    } else {
        ++m_result.anonymous;
    }
    if (isReturn)
        ++m_result.returns;

    // UTF-8 bound without a copy saves SQLite a copy and a conversion per line.
    const qsizetype orderStart = m_pendingOrderIds.size();
    m_pendingOrderIds.resize(orderStart + orderId.size());
    char *ascii = m_pendingOrderIds.data() + orderStart;
    for (qsizetype i = 0; i < orderId.size(); ++i) {
        const char16_t c = orderId[i].unicode();
        if (c >= 0x80) {
            m_pendingOrderIds.resize(orderStart);
            m_pendingOrderIds.append(orderId.toUtf8());
            break;
        }
        ascii[i] = char(c);
    }
    m_pendingLines.push_back({orderStart, m_pendingOrderIds.size() - orderStart, customerId, prod->id, *quantity, *price,
                              *when, isReturn, source.recordLine()});
    ++m_result.rowsImported;
    return int(m_pendingLines.size()) < LinesPerInsert || flushLines();
}

void ImportSession::bindLine(Statement &statement, int first, const PendingLine &line)
{
    statement.bindUtf8View(first, QByteArrayView(m_pendingOrderIds).sliced(line.orderStart, line.orderSize));
    if (line.customerId)
        statement.bind(first + 1, line.customerId);
    else
        statement.bindNull(first + 1);
    statement.bind(first + 2, line.productId);
    statement.bind(first + 3, line.quantity);
    statement.bind(first + 4, line.price);
    statement.bind(first + 5, line.orderedAt);
    statement.bind(first + 6, qint64(line.isReturn ? 1 : 0));
}

bool ImportSession::flushLines()
{
    const int count = int(m_pendingLines.size());
    int done = 0;
    if (count == LinesPerInsert) {
        m_insertLines.bind(1, m_result.importId);
        for (int row = 0; row < count; ++row)
            bindLine(m_insertLines, 2 + 7 * row, m_pendingLines[size_t(row)]);
        if (!m_insertLines.exec())
            return sqlFail(tr("storing lines %1 to %2").arg(m_pendingLines.front().line).arg(m_pendingLines.back().line));
        done = count;
    }
    for (; done < count; ++done) {
        const PendingLine &line = m_pendingLines[size_t(done)];
        m_insertLine.bind(1, m_result.importId);
        bindLine(m_insertLine, 2, line);
        if (!m_insertLine.exec())
            return sqlFail(tr("storing line %1").arg(line.line));
    }
    m_pendingLines.clear();
    m_pendingOrderIds.resize(0);
    return true;
}

bool ImportSession::importCustomer(RecordSource &source, const QStringList &fields)
{
    const int keyCol = col("customer_id");
    const QString key = normalizeId(cell(fields, keyCol));
    if (key.isEmpty())
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(keyCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(keyCol)));
    m_upsertCustomer.reset();
    m_upsertCustomer.bind(1, key);
    static const char *const textFields[] = {"name", "first_name", "last_name", "email", "phone", "gender"};
    int index = 2;
    for (const char *field : textFields) {
        const QStringView value = cell(fields, col(field));
        if (value.isEmpty())
            m_upsertCustomer.bindNull(index);
        else if (qstrcmp(field, "email") == 0)
            m_upsertCustomer.bind(index, value.toString().toLower());
        else
            m_upsertCustomer.bind(index, value);
        ++index;
    }
    // birth_date (8): a year alone stays a year; otherwise an ISO date.
    const QStringView birth = cell(fields, col("birth_date"));
    if (birth.isEmpty()) {
        m_upsertCustomer.bindNull(8);
    } else if (birth.size() == 4 && isAllDigits(birth)) {
        m_upsertCustomer.bind(8, birth);
    } else if (auto dt = parseDateTime(birth, dateOrder())) {
        m_upsertCustomer.bind(8, dt->date().toString(Qt::ISODate));
    } else {
        return rejectOrFail(source, QStringLiteral("bad_date"), columnName(col("birth_date")),
                            tr("Line %1: %2 \"%3\" is not a date.")
                                .arg(source.recordLine()).arg(columnName(col("birth_date")), birth.toString()));
    }
    const QStringView city = cell(fields, col("city"));
    city.isEmpty() ? m_upsertCustomer.bindNull(9) : m_upsertCustomer.bind(9, city);
    const QStringView country = cell(fields, col("country"));
    country.isEmpty() ? m_upsertCustomer.bindNull(10) : m_upsertCustomer.bind(10, country);
    const QStringView signup = cell(fields, col("signup_date"));
    if (signup.isEmpty()) {
        m_upsertCustomer.bindNull(11);
    } else if (auto dt = parseDateTime(signup, dateOrder())) {
        m_upsertCustomer.bind(11, dt->date().toString(Qt::ISODate));
    } else {
        return rejectOrFail(source, QStringLiteral("bad_date"), columnName(col("signup_date")),
                            tr("Line %1: %2 \"%3\" is not a date.")
                                .arg(source.recordLine()).arg(columnName(col("signup_date")), signup.toString()));
    }
    const QStringView income = cell(fields, col("income"));
    if (income.isEmpty()) {
        m_upsertCustomer.bindNull(12);
    } else if (auto value = parseNumber(income, numberStyle())) {
        m_upsertCustomer.bind(12, *value);
    } else {
        return rejectOrFail(source, QStringLiteral("bad_number"), columnName(col("income")),
                            tr("Line %1: %2 \"%3\" is not a number.")
                                .arg(source.recordLine()).arg(columnName(col("income")), income.toString()));
    }
    const QStringView optOut = cell(fields, col("opt_out"));
    if (optOut.isEmpty()) {
        m_upsertCustomer.bindNull(13);
    } else if (auto flag = parseBool(optOut)) {
        m_upsertCustomer.bind(13, qint64(*flag ? 1 : 0));
    } else {
        return rejectOrFail(source, QStringLiteral("bad_value"), columnName(col("opt_out")),
                            tr("Line %1: %2 \"%3\" is not yes or no.")
                                .arg(source.recordLine()).arg(columnName(col("opt_out")), optOut.toString()));
    }
    // Columns that map to no field are kept as free attributes.
    QJsonObject attributes;
    QSet<int> used;
    for (int column : std::as_const(m_mapping))
        used.insert(column);
    for (int c = 0; c < m_header.size(); ++c) {
        if (!used.contains(c))
            attributes.insert(m_header.at(c), cell(fields, c).toString());
    }
    if (attributes.isEmpty())
        m_upsertCustomer.bindNull(14);
    else
        m_upsertCustomer.bind(14, QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)));
    m_upsertCustomer.bind(15, m_result.importId);
    if (m_upsertCustomer.step()) {
        // RETURNING (import_id = this import): 1 for a row this import inserted.
        if (m_upsertCustomer.columnInt64(0) == 1 && !m_seenKeys.contains(key))
            ++m_result.customersAdded;
        m_seenKeys.insert(key);
    } else if (m_upsertCustomer.hasError()) {
        return sqlFail(tr("storing line %1").arg(source.recordLine()));
    }
    m_upsertCustomer.reset();
    ++m_result.rowsImported;
    return true;
}

bool ImportSession::importProduct(RecordSource &source, const QStringList &fields)
{
    const int skuCol = col("sku");
    const QString sku = normalizeId(cell(fields, skuCol));
    if (sku.isEmpty())
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(skuCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(skuCol)));
    m_upsertProduct.reset();
    m_upsertProduct.bind(1, sku);
    const QStringView name = cell(fields, col("name"));
    name.isEmpty() ? m_upsertProduct.bindNull(2) : m_upsertProduct.bind(2, name);
    const QStringView category = cell(fields, col("category"));
    category.isEmpty() ? m_upsertProduct.bindNull(3) : m_upsertProduct.bind(3, category);
    const QStringView priceText = cell(fields, col("price"));
    if (priceText.isEmpty()) {
        m_upsertProduct.bindNull(4);
    } else if (auto price = parseNumber(priceText, numberStyle())) {
        m_upsertProduct.bind(4, *price);
    } else {
        return rejectOrFail(source, QStringLiteral("bad_number"), columnName(col("price")),
                            tr("Line %1: %2 \"%3\" is not a number.")
                                .arg(source.recordLine()).arg(columnName(col("price")), priceText.toString()));
    }
    m_upsertProduct.bind(5, m_result.importId);
    if (m_upsertProduct.step()) {
        if (m_upsertProduct.columnInt64(0) == 1 && !m_seenKeys.contains(sku))
            ++m_result.productsAdded;
        m_seenKeys.insert(sku);
    } else if (m_upsertProduct.hasError()) {
        return sqlFail(tr("storing line %1").arg(source.recordLine()));
    }
    m_upsertProduct.reset();
    ++m_result.rowsImported;
    return true;
}

bool ImportSession::importRating(RecordSource &source, const QStringList &fields)
{
    const int customerCol = col("customer_id"), skuCol = col("sku"), ratingCol = col("rating");
    ParsedCells local;
    const ParsedCells &parsed = parsedCells(source, fields, local);
    if (parsed[RatingCustomer].empty)
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(customerCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(customerCol)));
    if (parsed[RatingSku].empty)
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(skuCol),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(skuCol)));
    const std::optional<double> value = parsed[RatingValue].numberValue();
    if (!value)
        return rejectOrFail(source, QStringLiteral("bad_number"), columnName(ratingCol),
                            tr("Line %1: %2 \"%3\" is not a number.")
                                .arg(source.recordLine()).arg(columnName(ratingCol), cell(fields, ratingCol).toString()));
    std::optional<qint64> when;
    const int timeCol = col("timestamp");
    const QStringView timeText = cell(fields, timeCol);
    if (!parsed[RatingTime].empty) {
        when = parsed[RatingTime].timeValue();
        if (!when)
            return rejectOrFail(source, QStringLiteral("bad_date"), columnName(timeCol),
                                tr("Line %1: %2 \"%3\" is not a date or time.")
                                    .arg(source.recordLine()).arg(columnName(timeCol), timeText.toString()));
    }
    CustomerAgg *cust = customerAt(parsed[RatingCustomer].key, fields, customerCol);
    if (!cust)
        return sqlFail(tr("adding customer %1").arg(normalizeIdView(cell(fields, customerCol))));
    ProductAgg *prod = productAt(parsed[RatingSku].key, fields, skuCol);
    if (!prod)
        return sqlFail(tr("adding product %1").arg(normalizeIdView(cell(fields, skuCol))));
    if (when) {
        cust->firstSeen = qMin(cust->firstSeen, *when);
        cust->lastSeen = qMax(cust->lastSeen, *when);
        prod->firstSeen = qMin(prod->firstSeen, *when);
        prod->lastSeen = qMax(prod->lastSeen, *when);
    }
    m_insertRating.bind(1, cust->id);
    m_insertRating.bind(2, prod->id);
    m_insertRating.bind(3, *value);
    if (when)
        m_insertRating.bind(4, *when);
    else
        m_insertRating.bindNull(4);
    m_insertRating.bind(5, m_result.importId);
    if (!m_insertRating.exec())
        return sqlFail(tr("storing line %1").arg(source.recordLine()));
    ++m_result.rowsImported;
    return true;
}

bool ImportSession::setUpExperiment(const ColumnProfile &profile)
{
    const QFileInfo info(m_options.reader.path);
    QString name = m_options.experimentName.trimmed();
    if (name.isEmpty()) {
        name = info.fileName();
        for (const QString &suffix : {QStringLiteral(".gz"), QStringLiteral(".csv"), QStringLiteral(".tsv"),
                                      QStringLiteral(".txt"), QStringLiteral(".xlsx")}) {
            if (name.endsWith(suffix, Qt::CaseInsensitive))
                name.chop(suffix.size());
        }
    }
    m_result.experiment = name;
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM experiments WHERE name = ?"), {name}))
        return fail(tr("The project already has an experiment named \"%1\". Choose another name.").arg(name));

    m_armColumn = col("arm");
    m_idColumn = col("customer_id");
    if (m_armColumn < 0)
        return fail(tr("No arm column was found in %1. Name it with --arm-column COLUMN (columns: %2).")
                        .arg(info.fileName(), m_header.join(QStringLiteral(", "))));

    QSet<int> outcomes;
    if (!m_options.outcomeColumns.isEmpty()) {
        for (const QString &column : m_options.outcomeColumns) {
            const int index = m_header.indexOf(column.trimmed());
            if (index < 0)
                return fail(tr("The outcome column \"%1\" is not in %2 (columns: %3).")
                                .arg(column, info.fileName(), m_header.join(QStringLiteral(", "))));
            outcomes.insert(index);
        }
    } else {
        for (int c = m_armColumn + 1; c < m_header.size(); ++c) {
            if (c != m_idColumn && profile.numeric.value(c) && profile.nonEmpty.value(c) > 0)
                outcomes.insert(c);
        }
        if (outcomes.isEmpty())
            return fail(tr("No numeric outcome columns follow the arm column \"%1\". Name them with --outcomes.")
                            .arg(m_header.value(m_armColumn)));
    }
    for (int c = 0; c < m_header.size(); ++c) {
        if (c == m_armColumn || c == m_idColumn)
            continue;
        if (outcomes.contains(c))
            m_outcomeColumns.append(c);
        else if (profile.numeric.value(c) && profile.nonEmpty.value(c) > 0)
            m_covariateColumns.append(c);
        else
            m_attributeColumns.append(c);
    }

    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO experiments(name, salt, created_at, import_id) VALUES(?, NULL, ?, ?)"));
    if (!stmt.isValid())
        return sqlFail(tr("creating the experiment"));
    stmt.bindAll({name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), m_result.importId});
    if (!stmt.exec())
        return sqlFail(tr("creating the experiment"));
    m_experimentId = m_db.lastInsertRowId();
    m_experimentWrite.emplace(m_db, m_experimentId);
    return prepare(QStringLiteral("INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id) "
                                  "VALUES(?, ?, ?)"), m_insertAssignment)
        && prepare(QStringLiteral("INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
                                  "VALUES(?, ?, ?, ?, ?)"), m_insertMetric)
        && prepare(QStringLiteral(
               "UPDATE customers SET attributes = json_patch(coalesce(attributes, '{}'), ?) WHERE id = ?"),
               m_updateAttributes);
}

bool ImportSession::importExperimentRow(RecordSource &source, const QStringList &fields)
{
    ++m_dataRow;
    const QStringView arm = cell(fields, m_armColumn);
    if (arm.isEmpty())
        return rejectOrFail(source, QStringLiteral("missing_value"), columnName(m_armColumn),
                            tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(m_armColumn)));
    QString key;
    if (m_idColumn >= 0) {
        key = normalizeId(cell(fields, m_idColumn));
        if (key.isEmpty())
            return rejectOrFail(source, QStringLiteral("missing_value"), columnName(m_idColumn),
                                tr("Line %1: %2 is empty.").arg(source.recordLine()).arg(columnName(m_idColumn)));
    } else {
        // Without an id column, customers are the file's data rows, numbered
        // within the experiment so they never merge with other customers.
        key = QStringLiteral("%1/%2").arg(m_result.experiment).arg(m_dataRow);
    }
    struct Value { int column; double value; const char *role; };
    QVarLengthArray<Value, 16> values;
    for (int c : std::as_const(m_outcomeColumns)) {
        const QStringView text = cell(fields, c);
        if (text.isEmpty())
            continue;
        const auto number = parseNumber(text, numberStyle());
        if (!number)
            return rejectOrFail(source, QStringLiteral("bad_number"), columnName(c),
                                tr("Line %1: %2 \"%3\" is not a number.")
                                    .arg(source.recordLine()).arg(columnName(c), text.toString()));
        values.append({c, *number, "outcome"});
    }
    for (int c : std::as_const(m_covariateColumns)) {
        const QStringView text = cell(fields, c);
        if (const auto number = parseNumber(text, numberStyle()))
            values.append({c, *number, "covariate"});
    }

    const QString armName = arm.toString();
    auto armIt = m_armIds.find(armName);
    if (armIt == m_armIds.end()) {
        static const QRegularExpression controlName(
            QStringLiteral("^(no[ _-]?e-?mail|control|holdout|baseline|对照组?|未发送)$"),
            QRegularExpression::CaseInsensitiveOption);
        const bool isControl = controlName.match(armName).hasMatch()
            && !m_db.scalar(QStringLiteral("SELECT 1 FROM experiment_arms WHERE experiment_id = ? AND is_control = 1"),
                            {m_experimentId});
        Statement insertArm = m_db.prepare(QStringLiteral(
            "INSERT INTO experiment_arms(experiment_id, name, weight, is_control) VALUES(?, ?, NULL, ?)"));
        insertArm.bindAll({m_experimentId, armName, isControl ? 1 : 0});
        if (!insertArm.exec())
            return sqlFail(tr("creating arm %1").arg(armName));
        armIt = m_armIds.insert(armName, m_db.lastInsertRowId());
        m_result.arms.append(armName);
    }

    CustomerAgg *cust = customer(key);
    if (!cust)
        return sqlFail(tr("adding customer %1").arg(key));
    m_insertAssignment.bind(1, m_experimentId);
    m_insertAssignment.bind(2, cust->id);
    m_insertAssignment.bind(3, armIt.value());
    if (!m_insertAssignment.exec()) {
        if (m_idColumn >= 0)
            return rejectOrFail(source, QStringLiteral("duplicate_customer"), columnName(m_idColumn),
                                tr("Line %1: customer %2 appears twice in the experiment.")
                                    .arg(source.recordLine()).arg(key));
        return sqlFail(tr("storing line %1").arg(source.recordLine()));
    }
    for (const Value &value : values) {
        m_insertMetric.bind(1, m_experimentId);
        m_insertMetric.bind(2, m_header.at(value.column));
        m_insertMetric.bind(3, cust->id);
        m_insertMetric.bind(4, QString::fromLatin1(value.role));
        m_insertMetric.bind(5, value.value);
        if (!m_insertMetric.exec())
            return sqlFail(tr("storing line %1").arg(source.recordLine()));
    }
    if (!m_attributeColumns.isEmpty() || !m_covariateColumns.isEmpty()) {
        QJsonObject attributes;
        for (int c : std::as_const(m_attributeColumns))
            attributes.insert(m_header.at(c), cell(fields, c).toString());
        for (int c : std::as_const(m_covariateColumns))
            attributes.insert(m_header.at(c), cell(fields, c).toString());
        m_updateAttributes.bind(1, QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)));
        m_updateAttributes.bind(2, cust->id);
        if (!m_updateAttributes.exec())
            return sqlFail(tr("storing line %1").arg(source.recordLine()));
    }
    ++m_result.rowsImported;
    return true;
}

bool ImportSession::flushAggregates()
{
    if (!m_customers.empty()) {
        Statement update = m_db.prepare(QStringLiteral(
            "UPDATE customers SET first_seen = min(coalesce(first_seen, ?2), ?2), "
            "last_seen = max(coalesce(last_seen, ?3), ?3), country = coalesce(?4, country), "
            "email = coalesce(?5, email), name = coalesce(?6, name) WHERE id = ?1"));
        if (!update.isValid())
            return sqlFail(tr("updating customers"));
        for (const CustomerAgg &agg : std::as_const(m_customers)) {
            if (agg.id == 0) // numbered, but on a line that was not stored
                continue;
            if (agg.firstSeen > agg.lastSeen && agg.country.isNull() && agg.email.isNull() && agg.name.isNull())
                continue;
            update.bind(1, agg.id);
            if (agg.firstSeen <= agg.lastSeen) {
                update.bind(2, agg.firstSeen);
                update.bind(3, agg.lastSeen);
            } else {
                update.bindNull(2);
                update.bindNull(3);
            }
            update.bind(4, agg.country);
            update.bind(5, agg.email.isNull() ? QString() : agg.email.toLower());
            update.bind(6, agg.name);
            if (!update.exec())
                return sqlFail(tr("updating customers"));
            update.reset();
        }
    }
    if (m_rebuildIndexes
        && !m_db.exec(QString::fromLatin1(Project::OrderLinesCustomerIndex)))
        return sqlFail(tr("indexing the order lines"));
    if (m_options.kind == ImportKind::Transactions && !m_customers.empty()) {
        // Keep the per-customer order count and revenue current for lists and sorting. New
        // customers' totals are this import's; customers seen before are recounted in SQL,
        // since an order may span files.
        Statement setTotals = m_db.prepare(QStringLiteral(
            "UPDATE customers SET order_count = ?, revenue = ? WHERE id = ?"));
        Statement recount = m_db.prepare(QStringLiteral(
            "UPDATE customers SET "
            "order_count = (SELECT count(DISTINCT order_id) FROM order_lines WHERE customer_id = ?1 AND is_return = 0), "
            "revenue = (SELECT total(quantity * unit_price) FROM order_lines WHERE customer_id = ?1) WHERE id = ?1"));
        if (!setTotals.isValid() || !recount.isValid())
            return sqlFail(tr("updating customer totals"));
        for (const CustomerAgg &agg : std::as_const(m_customers)) {
            if (agg.id == 0)
                continue;
            bool ok = false;
            if (agg.isNew) {
                setTotals.bind(1, agg.orders);
                setTotals.bind(2, agg.revenue);
                setTotals.bind(3, agg.id);
                ok = setTotals.exec();
            } else {
                recount.bind(1, agg.id);
                ok = recount.exec();
            }
            if (!ok)
                return sqlFail(tr("updating customer totals"));
        }
    }
    if (!m_products.empty()) {
        // Name and price follow the most recent line; older imports do not overwrite newer data.
        Statement update = m_db.prepare(QStringLiteral(
            "UPDATE products SET "
            "name = CASE WHEN ?3 >= coalesce(last_seen, ?3) THEN coalesce(?2, name) ELSE coalesce(name, ?2) END, "
            "price = CASE WHEN ?5 >= coalesce(last_seen, ?5) THEN coalesce(?4, price) ELSE coalesce(price, ?4) END, "
            "category = coalesce(?6, category), "
            "first_seen = min(coalesce(first_seen, ?7), ?7), last_seen = max(coalesce(last_seen, ?8), ?8) "
            "WHERE id = ?1"));
        if (!update.isValid())
            return sqlFail(tr("updating products"));
        for (const ProductAgg &agg : std::as_const(m_products)) {
            if (agg.id == 0)
                continue;
            update.bind(1, agg.id);
            update.bind(2, agg.name);
            update.bind(3, agg.nameAt);
            if (agg.hasPrice)
                update.bind(4, agg.price);
            else
                update.bindNull(4);
            update.bind(5, agg.priceAt);
            update.bind(6, agg.category);
            if (agg.firstSeen <= agg.lastSeen) {
                update.bind(7, agg.firstSeen);
                update.bind(8, agg.lastSeen);
            } else {
                update.bindNull(7);
                update.bindNull(8);
            }
            if (!update.exec())
                return sqlFail(tr("updating products"));
            update.reset();
        }
    }
    if (m_experimentWrite && m_experimentId > 0) {
        QString error;
        if (!m_experimentWrite->finish(&error))
            return fail(error);
    }
    return true;
}

/**
 * Reads the first rows (and the whole date column when the day/month order is
 * still ambiguous) to settle date order, number style and numeric columns.
 */
bool profileColumns(const ImportOptions &options, const QHash<QString, int> &mapping, int columnCount,
                    ColumnProfile *profile, ProgressReporter &progress, QString *error)
{
    std::unique_ptr<RecordSource> source = openRecordSource(options.reader, error);
    if (!source)
        return false;
    profile->numeric = QList<bool>(columnCount, true);
    profile->nonEmpty = QList<int>(columnCount, 0);
    int dateColumn = -1;
    for (const QString &field : dateFields(options.kind)) {
        if (mapping.contains(field) && field != QLatin1String("birth_date")) {
            dateColumn = mapping.value(field);
            break;
        }
    }
    DateOrderDetector detector;
    QList<QStringList> numberSamples(columnCount);
    QStringList fields;
    qint64 rows = 0;
    while (source->next(fields)) {
        ++rows;
        if (rows <= kProfileRows) {
            for (int c = 0; c < columnCount && c < fields.size(); ++c) {
                const QStringView value = QStringView(fields.at(c)).trimmed();
                if (value.isEmpty())
                    continue;
                ++profile->nonEmpty[c];
                if (profile->numeric[c] && !parseNumber(value, NumberStyle::Auto)
                    && !parseNumber(value, NumberStyle::Comma))
                    profile->numeric[c] = false;
                if (numberSamples[c].size() < 200)
                    numberSamples[c].append(value.toString());
            }
        }
        if (dateColumn >= 0 && dateColumn < fields.size())
            detector.add(QStringView(fields.at(dateColumn)).trimmed());
        if (rows >= kProfileRows && (dateColumn < 0 || !detector.result().ambiguous))
            break;
        if (rows % (kChunkRows * 10) == 0 && progress.isCancelled())
            return false;
    }
    profile->dates = detector.result();
    QStringList numericSamples;
    for (const char *field : {"quantity", "unit_price", "price", "income", "rating"}) {
        const int c = mapping.value(QLatin1String(field), -1);
        if (c >= 0)
            numericSamples += numberSamples.value(c);
    }
    profile->numberStyle = numericSamples.isEmpty() ? NumberStyle::Auto : detectNumberStyle(numericSamples);
    return true;
}

bool resolveMapping(const ImportOptions &options, const QStringList &header, ColumnMapping *mapping, QString *error)
{
    *mapping = autoMap(options.kind, header);
    for (auto it = options.mapOverrides.cbegin(); it != options.mapOverrides.cend(); ++it) {
        if (!applyOverride(*mapping, it.key(), it.value(), header, error))
            return false;
    }
    if (options.kind == ImportKind::Experiment && !options.armColumn.isEmpty()) {
        if (!applyOverride(*mapping, QStringLiteral("arm"), options.armColumn, header, error))
            return false;
    }
    return true;
}

} // namespace

QString Importer::fileSha256(const QString &path, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        if (cancel && cancel->load())
            return {};
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool Importer::preview(const ImportOptions &options, int maxRows, ImportPreview *out, QString *error)
{
    std::unique_ptr<RecordSource> source = openRecordSource(options.reader, error);
    if (!source)
        return false;
    out->settings = source->settings();
    out->header = source->header();
    ColumnMapping mapping;
    if (!resolveMapping(options, out->header, &mapping, error))
        return false;
    out->mapping = mapping.columnOf;
    for (const QString &key : missingRequired(options.kind, mapping)) {
        for (const TargetField &field : targetFields(options.kind)) {
            if (field.key == key)
                out->missingRequired.append(field.label);
        }
    }
    QStringList fields;
    while (out->rows.size() < maxRows && source->next(fields))
        out->rows.append(fields);
    if (!source->errorString().isEmpty()) {
        *error = source->errorString();
        return false;
    }
    const int columns = out->header.size();
    out->columnTypes = QList<CellType>(columns, CellType::Empty);
    for (int c = 0; c < columns; ++c) {
        CellType type = CellType::Empty;
        for (const QStringList &row : std::as_const(out->rows)) {
            const CellType t = guessType(QStringView(row.value(c)).trimmed());
            if (t == CellType::Empty || t == type)
                continue;
            if (type == CellType::Empty)
                type = t;
            else if ((type == CellType::Integer && t == CellType::Number)
                     || (type == CellType::Number && t == CellType::Integer))
                type = CellType::Number;
            else
                type = CellType::Text;
        }
        out->columnTypes[c] = type;
    }
    DateOrderDetector detector;
    const QStringList dates = dateFields(options.kind);
    const int dateColumn = dates.isEmpty() ? -1 : out->mapping.value(dates.first(), -1);
    for (const QStringList &row : std::as_const(out->rows)) {
        if (dateColumn >= 0)
            detector.add(QStringView(row.value(dateColumn)).trimmed());
    }
    out->dates = detector.result();
    const DateOrder order = options.dateOrder != DateOrder::Auto ? options.dateOrder : out->dates.order;
    for (const TargetField &field : targetFields(options.kind)) {
        const int c = out->mapping.value(field.key, -1);
        if (c < 0)
            continue;
        int failures = 0;
        for (const QStringList &row : std::as_const(out->rows)) {
            const QStringView value = QStringView(row.value(c)).trimmed();
            if (value.isEmpty())
                continue;
            bool ok = true;
            switch (field.kind) {
            case FieldKind::Number: ok = parseNumber(value, options.numberStyle).has_value(); break;
            case FieldKind::Date:
                ok = parseDateTime(value, order).has_value()
                     || (out->dates.epochSeconds && isAllDigits(value))
                     || (value.size() == 4 && isAllDigits(value));
                break;
            case FieldKind::Bool: ok = parseBool(value).has_value(); break;
            default: break;
            }
            if (!ok)
                ++failures;
        }
        out->failures.insert(field.key, failures);
    }
    return true;
}

ImportResult Importer::run(Database &db, const ImportOptions &options, ProgressReporter &progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    result.status = ImportResult::Status::Error;

    QString error;
    std::unique_ptr<RecordSource> source = openRecordSource(options.reader, &error);
    if (!source) {
        result.errorString = error;
        return result;
    }
    result.settings = source->settings();
    result.header = source->header();

    ColumnMapping mapping;
    if (!resolveMapping(options, result.header, &mapping, &error)) {
        result.errorString = error;
        return result;
    }
    const QStringList missing = missingRequired(options.kind, mapping);
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const TargetField &field : targetFields(options.kind)) {
            if (missing.contains(field.key))
                labels.append(QStringLiteral("%1 (%2)").arg(field.label, field.key));
        }
        result.errorString = tr("%1 has no column for %2. Map one with --map FIELD=COLUMN (columns: %3).")
                                 .arg(QFileInfo(options.reader.path).fileName(),
                                      labels.join(QStringLiteral(", ")),
                                      result.header.join(QStringLiteral(", ")));
        return result;
    }
    result.mapping = mapping.columnOf;

    // Hash the file on the other core while this one parses.
    std::atomic<bool> stopHashing{false};
    auto hashFuture = std::async(std::launch::async, [path = options.reader.path, &stopHashing] {
#ifdef Q_OS_LINUX
        // The checksum is only needed at the end: it yields the cores to reading and storing.
        // (On Linux a nice value belongs to the thread; this one ends with the hash.)
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
        return Importer::fileSha256(path, &stopHashing);
    });
    auto finishHash = [&]() {
        stopHashing.store(true);
        hashFuture.wait();
    };

    ColumnProfile profile;
    if (!profileColumns(options, result.mapping, result.header.size(), &profile, progress, &error)) {
        finishHash();
        if (progress.isCancelled()) {
            result.status = ImportResult::Status::Cancelled;
        } else {
            result.errorString = error;
        }
        return result;
    }
    if (profile.dates.ambiguous && options.dateOrder == DateOrder::Auto) {
        result.warnings.append(tr("Every date in the file fits both day/month and month/day order; "
                                  "they were read as day/month. Choose the order if that is wrong."));
    }

    // Every id an import writes comes from a lookup or an insert in its own transaction, so
    // the foreign keys hold by construction; checking them costs three index seeks a row.
    // (The pragma cannot change inside a transaction: an import nested in one keeps them.)
    struct ForeignKeysOff
    {
        Database &db;
        bool changed = sqlite3_get_autocommit(db.handle()) != 0
                       && db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        ~ForeignKeysOff()
        {
            if (changed)
                db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } foreignKeysOff{db};
    // Decoding and splitting the file on another core while this one stores the rows.
    if (options.readAhead && std::thread::hardware_concurrency() > 1)
        source = std::make_unique<PrefetchingSource>(std::move(source),
                                                     cellParserFor(options, result.mapping, profile));

    Transaction transaction(db);
    if (!transaction.isActive()) {
        finishHash();
        result.errorString = tr("Cannot start the import: %1").arg(db.errorString());
        return result;
    }
    db.exec(QStringLiteral("PRAGMA cache_size=-32768"));

    const bool trace = qEnvironmentVariableIsSet("TAILOR_TRACE_IMPORT");
    if (trace)
        qInfo("import: profiled at %.3f s", timer.elapsed() / 1000.0);
    ImportSession session(db, options, progress, result);
    const bool ok = session.run(*source, profile);
    if (trace)
        qInfo("import: rows stored at %.3f s (%s)", timer.elapsed() / 1000.0, qPrintable(QTime::currentTime().toString(QStringLiteral("ss.zzz"))));
    if (!ok) {
        finishHash();
        transaction.rollback();
        if (session.isCancelled()) {
            result.status = ImportResult::Status::Cancelled;
            result.errorString.clear();
        } else {
            result.status = ImportResult::Status::Error;
        }
        return result;
    }

    result.sha256 = hashFuture.get();
    if (trace)
        qInfo("import: hash ready at %.3f s", timer.elapsed() / 1000.0);
    if (result.sha256.isEmpty()) {
        result.errorString = tr("Cannot read %1 to compute its checksum.").arg(options.reader.path);
        return result;
    }
    if (!options.force) {
        Statement previous = db.prepare(QStringLiteral(
            "SELECT started_at FROM import_runs WHERE sha256 = ? AND kind = ? AND id <> ? ORDER BY id LIMIT 1"));
        previous.bindAll({result.sha256, importKindName(options.kind), result.importId});
        if (previous.step()) {
            const QString when = previous.columnText(0);
            previous.reset();
            transaction.rollback();
            result.status = ImportResult::Status::AlreadyImported;
            result.errorString = tr("%1 was already imported on %2; nothing was changed.")
                                     .arg(QFileInfo(options.reader.path).fileName(), when);
            return result;
        }
    }

    result.seconds = timer.elapsed() / 1000.0;
    Statement update = db.prepare(QStringLiteral(
        "UPDATE import_runs SET sha256 = ?, seconds = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?, "
        "duplicates = ?, skipped = ?, anonymous = ?, returns = ?, customers_added = ?, products_added = ? "
        "WHERE id = ?"));
    update.bindAll({result.sha256, result.seconds, result.rowsRead, result.rowsImported, result.rowsRejected,
                    result.duplicates, result.skipped, result.anonymous, result.returns, result.customersAdded,
                    result.productsAdded, result.importId});
    if (!update.exec() || !transaction.commit()) {
        result.errorString = tr("Cannot save the import: %1").arg(db.errorString());
        return result;
    }
    db.truncateLargeWal();
    if (trace)
        qInfo("import: committed at %.3f s", timer.elapsed() / 1000.0);
    result.customers = db.scalar(QStringLiteral("SELECT count(*) FROM customers")).value_or(0).toLongLong();
    result.products = db.scalar(QStringLiteral("SELECT count(*) FROM products")).value_or(0).toLongLong();
    result.seconds = timer.elapsed() / 1000.0;
    result.status = ImportResult::Status::Ok;
    return result;
}
