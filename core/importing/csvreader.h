#pragma once

#include "bytesource.h"
#include "recordsource.h"
#include "textencoding.h"

#include <QStringView>

#include <array>
#include <memory>

/**
 * Streaming reader of delimited text files (.csv, .tsv, .dat, ... and the same
 * compressed with gzip).
 *
 * The file is read in chunks of ChunkSize bytes, decoded and parsed; memory use
 * is bounded by one chunk plus the current record (itself bounded by
 * ReaderOptions::maxRecordChars), whatever the file size.
 *
 * Parsing follows RFC 4180 and is lenient where real files are not: quoted
 * fields may hold delimiters, line breaks and doubled quotes (""); CRLF, LF and
 * a lone CR all end a line; a quote inside an unquoted field is an ordinary
 * character; text after a closing quote is kept. Fields are returned as they
 * are (not trimmed). Empty and whitespace-only lines are skipped.
 *
 * Detection, when ReaderOptions leaves a setting empty:
 * - encoding: see TextEncoding::detect() (BOM, UTF-8, GB18030);
 * - delimiter: among , tab ; | and "::", the one that splits the first records
 *   of the file into the most consistent number (> 1) of fields;
 * - header: the first record is the header unless all of its fields are numbers,
 *   in which case the columns are named "Column 1", "Column 2", ...
 *   Header names are trimmed; an empty one becomes "Column N" (N = its 1-based
 *   position). Duplicates are left to the caller.
 *
 * A record's problems (too long, quote never closed, bytes invalid in the
 * encoding) are reported through recordProblem(); reading then continues with
 * the next record. A too-long record is returned without fields, and its
 * rawText() holds its first maxRecordChars characters.
 *
 * Not thread-safe; use from one thread.
 */
class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /** Bytes read from the file (decompressed) per parsing step. */
    static constexpr qint64 ChunkSize = qint64(1) << 20;
    /** Bytes examined to detect the encoding and the delimiter. */
    static constexpr qint64 SampleSize = 64 * 1024;

    /**
     * Opens @p options.path, detects the settings left empty in @p options and
     * reads the header. Returns nullptr and sets @p error (translated, names the
     * file) when the file cannot be read, is empty, is not text, or its header
     * cannot be parsed. options.format and options.sheet are ignored: gzip
     * compression is recognised from the content.
     */
    static std::unique_ptr<CsvReader> open(const ReaderOptions &options, QString *error);

    /**
     * Picks the delimiter of @p sample, decoded text from the start of a file:
     * the candidate among "," "\t" ";" "|" "::" giving the most consistent field
     * count greater than one over the first 100 records, quotes respected.
     * Ties go to the earlier candidate in that list. Returns "," when no
     * candidate splits the records. @p isComplete says @p sample is the whole
     * file (otherwise its last, possibly cut, record is ignored).
     */
    static QString sniffDelimiter(QStringView sample, bool isComplete);

    /** True when @p text (trimmed) is a decimal number such as "-12", "3.5", "1,5" or "2e6". */
    static bool looksNumeric(QStringView text);

    ~CsvReader() override;

    QStringList header() const override;
    DetectedSettings settings() const override;
    bool next(QStringList &fields) override;
    QString recordProblem() const override;
    qint64 recordLine() const override;
    QString rawText() const override;
    void appendRawText(QString &out) const override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    QString errorString() const override;

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, AfterQuote };
    enum class Scan { Record, NeedData };
    enum class Parse { Record, End, Error };

    CsvReader();

    Parse parseRecord(QStringList &fields);
    Scan scan(QStringList &fields);
    void finishAtEof(QStringList &fields);
    bool refill();
    void emitField(QStringList &fields, qsizetype end);
    void endRecord(qsizetype end);
    void markTooLong();
    bool isBlankRecord() const;

    ByteSource m_source;
    TextEncoding::Decoder m_decoder;
    DetectedSettings m_settings;
    QStringList m_header;

    // Delimiter: one character, or two (m_delim1 != 0) such as "::".
    char16_t m_delim0 = u',';
    char16_t m_delim1 = 0;
    std::array<bool, 128> m_special{};   ///< ASCII characters that stop an unquoted field

    QByteArray m_chunk;                  ///< raw bytes of one read
    QString m_buf;                       ///< decoded text from the current record on
    qsizetype m_pos = 0;                 ///< scan position in m_buf
    qsizetype m_recStart = 0;            ///< start of the record being parsed in m_buf
    qsizetype m_fieldStart = 0;          ///< start of the field being parsed in m_buf
    State m_state = State::RecordStart;
    bool m_fieldComplex = false;         ///< field needs unquoting beyond stripping the quotes
    bool m_skipLf = false;               ///< the previous line ended with CR; skip a following LF
    bool m_eof = false;                  ///< all bytes are decoded into m_buf
    bool m_atEnd = false;                ///< next() returned false
    bool m_tooLong = false;              ///< current record exceeds maxRecordChars
    bool m_unterminated = false;         ///< current record ends inside quotes at the end of file
    int m_fieldCount = 0;
    qint64 m_maxChars = 0;
    qint64 m_line = 1;                   ///< physical line at m_pos
    qint64 m_recLine = 1;                ///< line where the record being parsed starts
    qint64 m_quoteLine = 1;              ///< line where the last quoted field opened

    // The record last returned by next().
    bool m_hasRecord = false;
    qint64 m_curLine = 0;
    QString m_problem;
    qsizetype m_rawStart = 0;
    qsizetype m_rawEnd = 0;
    bool m_rawIsCopy = false;
    QString m_rawCopy;

    // First data record, read while detecting the header, returned by the first next().
    bool m_hasPending = false;
    QStringList m_pendingFields;
    QString m_pendingProblem;
    QString m_pendingRaw;
    qint64 m_pendingLine = 0;

    QString m_error;
};
