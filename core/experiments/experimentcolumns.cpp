#include "experiments/experimentcolumns.h"

#include "experiments/experimentstore.h"
#include "project/database.h"
#include "project/project.h"

#include <sqlite3.h>

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

constexpr char kFormat = 1;
constexpr QLatin1String kArms("");

} // namespace

bool ExperimentColumns::store(Database &db, qint64 experimentId, QString *error, qint64 partSize)
{
    auto sqlFailed = [&] {
        *error = tr("Storing the columns of the experiment: %1").arg(db.errorString());
        return false;
    };
    Transaction transaction(db);
    if (!transaction.isActive())
        return sqlFailed();
    Statement clear = db.prepare(QStringLiteral("DELETE FROM experiment_columns WHERE experiment_id = ?"));
    if (!clear.isValid())
        return sqlFailed();
    clear.bind(1, experimentId);
    if (!clear.exec())
        return sqlFailed();

    // The assigned customers in id order (the primary key's order) and their arms.
    std::vector<qint64> ids;
    std::vector<qint64> armIds;
    {
        Statement assignments = db.prepare(QStringLiteral(
            "SELECT customer_id, arm_id FROM experiment_assignments WHERE experiment_id = ? ORDER BY customer_id"));
        if (!assignments.isValid())
            return sqlFailed();
        assignments.bind(1, experimentId);
        while (assignments.step()) {
            ids.push_back(assignments.columnInt64(0));
            armIds.push_back(assignments.columnInt64(1));
        }
        if (assignments.hasError())
            return sqlFailed();
    }
    std::vector<qint64> distinctArms = armIds;
    std::sort(distinctArms.begin(), distinctArms.end());
    distinctArms.erase(std::unique(distinctArms.begin(), distinctArms.end()), distinctArms.end());
    if (ids.empty() || distinctArms.size() > 255)
        return transaction.commit() || sqlFailed(); // no copy: analysis reads the tables

    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO experiment_columns(experiment_id, name, part, customers, data) VALUES(?, ?, ?, ?, ?)"));
    if (!insert.isValid())
        return sqlFailed();
    const qint64 count = qint64(ids.size());
    partSize = std::max<qint64>(partSize, 1);
    QByteArray data;
    auto writePart = [&](const QString &name, qint64 part, qint64 customers) {
        insert.reset();
        insert.bind(1, experimentId);
        insert.bind(2, name);
        insert.bind(3, part);
        insert.bind(4, customers);
        insert.bindBlob(5, data);
        return insert.exec();
    };

    for (qint64 part = 0, from = 0; from < count; ++part, from += partSize) {
        const qint64 n = std::min(partSize, count - from);
        data.resize(qsizetype(2 + 8 * distinctArms.size() + size_t(n)));
        char *p = data.data();
        *p++ = kFormat;
        *p++ = char(quint8(distinctArms.size()));
        for (const qint64 armId : distinctArms) {
            qToLittleEndian<qint64>(armId, p);
            p += 8;
        }
        for (qint64 i = from; i < from + n; ++i)
            *p++ = char(quint8(std::lower_bound(distinctArms.begin(), distinctArms.end(), armIds[size_t(i)]) - distinctArms.begin()));
        if (!writePart(QString(kArms), part, n))
            return sqlFailed();
    }

    const QStringList names = ExperimentStore::metricNames(db, experimentId, QString());
    Statement metric = db.prepare(QStringLiteral(
        "SELECT customer_id, value FROM experiment_metrics WHERE experiment_id = ? AND metric = ? "
        "ORDER BY customer_id"));
    if (!metric.isValid())
        return sqlFailed();
    std::vector<double> aligned;
    for (const QString &name : names) {
        // Merges the metric's rows (in id order) into the positions of the assigned customers.
        aligned.assign(ids.size(), std::numeric_limits<double>::quiet_NaN());
        metric.reset();
        metric.bind(1, experimentId);
        metric.bind(2, name);
        size_t at = 0;
        while (metric.step()) {
            const qint64 id = metric.columnInt64(0);
            while (at < ids.size() && ids[at] < id)
                ++at;
            if (at < ids.size() && ids[at] == id && !metric.isNull(1))
                aligned[at] = metric.columnDouble(1);
        }
        if (metric.hasError())
            return sqlFailed();
        for (qint64 part = 0, from = 0; from < count; ++part, from += partSize) {
            const qint64 n = std::min(partSize, count - from);
            data.resize(qsizetype(8 * n));
            qToLittleEndian<double>(aligned.data() + from, n, data.data());
            if (!writePart(name, part, n))
                return sqlFailed();
        }
    }
    return transaction.commit() || sqlFailed();
}

