#include "csvreader.h"

#include <QDir>

#include <algorithm>
#include <map>

namespace {

constexpr int SniffRecords = 100;

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

/** Removes the quoting of a field that starts with a quote: "" -> ", text after the closing quote kept. */
QString unquote(const char16_t *s, qsizetype len)
{
    QString out;
    out.reserve(len);
    qsizetype i = 0;
    bool inQuotes = false;
    if (len > 0 && s[0] == u'"') {
        inQuotes = true;
        i = 1;
    }
    qsizetype runStart = i;
    auto flush = [&](qsizetype runEnd) {
        if (runEnd > runStart)
            out.append(reinterpret_cast<const QChar *>(s + runStart), runEnd - runStart);
    };
    while (i < len) {
        if (inQuotes && s[i] == u'"') {
            flush(i);
            if (i + 1 < len && s[i + 1] == u'"') {
                out.append(QLatin1Char('"'));
                i += 2;
            } else {
                inQuotes = false;
                ++i;
            }
            runStart = i;
            continue;
        }
        ++i;
    }
    flush(len);
    return out;
}

/** Field counts of the first records of @p text split by @p delim, quotes respected. */
QList<int> countFields(QStringView text, QStringView delim, bool isComplete)
{
    QList<int> counts;
    const qsizetype n = text.size();
    const char16_t d0 = delim.at(0).unicode();
    const char16_t d1 = delim.size() > 1 ? delim.at(1).unicode() : 0;
    const auto *s = reinterpret_cast<const char16_t *>(text.data());
    int fields = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    bool lineEmpty = true;
    for (qsizetype i = 0; i < n && counts.size() < SniffRecords; ++i) {
        const char16_t c = s[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && s[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            lineEmpty = false;
            continue;
        }
        if (isLineBreak(c)) {
            if (!lineEmpty)
                counts.append(fields);
            fields = 1;
            fieldStart = true;
            lineEmpty = true;
            if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                ++i;
            continue;
        }
        lineEmpty = false;
        if (c == d0 && (d1 == 0 || (i + 1 < n && s[i + 1] == d1))) {
            ++fields;
            if (d1 != 0)
                ++i;
            fieldStart = true;
            continue;
        }
        fieldStart = false;
    }
    if (isComplete && !lineEmpty && !inQuotes && counts.size() < SniffRecords)
        counts.append(fields);
    return counts;
}

/** Accepts "," or "::" as given, and "\t" / "\\t" / "tab" for a tab. Empty when unusable. */
QString normalizeDelimiter(const QString &delimiter)
{
    if (delimiter == QLatin1String("\\t") || delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("\t");
    if (delimiter.isEmpty() || delimiter.size() > 2)
        return {};
    for (const QChar c : delimiter) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return {};
        if (c.isSurrogate())
            return {};
    }
    return delimiter;
}

} // namespace

CsvReader::CsvReader()
    : m_decoder(QStringLiteral("UTF-8"))
{
}

CsvReader::~CsvReader() = default;

std::unique_ptr<CsvReader> CsvReader::open(const ReaderOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<CsvReader>();
    };

    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_maxChars = std::max<qint64>(options.maxRecordChars, 1);
    const QString name = QDir::toNativeSeparators(options.path);

    QString openError;
    if (!reader->m_source.open(options.path, &openError))
        return fail(openError);
    const QByteArray sample = reader->m_source.peek(SampleSize);
    if (!reader->m_source.errorString().isEmpty())
        return fail(reader->m_source.errorString());
    if (sample.isEmpty())
        return fail(tr("%1 is empty").arg(name));
    const bool sampleComplete = sample.size() < SampleSize;

    // Encoding
    QString encoding;
    if (!options.encoding.isEmpty()) {
        encoding = TextEncoding::canonicalName(options.encoding);
        if (encoding.isEmpty()) {
            return fail(tr("The text encoding %1 is not supported. Choose one of %2.")
                            .arg(options.encoding, TextEncoding::supportedEncodings().join(QLatin1String(", "))));
        }
        if (TextEncoding::looksBinary(sample, encoding))
            return fail(tr("%1 is not a text file").arg(name));
    } else {
        const TextEncoding::Detection detection = TextEncoding::detect(sample, sampleComplete);
        if (detection.isBinary)
            return fail(tr("%1 is not a text file").arg(name));
        encoding = detection.encoding;
    }
    reader->m_decoder = TextEncoding::Decoder(encoding);
    if (!reader->m_decoder.isValid())
        return fail(tr("The text encoding %1 is not available on this system.").arg(encoding));

