#include "project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

// Schema version 1. Times of events (orders, ratings, first/last seen) are
// INTEGER seconds since 1970-01-01 of the wall-clock time in the source file;
// calendar dates without a time (birth, signup) are ISO 'YYYY-MM-DD' text.
const char *const kSchemaV1 = R"sql(
CREATE TABLE project_info(
    key TEXT PRIMARY KEY,
    value TEXT);

CREATE TABLE import_runs(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_size INTEGER,
    sha256 TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    seconds REAL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    anonymous INTEGER NOT NULL DEFAULT 0,
    returns INTEGER NOT NULL DEFAULT 0,
    customers_added INTEGER NOT NULL DEFAULT 0,
    products_added INTEGER NOT NULL DEFAULT 0);
CREATE INDEX import_runs_sha256 ON import_runs(sha256);

CREATE TABLE rejected_rows(
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_name TEXT,
    reason_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw_text TEXT NOT NULL);
CREATE INDEX rejected_rows_import ON rejected_rows(import_id, line);

CREATE TABLE customers(
    id INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE,
    name TEXT,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    gender TEXT,
    birth_date TEXT,
    city TEXT,
    country TEXT,
    signup_date TEXT,
    income REAL,
    opt_out INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER,
    last_seen INTEGER,
    order_count INTEGER NOT NULL DEFAULT 0,  -- distinct orders that are not returns
    revenue REAL NOT NULL DEFAULT 0,         -- sum of quantity * unit price, returns subtracted
    attributes TEXT,
    import_id INTEGER REFERENCES import_runs(id));
CREATE INDEX customers_country ON customers(country);
CREATE INDEX customers_revenue ON customers(revenue);
CREATE INDEX customers_last_seen ON customers(last_seen);

CREATE TABLE products(
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT,
    category TEXT,
    price REAL,
    first_seen INTEGER,
    last_seen INTEGER,
    import_id INTEGER REFERENCES import_runs(id));

CREATE TABLE order_lines(
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity REAL NOT NULL,
    unit_price REAL NOT NULL,
    ordered_at INTEGER NOT NULL,
    is_return INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER NOT NULL REFERENCES import_runs(id));
CREATE INDEX order_lines_customer ON order_lines(customer_id, ordered_at);
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE ratings(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    value REAL NOT NULL,
    rated_at INTEGER,
    import_id INTEGER NOT NULL REFERENCES import_runs(id));
CREATE INDEX ratings_customer ON ratings(customer_id);
CREATE INDEX ratings_product ON ratings(product_id);

CREATE TABLE experiments(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    salt TEXT,
    created_at TEXT NOT NULL,
    import_id INTEGER REFERENCES import_runs(id));

CREATE TABLE experiment_arms(
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    weight REAL,
    is_control INTEGER NOT NULL DEFAULT 0,
    UNIQUE(experiment_id, name));

CREATE TABLE experiment_assignments(
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    arm_id INTEGER NOT NULL REFERENCES experiment_arms(id),
    PRIMARY KEY(experiment_id, customer_id)) WITHOUT ROWID;

-- Numeric per-customer values of an experiment: outcomes (visit, spend...)
-- and pre-period covariates (for CUPED).
CREATE TABLE experiment_metrics(
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    role TEXT NOT NULL CHECK(role IN ('outcome', 'covariate')),
    value REAL,
    PRIMARY KEY(experiment_id, metric, customer_id)) WITHOUT ROWID;
)sql";

// Version 2: saved segments and per-customer scores (RFM, CLV) for rules and profiles.
const char *const kSchemaV2 = R"sql(
CREATE TABLE segments(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,              -- rfm, kmeans, clv, rule
    definition TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL);

CREATE TABLE segment_members(
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY(segment_id, customer_id)) WITHOUT ROWID;
CREATE INDEX segment_members_customer ON segment_members(customer_id);

CREATE TABLE customer_scores(
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    recency_days INTEGER,
    frequency INTEGER,
    monetary REAL,
    r INTEGER,
    f INTEGER,
    m INTEGER,
    rfm_segment TEXT,
    rfm_reference_date TEXT,
    clv_12m REAL,
    p_alive REAL,
    expected_purchases REAL);
)sql";

// Version 3: stored recommendations, experiment designs, campaigns and their responses.
const char *const kSchemaV3 = R"sql(
-- Top-N recommendations per customer, computed by a background job for campaigns.
CREATE TABLE recommendations(
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,                 -- 1 = best
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    algo TEXT NOT NULL,
    because TEXT NOT NULL DEFAULT '[]',    -- JSON array of {sku, name, weight} or {reason}
    created_at TEXT NOT NULL,
    PRIMARY KEY(customer_id, rank)) WITHOUT ROWID;

-- Design of experiments created in Tailor (JSON: metric, baseline, mde, alpha, power,
-- holdout, stratify_by...). Imported experiments keep the default '{}'.
ALTER TABLE experiments ADD COLUMN segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL;
ALTER TABLE experiments ADD COLUMN design TEXT NOT NULL DEFAULT '{}';
ALTER TABLE experiments ADD COLUMN started_at TEXT;
ALTER TABLE experiment_arms ADD COLUMN is_holdout INTEGER NOT NULL DEFAULT 0;

