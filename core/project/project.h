#pragma once

#include "project/database.h"

#include <QCoreApplication>
#include <QString>

/** Row counts of the main tables, for status bars and summaries. */
struct ProjectCounts
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 orderLines = 0;
    qint64 ratings = 0;
    qint64 experiments = 0;
    qint64 imports = 0;
    qint64 rejectedRows = 0;
};

/**
 * One Tailor project: a SQLite file (`*.tailor`) with Tailor's schema.
 *
 * open() validates before it writes anything: a file that is not SQLite, a
 * SQLite file of another application, a corrupt file, or a file whose schema is
 * newer than this build gives a clear error and is left byte-for-byte untouched.
 * Older schemas are migrated forward in one transaction (PRAGMA user_version).
 *
 * Thread-safety: like Database, a Project belongs to the thread that opened it.
 * Background jobs open their own Project on the same path.
 */
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)
public:
    /** Schema version written by this build. */
    static constexpr int SchemaVersion = 5;
    /** The order lines' customer index (schema 5), which an import into an empty table rebuilds. */
    static constexpr const char *OrderLinesCustomerIndex =
        "CREATE INDEX order_lines_customer ON order_lines(customer_id, ordered_at) WHERE customer_id IS NOT NULL";
    /** PRAGMA application_id of Tailor projects ("TAIL"). */
    static constexpr int ApplicationId = 0x5441494C;

    enum class OpenMode {
        OpenExisting,    ///< fail when the file is missing
        CreateIfMissing, ///< create a new project when the file is missing
        /**
         * Another connection to a project this process has opened and checked already
         * (background jobs): fails when the file is missing, and skips the whole-file
         * integrity check (PRAGMA quick_check), which reads every page of the file;
         * the header, application id and format version are still checked.
         */
        Reopen
    };

    /** Opens (or creates) the project at @p path. ":memory:" gives a fresh in-memory project. */
    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }

    Database &database() { return m_db; }
    QString path() const { return m_db.path(); }
    QString errorString() const { return m_error; }

    /** Counts rows of the main tables; zeros on error. */
    ProjectCounts counts();

    /** The schema version stored in the file at @p path without changing it; -1 if unreadable. */
    static int storedSchemaVersion(const QString &path);

    /**
     * Drops the triggers that delete an experiment's stored columns when its
     * assignments or metrics change, for a bulk write inside a transaction;
     * restoreExperimentColumnTriggers() puts them back (core/experiments/
     * experimentcolumns.h, ExperimentColumns::BulkWrite, does both).
     */
    static bool suspendExperimentColumnTriggers(Database &db);
    static bool restoreExperimentColumnTriggers(Database &db);

private:
    bool initialize();
    bool migrate(int fromVersion);

    Database m_db;
    QString m_error;
};
