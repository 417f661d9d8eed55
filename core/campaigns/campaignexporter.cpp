#include "campaignexporter.h"

#include "campaigns/contactnormalizer.h"
#include "campaigns/xlsxwriter.h"
#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

namespace {

constexpr int ChunkRows = 4096;
constexpr qsizetype FlushBytes = 4 << 20;

// Columns of the member query.
enum Column {
    Key, FirstName, LastName, Name, Email, Phone, Country, Language, Segment, Offer, Coupon, Discount,
    Subject, Message, Rec1Sku, Rec1Name, Rec2Sku, Rec2Name, Rec3Sku, Rec3Name, ColumnCount
};

/** RAII sqlite3_stmt for the export's hot loop (raw UTF-8, no QString round trip). */
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

inline bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/** Appends one neutralized, RFC 4180-quoted text field. */
void appendCsvText(QByteArray &out, const char *data, int size)
{
    bool quote = false;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += '"';
    if (size > 0 && isFormulaStart(data[0]))
        out += '\'';
    if (!quote) {
        out.append(data, size);
    } else {
        int start = 0;
        for (int i = 0; i < size; ++i) {
            if (data[i] == '"') {
                out.append(data + start, i + 1 - start);
                out += '"';
                start = i + 1;
            }
        }
        out.append(data + start, size - start);
        out += '"';
    }
}

void appendCsvColumn(QByteArray &out, sqlite3_stmt *st, int column)
{
    const int type = sqlite3_column_type(st, column);
    if (type == SQLITE_NULL)
        return;
    if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
        out += QByteArray::number(sqlite3_column_double(st, column), 'g', 15);
        return;
    }
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    appendCsvText(out, text, sqlite3_column_bytes(st, column));
}

QString columnString(sqlite3_stmt *st, int column)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}

} // namespace

QString CampaignExporter::formatName(CampaignExportFormat format)
{
    switch (format) {
    case CampaignExportFormat::Csv: return QStringLiteral("csv");
    case CampaignExportFormat::Xlsx: return QStringLiteral("xlsx");
    case CampaignExportFormat::Mailchimp: return QStringLiteral("mailchimp");
    case CampaignExportFormat::Hashed: return QStringLiteral("hashed");
    }
    return QString();
}

std::optional<CampaignExportFormat> CampaignExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return CampaignExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return CampaignExportFormat::Xlsx;
    if (n == QLatin1String("mailchimp"))
        return CampaignExportFormat::Mailchimp;
    if (n == QLatin1String("hashed"))
        return CampaignExportFormat::Hashed;
    return std::nullopt;
}

