#include "rowsource.h"

#include "project/project.h"

QString RowQuery::pageSql() const
{
    QString sql = select;
    QStringList order;
    if (sortColumn >= 0 && sortColumn < orderBy.size() && !orderBy.at(sortColumn).isEmpty())
        order.append(orderBy.at(sortColumn) + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    if (!tieBreaker.isEmpty())
        order.append(tieBreaker + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    return sql + QStringLiteral(" LIMIT ? OFFSET ?");
}

QString RowQuery::countSql() const
{
    return QStringLiteral("SELECT count(*) FROM (%1)").arg(select);
}

bool RowSource::open(const QString &projectPath, QString *error)
{
    if (!m_db.open(projectPath, Database::OpenMode::ReadOnly)) {
        *error = m_db.errorString();
        return false;
    }
    const int version = m_db.scalar(QStringLiteral("PRAGMA user_version")).value_or(-1).toInt();
    if (version < 1 || version > Project::SchemaVersion) {
        *error = tr("%1 is not a project this version of Tailor can read.").arg(projectPath);
        m_db.close();
        return false;
    }
    return true;
}

qint64 RowSource::count(const RowQuery &query)
{
    return m_db.scalar(query.countSql(), query.params).value_or(-1).toLongLong();
}

QList<QVariantList> RowSource::fetch(const RowQuery &query, qint64 offset, int limit, QString *error)
{
    QList<QVariantList> rows;
    Statement stmt = m_db.prepare(query.pageSql());
    if (!stmt.isValid()) {
        *error = m_db.errorString();
        return rows;
    }
    stmt.bindAll(query.params);
    stmt.bind(int(query.params.size()) + 1, qint64(limit));
    stmt.bind(int(query.params.size()) + 2, offset);
    const int columns = stmt.columnCount();
    while (stmt.step()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(stmt.columnValue(c));
        rows.append(row);
    }
    if (stmt.hasError())
        *error = m_db.errorString();
    return rows;
}
