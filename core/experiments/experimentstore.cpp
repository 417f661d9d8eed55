#include "experiments/experimentstore.h"

#include "experiments/experimentcolumns.h"
#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace {

constexpr int kChunk = 65536;
constexpr quint8 kNoArm = 0xFF;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Reads (customer_id, value) rows of one statement into a dense array indexed by customer id.
// Returns false on an SQL error or cancel.
template<typename Store>
bool readPairs(Statement &stmt, const std::atomic<bool> &cancel, Store store)
{
    qint64 rows = 0;
    while (stmt.step()) {
        store(stmt);
        if ((++rows & (kChunk - 1)) == 0 && cancel.load(std::memory_order_relaxed))
            return false;
    }
    return !stmt.hasError();
}

} // namespace

QStringList ExperimentStore::metricNames(Database &db, qint64 experimentId, const QString &role)
{
    // Walks the distinct metric names with index seeks instead of scanning every row.
    QStringList names;
    Statement first = db.prepare(QStringLiteral(
        "SELECT metric FROM experiment_metrics WHERE experiment_id = ?1 ORDER BY metric LIMIT 1"));
    Statement next = db.prepare(QStringLiteral(
        "SELECT metric FROM experiment_metrics WHERE experiment_id = ?1 AND metric > ?2 ORDER BY metric LIMIT 1"));
    Statement roleOf = db.prepare(QStringLiteral(
        "SELECT role FROM experiment_metrics WHERE experiment_id = ?1 AND metric = ?2 LIMIT 1"));
    if (!first.isValid() || !next.isValid() || !roleOf.isValid())
        return names;
    first.bind(1, experimentId);
    if (!first.step())
        return names;
    QString last = first.columnText(0);
    for (bool more = true; more;) {
        roleOf.reset();
        roleOf.bind(1, experimentId);
        roleOf.bind(2, last);
        if (role.isEmpty() || (roleOf.step() && roleOf.columnText(0) == role))
            names << last;
        next.reset();
        next.bind(1, experimentId);
        next.bind(2, last);
        more = next.step();
        if (more)
            last = next.columnText(0);
    }
    return names;
}