bool ExperimentColumns::isStored(Database &db, qint64 experimentId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM experiment_columns WHERE experiment_id = ? AND name = '' LIMIT 1"),
                     {experimentId})
        .has_value();
}

ExperimentColumns::LoadStatus ExperimentColumns::load(Database &db, qint64 experimentId,
                                                      const std::vector<quint8> &armIndexById, quint8 noArm,
                                                      const QStringList &names, std::vector<quint8> &armOf,
                                                      std::vector<std::vector<double>> &values, QString *error)
{
    Statement read = db.prepare(QStringLiteral(
        "SELECT part, customers, data FROM experiment_columns WHERE experiment_id = ? AND name = ? ORDER BY part"));
    if (!read.isValid()) {
        *error = db.errorString();
        return LoadStatus::Failed;
    }
    // A copy that does not decode is not used: the tables still hold the data.
    auto damaged = [] { return LoadStatus::NotStored; };

    // The arms, and the size of each part, which every metric must match.
    std::vector<qint64> partSizes;
    armOf.clear();
    read.bind(1, experimentId);
    read.bind(2, QString(kArms));
    while (read.step()) {
        const qint64 n = read.columnInt64(1);
        const QByteArrayView data = read.columnBlob(2);
        if (read.columnInt64(0) != qint64(partSizes.size()) || n <= 0 || data.size() < 2 || data[0] != kFormat)
            return damaged();
        const size_t slotCount = quint8(data[1]);
        if (data.size() != qsizetype(2 + 8 * slotCount) + n)
            return damaged();
        quint8 slotArm[256];
        for (size_t s = 0; s < slotCount; ++s) {
            const qint64 armId = qFromLittleEndian<qint64>(data.data() + 2 + 8 * s);
            slotArm[s] = armId >= 0 && quint64(armId) < armIndexById.size() ? armIndexById[size_t(armId)] : noArm;
        }
        const auto *slot = reinterpret_cast<const quint8 *>(data.data()) + 2 + 8 * slotCount;
        const size_t at = armOf.size();
        armOf.resize(at + size_t(n));
        for (qint64 i = 0; i < n; ++i) {
            if (slot[i] >= slotCount)
                return damaged();
            armOf[at + size_t(i)] = slotArm[slot[i]];
        }
        partSizes.push_back(n);
    }
    if (read.hasError()) {
        *error = db.errorString();
        return LoadStatus::Failed;
    }
    if (partSizes.empty())
        return LoadStatus::NotStored;

    values.assign(size_t(names.size()), {});
    for (int k = 0; k < names.size(); ++k) {
        std::vector<double> &column = values[size_t(k)];
        column.resize(armOf.size());
        read.reset();
        read.bind(1, experimentId);
        read.bind(2, names.at(k));
        size_t part = 0;
        size_t at = 0;
        while (read.step()) {
            const QByteArrayView data = read.columnBlob(2);
            if (part >= partSizes.size() || read.columnInt64(0) != qint64(part)
                || read.columnInt64(1) != partSizes[part] || data.size() != 8 * partSizes[part])
                return damaged();
            qFromLittleEndian<double>(data.data(), partSizes[part], column.data() + at);
            at += size_t(partSizes[part]);
            ++part;
        }
        if (read.hasError()) {
            *error = db.errorString();
            return LoadStatus::Failed;
        }
        if (part == 0)
            return LoadStatus::NotStored; // a metric the copy does not hold
        if (part != partSizes.size())
            return damaged();
    }
    return LoadStatus::Loaded;
}

ExperimentColumns::BulkWrite::BulkWrite(Database &db, qint64 experimentId) : m_db(db), m_experimentId(experimentId)
{
    // Outside a transaction a rollback could not restore the triggers: keep them.
    if (sqlite3_get_autocommit(db.handle()) != 0)
        return;
    Statement clear = db.prepare(QStringLiteral("DELETE FROM experiment_columns WHERE experiment_id = ?"));
    clear.bind(1, experimentId);
    if (clear.isValid() && clear.exec())
        m_suspended = Project::suspendExperimentColumnTriggers(db);
}

ExperimentColumns::BulkWrite::~BulkWrite()
{
    if (m_suspended)
        Project::restoreExperimentColumnTriggers(m_db);
}

bool ExperimentColumns::BulkWrite::finish(QString *error)
{
    if (m_suspended) {
        if (!Project::restoreExperimentColumnTriggers(m_db)) {
            *error = tr("Storing the columns of the experiment: %1").arg(m_db.errorString());
            return false;
        }
        m_suspended = false;
    }
    return store(m_db, m_experimentId, error);
}
