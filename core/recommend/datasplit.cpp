#include "recommend/datasplit.h"

#include "importing/bytesource.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_set>

namespace {

quint64 pairKey(int user, int item)
{
    return (quint64(quint32(user)) << 32) | quint32(item);
}

} // namespace

DataSplit DataSplit::userRandom(const InteractionData &data, double testFraction, quint64 seed)
{
    DataSplit split;
    testFraction = std::clamp(testFraction, 0.0, 1.0);
    std::vector<std::vector<int>> byUser(size_t(std::max(0, data.userCount())));
    for (int i = 0; i < int(data.events.size()); ++i) {
        const int u = data.events[size_t(i)].user;
        if (u >= 0 && u < int(byUser.size()))
            byUser[size_t(u)].push_back(i);
    }
    std::mt19937_64 rng(seed);
    for (std::vector<int> &events : byUser) {
        const int n = int(events.size());
        if (n < 2) {
            for (int e : events)
                split.train.push_back(data.events[size_t(e)]);
            continue;
        }
        // Fisher-Yates with our own index draw, so every platform shuffles alike.
        for (int i = n - 1; i > 0; --i) {
            const int j = int(rng() % quint64(i + 1));
            std::swap(events[size_t(i)], events[size_t(j)]);
        }
        const int keep = std::clamp(int(std::lround((1.0 - testFraction) * n)), 1, n - 1);
        for (int i = 0; i < n; ++i)
            (i < keep ? split.train : split.test).push_back(data.events[size_t(events[size_t(i)])]);
    }
    return split;
}

DataSplit DataSplit::byTime(const InteractionData &data, qint64 cutoff)
{
    DataSplit split;
    for (const Interaction &e : data.events)
        (e.time < cutoff ? split.train : split.test).push_back(e);
    return split;
}

std::optional<DataSplit> DataSplit::fromTestFile(const InteractionData &data, const QString &path, QString *error,
                                                 int *skipped)
{
    ByteSource source;
    QString openError;
    if (!source.open(path, &openError)) {
        if (error)
            *error = tr("Cannot read the test file %1: %2").arg(path, openError);
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const qint64 n = source.read(buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = tr("Cannot read the test file %1.").arg(path);
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(buffer, int(n));
    }

    DataSplit split;
    std::unordered_set<quint64> held;
    int unknown = 0;
    const QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QList<QByteArray> fields;
        if (line.contains("::"))
            fields = line.split(':');
        else if (line.contains('\t'))
            fields = line.split('\t');
        else
            fields = line.split(',');
        fields.removeAll(QByteArray());
        if (fields.size() < 2) {
            ++unknown;
            continue;
        }
        Interaction e;
        e.user = data.userIndex(QString::fromUtf8(fields[0].trimmed()));
        e.item = data.itemIndex(QString::fromUtf8(fields[1].trimmed()));
        bool ok = true;
        if (fields.size() > 2)
            e.value = fields[2].trimmed().toFloat(&ok);
        if (fields.size() > 3)
            e.time = fields[3].trimmed().toLongLong();
        if (e.user < 0 || e.item < 0 || !ok) {
            ++unknown;
            continue;
        }
        split.test.push_back(e);
        held.insert(pairKey(e.user, e.item));
    }
    if (skipped)
        *skipped = unknown;
    if (split.test.empty()) {
        if (error)
            *error = tr("No line of the test file %1 names a customer and a product of the project.").arg(path);
        return std::nullopt;
    }
    for (const Interaction &e : data.events) {
        if (held.find(pairKey(e.user, e.item)) == held.end())
            split.train.push_back(e);
    }
    return split;
}

std::optional<DataSplit> DataSplit::fromSpec(const InteractionData &data, const QString &spec, quint64 seed,
                                             QString *error)
{
    const int colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = (colon < 0 ? spec : spec.left(colon)).trimmed().toLower();
    const QString value = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    if (kind == QLatin1String("user-random")) {
        bool ok = true;
        const double fraction = value.isEmpty() ? 0.25 : value.toDouble(&ok);
        if (!ok || !(fraction > 0.0) || !(fraction < 1.0)) {
            if (error)
                *error = tr("The held-out fraction must be between 0 and 1, e.g. user-random:0.25 (got \"%1\").")
                             .arg(value);
            return std::nullopt;
        }
        return userRandom(data, fraction, seed);
    }
    if (kind == QLatin1String("time")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid()) {
            if (error)
                *error = tr("The split date must be YYYY-MM-DD, e.g. time:2011-11-01 (got \"%1\").").arg(value);
            return std::nullopt;
        }
        // Event times are wall-clock seconds stored as if UTC.
        return byTime(data, QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }
    if (kind == QLatin1String("test-file")) {
        if (value.isEmpty()) {
            if (error)
                *error = tr("Name the test file, e.g. test-file:u1.test.");
            return std::nullopt;
        }
        return fromTestFile(data, value, error);
    }
    if (error)
        *error = tr("Unknown split \"%1\"; use user-random:FRACTION, time:YYYY-MM-DD or test-file:PATH.").arg(spec);
    return std::nullopt;
}
