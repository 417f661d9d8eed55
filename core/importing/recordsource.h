#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

struct ParsedCells;

/** File formats the import engine reads. */
enum class SourceFormat { Auto, Csv, CsvGzip, Xlsx };

/**
 * How to read a tabular file. Empty or zero values mean "detect".
 */
struct ReaderOptions
{
    QString path;
    SourceFormat format = SourceFormat::Auto;
    /** "" = detect; otherwise "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030" (GBK is read as GB18030). */
    QString encoding;
    /** "" = sniff among , ; tab | and "::". */
    QString delimiter;
    /** -1 = detect, 0 = the file has no header row, 1 = the first row is the header. */
    int headerRow = -1;
    /** XLSX sheet name; empty = the first sheet. */
    QString sheet;
    /** A record whose raw text exceeds this many characters is rejected (reported by next()). */
    qint64 maxRecordChars = 4 * 1024 * 1024;
    /** XLSX: a part whose inflated size exceeds this many bytes stops the read with an error. */
    qint64 maxInflatedBytes = qint64(1) << 30;
};

/** Settings that were detected (or taken from ReaderOptions) when a source opened. */
struct DetectedSettings
{
    SourceFormat format = SourceFormat::Csv;
    QString encoding;   ///< e.g. "UTF-8", "UTF-8 (BOM)"... as a canonical name, see ReaderOptions::encoding
    QString delimiter;  ///< CSV only
    bool hasHeader = true;
    QString sheet;          ///< XLSX only
    QStringList sheets;     ///< XLSX only: all sheet names in workbook order
};

/**
 * A streaming reader of records (rows of text fields) from one file.
 *
 * Memory use does not grow with the file: only the current record (and, for
 * XLSX, the shared-string table) is held. Not thread-safe; use from one thread.
 *
 * Usage: open with openRecordSource(); header() gives the column names (or
 * "Column 1".. when the file has no header); then call next() until it returns
 * false, and check errorString() to tell the end of the file from a fatal error.
 */
class RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(RecordSource)
public:
    virtual ~RecordSource() = default;

    /** Column names of the header row, or generated names when there is none. */
    virtual QStringList header() const = 0;
    /** Settings in effect (detected or given). */
    virtual DetectedSettings settings() const = 0;

    /**
     * Reads the next data record into @p fields (cleared first).
     * Returns false at the end of the data or on a fatal error (errorString() non-empty).
     * A record that can be delimited but is unusable (too long, unterminated quote at
     * end of file, undecodable text) is returned with recordProblem() set; the caller
     * rejects it with that reason.
     */
    virtual bool next(QStringList &fields) = 0;
    /** Why the current record is unusable, or empty when it is fine. Translated. */
    virtual QString recordProblem() const = 0;
    /** 1-based line (CSV) or row (XLSX) number where the current record starts. */
    virtual qint64 recordLine() const = 0;
    /** Raw source text of the current record, for rejected-row storage (may be truncated). */
    virtual QString rawText() const = 0;
    /** Appends rawText() to @p out (without a temporary string where the reader can). */
    virtual void appendRawText(QString &out) const { out += rawText(); }

    /** Bytes of the underlying file consumed so far, for progress (compressed bytes for .gz). */
    virtual qint64 bytesRead() const = 0;
    /** Size of the underlying file in bytes. */
    virtual qint64 totalBytes() const = 0;

    /** Empty unless a fatal error stopped the read. Translated; names file and line. */
    virtual QString errorString() const = 0;

    /** A 64-bit hash of @p fields, by which an import recognizes exact duplicate records. */
    static quint64 hashFields(const QStringList &fields);
    /**
     * hashFields() of the current record, given as next() returned it in @p fields
     * (a reader may have computed it ahead, on another thread).
     */
    virtual quint64 recordHash(const QStringList &fields) const { return hashFields(fields); }
    /**
     * The current record's cells as a CellParser given to this reader parsed them ahead
     * (on another thread), or nullptr when this reader parses nothing ahead.
     */
    virtual const ParsedCells *parsedCells() const { return nullptr; }
};

/**
 * Opens @p options.path with the right reader (CSV, .csv.gz or XLSX, by content,
 * not only the name). Returns nullptr and sets @p error on failure.
 */
std::unique_ptr<RecordSource> openRecordSource(const ReaderOptions &options, QString *error);