QStringList CampaignExporter::header(CampaignExportFormat format)
{
    switch (format) {
    case CampaignExportFormat::Mailchimp:
        return {QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                QStringLiteral("Tags"), QStringLiteral("OFFER"), QStringLiteral("COUPON"), QStringLiteral("SUBJECT"),
                QStringLiteral("MESSAGE"), QStringLiteral("REC1"), QStringLiteral("REC2"), QStringLiteral("REC3")};
    case CampaignExportFormat::Hashed:
        return {QStringLiteral("email_sha256"), QStringLiteral("phone_sha256")};
    default:
        return {QStringLiteral("customer_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("country"),
                QStringLiteral("language"), QStringLiteral("segment"), QStringLiteral("offer"),
                QStringLiteral("coupon"), QStringLiteral("discount"), QStringLiteral("subject"),
                QStringLiteral("message"), QStringLiteral("rec1_sku"), QStringLiteral("rec1_name"),
                QStringLiteral("rec2_sku"), QStringLiteral("rec2_name"), QStringLiteral("rec3_sku"),
                QStringLiteral("rec3_name")};
    }
}

QString CampaignExporter::neutralizeCell(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray CampaignExporter::csvField(const QByteArray &utf8)
{
    QByteArray out;
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        out = utf8;
        out.replace("\"", "\"\"");
        return '"' + out + '"';
    }
    return utf8;
}

CampaignExportResult CampaignExporter::run(Database &db, const CampaignExportOptions &options, ProgressReporter &progress)
{
    CampaignExportResult result;
    result.file = options.path;
    auto fail = [&](const QString &message) {
        result.status = CampaignExportResult::Status::Error;
        result.errorString = message;
        return result;
    };
    Statement info = db.prepare(QStringLiteral(
        "SELECT c.id, c.audience, c.excluded_opt_out, c.holdout, c.definition, coalesce(s.name, '') "
        "FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id WHERE c.name = ?"));
    info.bind(1, options.campaign);
    if (!info.step())
        return fail(tr("There is no campaign named \"%1\".").arg(options.campaign));
    const qint64 campaignId = info.columnInt64(0);
    const qint64 audience = info.columnInt64(1);
    result.excludedOptOut = info.columnInt64(2);
    result.holdout = info.columnInt64(3);
    const QJsonObject definition = QJsonDocument::fromJson(info.columnText(4).toUtf8()).object();
    for (const QJsonValue &w : definition.value(QStringLiteral("warnings")).toArray()) {
        const QString warning = w.toString();
        if (warning.contains(QLatin1String("{{")))
            result.warnings << warning;
    }
    const QByteArray sourceSegment = info.columnText(5).toUtf8();

    const QByteArray sql =
        "SELECT c.customer_key, c.first_name, c.last_name, c.name, c.email, c.phone, c.country, m.language, "
        "coalesce(nullif(s.rfm_segment, ''), ?2), m.offer, m.coupon, m.discount, m.subject, m.message, "
        "json_extract(m.rec_items, '$[0].sku'), json_extract(m.rec_items, '$[0].name'), "
        "json_extract(m.rec_items, '$[1].sku'), json_extract(m.rec_items, '$[1].name'), "
        "json_extract(m.rec_items, '$[2].sku'), json_extract(m.rec_items, '$[2].name') "
        "FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
        "LEFT JOIN customer_scores s ON s.customer_id = m.customer_id "
        "WHERE m.campaign_id = ?1 AND m.is_holdout = 0 ORDER BY m.customer_id";
    RawStatement query(db.handle(), sql);
    sqlite3_stmt *st = query.get();
    if (!st) {
        db.setErrorFromSqlite(tr("Reading the campaign members"));
        return fail(db.errorString());
    }
    sqlite3_bind_int64(st, 1, campaignId);
    sqlite3_bind_text(st, 2, sourceSegment.constData(), int(sourceSegment.size()), SQLITE_TRANSIENT);
    progress.setRange(audience);

    const QStringList columns = header(options.format);
    qint64 done = 0;
    int rc = SQLITE_ROW;
    if (options.format == CampaignExportFormat::Xlsx) {
        XlsxWriter writer;
        if (!writer.open(options.path))
            return fail(writer.errorString());
        if (!writer.addSheet(options.campaign, columns))
            return fail(writer.errorString());
        QVariantList cells;
        cells.reserve(ColumnCount);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            cells.clear();
            for (int c = 0; c < ColumnCount; ++c) {
                if (c == Discount) {
                    cells.append(sqlite3_column_type(st, c) == SQLITE_NULL ? QVariant()
                                                                            : QVariant(sqlite3_column_double(st, c)));
                    continue;
                }
                cells.append(neutralizeCell(columnString(st, c)));
            }
            if (!writer.addRow(cells))
                return fail(writer.errorString());
            if (++done % ChunkRows == 0) {
                progress.setValue(done);
                if (progress.isCancelled()) {
                    writer.cancel();
                    result.status = CampaignExportResult::Status::Cancelled;
                    return result;
                }
            }
        }
        if (rc != SQLITE_DONE) {
            writer.cancel();
            db.setErrorFromSqlite(tr("Reading the campaign members"));
            return fail(db.errorString());
        }
        if (!writer.close())
            return fail(writer.errorString());
    } else {
        QSaveFile file(options.path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(options.path, file.errorString()));
        QByteArray buffer;
        buffer.reserve(FlushBytes + (1 << 16));
        if (options.bom)
            buffer += "\xEF\xBB\xBF";
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += ',';
            buffer += csvField(columns.at(c).toUtf8());
        }
        buffer += "\r\n";
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (options.format == CampaignExportFormat::Csv) {
                for (int c = 0; c < ColumnCount; ++c) {
                    if (c > 0)
                        buffer += ',';
                    appendCsvColumn(buffer, st, c);
                }
                buffer += "\r\n";
                ++result.rows;
            } else if (options.format == CampaignExportFormat::Mailchimp) {
                const QByteArray email = ContactNormalizer::normalizeEmail(columnString(st, Email)).toUtf8();
                if (email.isEmpty()) {
                    ++result.skipped;
                } else {
                    appendCsvText(buffer, email.constData(), int(email.size()));
                    for (const int c : {FirstName, LastName, Segment, Offer, Coupon, Subject, Message, Rec1Name,
                                        Rec2Name, Rec3Name}) {
                        buffer += ',';
                        appendCsvColumn(buffer, st, c);
                    }
                    buffer += "\r\n";
                    ++result.rows;
                }
            } else {
                const QString country = columnString(st, Country);
                const QByteArray email = ContactNormalizer::sha256Hex(
                    ContactNormalizer::normalizeEmail(columnString(st, Email)));
                const QByteArray phone = ContactNormalizer::sha256Hex(
                    ContactNormalizer::normalizePhone(columnString(st, Phone), country));
                if (email.isEmpty() && phone.isEmpty()) {
                    ++result.skipped;
                } else {
                    buffer += email;
                    buffer += ',';
                    buffer += phone;
                    buffer += "\r\n";
                    ++result.rows;
                }
            }
            if (buffer.size() >= FlushBytes) {
                if (file.write(buffer) != buffer.size())
                    return fail(tr("Cannot write %1: %2").arg(options.path, file.errorString()));
                buffer.clear();
            }
            if (++done % ChunkRows == 0) {
                progress.setValue(done);
                if (progress.isCancelled()) {
                    file.cancelWriting();
                    result.status = CampaignExportResult::Status::Cancelled;
                    return result;
                }
            }
        }
        if (rc != SQLITE_DONE) {
            file.cancelWriting();
            db.setErrorFromSqlite(tr("Reading the campaign members"));
            return fail(db.errorString());
        }
        if (file.write(buffer) != buffer.size() || !file.commit())
            return fail(tr("Cannot write %1: %2").arg(options.path, file.errorString()));
    }
    if (options.format == CampaignExportFormat::Xlsx)
        result.rows = done;
    progress.setValue(done);

    Statement record = db.prepare(QStringLiteral(
        "INSERT INTO campaign_exports(campaign_id, format, file_path, rows, exported_at) VALUES(?, ?, ?, ?, ?)"));
    record.bindAll({campaignId, formatName(options.format), QFileInfo(options.path).absoluteFilePath(), result.rows,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!record.exec())
        return fail(tr("The file was written but the export could not be recorded: %1").arg(db.errorString()));
    result.status = CampaignExportResult::Status::Ok;
    return result;
}
