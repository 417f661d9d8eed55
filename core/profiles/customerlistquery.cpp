#include "customerlistquery.h"

#include "project/database.h"

RowQuery CustomerListQuery::build(const QString &search, const QString &segment)
{
    RowQuery query;
    query.select = QStringLiteral(
        "SELECT customer_key, name, email, country, order_count, revenue, first_seen, last_seen, id "
        "FROM customers");
    QStringList conditions;
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        query.params.append(QStringLiteral("%%1%").arg(escapeLike(text)));
        conditions.append(QStringLiteral(
            "(customer_key LIKE ?%1 ESCAPE '\\' OR name LIKE ?%1 ESCAPE '\\' "
            "OR email LIKE ?%1 ESCAPE '\\' OR country LIKE ?%1 ESCAPE '\\')").arg(query.params.size()));
    }
    if (!segment.isEmpty()) {
        query.params.append(segment);
        conditions.append(QStringLiteral(
            "id IN (SELECT m.customer_id FROM segment_members m JOIN segments s ON s.id = m.segment_id "
            "WHERE s.name = ?%1)").arg(query.params.size()));
    }
    if (!conditions.isEmpty())
        query.select += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // Indexed columns (key, country, revenue, last_seen) sort fast even on a million customers.
    query.orderBy = {QStringLiteral("customer_key"), QStringLiteral("name"), QStringLiteral("email"),
                     QStringLiteral("country"), QStringLiteral("order_count"), QStringLiteral("revenue"),
                     QStringLiteral("first_seen"), QStringLiteral("last_seen")};
    query.tieBreaker = QStringLiteral("id");
    return query;
}

QString CustomerListQuery::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

qint64 CustomerListQuery::countAll(Database &db, QString *error)
{
    const auto count = db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!count) {
        if (error)
            *error = tr("The customers could not be counted: %1").arg(db.errorString());
        return -1;
    }
    return count->toLongLong();
}

bool CustomerListQuery::hasValues(Database &db, Column column)
{
    QString sql;
    if (column == NameColumn)
        sql = QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers WHERE coalesce(name, '') <> '')");
    else if (column == EmailColumn)
        sql = QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers WHERE coalesce(email, '') <> '')");
    else
        return true;
    return db.scalar(sql).value_or(1).toBool();
}