CREATE TABLE campaigns(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL,
    definition TEXT NOT NULL DEFAULT '{}', -- JSON: offers, templates, exclusions, seed
    audience INTEGER NOT NULL DEFAULT 0,
    excluded_opt_out INTEGER NOT NULL DEFAULT 0,
    excluded_no_contact INTEGER NOT NULL DEFAULT 0,
    excluded_frequency INTEGER NOT NULL DEFAULT 0,
    holdout INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);

CREATE TABLE campaign_members(
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    is_holdout INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    offer TEXT,
    coupon TEXT,
    discount REAL,
    subject TEXT,
    message TEXT,
    rec_items TEXT NOT NULL DEFAULT '[]',  -- JSON array of {sku, name, score}
    explanation TEXT,
    PRIMARY KEY(campaign_id, customer_id)) WITHOUT ROWID;
CREATE INDEX campaign_members_customer ON campaign_members(customer_id);
CREATE UNIQUE INDEX campaign_members_coupon ON campaign_members(coupon) WHERE coupon IS NOT NULL;

CREATE TABLE campaign_exports(
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    file_path TEXT NOT NULL,
    rows INTEGER NOT NULL,
    exported_at TEXT NOT NULL);

CREATE TABLE campaign_responses(
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    opened INTEGER NOT NULL DEFAULT 0,
    clicked INTEGER NOT NULL DEFAULT 0,
    converted INTEGER NOT NULL DEFAULT 0,
    revenue REAL,
    responded_at TEXT,
    import_id INTEGER REFERENCES import_runs(id),
    PRIMARY KEY(campaign_id, customer_id)) WITHOUT ROWID;
)sql";

// Version 4: a column-wise copy of each experiment's assignments and metrics, which
// analysis reads in a few large rows instead of one row per customer and metric
// (core/experiments/experimentcolumns.h). Triggers drop an experiment's copy on
// any change to its assignments or metrics, so a stored copy is never stale.
const char *const kSchemaV4 = R"sql(
CREATE TABLE experiment_columns(
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,           -- '' for the arms, else a metric of experiment_metrics
    part INTEGER NOT NULL,        -- the assigned customers in id order, cut into parts
    customers INTEGER NOT NULL,   -- customers in the part
    data BLOB NOT NULL,
    PRIMARY KEY(experiment_id, name, part));
)sql";

// The triggers of version 4, on experiment_assignments and experiment_metrics (run
// after its table is created, and by Project::restoreExperimentColumnTriggers()).
QString experimentColumnTriggers(bool create)
{
    QString sql;
    for (const char *table : {"experiment_assignments", "experiment_metrics"}) {
        const struct
        {
            const char *event;
            const char *ids;
        } triggers[] = {{"insert", "NEW.experiment_id"},
                        {"update", "OLD.experiment_id, NEW.experiment_id"},
                        {"delete", "OLD.experiment_id"}};
        for (const auto &trigger : triggers) {
            const QString name = QStringLiteral("%1_%2").arg(QLatin1String(table), QLatin1String(trigger.event));
            sql += create ? QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER %2 ON %3 BEGIN DELETE FROM "
                                           "experiment_columns WHERE experiment_id IN (%4); END;\n")
                                .arg(name, QString::fromLatin1(trigger.event).toUpper(), QLatin1String(table),
                                     QLatin1String(trigger.ids))
                          : QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(name);
        }
    }
    return sql;
}

// Version 5: order_lines loses its product_id index. No query looks order lines up
// by product (they group or join whole tables, faster by a scan), and the index cost
// every import a sort of all its lines, or an index insert per line. The customer
// index leaves out anonymous lines, which no query looks up by customer (a quarter of
// Online Retail's lines), followed by Project::OrderLinesCustomerIndex.
const char *const kSchemaV5 = R"sql(
DROP INDEX IF EXISTS order_lines_product;
DROP INDEX IF EXISTS order_lines_customer;
)sql";

struct Migration
{
    int toVersion;
    const char *sql;
};

// Forward-only migrations; entry N brings a file from version N-1 to N.
const Migration kMigrations[] = {
    {1, kSchemaV1},
    {2, kSchemaV2},
    {3, kSchemaV3},
    {4, kSchemaV4},
    {5, kSchemaV5},
};

bool hasSqliteHeader(const QString &path, bool *empty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    *empty = head.isEmpty();
    return head == QByteArray("SQLite format 3\0", 16);
}

} // namespace

