#include "rejectedrowsexport.h"

#include "project/database.h"

#include <QSaveFile>

RowQuery RejectedRowsExport::rowQuery(qint64 importId)
{
    RowQuery query;
    query.select = QStringLiteral("SELECT line, column_name, reason, raw_text FROM rejected_rows WHERE import_id = ?");
    query.params = {importId};
    query.orderBy = {QStringLiteral("line"), QStringLiteral("column_name"), QStringLiteral("reason"), QString()};
    query.sortColumn = 0;
    query.tieBreaker = QStringLiteral("id");
    return query;
}

QString RejectedRowsExport::csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

qint64 RejectedRowsExport::toCsv(const QString &projectPath, qint64 importId, const QString &outPath, QString *error)
{
    Database db;
    if (!db.open(projectPath, Database::OpenMode::ReadOnly)) {
        *error = db.errorString();
        return -1;
    }
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT line, coalesce(column_name, ''), reason, raw_text FROM rejected_rows WHERE import_id = ? ORDER BY line"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return -1;
    }
    stmt.bind(1, importId);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(outPath, file.errorString());
        return -1;
    }
    file.write("\xEF\xBB\xBF");
    file.write(tr("line,column,reason,raw_text").toUtf8() + '\n');
    qint64 rows = 0;
    while (stmt.step()) {
        const QString line = QString::number(stmt.columnInt64(0)) + QLatin1Char(',') + csvField(stmt.columnText(1))
            + QLatin1Char(',') + csvField(stmt.columnText(2)) + QLatin1Char(',') + csvField(stmt.columnText(3))
            + QLatin1Char('\n');
        file.write(line.toUtf8());
        ++rows;
    }
    if (stmt.hasError()) {
        *error = db.errorString();
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(outPath, file.errorString());
        return -1;
    }
    return rows;
}