std::optional<ExperimentInfo> ExperimentStore::find(Database &db, const QString &name, QString *error,
                                                    bool countAssignments)
{
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT e.id, e.name, e.salt, e.created_at, e.started_at, coalesce(s.name, ''), e.design "
        "FROM experiments e LEFT JOIN segments s ON s.id = e.segment_id WHERE e.name = ?"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return std::nullopt;
    }
    stmt.bind(1, name);
    if (!stmt.step()) {
        QStringList names;
        QString listError;
        for (const ExperimentInfo &info : list(db, &listError))
            names << info.name;
        *error = names.isEmpty()
                     ? tr("There is no experiment named \"%1\"; the project has no experiments yet.").arg(name)
                     : tr("There is no experiment named \"%1\" (experiments: %2).")
                           .arg(name, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    ExperimentInfo info;
    info.id = stmt.columnInt64(0);
    info.name = stmt.columnText(1);
    info.salt = stmt.columnText(2);
    info.createdAt = stmt.columnText(3);
    info.startedAt = stmt.columnText(4);
    info.segment = stmt.columnText(5);
    info.design = QJsonDocument::fromJson(stmt.columnText(6).toUtf8()).object();

    Statement arms = db.prepare(QStringLiteral(
        "SELECT a.id, a.name, coalesce(a.weight, 0), a.is_control, a.is_holdout FROM experiment_arms a "
        "WHERE a.experiment_id = ? ORDER BY a.id"));
    if (!arms.isValid()) {
        *error = db.errorString();
        return std::nullopt;
    }
    arms.bind(1, info.id);
    while (arms.step()) {
        ExperimentArmInfo arm;
        arm.id = arms.columnInt64(0);
        arm.name = arms.columnText(1);
        arm.weight = arms.columnDouble(2);
        arm.isControl = arms.columnInt64(3) != 0;
        arm.isHoldout = arms.columnInt64(4) != 0;
        info.arms.append(arm);
    }
    if (countAssignments) {
        Statement counts = db.prepare(QStringLiteral(
            "SELECT arm_id, count(*) FROM experiment_assignments WHERE experiment_id = ? GROUP BY arm_id"));
        counts.bind(1, info.id);
        while (counts.step()) {
            const qint64 armId = counts.columnInt64(0);
            for (ExperimentArmInfo &arm : info.arms) {
                if (arm.id == armId)
                    arm.n = counts.columnInt64(1);
            }
        }
    }
    info.outcomes = metricNames(db, info.id, QStringLiteral("outcome"));
    info.covariates = metricNames(db, info.id, QStringLiteral("covariate"));
    return info;
}

QVector<ExperimentInfo> ExperimentStore::list(Database &db, QString *error)
{
    QVector<ExperimentInfo> out;
    Statement stmt = db.prepare(QStringLiteral("SELECT name FROM experiments ORDER BY id"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return out;
    }
    QStringList names;
    while (stmt.step())
        names << stmt.columnText(0);
    for (const QString &name : std::as_const(names)) {
        if (auto info = find(db, name, error))
            out.append(*info);
    }
    return out;
}

std::optional<ExperimentInfo> ExperimentStore::create(Database &db, const ExperimentSpec &spec,
                                                      ProgressReporter &progress, QString *error)
{
    const QString name = spec.name.trimmed();
    if (name.isEmpty() || name.size() > 80) {
        *error = tr("An experiment name must have 1 to 80 characters.");
        return std::nullopt;
    }
    if (db.scalar(QStringLiteral("SELECT 1 FROM experiments WHERE name = ?"), {name})) {
        *error = tr("The project already has an experiment named \"%1\". Choose another name.").arg(name);
        return std::nullopt;
    }
    if (spec.arms.size() < 2) {
        *error = tr("An experiment needs a control and at least one variant.");
        return std::nullopt;
    }
    QVariant segmentId;
    if (!spec.segment.isEmpty()) {
        const auto id = db.scalar(QStringLiteral("SELECT id FROM segments WHERE name = ?"), {spec.segment});
        if (!id) {
            *error = tr("There is no segment named \"%1\". Create it first (tailor-cli segment ...).").arg(spec.segment);
            return std::nullopt;
        }
        segmentId = *id;
    }
    QString stratum = QStringLiteral("''");
    if (!spec.stratifyBy.isEmpty()) {
        static const QStringList fields = {QStringLiteral("country"), QStringLiteral("city"), QStringLiteral("gender")};
        if (fields.contains(spec.stratifyBy))
            stratum = QStringLiteral("coalesce(c.%1, '')").arg(spec.stratifyBy);
        else if (spec.stratifyBy == QLatin1String("rfm_segment"))
            stratum = QStringLiteral("coalesce((SELECT rfm_segment FROM customer_scores s WHERE s.customer_id = c.id), '')");
        else {
            *error = tr("Cannot stratify by \"%1\"; use country, city, gender or rfm_segment.").arg(spec.stratifyBy);
            return std::nullopt;
        }
    }

    const QString sql = spec.segment.isEmpty()
        ? QStringLiteral("SELECT c.id, c.customer_key, %1 FROM customers c ORDER BY c.id").arg(stratum)
        : QStringLiteral("SELECT c.id, c.customer_key, %1 FROM segment_members m JOIN customers c ON c.id = m.customer_id "
                         "WHERE m.segment_id = ? ORDER BY c.id").arg(stratum);
    Statement select = db.prepare(sql);
    if (!select.isValid()) {
        *error = db.errorString();
        return std::nullopt;
    }
    if (!segmentId.isNull())
        select.bind(1, segmentId);
    QVector<qint64> ids;
    QStringList keys;
    QStringList strata;
    while (select.step()) {
        ids.append(select.columnInt64(0));
        keys.append(select.columnText(1));
        strata.append(select.columnText(2));
        if ((ids.size() & 0xFFF) == 0 && progress.isCancelled()) {
            *error = tr("Cancelled; the project was not changed.");
            return std::nullopt;
        }
    }
    if (ids.isEmpty()) {
        *error = spec.segment.isEmpty() ? tr("The project has no customers to assign.")
                                        : tr("The segment \"%1\" has no customers.").arg(spec.segment);
        return std::nullopt;
    }
    const QString salt = spec.salt.isEmpty() ? name : spec.salt;
    const QVector<int> armOf = ExperimentDesign::assign(spec.arms, keys, salt,
                                                        spec.stratifyBy.isEmpty() ? QStringList() : strata);

    Transaction tx(db);
    if (!tx.isActive()) {
        *error = db.errorString();
        return std::nullopt;
    }
    QJsonObject design = spec.design;
    if (!spec.stratifyBy.isEmpty())
        design.insert(QStringLiteral("stratify_by"), spec.stratifyBy);
    design.insert(QStringLiteral("hash"), QStringLiteral("sha256(salt:customer_key)[0:8] / 2^64"));
    Statement insertExperiment = db.prepare(QStringLiteral(
        "INSERT INTO experiments(name, salt, created_at, segment_id, design, started_at) VALUES(?, ?, ?, ?, ?, ?)"));
    const QString now = nowIso();
    insertExperiment.bindAll({name, salt, now, segmentId,
                              QString::fromUtf8(QJsonDocument(design).toJson(QJsonDocument::Compact)), now});
    if (!insertExperiment.exec()) {
        db.setErrorFromSqlite(tr("Creating the experiment"));
        *error = db.errorString();
        return std::nullopt;
    }
    const qint64 experimentId = db.lastInsertRowId();
    ExperimentColumns::BulkWrite columns(db, experimentId);
    QVector<qint64> armIds;
    Statement insertArm = db.prepare(QStringLiteral(
        "INSERT INTO experiment_arms(experiment_id, name, weight, is_control, is_holdout) VALUES(?, ?, ?, ?, ?)"));
    for (const DesignArm &arm : spec.arms) {
        insertArm.reset();
        insertArm.bindAll({experimentId, arm.name, arm.weight, arm.isControl ? 1 : 0, arm.isHoldout ? 1 : 0});
        if (!insertArm.exec()) {
            db.setErrorFromSqlite(tr("Creating arm %1").arg(arm.name));
            *error = db.errorString();
            return std::nullopt;
        }
        armIds.append(db.lastInsertRowId());
    }
    Statement insertAssignment = db.prepare(QStringLiteral(
        "INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id) VALUES(?, ?, ?)"));
    progress.setRange(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        insertAssignment.reset();
        insertAssignment.bind(1, experimentId);
        insertAssignment.bind(2, ids[i]);
        insertAssignment.bind(3, armIds[armOf[i]]);
        if (!insertAssignment.exec()) {
            db.setErrorFromSqlite(tr("Assigning customer %1").arg(keys[i]));
            *error = db.errorString();
            return std::nullopt;
        }
        if ((i & 0xFFF) == 0) {
            progress.setValue(i);
            if (progress.isCancelled()) {
                *error = tr("Cancelled; the project was not changed.");
                return std::nullopt; // the Transaction rolls back
            }
        }
    }
    progress.setValue(ids.size());
    if (!columns.finish(error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = db.errorString();
        return std::nullopt;
    }
    db.truncateLargeWal();
    return find(db, name, error);
}

bool ExperimentStore::readTables(Database &db, const ExperimentInfo &info, const std::vector<quint8> &armIndex,
                                 const QStringList &names, bool parallel, std::vector<quint8> &armOf,
                                 std::vector<std::vector<double>> &values, ProgressReporter &progress, QString *error)
{
    const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(0).toLongLong();
    const size_t size = size_t(std::max<qint64>(maxId, 0)) + 1;

    // Dense arrays indexed by customer id.
    armOf.assign(size, kNoArm);
    values.assign(size_t(names.size()), {});
    for (std::vector<double> &v : values)
        v.assign(size, std::numeric_limits<double>::quiet_NaN());

    // The reads are primary-key range scans: the assignments and each metric, each cut
    // in two halves of the customer ids. On a file database two threads take them in
    // turn, the second on its own read-only connection.
    struct Scan
    {
        int column; ///< -1: assignments, else the index in names
        qint64 from;
        qint64 to;
    };
    std::vector<Scan> scans;
    const qint64 middle = std::max<qint64>(maxId, 0) / 2;
    for (int column = -1; column < int(names.size()); ++column) {
        scans.push_back({column, 0, middle});
        scans.push_back({column, middle + 1, std::numeric_limits<qint64>::max()});
    }
    const QString assignmentsSql = QStringLiteral(
        "SELECT customer_id, arm_id FROM experiment_assignments "
        "WHERE experiment_id = ?1 AND customer_id BETWEEN ?2 AND ?3");
    const QString metricSql = QStringLiteral(
        "SELECT customer_id, value FROM experiment_metrics "
        "WHERE experiment_id = ?1 AND metric = ?4 AND customer_id BETWEEN ?2 AND ?3 AND value IS NOT NULL");
    std::atomic<bool> cancel{false};
    std::atomic<size_t> nextScan{0};
    std::atomic<int> scansDone{0};

    // Takes scans until none is left; false on an SQL error or cancel.
    auto runScans = [&](Database &conn, ProgressReporter *reporter) {
        Statement assignments = conn.prepare(assignmentsSql);
        Statement metric = conn.prepare(metricSql);
        if (!assignments.isValid() || !metric.isValid())
            return false;
        for (size_t i = nextScan++; i < scans.size(); i = nextScan++) {
            const Scan &scan = scans[i];
            Statement &stmt = scan.column < 0 ? assignments : metric;
            stmt.reset();
            stmt.bind(1, info.id);
            stmt.bind(2, scan.from);
            stmt.bind(3, scan.to);
            bool ok;
            if (scan.column < 0) {
                ok = readPairs(stmt, cancel, [&](Statement &s) {
                    const qint64 id = s.columnInt64(0);
                    if (id >= 0 && size_t(id) < size) {
                        const qint64 arm = s.columnInt64(1);
                        armOf[size_t(id)] = arm >= 0 && size_t(arm) < armIndex.size() ? armIndex[size_t(arm)] : kNoArm;
                    }
                });
            } else {
                stmt.bind(4, names.at(scan.column));
                std::vector<double> &into = values[size_t(scan.column)];
                ok = readPairs(stmt, cancel, [&](Statement &s) {
                    const qint64 id = s.columnInt64(0);
                    if (id >= 0 && size_t(id) < size)
                        into[size_t(id)] = s.columnDouble(1);
                });
            }
            if (!ok)
                return false;
            ++scansDone;
            if (reporter) {
                reporter->setValue(scansDone.load());
                if (reporter->isCancelled()) {
                    cancel.store(true);
                    return false;
                }
            }
        }
        return true;
    };

    progress.setRange(qint64(scans.size()));
    QString failure;
    bool failed = false;
    QString helperFailure;
    bool helperFailed = false;
    std::thread helper;
    if (parallel) {
        helper = std::thread([&] {
            Database conn;
            if (!conn.open(db.path(), Database::OpenMode::ReadOnly) || !runScans(conn, nullptr)) {
                if (!cancel.exchange(true)) {
                    helperFailed = true;
                    helperFailure = conn.errorString();
                }
            }
        });
    }
    if (!runScans(db, &progress) && !progress.isCancelled() && !cancel.exchange(true)) {
        failed = true;
        failure = db.errorString();
    }
    if (helper.joinable())
        helper.join();
    if (progress.isCancelled()) {
        *error = tr("Cancelled.");
        return false;
    }
    if (failed || helperFailed) {
        *error = tr("Reading the outcomes of \"%1\" failed: %2").arg(info.name, failed ? failure : helperFailure);
        return false;
    }

    return true;
}

std::optional<QVector<QVector<ArmSummary>>> ExperimentStore::loadSummaries(
    Database &db, const ExperimentInfo &info, const QVector<MetricColumns> &columns, ProgressReporter &progress,
    QString *error)
{
    if (info.arms.size() > 250) {
        *error = tr("The experiment \"%1\" has too many arms (%2).").arg(info.name).arg(info.arms.size());
        return std::nullopt;
    }
    // Arm ids are small row ids: index them directly (kNoArm for an unknown id).
    qint64 maxArmId = 0;
    for (const ExperimentArmInfo &arm : info.arms)
        maxArmId = std::max(maxArmId, arm.id);
    std::vector<quint8> armIndex(size_t(std::min<qint64>(maxArmId, 1 << 20)) + 1, kNoArm);
    for (int i = 0; i < info.arms.size(); ++i) {
        if (info.arms[i].id >= 0 && size_t(info.arms[i].id) < armIndex.size())
            armIndex[size_t(info.arms[i].id)] = quint8(i);
    }
    // The names of the metrics named by @p columns (outcomes and covariates), each
    // read once however often it is used.
    QStringList names;
    for (const MetricColumns &c : columns) {
        for (const QString &name : {c.metric, c.covariate}) {
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    const bool parallel = db.path() != QLatin1String(":memory:") && !db.path().isEmpty()
                          && sqlite3_get_autocommit(db.handle()) != 0 && std::thread::hardware_concurrency() > 1;

    // The arm of each customer and each metric's values: from the experiment's stored
    // columns (aligned with its assigned customers) when there are, else from the tables
    // (arrays indexed by customer id).
    std::vector<quint8> armOf;
    std::vector<std::vector<double>> values;
    progress.setRange(0);
    const ExperimentColumns::LoadStatus stored =
        ExperimentColumns::load(db, info.id, armIndex, kNoArm, names, armOf, values, error);
    if (stored == ExperimentColumns::LoadStatus::Failed) {
        *error = tr("Reading the outcomes of \"%1\" failed: %2").arg(info.name, *error);
        return std::nullopt;
    }
    if (stored == ExperimentColumns::LoadStatus::NotStored
        && !readTables(db, info, armIndex, names, parallel, armOf, values, progress, error))
        return std::nullopt;
    const size_t size = armOf.size();

    // One pass over the customers per analysis: per-arm sufficient statistics, the
    // two halves of the ids on two threads when the scans ran on two. Long double
    // sums keep the one-pass variance accurate for 10^7 rows.
    struct Acc
    {
        long double n = 0, y = 0, y2 = 0, nx = 0, x = 0, x2 = 0, xy = 0, yMissing = 0;
        qint64 nonBinary = 0;
        void add(const Acc &o)
        {
            n += o.n, y += o.y, y2 += o.y2, nx += o.nx, x += o.x, x2 += o.x2, xy += o.xy, yMissing += o.yMissing;
            nonBinary += o.nonBinary;
        }
    };
    auto accumulate = [&](const MetricColumns &c, size_t from, size_t to, std::vector<Acc> &acc) {
        const std::vector<double> &yOf = values[size_t(names.indexOf(c.metric))];
        const bool withX = !c.covariate.isEmpty();
        const std::vector<double> &xOf = values[size_t(withX ? names.indexOf(c.covariate) : 0)];
        for (size_t id = from; id < to; ++id) {
            const quint8 arm = armOf[id];
            const double y = yOf[id];
            if (arm == kNoArm || std::isnan(y))
                continue;
            Acc &a = acc[arm];
            a.n += 1;
            a.y += y;
            a.y2 += (long double)y * y;
            a.nonBinary += (y != 0.0 && y != 1.0);
            if (withX) {
                const double x = xOf[id];
                if (std::isnan(x)) {
                    a.yMissing += y;
                } else {
                    a.nx += 1;
                    a.x += x;
                    a.x2 += (long double)x * x;
                    a.xy += (long double)x * y;
                }
            }
        }
    };
    QVector<QVector<ArmSummary>> out;
    for (const MetricColumns &c : columns) {
        std::vector<Acc> acc(size_t(info.arms.size()));
        if (parallel && size > 1000000) {
            std::vector<Acc> upper(acc.size());
            std::thread half([&] { accumulate(c, size / 2, size, upper); });
            accumulate(c, 0, size / 2, acc);
            half.join();
            for (size_t i = 0; i < acc.size(); ++i)
                acc[i].add(upper[i]);
        } else {
            accumulate(c, 0, size, acc);
        }
        QVector<ArmSummary> summaries;
        for (int i = 0; i < info.arms.size(); ++i) {
            const ExperimentArmInfo &arm = info.arms[i];
            const Acc &a = acc[size_t(i)];
            ArmSummary s;
            s.name = arm.name;
            s.isControl = arm.isControl;
            s.isHoldout = arm.isHoldout;
            s.weight = arm.weight;
            s.n = qint64(a.n);
            s.sumY = double(a.y);
            s.sumY2 = double(a.y2);
            s.nonBinary = a.nonBinary;
            s.nX = qint64(a.nx);
            s.sumX = double(a.x);
            s.sumX2 = double(a.x2);
            s.sumXY = double(a.xy);
            s.sumYMissingX = double(a.yMissing);
            summaries.append(s);
        }
        out.append(summaries);
    }
    return out;
}

AnalysisResult ExperimentStore::analyze(Database &db, const QString &experiment, const AnalysisOptions &options,
                                        ProgressReporter &progress)
{
    return analyzeMetrics(db, experiment, {options}, progress).first();
}

QVector<AnalysisResult> ExperimentStore::analyzeMetrics(Database &db, const QString &experiment,
                                                        const QVector<AnalysisOptions> &options,
                                                        ProgressReporter &progress)
{
    QVector<AnalysisResult> results(options.size());
    for (int i = 0; i < options.size(); ++i)
        results[i].metric = options[i].metric;
    auto failAll = [&](const QString &error) {
        for (AnalysisResult &r : results) {
            r.ok = false;
            r.errorString = error;
        }
        return results;
    };
    if (options.isEmpty())
        return results;
    QString error;
    const auto info = find(db, experiment, &error, false);
    if (!info)
        return failAll(error);
    const QStringList known = info->outcomes + info->covariates;
    QVector<MetricColumns> columns;
    for (const AnalysisOptions &o : options) {
        if (!known.contains(o.metric)) {
            return failAll(info->outcomes.isEmpty()
                ? tr("The experiment \"%1\" has no outcomes yet; import them (--kind experiment) or derive them from orders.")
                      .arg(experiment)
                : tr("The experiment \"%1\" has no metric \"%2\" (outcomes: %3).")
                      .arg(experiment, o.metric, info->outcomes.join(QStringLiteral(", "))));
        }
        if (!o.covariate.isEmpty() && !known.contains(o.covariate)) {
            return failAll(tr("The experiment \"%1\" has no covariate \"%2\" (covariates: %3).")
                               .arg(experiment, o.covariate, info->covariates.join(QStringLiteral(", "))));
        }
        columns.append({o.metric, o.covariate});
    }
    const auto summaries = loadSummaries(db, *info, columns, progress, &error);
    if (!summaries)
        return failAll(error);
    for (int i = 0; i < options.size(); ++i)
        results[i] = ExperimentAnalysis::analyze(summaries->at(i), options[i]);
    if (results.size() > 1)
        ExperimentAnalysis::correct(results, options.first().correction);
    return results;
}

std::optional<qint64> ExperimentStore::deriveOutcomesFromOrders(Database &db, const QString &experiment, int days,
                                                                ProgressReporter &progress, QString *error)
{
    const auto info = find(db, experiment, error);
    if (!info)
        return std::nullopt;
    if (days <= 0 || days > 3650) {
        *error = tr("The outcome window must be 1 to 3650 days (got %1).").arg(days);
        return std::nullopt;
    }
    const QDateTime start = QDateTime::fromString(info->startedAt, Qt::ISODate);
    if (!start.isValid()) {
        *error = tr("The experiment \"%1\" has no start time, so outcomes cannot be derived from orders.")
                     .arg(experiment);
        return std::nullopt;
    }
    // Order times are wall-clock seconds as written in the source file; read the start the same way.
    const qint64 from = QDateTime(start.date(), start.time(), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = from + qint64(days) * 86400;
    Statement select = db.prepare(QStringLiteral(
        "SELECT a.customer_id, "
        "coalesce(max(CASE WHEN o.is_return = 0 THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN o.is_return = 0 THEN o.quantity * o.unit_price "
        "ELSE -abs(o.quantity * o.unit_price) END), 0) "
        "FROM experiment_assignments a LEFT JOIN order_lines o ON o.customer_id = a.customer_id "
        "AND o.ordered_at >= ?2 AND o.ordered_at < ?3 "
        "WHERE a.experiment_id = ?1 GROUP BY a.customer_id ORDER BY a.customer_id"));
    if (!select.isValid()) {
        *error = db.errorString();
        return std::nullopt;
    }
    Transaction tx(db);
    ExperimentColumns::BulkWrite columns(db, info->id);
    if (!tx.isActive()) {
        *error = db.errorString();
        return std::nullopt;
    }
    Statement insert = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
        "VALUES(?, ?, ?, 'outcome', ?)"));
    const QString conversion = QStringLiteral("conversion_%1d").arg(days);
    const QString revenue = QStringLiteral("revenue_%1d").arg(days);
    select.bind(1, info->id);
    select.bind(2, from);
    select.bind(3, to);
    qint64 customers = 0;
    progress.setRange(0);
    while (select.step()) {
        const qint64 id = select.columnInt64(0);
        const std::pair<const QString *, double> values[] = {{&conversion, double(select.columnInt64(1))},
                                                             {&revenue, select.columnDouble(2)}};
        for (const auto &value : values) {
            insert.reset();
            insert.bind(1, info->id);
            insert.bind(2, *value.first);
            insert.bind(3, id);
            insert.bind(4, value.second);
            if (!insert.exec()) {
                db.setErrorFromSqlite(tr("Storing derived outcomes"));
                *error = db.errorString();
                return std::nullopt;
            }
        }
        if ((++customers & 0xFFF) == 0 && progress.isCancelled()) {
            *error = tr("Cancelled; the project was not changed.");
            return std::nullopt;
        }
    }
    if (select.hasError()) {
        *error = db.errorString();
        return std::nullopt;
    }
    if (!columns.finish(error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = db.errorString();
        return std::nullopt;
    }
    db.truncateLargeWal();
    return customers;
}

std::optional<qint64> ExperimentStore::exportAssignments(Database &db, const QString &experiment, const QString &path,
                                                         QString *error)
{
    const auto info = find(db, experiment, error);
    if (!info)
        return std::nullopt;
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT c.customer_key, r.name FROM experiment_assignments a JOIN customers c ON c.id = a.customer_id "
        "JOIN experiment_arms r ON r.id = a.arm_id WHERE a.experiment_id = ? ORDER BY a.customer_id"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return std::nullopt;
    }
    stmt.bind(1, info->id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    qint64 rows = 0;
    QByteArray buffer = "customer_key,arm\n";
    while (stmt.step()) {
        buffer += csvField(stmt.columnText(0)).toUtf8();
        buffer += ',';
        buffer += csvField(stmt.columnText(1)).toUtf8();
        buffer += '\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (stmt.hasError() || !file.commit()) {
        *error = stmt.hasError() ? db.errorString() : tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return rows;
}