    // Delimiter
    QString delimiter;
    if (!options.delimiter.isEmpty()) {
        delimiter = normalizeDelimiter(options.delimiter);
        if (delimiter.isEmpty()) {
            return fail(tr("The delimiter \"%1\" cannot be used: use one or two characters "
                           "other than quotes and line breaks.")
                            .arg(options.delimiter));
        }
    } else {
        TextEncoding::Decoder sampleDecoder(encoding);
        QString text;
        sampleDecoder.decode(sample, text);
        if (sampleComplete)
            sampleDecoder.finish(text);
        delimiter = sniffDelimiter(text, sampleComplete);
    }
    reader->m_delim0 = delimiter.at(0).unicode();
    reader->m_delim1 = delimiter.size() > 1 ? delimiter.at(1).unicode() : 0;
    reader->m_special[u'\n'] = true;
    reader->m_special[u'\r'] = true;
    if (reader->m_delim0 < 128)
        reader->m_special[reader->m_delim0] = true;
    reader->m_chunk.resize(ChunkSize);

    // Header
    QStringList first;
    const Parse parsed = reader->parseRecord(first);
    if (parsed == Parse::Error)
        return fail(reader->m_error);
    if (parsed == Parse::End)
        return fail(tr("%1 is empty").arg(name));

    bool hasHeader = true;
    if (options.headerRow == 0) {
        hasHeader = false;
    } else if (options.headerRow < 0) {
        hasHeader = first.isEmpty()
                    || !std::all_of(first.cbegin(), first.cend(),
                                    [](const QString &field) { return looksNumeric(field); });
    }

    if (hasHeader) {
        if (reader->m_tooLong || reader->m_unterminated)
            return fail(tr("%1: the header row cannot be read. %2").arg(name, reader->m_problem));
        reader->m_header.reserve(first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QString column = first.at(i).trimmed();
            if (i == 0 && column.startsWith(QChar::ByteOrderMark))
                column = column.mid(1).trimmed();
            if (column.isEmpty())
                column = tr("Column %1").arg(i + 1);
            reader->m_header.append(column);
        }
    } else {
        for (qsizetype i = 0; i < first.size(); ++i)
            reader->m_header.append(tr("Column %1").arg(i + 1));
        reader->m_hasPending = true;
        reader->m_pendingFields = first;
        reader->m_pendingProblem = reader->m_problem;
        reader->m_pendingRaw = reader->rawText();
        reader->m_pendingLine = reader->m_curLine;
    }
    reader->m_hasRecord = false;
    reader->m_problem.clear();

    reader->m_settings.format = reader->m_source.isGzip() ? SourceFormat::CsvGzip : SourceFormat::Csv;
    reader->m_settings.encoding = encoding;
    reader->m_settings.delimiter = delimiter;
    reader->m_settings.hasHeader = hasHeader;
    return reader;
}

QString CsvReader::sniffDelimiter(QStringView sample, bool isComplete)
{
    static const char16_t *const candidates[] = {u",", u"\t", u";", u"|", u"::"};
    QString best = QStringLiteral(",");
    double bestConsistency = 0.0;
    for (const char16_t *candidate : candidates) {
        const QStringView delim(candidate);
        const QList<int> counts = countFields(sample, delim, isComplete);
        if (counts.isEmpty())
            continue;
        std::map<int, int> frequency;
        for (int count : counts)
            ++frequency[count];
        int mode = 0;
        int modeFrequency = 0;
        for (const auto &[count, times] : frequency) {
            if (times >= modeFrequency) { // ties: the larger field count
                mode = count;
                modeFrequency = times;
            }
        }
        if (mode <= 1)
            continue;
        const double consistency = double(modeFrequency) / double(counts.size());
        if (consistency > bestConsistency + 1e-9) {
            bestConsistency = consistency;
            best = delim.toString();
        }
    }
    return best;
}

