#include "experiments/experimentstore.h"

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
        if (roleOf.step() && roleOf.columnText(0) == role)
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
    if (!tx.commit()) {
        *error = db.errorString();
        return std::nullopt;
    }
    return find(db, name, error);
}

std::optional<QVector<ArmSummary>> ExperimentStore::loadSummaries(Database &db, const ExperimentInfo &info,
                                                                  const QString &metric, const QString &covariate,
                                                                  ProgressReporter &progress, QString *error)
{
    if (info.arms.size() > 250) {
        *error = tr("The experiment \"%1\" has too many arms (%2).").arg(info.name).arg(info.arms.size());
        return std::nullopt;
    }
    QHash<qint64, quint8> armIndex;
    for (int i = 0; i < info.arms.size(); ++i)
        armIndex.insert(info.arms[i].id, quint8(i));
    const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(0).toLongLong();
    const size_t size = size_t(std::max<qint64>(maxId, 0)) + 1;

    // Three sequential primary-key scans into dense arrays: the assignment, the
    // outcome and the covariate of each customer id. On a file database they run
    // in parallel, each on its own read-only connection.
    std::vector<quint8> armOf(size, kNoArm);
    std::vector<double> yOf(size, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> xOf(covariate.isEmpty() ? 0 : size, std::numeric_limits<double>::quiet_NaN());
    std::atomic<bool> cancel{false};
    std::atomic<bool> failed{false};
    QString failure;

    const QString assignmentsSql = QStringLiteral(
        "SELECT customer_id, arm_id FROM experiment_assignments WHERE experiment_id = ?");
    const QString metricSql = QStringLiteral(
        "SELECT customer_id, value FROM experiment_metrics WHERE experiment_id = ? AND metric = ? AND value IS NOT NULL");

    auto readAssignments = [&](Database &conn) {
        Statement stmt = conn.prepare(assignmentsSql);
        stmt.bind(1, info.id);
        return stmt.isValid() && readPairs(stmt, cancel, [&](Statement &s) {
                   const qint64 id = s.columnInt64(0);
                   if (id >= 0 && size_t(id) < size)
                       armOf[size_t(id)] = armIndex.value(s.columnInt64(1), kNoArm);
               });
    };
    auto readMetric = [&](Database &conn, const QString &name, std::vector<double> &into) {
        Statement stmt = conn.prepare(metricSql);
        stmt.bind(1, info.id);
        stmt.bind(2, name);
        return stmt.isValid() && readPairs(stmt, cancel, [&](Statement &s) {
                   const qint64 id = s.columnInt64(0);
                   if (id >= 0 && size_t(id) < size)
                       into[size_t(id)] = s.columnDouble(1);
               });
    };

    const bool parallel = db.path() != QLatin1String(":memory:") && !db.path().isEmpty()
                          && sqlite3_get_autocommit(db.handle()) != 0;
    if (parallel) {
        auto onHelper = [&](auto job) {
            return std::thread([&, job]() {
                Database conn;
                if (!conn.open(db.path(), Database::OpenMode::ReadOnly) || !job(conn)) {
                    if (!cancel.load() && !failed.exchange(true))
                        failure = conn.errorString();
                    cancel.store(true);
                }
            });
        };
        std::thread a = onHelper([&](Database &conn) { return readAssignments(conn); });
        std::thread x;
        if (!covariate.isEmpty())
            x = onHelper([&](Database &conn) { return readMetric(conn, covariate, xOf); });
        const bool ok = readMetric(db, metric, yOf);
        if (!ok && !failed.exchange(true))
            failure = db.errorString();
        // Forward a user cancel to the helpers while they run.
        if (progress.isCancelled())
            cancel.store(true);
        a.join();
        if (x.joinable())
            x.join();
    } else {
        if (!readAssignments(db) || (!covariate.isEmpty() && !readMetric(db, covariate, xOf))
            || !readMetric(db, metric, yOf)) {
            failed.store(true);
            failure = db.errorString();
        }
    }
    if (progress.isCancelled()) {
        *error = tr("Cancelled.");
        return std::nullopt;
    }
    if (failed.load()) {
        *error = tr("Reading the outcomes of \"%1\" failed: %2").arg(info.name, failure);
        return std::nullopt;
    }

    // One pass over the rows: per-arm sufficient statistics. Long double sums keep
    // the one-pass variance accurate for 10^7 rows.
    struct Acc { long double n = 0, y = 0, y2 = 0, nx = 0, x = 0, x2 = 0, xy = 0, yMissing = 0; qint64 nonBinary = 0; };
    std::vector<Acc> acc(size_t(info.arms.size()));
    const bool withX = !covariate.isEmpty();
    for (size_t id = 0; id < size; ++id) {
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
    QVector<ArmSummary> out;
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
        out.append(s);
    }
    return out;
}

AnalysisResult ExperimentStore::analyze(Database &db, const QString &experiment, const AnalysisOptions &options,
                                        ProgressReporter &progress)
{
    AnalysisResult result;
    result.metric = options.metric;
    QString error;
    const auto info = find(db, experiment, &error, false);
    if (!info) {
        result.errorString = error;
        return result;
    }
    const QStringList known = info->outcomes + info->covariates;
    if (!known.contains(options.metric)) {
        result.errorString = info->outcomes.isEmpty()
            ? tr("The experiment \"%1\" has no outcomes yet; import them (--kind experiment) or derive them from orders.")
                  .arg(experiment)
            : tr("The experiment \"%1\" has no metric \"%2\" (outcomes: %3).")
                  .arg(experiment, options.metric, info->outcomes.join(QStringLiteral(", ")));
        return result;
    }
    if (!options.covariate.isEmpty() && !known.contains(options.covariate)) {
        result.errorString = tr("The experiment \"%1\" has no covariate \"%2\" (covariates: %3).")
                                 .arg(experiment, options.covariate, info->covariates.join(QStringLiteral(", ")));
        return result;
    }
    const auto summaries = loadSummaries(db, *info, options.metric, options.covariate, progress, &error);
    if (!summaries) {
        result.errorString = error;
        return result;
    }
    return ExperimentAnalysis::analyze(*summaries, options);
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
    if (select.hasError() || !tx.commit()) {
        *error = db.errorString();
        return std::nullopt;
    }
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
