#pragma once

#include "experiments/experimentanalysis.h"
#include "experiments/experimentdesign.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

class Database;
class ProgressReporter;

/** A stored arm with its number of assigned customers. */
struct ExperimentArmInfo
{
    qint64 id = 0;
    QString name;
    double weight = 0; ///< 0 when unknown (imported experiments)
    bool isControl = false;
    bool isHoldout = false;
    qint64 n = 0;
};

/** A stored experiment. */
struct ExperimentInfo
{
    qint64 id = 0;
    QString name;
    QString salt;
    QString createdAt;
    QString startedAt;
    QString segment;       ///< segment it was drawn from; empty for all customers or imports
    QJsonObject design;
    QVector<ExperimentArmInfo> arms;
    QStringList outcomes;  ///< outcome metric names
    QStringList covariates;
};

/** What ExperimentStore::create() builds. */
struct ExperimentSpec
{
    QString name;
    QString segment;          ///< empty: all customers
    QVector<DesignArm> arms;  ///< from ExperimentDesign::parseArms()
    QString salt;             ///< empty: the experiment name
    QString stratifyBy;       ///< empty, or country, city, gender or rfm_segment
    QJsonObject design;       ///< free design notes (metric, baseline, mde...) stored as JSON
};

/**
 * Experiments in the project database: create and assign, list, read outcomes
 * into per-arm sufficient statistics, analyse, derive outcomes from orders and
 * export assignments. Writes are one transaction each; cancelling through the
 * ProgressReporter rolls back and leaves the project unchanged.
 *
 * Thread-safety: uses the given Database on the calling thread. loadSummaries()
 * may open extra read-only connections to the same file on helper threads
 * (each connection stays on its own thread).
 */
class ExperimentStore
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentStore)
public:
    static QVector<ExperimentInfo> list(Database &db, QString *error);
    /** The experiment @p name; arm sizes (ExperimentArmInfo::n) are counted when @p countAssignments. */
    static std::optional<ExperimentInfo> find(Database &db, const QString &name, QString *error,
                                              bool countAssignments = true);

    /** Creates the experiment and assigns the segment's customers (or all); nullopt + @p error on failure. */
    static std::optional<ExperimentInfo> create(Database &db, const ExperimentSpec &spec, ProgressReporter &progress,
                                                QString *error);

    /** An outcome and its CUPED covariate (may be empty), for loadSummaries(). */
    struct MetricColumns
    {
        QString metric;
        QString covariate;
    };

    /**
     * Sufficient statistics per arm, in the order of @p info.arms, for each entry
     * of @p columns: the assignments and each metric named are read once
     * (primary-key range scans, two threads on a file database).
     */
    static std::optional<QVector<QVector<ArmSummary>>> loadSummaries(Database &db, const ExperimentInfo &info,
                                                                     const QVector<MetricColumns> &columns,
                                                                     ProgressReporter &progress, QString *error);

    /** Finds the experiment, checks metric and covariate, loads and analyses. */
    static AnalysisResult analyze(Database &db, const QString &experiment, const AnalysisOptions &options,
                                  ProgressReporter &progress);

    /**
     * Several analyses of one experiment from one read of its data. With more than
     * one, the adjusted p-values (and verdicts) are corrected across the variants
     * of every metric together, by the correction of the first options
     * (ExperimentAnalysis::correct()). On any error every result carries it.
     */
    static QVector<AnalysisResult> analyzeMetrics(Database &db, const QString &experiment,
                                                  const QVector<AnalysisOptions> &options,
                                                  ProgressReporter &progress);

    /**
     * Writes outcomes "conversion_<N>d" (bought within N days of started_at, 0/1)
     * and "revenue_<N>d" (sum of line revenue in the window, returns subtracted)
     * for every assigned customer. Returns the number of customers.
     */
    static std::optional<qint64> deriveOutcomesFromOrders(Database &db, const QString &experiment, int days,
                                                          ProgressReporter &progress, QString *error);

    /** Writes customer_key,arm rows as CSV through QSaveFile; returns the rows written. */
    static std::optional<qint64> exportAssignments(Database &db, const QString &experiment, const QString &path,
                                                   QString *error);

    /** The experiment's metric names with @p role ('outcome' or 'covariate'; empty: any), by index seeks. */
    static QStringList metricNames(Database &db, qint64 experimentId, const QString &role);

private:
    /**
     * Reads the arms and the metrics @p names of @p info from the tables into arrays
     * indexed by customer id (primary-key range scans, on two threads when @p parallel).
     */
    static bool readTables(Database &db, const ExperimentInfo &info, const std::vector<quint8> &armIndex,
                           const QStringList &names, bool parallel, std::vector<quint8> &armOf,
                           std::vector<std::vector<double>> &values, ProgressReporter &progress, QString *error);
};
