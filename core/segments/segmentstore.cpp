#include "segmentstore.h"

#include "project/database.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

namespace {

// The built-in segment names as stored (Rfm::segmentFor(), Clv::valueTiers()).
const char *const kBuiltInNames[] = {
    QT_TRANSLATE_NOOP("SegmentName", "Champions"),
    QT_TRANSLATE_NOOP("SegmentName", "Loyal"),
    QT_TRANSLATE_NOOP("SegmentName", "Potential Loyalist"),
    QT_TRANSLATE_NOOP("SegmentName", "New"),
    QT_TRANSLATE_NOOP("SegmentName", "Promising"),
    QT_TRANSLATE_NOOP("SegmentName", "Need Attention"),
    QT_TRANSLATE_NOOP("SegmentName", "About to Sleep"),
    QT_TRANSLATE_NOOP("SegmentName", "At Risk"),
    QT_TRANSLATE_NOOP("SegmentName", "Can't Lose"),
    QT_TRANSLATE_NOOP("SegmentName", "Hibernating"),
    QT_TRANSLATE_NOOP("SegmentName", "Lost"),
    QT_TRANSLATE_NOOP("SegmentName", "High value (CLV top 20%)"),
    QT_TRANSLATE_NOOP("SegmentName", "Medium value (CLV next 30%)"),
    QT_TRANSLATE_NOOP("SegmentName", "Low value (CLV bottom 50%)"),
};

} // namespace

QString SegmentStore::displayName(const QString &name)
{
    for (const char *builtIn : kBuiltInNames) {
        if (name == QLatin1String(builtIn))
            return QCoreApplication::translate("SegmentName", builtIn);
    }
    return name;
}

QString SegmentStore::methodLabel(const QString &kind)
{
    if (kind == QLatin1String("rfm"))
        return tr("RFM");
    if (kind == QLatin1String("kmeans"))
        return tr("k-means");
    if (kind == QLatin1String("clv"))
        return tr("Lifetime value");
    if (kind == QLatin1String("rule"))
        return tr("Rule");
    return kind;
}

bool SegmentStore::isValidName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80) {
        *error = tr("A segment name needs 1 to 80 characters.");
        return false;
    }
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            *error = tr("A segment name cannot contain control characters.");
            return false;
        }
    }
    return true;
}

bool SegmentStore::save(Database &db, const QList<SegmentDraft> &segments, const QString &replaceKind, QString *error)
{
    for (const SegmentDraft &segment : segments) {
        if (!isValidName(segment.name, error))
            return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save segments: %1").arg(db.errorString());
        return false;
    }
    auto fail = [&]() {
        *error = tr("Cannot save segments: %1").arg(db.errorString());
        return false;
    };
    if (!replaceKind.isEmpty()) {
        Statement stale = db.prepare(QStringLiteral("SELECT name FROM segments WHERE kind = ?"));
        stale.bind(1, replaceKind);
        QStringList names;
        while (stale.step())
            names.append(stale.columnText(0));
        Statement drop = db.prepare(QStringLiteral("DELETE FROM segments WHERE name = ?"));
        for (const QString &name : std::as_const(names)) {
            const bool kept = std::any_of(segments.cbegin(), segments.cend(),
                                          [&](const SegmentDraft &s) { return s.name.trimmed() == name; });
            if (!kept) {
                drop.bind(1, name);
                if (!drop.exec())
                    return fail();
            }
        }
    }
    Statement upsert = db.prepare(QStringLiteral(
        "INSERT INTO segments(name, kind, definition, created_at) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(name) DO UPDATE SET kind = ?2, definition = ?3, created_at = ?4 RETURNING id"));
    // Saving again changes only the members that changed (a monthly RFM run moves a few
    // customers between segments). Both changes are one statement per segment over a JSON
    // array of customer ids: SQLite keeps its cursors open from row to row, about twice as
    // fast as one statement per member.
    Statement current = db.prepare(
        QStringLiteral("SELECT customer_id FROM segment_members WHERE segment_id = ? ORDER BY customer_id"));
    Statement removeMembers = db.prepare(QStringLiteral(
        "DELETE FROM segment_members WHERE segment_id = ?1 AND customer_id IN (SELECT value FROM json_each(?2))"));
    Statement addMembers = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO segment_members(segment_id, customer_id) SELECT ?1, value FROM json_each(?2)"));
    if (!upsert.isValid() || !current.isValid() || !removeMembers.isValid() || !addMembers.isValid())
        return fail();
    auto change = [&](Statement &stmt, qint64 segmentId, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return true;
        stmt.bind(1, segmentId);
        stmt.bindUtf8(2, Database::jsonArray(ids));
        return stmt.exec();
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const SegmentDraft &segment : segments) {
        upsert.bindAll({segment.name.trimmed(), segment.kind,
                        segment.definitionJson.isEmpty() ? QStringLiteral("{}") : segment.definitionJson, now});
        if (!upsert.step())
            return fail();
        const qint64 id = upsert.columnInt64(0);
        upsert.reset();
        QList<qint64> before;
        current.bind(1, id);
        while (current.step())
            before.append(current.columnInt64(0));
        if (current.hasError())
            return fail();
        current.reset();
        QList<qint64> after = segment.customerIds;
        std::sort(after.begin(), after.end());
        after.erase(std::unique(after.begin(), after.end()), after.end());
        QList<qint64> removed, added;
        std::set_difference(before.cbegin(), before.cend(), after.cbegin(), after.cend(), std::back_inserter(removed));
        std::set_difference(after.cbegin(), after.cend(), before.cbegin(), before.cend(), std::back_inserter(added));
        if (!change(removeMembers, id, removed) || !change(addMembers, id, added))
            return fail();
    }
    if (!transaction.commit())
        return fail();
    return true;
}

QList<SegmentInfo> SegmentStore::list(Database &db, QString *error)
{
    QList<SegmentInfo> result;
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.kind, (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id), "
        "s.created_at FROM segments s ORDER BY s.kind, s.id"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return result;
    }
    while (stmt.step())
        result.append({stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2), stmt.columnInt64(3),
                       stmt.columnText(4)});
    if (stmt.hasError())
        *error = db.errorString();
    return result;
}

bool SegmentStore::remove(Database &db, const QString &name, QString *error)
{
    Statement stmt = db.prepare(QStringLiteral("DELETE FROM segments WHERE name = ?"));
    stmt.bind(1, name);
    if (!stmt.exec()) {
        *error = db.errorString();
        return false;
    }
    if (db.changes() == 0) {
        *error = tr("There is no segment named \"%1\".").arg(name);
        return false;
    }
    return true;
}

QStringList SegmentStore::segmentsOf(Database &db, qint64 customerId)
{
    QStringList names;
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT s.name FROM segment_members m JOIN segments s ON s.id = m.segment_id WHERE m.customer_id = ? "
        "ORDER BY s.kind, s.name"));
    stmt.bind(1, customerId);
    while (stmt.step())
        names.append(stmt.columnText(0));
    return names;
}
