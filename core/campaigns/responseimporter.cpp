#include "responseimporter.h"

#include "importing/recordsource.h"
#include "importing/valueparser.h"
#include "experiments/experimentcolumns.h"
#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

namespace {

QString normalizeHeader(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

int findColumn(const QStringList &normalized, const QStringList &aliases)
{
    for (const QString &alias : aliases) {
        const int i = normalized.indexOf(alias);
        if (i >= 0)
            return i;
    }
    return -1;
}

/** A flag cell: yes/no or a count; empty is 0; nullopt when unreadable. */
std::optional<int> parseFlag(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    if (const auto b = parseBool(t))
        return *b ? 1 : 0;
    if (const auto n = parseNumber(t))
        return *n > 0 ? 1 : 0;
    return std::nullopt;
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

ResponseImportResult ResponseImporter::run(Database &db, const QString &campaign, const QString &path,
                                           ProgressReporter &progress)
{
    ResponseImportResult result;
    auto fail = [&](const QString &message) {
        result.status = ResponseImportResult::Status::Error;
        result.errorString = message;
        return result;
    };
    Statement info = db.prepare(QStringLiteral("SELECT id, coalesce(experiment_id, 0) FROM campaigns WHERE name = ?"));
    info.bind(1, campaign);
    if (!info.step())
        return fail(tr("There is no campaign named \"%1\".").arg(campaign));
    const qint64 campaignId = info.columnInt64(0);
    result.experimentId = info.columnInt64(1);

    ReaderOptions readerOptions;
    readerOptions.path = path;
    QString error;
    std::unique_ptr<RecordSource> source = openRecordSource(readerOptions, &error);
    if (!source)
        return fail(error);
    QStringList normalized;
    for (const QString &name : source->header())
        normalized << normalizeHeader(name);
    const int idColumn = findColumn(normalized, {QStringLiteral("customerid"), QStringLiteral("customer"),
                                                 QStringLiteral("customerkey"), QStringLiteral("id"),
                                                 QStringLiteral("clientid"), QStringLiteral("userid"),
                                                 QStringLiteral("contactid")});
    const int emailColumn = findColumn(normalized, {QStringLiteral("email"), QStringLiteral("emailaddress"),
                                                    QStringLiteral("mail")});
    const int openedColumn = findColumn(normalized, {QStringLiteral("opened"), QStringLiteral("open"), QStringLiteral("opens")});
    const int clickedColumn = findColumn(normalized, {QStringLiteral("clicked"), QStringLiteral("click"),
                                                      QStringLiteral("clicks")});
    const int convertedColumn = findColumn(normalized, {QStringLiteral("converted"), QStringLiteral("conversion"),
                                                        QStringLiteral("conversions"), QStringLiteral("purchased"),
                                                        QStringLiteral("purchase"), QStringLiteral("ordered")});
    const int revenueColumn = findColumn(normalized, {QStringLiteral("revenue"), QStringLiteral("amount"),
                                                      QStringLiteral("spend"), QStringLiteral("sales"),
                                                      QStringLiteral("ordervalue")});
    const int dateColumn = findColumn(normalized, {QStringLiteral("respondedat"), QStringLiteral("date"),
                                                   QStringLiteral("timestamp"), QStringLiteral("time")});
    if (idColumn < 0 && emailColumn < 0)
        return fail(tr("%1 has no customer column (customer_id, customer, id or email); its columns are: %2")
                        .arg(path, source->header().join(QStringLiteral(", "))));
    if (openedColumn < 0 && clickedColumn < 0 && convertedColumn < 0 && revenueColumn < 0)
        return fail(tr("%1 has no response column (opened, clicked, converted or revenue); its columns are: %2")
                        .arg(path, source->header().join(QStringLiteral(", "))));

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(db.errorString());

    QSet<qint64> members;
    {
        Statement st = db.prepare(QStringLiteral("SELECT customer_id FROM campaign_members WHERE campaign_id = ?"));
        st.bind(1, campaignId);
        while (st.step())
            members.insert(st.columnInt64(0));
    }
    QHash<QString, qint64> byEmail;
    if (idColumn < 0) {
        Statement st = db.prepare(QStringLiteral("SELECT lower(trim(email)), id FROM customers WHERE email IS NOT NULL"));
        while (st.step())
            byEmail.insert(st.columnText(0), st.columnInt64(1));
    }
    {
        const QFileInfo fi(path);
        Statement run = db.prepare(QStringLiteral(
            "INSERT INTO import_runs(kind, file_path, file_name, file_size, sha256, options, started_at) "
            "VALUES('campaign_responses', ?, ?, ?, ?, ?, ?)"));
        run.bindAll({fi.absoluteFilePath(), fi.fileName(), fi.size(), QString::fromLatin1(fileSha256(path)),
                     QStringLiteral("{\"campaign\":%1}").arg(campaignId),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!run.exec())
            return fail(db.errorString());
        result.importId = db.lastInsertRowId();
    }
    Statement lookup = db.prepare(QStringLiteral("SELECT id FROM customers WHERE customer_key = ?"));
    Statement upsert = db.prepare(QStringLiteral(
        "INSERT INTO campaign_responses(campaign_id, customer_id, opened, clicked, converted, revenue, responded_at, "
        "import_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(campaign_id, customer_id) DO UPDATE SET "
        "opened = excluded.opened, clicked = excluded.clicked, converted = excluded.converted, "
        "revenue = excluded.revenue, responded_at = excluded.responded_at, import_id = excluded.import_id"));
    if (!lookup.isValid() || !upsert.isValid())
        return fail(db.errorString());
    progress.setRange(source->totalBytes());
    QStringList fields;
    while (source->next(fields)) {
        ++result.rowsRead;
        if (result.rowsRead % 4096 == 0) {
            progress.setValue(source->bytesRead());
            if (progress.isCancelled()) {
                result.status = ResponseImportResult::Status::Cancelled;
                return result;
            }
        }
        if (!source->recordProblem().isEmpty()) {
            ++result.rejected;
            continue;
        }
        qint64 customerId = 0;
        QString key;
        if (idColumn >= 0) {
            key = normalizeId(fields.value(idColumn));
            if (key.isEmpty()) {
                ++result.rejected;
                continue;
            }
            lookup.bind(1, key);
            if (lookup.step())
                customerId = lookup.columnInt64(0);
            lookup.reset();
        } else {
            key = fields.value(emailColumn).trimmed().toLower();
            if (key.isEmpty()) {
                ++result.rejected;
                continue;
            }
            customerId = byEmail.value(key, 0);
        }
        if (customerId == 0) {
            ++result.unknownCustomers;
            if (result.unknownExamples.size() < 10)
                result.unknownExamples << key;
            continue;
        }
        if (!members.contains(customerId)) {
            ++result.notMembers;
            continue;
        }
        const auto opened = openedColumn >= 0 ? parseFlag(fields.value(openedColumn)) : std::optional<int>(0);
        const auto clicked = clickedColumn >= 0 ? parseFlag(fields.value(clickedColumn)) : std::optional<int>(0);
        const auto converted = convertedColumn >= 0 ? parseFlag(fields.value(convertedColumn)) : std::optional<int>(0);
        const QString revenueText = revenueColumn >= 0 ? fields.value(revenueColumn).trimmed() : QString();
        const auto revenue = revenueText.isEmpty() ? std::optional<double>() : parseNumber(revenueText);
        if (!opened || !clicked || !converted || (!revenueText.isEmpty() && !revenue)) {
            ++result.rejected;
            continue;
        }
        upsert.bind(1, campaignId);
        upsert.bind(2, customerId);
        upsert.bind(3, *opened);
        upsert.bind(4, *clicked);
        upsert.bind(5, *converted);
        if (revenue)
            upsert.bind(6, *revenue);
        else
            upsert.bindNull(6);
        const QString date = dateColumn >= 0 ? fields.value(dateColumn).trimmed() : QString();
        if (date.isEmpty())
            upsert.bindNull(7);
        else
            upsert.bind(7, date);
        upsert.bind(8, result.importId);
        if (!upsert.exec())
            return fail(tr("Cannot store the responses: %1").arg(db.errorString()));
        upsert.reset();
        ++result.imported;
    }
    if (!source->errorString().isEmpty())
        return fail(source->errorString());

    if (result.experimentId > 0) {
        ExperimentColumns::BulkWrite experimentWrite(db, result.experimentId);
        static const char *const metrics[][2] = {{"opened", "coalesce(r.opened, 0)"},
                                                 {"clicked", "coalesce(r.clicked, 0)"},
                                                 {"converted", "coalesce(r.converted, 0)"},
                                                 {"revenue", "coalesce(r.revenue, 0)"}};
        for (const auto &metric : metrics) {
            Statement st = db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO experiment_metrics(experiment_id, metric, customer_id, role, value) "
                "SELECT ?, ?, m.customer_id, 'outcome', %1 FROM campaign_members m LEFT JOIN campaign_responses r "
                "ON r.campaign_id = m.campaign_id AND r.customer_id = m.customer_id WHERE m.campaign_id = ?")
                    .arg(QString::fromLatin1(metric[1])));
            st.bindAll({result.experimentId, QString::fromLatin1(metric[0]), campaignId});
            if (!st.exec())
                return fail(tr("Cannot store the experiment outcomes: %1").arg(db.errorString()));
        }
        QString error;
        if (!experimentWrite.finish(&error))
            return fail(error);
    }
    Statement done = db.prepare(QStringLiteral(
        "UPDATE import_runs SET rows_read = ?, rows_imported = ?, rows_rejected = ? WHERE id = ?"));
    done.bindAll({result.rowsRead, result.imported, result.rejected + result.unknownCustomers + result.notMembers,
                  result.importId});
    if (!done.exec() || !transaction.commit())
        return fail(db.errorString());
    db.truncateLargeWal();
    result.status = ResponseImportResult::Status::Ok;
    return result;
}
