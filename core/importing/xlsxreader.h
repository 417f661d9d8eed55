#pragma once

#include "recordsource.h"

#include <QStringList>

#include <memory>

/**
 * Streaming reader of one worksheet of an Excel workbook (.xlsx, Office Open XML).
 *
 * The workbook is a zip archive. open() reads the small parts up front
 * (xl/workbook.xml and its relationships, xl/styles.xml, xl/sharedStrings.xml),
 * then next() inflates and parses the sheet XML a chunk at a time, so memory use
 * is bounded by the shared-string table plus the current row, whatever the
 * sheet size.
 *
 * Cell values are returned as text:
 * - strings (shared, inline, rich text runs concatenated, phonetic runs dropped)
 *   as they are;
 * - numbers in their shortest round-trip form, integers without ".0" ("17850");
 * - numbers with a date or time number format (built-in formats 14-22, 27-36,
 *   45-47, 50-58 and custom formats with d, m, y or h codes) as ISO text:
 *   "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" when the time is not midnight, or
 *   "HH:MM:SS" for a time of day below one day. The 1900 date system (with
 *   Excel's phantom 1900-02-29) and the 1904 system are both honoured;
 * - booleans as "TRUE" / "FALSE", formula results as their cached value, error
 *   cells as the error text ("#N/A").
 *
 * Rows: cells skipped by their references (r="C5") are filled with empty
 * strings. Rows without any value (including skipped and trailing rows) are
 * not returned; recordLine() gives the spreadsheet row number of each returned
 * row. Rows shorter than the header are padded with empty strings; trailing
 * empty cells beyond the header width are dropped.
 *
 * Header: as ReaderOptions::headerRow; when detecting, the first non-empty row is
 * the header unless all its cells are numbers (or dates), and then the columns
 * are named "Column 1", "Column 2", ... Header names are trimmed; an empty one
 * becomes "Column N".
 *
 * Damaged input gives an error, never a crash or a hang: a file that is not a
 * zip, a truncated zip, missing parts, malformed XML (the error names the
 * row), a part that inflates beyond ReaderOptions::maxInflatedBytes (checked
 * against the zip directory before reading and against the bytes actually
 * inflated while reading), and a shared-string table that would need more than
 * maxSharedStringBytes() of memory.
 *
 * Not thread-safe; use from one thread.
 */
class XlsxReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /** Highest column count of a sheet (column XFD); a cell beyond it is an error. */
    static constexpr int MaxColumns = 16384;
    /** Upper bound of the estimated memory of the shared-string table, in bytes. */
    static constexpr qint64 MaxSharedStringBytes = qint64(1) << 30;

    /**
     * Opens the workbook @p options.path, selects the sheet @p options.sheet (or
     * the first sheet when empty) and reads the header. Returns nullptr and sets
     * @p error (translated, names the file) when the file is not a readable
     * workbook, the sheet does not exist (the message lists the sheets), the
     * sheet is empty or its first row cannot be read. options.encoding and
     * options.delimiter are ignored.
     */
    static std::unique_ptr<XlsxReader> open(const ReaderOptions &options, QString *error);

    /**
     * Names of the sheets of the workbook @p path in workbook order. Returns an
     * empty list and sets @p error (translated) when the file is not a
     * readable workbook. Reads only the workbook parts, not the sheets.
     */
    static QStringList sheetNames(const QString &path, QString *error);

    /**
     * Memory budget of the shared-string table for a read limited to
     * @p maxInflatedBytes: MaxSharedStringBytes, or four times the inflate
     * limit when that is smaller. Each string counts 24 bytes plus 2 bytes per
     * character and 32 bytes of allocation overhead when not empty.
     */
    static qint64 maxSharedStringBytes(qint64 maxInflatedBytes);

    ~XlsxReader() override;

    QStringList header() const override;
    DetectedSettings settings() const override;
    bool next(QStringList &fields) override;
    QString recordProblem() const override;
    qint64 recordLine() const override;
    QString rawText() const override;
    /** Approximate: the inflated share of the sheet read so far, scaled to the file size. */
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    QString errorString() const override;

private:
    struct Private;

    XlsxReader();

    std::unique_ptr<Private> m_d;
};
