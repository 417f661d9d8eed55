#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class Database;

/**
 * A column-wise copy of one experiment's assignments and metrics, kept in the
 * table experiment_columns so that analysis reads a few large rows instead of
 * one row per customer and metric.
 *
 * The experiment's assigned customers, in id order, are cut into parts of up to
 * a part size. Each part has one row for the arms (name '') and one row per
 * metric, whose values line up with the part's customers:
 * - arms: byte 0 the format (1), byte 1 the number of distinct arm ids S, then S
 *   arm ids (int64, little-endian), then one byte per customer: the index of its
 *   arm id in that list;
 * - a metric: one double per customer (little-endian), NaN where the customer
 *   has no value or a NULL one. Values of customers who are not assigned are
 *   left out, as analysis leaves them out.
 *
 * Triggers on experiment_assignments and experiment_metrics delete an
 * experiment's copy on any change, so a stored copy always matches the tables;
 * when there is none, analysis reads the tables. Tailor's writers (import,
 * create, outcomes from orders, campaign responses) call store() before they
 * commit, so the copy lands in the same transaction as the data.
 *
 * Thread-safety: uses the given Database on the calling thread.
 */
class ExperimentColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentColumns)
public:
    static constexpr qint64 DefaultPartSize = 1 << 18;

    /**
     * Replaces the stored copy of experiment @p experimentId with one built from
     * its assignments and metrics. An experiment with no assignments, or with
     * more than 255 distinct arms, gets no copy. False + @p error on an SQL error.
     */
    static bool store(Database &db, qint64 experimentId, QString *error, qint64 partSize = DefaultPartSize);

    /** Whether experiment @p experimentId has a stored copy. */
    static bool isStored(Database &db, qint64 experimentId);

    enum class LoadStatus { Loaded, NotStored, Failed };

    /**
     * Reads the stored copy: @p armOf gets, per assigned customer, the entry of
     * @p armIndexById for its arm id (@p noArm for an id beyond it), and
     * @p values one array per name in @p names, each aligned with @p armOf.
     * NotStored when there is no complete, well-formed copy holding every name
     * (read the tables instead); Failed + @p error on an SQL error.
     */
    static LoadStatus load(Database &db, qint64 experimentId, const std::vector<quint8> &armIndexById, quint8 noArm,
                           const QStringList &names, std::vector<quint8> &armOf,
                           std::vector<std::vector<double>> &values, QString *error);

    /**
     * A writer's bulk change to one experiment inside its open transaction. The
     * triggers cost a microsecond or two for every row written, so they are
     * dropped for the duration (inside the transaction: a rollback restores them)
     * after the experiment's copy is deleted; finish() puts the triggers back and
     * stores the copy. Without finish() the destructor puts the triggers back and
     * the experiment has no copy, so analysis reads the tables. Write only
     * experiment @p experimentId inside the scope. Outside a transaction the
     * triggers stay and finish() only stores the copy.
     */
    class BulkWrite
    {
    public:
        BulkWrite(Database &db, qint64 experimentId);
        ~BulkWrite();
        BulkWrite(const BulkWrite &) = delete;
        BulkWrite &operator=(const BulkWrite &) = delete;

        /** Restores the triggers and stores the experiment's copy; false + @p error on failure. */
        bool finish(QString *error);

    private:
        Database &m_db;
        qint64 m_experimentId;
        bool m_suspended = false;
    };
};