bool CsvReader::looksNumeric(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    int digits = 0;
    bool separator = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if ((c == u'.' || c == u',') && !separator) {
            separator = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        int exponentDigits = 0;
        while (i < n && text[i] >= u'0' && text[i] <= u'9') {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

QStringList CsvReader::header() const
{
    return m_header;
}

DetectedSettings CsvReader::settings() const
{
    return m_settings;
}

bool CsvReader::next(QStringList &fields)
{
    m_problem.clear();
    m_rawIsCopy = false;
    m_rawCopy.clear();
    if (m_hasPending) {
        m_hasPending = false;
        fields = m_pendingFields;
        m_pendingFields.clear();
        m_problem = m_pendingProblem;
        m_rawCopy = m_pendingRaw;
        m_rawIsCopy = true;
        m_curLine = m_pendingLine;
        m_hasRecord = true;
        return true;
    }
    m_hasRecord = false;
    if (m_atEnd || !m_error.isEmpty()) {
        fields.clear();
        return false;
    }
    if (parseRecord(fields) != Parse::Record) {
        m_atEnd = true;
        fields.clear();
        return false;
    }
    return true;
}

QString CsvReader::recordProblem() const
{
    return m_problem;
}

qint64 CsvReader::recordLine() const
{
    return m_hasRecord ? m_curLine : 0;
}

QString CsvReader::rawText() const
{
    if (!m_hasRecord)
        return {};
    if (m_rawIsCopy)
        return m_rawCopy;
    const qsizetype len = std::min<qint64>(m_rawEnd - m_rawStart, m_maxChars);
    return m_buf.mid(m_rawStart, len);
}

void CsvReader::appendRawText(QString &out) const
{
    if (!m_hasRecord)
        return;
    if (m_rawIsCopy) {
        out += m_rawCopy;
        return;
    }
    const qsizetype len = std::min<qint64>(m_rawEnd - m_rawStart, m_maxChars);
    out += QStringView(m_buf).sliced(m_rawStart, len);
}

qint64 CsvReader::bytesRead() const
{
    return m_source.compressedPos();
}

qint64 CsvReader::totalBytes() const
{
    return m_source.fileSize();
}

QString CsvReader::errorString() const
{
    return m_error;
}

CsvReader::Parse CsvReader::parseRecord(QStringList &fields)
{
    for (;;) {
        m_fieldCount = 0;
        m_tooLong = false;
        m_unterminated = false;
        m_rawIsCopy = false;
        m_rawCopy.clear();
        m_problem.clear();
        m_hasRecord = false;

        for (;;) {
            if (scan(fields) == Scan::Record)
                break;
            if (m_eof) {
                if (m_state == State::RecordStart) {
                    fields.clear();
                    return Parse::End;
                }
                finishAtEof(fields);
                break;
            }
            if (!refill())
                return Parse::Error;
        }

        if (m_tooLong)
            fields.clear();
        else
            fields.resize(m_fieldCount);
        if (!m_tooLong && !m_unterminated && isBlankRecord())
            continue;

        m_hasRecord = true;
        m_curLine = m_recLine;
        if (m_unterminated) {
            m_problem = tr("Line %1: the quote opened on line %2 is never closed")
                            .arg(m_recLine)
                            .arg(m_quoteLine);
        } else if (m_tooLong) {
            m_problem = tr("Line %1: the record is longer than %2 characters")
                            .arg(m_recLine)
                            .arg(m_maxChars);
        } else if (m_decoder.hasError()
                   && QStringView(m_buf).mid(m_rawStart, m_rawEnd - m_rawStart).contains(QChar::ReplacementCharacter)) {
            m_problem = tr("Line %1: the text is not valid %2. Choose the file's encoding "
                           "in the import settings and try again.")
                            .arg(m_recLine)
                            .arg(m_decoder.encoding());
        }
        return Parse::Record;
    }
}

CsvReader::Scan CsvReader::scan(QStringList &fields)
{
    const auto *base = reinterpret_cast<const char16_t *>(m_buf.constData());
    const char16_t *p = base + m_pos;
    const char16_t *const end = base + m_buf.size();
    const char16_t d0 = m_delim0;
    const char16_t d1 = m_delim1;
    const bool twoChar = d1 != 0;
    const bool *special = m_special.data();

    auto needData = [&] {
        m_pos = p - base;
        return Scan::NeedData;
    };
    // Ends the record at p (a CR or LF) and steps over the line break.
    auto recordDone = [&] {
        endRecord(p - base);
        if (*p == u'\r')
            m_skipLf = true;
        ++m_line;
        ++p;
        m_state = State::RecordStart;
        m_pos = p - base;
        return Scan::Record;
    };

    for (;;) {
        switch (m_state) {
        case State::RecordStart: {
            if (p == end)
                return needData();
            const char16_t c = *p;
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n') {
                    ++p;
                    continue;
                }
            }
            if (c == u'\n') { // blank line
                ++m_line;
                ++p;
                continue;
            }
            if (c == u'\r') {
                ++m_line;
                m_skipLf = true;
                ++p;
                continue;
            }
            m_recStart = p - base;
            m_recLine = m_line;
            m_state = State::FieldStart;
            continue;
        }
        case State::FieldStart:
            if (p == end)
                return needData();
            m_fieldStart = p - base;
            m_fieldComplex = false;
            if (*p == u'"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            Q_FALLTHROUGH();
        case State::Unquoted: {
            char16_t c = 0;
            while (p < end) {
                c = *p;
                if (c < 128 ? special[c] : c == d0)
                    break;
                ++p;
            }
            if (p == end)
                return needData();
            if (c == d0) {
                if (twoChar) {
                    if (p + 1 == end) {
                        if (!m_eof)
                            return needData();
                        ++p;
                        continue;
                    }
                    if (p[1] != d1) {
                        ++p;
                        continue;
                    }
                    emitField(fields, p - base);
                    p += 2;
                } else {
                    emitField(fields, p - base);
                    ++p;
                }
                m_state = State::FieldStart;
                continue;
            }
            emitField(fields, p - base);
            return recordDone();
        }
        case State::Quoted: {
            char16_t c = 0;
            while (p < end) {
                c = *p;
                if (c == u'"' || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            if (p == end)
                return needData();
            if (c == u'\n') {
                ++m_line;
                ++p;
                continue;
            }
            if (c == u'\r') {
                if (p + 1 == end && !m_eof)
                    return needData();
                if (p + 1 == end || p[1] != u'\n')
                    ++m_line;
                ++p;
                continue;
            }
            // a quote: doubled, or the closing one
            if (p + 1 == end) {
                if (!m_eof)
                    return needData();
                ++p;
                m_state = State::AfterQuote;
                continue;
            }
            if (p[1] == u'"') {
                m_fieldComplex = true;
                p += 2;
                continue;
            }
            ++p;
            m_state = State::AfterQuote;
            continue;
        }
        case State::AfterQuote: {
            if (p == end)
                return needData();
            const char16_t c = *p;
            if (c == d0) {
                if (twoChar) {
                    if (p + 1 == end && !m_eof)
                        return needData();
                    if (p + 1 < end && p[1] == d1) {
                        emitField(fields, p - base);
                        p += 2;
                        m_state = State::FieldStart;
                        continue;
                    }
                } else {
                    emitField(fields, p - base);
                    ++p;
                    m_state = State::FieldStart;
                    continue;
                }
            }
            if (isLineBreak(c)) {
                emitField(fields, p - base);
                return recordDone();
            }
            // Text after the closing quote: keep it, like most spreadsheet programs.
            m_fieldComplex = true;
            m_state = State::Unquoted;
            continue;
        }
        }
    }
}

void CsvReader::finishAtEof(QStringList &fields)
{
    const qsizetype end = m_buf.size();
    switch (m_state) {
    case State::RecordStart:
        return;
    case State::FieldStart: // after a delimiter: one more, empty, field
        m_fieldStart = end;
        m_fieldComplex = false;
        emitField(fields, end);
        break;
    case State::Quoted:
        m_unterminated = true;
        m_fieldComplex = true;
        emitField(fields, end);
        break;
    case State::Unquoted:
    case State::AfterQuote:
        emitField(fields, end);
        break;
    }
    endRecord(end);
    m_state = State::RecordStart;
    m_pos = end;
}

void CsvReader::emitField(QStringList &fields, qsizetype end)
{
    const int index = m_fieldCount++;
    if (m_tooLong)
        return;
    const auto *s = reinterpret_cast<const char16_t *>(m_buf.constData()) + m_fieldStart;
    qsizetype len = end - m_fieldStart;
    if (m_fieldComplex) {
        const QString value = unquote(s, len);
        if (index < fields.size())
            fields[index] = value;
        else
            fields.append(value);
        return;
    }
    if (len >= 2 && s[0] == u'"') { // "text": closed quote, nothing to unescape
        ++s;
        len -= 2;
    }
    const auto *chars = reinterpret_cast<const QChar *>(s);
    if (index < fields.size())
        fields[index].setUnicode(chars, len);
    else
        fields.append(QString(chars, len));
}

void CsvReader::endRecord(qsizetype end)
{
    m_rawStart = m_recStart;
    m_rawEnd = end;
    if (!m_tooLong && m_rawEnd - m_rawStart > m_maxChars)
        markTooLong();
}

void CsvReader::markTooLong()
{
    m_tooLong = true;
    m_rawIsCopy = true;
    m_rawCopy = m_buf.mid(m_recStart, qsizetype(m_maxChars));
}

bool CsvReader::refill()
{
    if (!m_tooLong && m_state != State::RecordStart && m_buf.size() - m_recStart > m_maxChars)
        markTooLong();
    // Keep the record being parsed, unless it is already rejected as too long.
    const qsizetype keep = (m_state == State::RecordStart || m_tooLong) ? m_pos : m_recStart;
    if (keep > 0) {
        m_buf.remove(0, keep);
        m_pos -= keep;
        m_recStart -= keep;
        m_fieldStart -= keep;
    }
    const qint64 n = m_source.read(m_chunk.data(), m_chunk.size());
    if (n < 0) {
        m_error = tr("%1 Reading stopped at line %2.").arg(m_source.errorString()).arg(m_line);
        return false;
    }
    if (n == 0) {
        m_decoder.finish(m_buf);
        m_eof = true;
        return true;
    }
    m_decoder.decode(QByteArrayView(m_chunk.constData(), qsizetype(n)), m_buf);
    return true;
}

bool CsvReader::isBlankRecord() const
{
    const QChar *s = m_buf.constData();
    for (qsizetype i = m_rawStart; i < m_rawEnd; ++i) {
        if (s[i] != u' ' && s[i] != u'\t')
            return false;
    }
    return true;
}
