#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class ProgressReporter;

/** Export formats of a campaign. */
enum class CampaignExportFormat { Csv, Xlsx, Mailchimp, Hashed };

/** Where and how to export. */
struct CampaignExportOptions
{
    QString campaign;            ///< campaign name
    CampaignExportFormat format = CampaignExportFormat::Csv;
    QString path;
    bool bom = false;            ///< CSV formats: start with a UTF-8 byte-order mark (for Excel)
};

/** What CampaignExporter::run() wrote. */
struct CampaignExportResult
{
    enum class Status { Ok, Cancelled, Error };
    Status status = Status::Error;
    QString errorString;
    qint64 rows = 0;              ///< data rows written
    qint64 skipped = 0;           ///< members left out: no e-mail (Mailchimp) or no hashable contact (hashed)
    qint64 excludedOptOut = 0;    ///< from the campaign: opted-out customers never became members
    qint64 holdout = 0;           ///< holdout members, never exported
    QString file;
    QStringList warnings;         ///< the campaign's missing-field warnings
};

/**
 * Writes the members of a campaign (holdout members excluded) to a file, atomically:
 * a failed or cancelled export leaves an existing file untouched, and a
 * successful one is recorded in campaign_exports (which the frequency cap reads).
 *
 * Formats:
 * - Csv: UTF-8, RFC 4180 (fields with a comma, quote or line break quoted,
 *   quotes doubled, CRLF line ends), optional BOM. Columns: header().
 * - Xlsx: the same columns through XlsxWriter, with a styled header row;
 *   discount is a number cell.
 * - Mailchimp: import CSV with Email Address, First Name, Last Name, Tags
 *   (the segment), then the merge fields OFFER, COUPON, SUBJECT, MESSAGE,
 *   REC1, REC2, REC3; members without an e-mail are skipped.
 * - Hashed: email_sha256, phone_sha256 for ad platforms (see ContactNormalizer);
 *   a member with neither is skipped, an unparseable phone is left empty.
 *
 * Every text cell that starts with =, +, -, @, tab or carriage return is
 * neutralized against formula injection with a leading apostrophe
 * (neutralizeCell()), in CSV, Mailchimp and XLSX alike; hashes and numbers are
 * not changed.
 *
 * Members are read as raw UTF-8 (rec_items parsed once per row) and written
 * without QString/QVariant conversions. A large CSV-format export of a project
 * on disk is formatted by two threads at once, each on its own read-only
 * connection taking alternate ranges of customer ids, while the calling
 * thread writes the ranges in order; for XLSX a helper thread deflates the
 * sheet while the next rows are formatted.
 *
 * Thread-safety: uses the given Database on the calling thread only (the
 * formatting threads open their own connections to the same file).
 */
class CampaignExporter
{
    Q_DECLARE_TR_FUNCTIONS(CampaignExporter)
public:
    static QString formatName(CampaignExportFormat format);
    static std::optional<CampaignExportFormat> formatFromName(const QString &name);
    /** Column names of @p format. */
    static QStringList header(CampaignExportFormat format);
    /** @p text with a leading apostrophe when it starts with = + - @ tab or CR. */
    static QString neutralizeCell(const QString &text);
    /** RFC 4180 field: quoted when it holds a comma, quote, CR or LF. Not neutralized. */
    static QByteArray csvField(const QByteArray &utf8);

    CampaignExportResult run(Database &db, const CampaignExportOptions &options, ProgressReporter &progress);
};