bool Project::open(const QString &path, OpenMode mode)
{
    m_db.close();
    m_error.clear();
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    bool isNew = inMemory || !info.exists();

    if (!inMemory && info.exists()) {
        if (info.isDir()) {
            m_error = tr("%1 is a folder, not a Tailor project.").arg(path);
            return false;
        }
        bool empty = false;
        const bool sqlite = hasSqliteHeader(path, &empty);
        if (!sqlite && !empty) {
            m_error = tr("%1 is not a Tailor project (it is not a SQLite database). The file was not changed.")
                          .arg(path);
            return false;
        }
        isNew = empty;
    } else if (!inMemory && mode != OpenMode::CreateIfMissing) {
        m_error = tr("The project %1 does not exist.").arg(path);
        return false;
    }

    if (!m_db.open(path, isNew ? Database::OpenMode::ReadWriteCreate : Database::OpenMode::ReadWrite)) {
        m_error = m_db.errorString();
        return false;
    }

    if (!isNew) {
        const auto appId = m_db.scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId) {
            m_error = tr("%1 is damaged or not a SQLite database (%2). The file was not changed.")
                          .arg(path, m_db.errorString());
            m_db.close();
            return false;
        }
        const auto tables = m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (appId->toInt() != ApplicationId) {
            if (appId->toInt() == 0 && tables && tables->toInt() == 0) {
                isNew = true; // an empty SQLite file: safe to make it a project
            } else {
                m_error = tr("%1 is a SQLite database of another application, not a Tailor project. "
                             "The file was not changed.").arg(path);
                m_db.close();
                return false;
            }
        }
    }

    if (!isNew) {
        const auto check = mode == OpenMode::Reopen ? std::optional<QVariant>(QStringLiteral("ok"))
                                                    : m_db.scalar(QStringLiteral("PRAGMA quick_check(1)"));
        if (!check || check->toString() != QLatin1String("ok")) {
            m_error = tr("%1 is damaged (%2). The file was not changed; restore it from a backup.")
                          .arg(path, check ? check->toString() : m_db.errorString());
            m_db.close();
            return false;
        }
        const int version = m_db.scalar(QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
        if (version > SchemaVersion) {
            m_error = tr("%1 was written by a newer version of Tailor (project format %2; this version "
                         "reads up to %3). Update Tailor to open it. The file was not changed.")
                          .arg(path).arg(version).arg(SchemaVersion);
            m_db.close();
            return false;
        }
        if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; "
                                      "PRAGMA synchronous=NORMAL;"))) {
            m_error = m_db.errorString();
            m_db.close();
            return false;
        }
        if (version < SchemaVersion && !migrate(version)) {
            m_db.close();
            return false;
        }
        return true;
    }
    if (!initialize()) {
        m_db.close();
        return false;
    }
    return true;
}

bool Project::initialize()
{
    if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"))) {
        m_error = tr("Cannot create the project %1: %2").arg(path(), m_db.errorString());
        return false;
    }
    if (!migrate(0))
        return false;
    return true;
}

bool Project::migrate(int fromVersion)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = tr("Cannot update the project %1: %2").arg(path(), m_db.errorString());
        return false;
    }
    for (const Migration &migration : kMigrations) {
        if (migration.toVersion <= fromVersion)
            continue;
        if (!m_db.exec(QString::fromUtf8(migration.sql))
            || (migration.toVersion == 4 && !m_db.exec(experimentColumnTriggers(true)))
            || (migration.toVersion == 5 && !m_db.exec(QString::fromLatin1(OrderLinesCustomerIndex)))) {
            m_error = tr("Cannot update the project %1 to format %2: %3")
                          .arg(path()).arg(migration.toVersion).arg(m_db.errorString());
            return false;
        }
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const bool ok = m_db.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;")
                                  .arg(ApplicationId).arg(SchemaVersion));
    Statement info = m_db.prepare(QStringLiteral(
        "INSERT INTO project_info(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    if (!ok || !info.isValid()) {
        m_error = tr("Cannot update the project %1: %2").arg(path(), m_db.errorString());
        return false;
    }
    if (fromVersion == 0) {
        info.bindAll({QStringLiteral("created_at"), stamp});
        info.exec();
        info.reset();
    }
    info.bindAll({QStringLiteral("written_by"), QStringLiteral("tailor " TAILOR_VERSION)});
    info.exec();
    if (!transaction.commit()) {
        m_error = tr("Cannot update the project %1: %2").arg(path(), m_db.errorString());
        return false;
    }
    return true;
}

ProjectCounts Project::counts()
{
    ProjectCounts c;
    auto count = [this](const char *table) {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .value_or(0).toLongLong();
    };
    c.customers = count("customers");
    c.products = count("products");
    c.orderLines = count("order_lines");
    c.ratings = count("ratings");
    c.experiments = count("experiments");
    c.imports = count("import_runs");
    c.rejectedRows = count("rejected_rows");
    return c;
}

bool Project::suspendExperimentColumnTriggers(Database &db)
{
    return db.exec(experimentColumnTriggers(false));
}

bool Project::restoreExperimentColumnTriggers(Database &db)
{
    return db.exec(experimentColumnTriggers(true));
}

int Project::storedSchemaVersion(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return -1;
    return db.scalar(QStringLiteral("PRAGMA user_version")).value_or(-1).toInt();
}
