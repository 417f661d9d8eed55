#include "xlsxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {

/** Bytes of sheet XML collected before they are handed to the compressor. */
constexpr qsizetype FlushSize = 1024 * 1024;
/** Chunks of sheet XML that may wait for the compressor thread. */
constexpr size_t MaxQueuedChunks = 4;
/**
 * Deflate level of the sheets: level 1 is several times faster than the
 * default 6 and the files grow only moderately (sheet XML is repetitive).
 */
constexpr int SheetCompressionLevel = 1;
/** Integers with more digits lose precision in Excel, which keeps 15 significant digits. */
constexpr qint64 MaxExactInteger = 999999999999999LL;

const char XmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char MainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char RelationshipsNamespace[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool isAsciiHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isValidXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

/** @p text without the characters XML 1.0 cannot hold, cut to @p maxChars UTF-16 units. */
QString cleanText(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            if (out.size() + 2 > maxChars)
                break;
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || !isValidXmlChar(c.unicode()))
            continue;
        if (out.size() + 1 > maxChars)
            break;
        out.append(c);
    }
    return out;
}

/** Appends UTF-8 @p text, already cleaned, XML-escaped for element content or a quoted attribute. */
void appendEscapedUtf8(QByteArray &out, const char *data, qsizetype size)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char *replacement = nullptr;
        switch (data[i]) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        // A raw CR would become LF when the file is parsed; a character reference survives.
        case '\r': replacement = "&#13;"; break;
        default: continue;
        }
        out.append(data + start, i - start);
        out.append(replacement);
        start = i + 1;
    }
    out.append(data + start, size - start);
}

/** Appends @p text, already cleaned, XML-escaped for element content or a quoted attribute. */
void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscapedUtf8(out, utf8.constData(), utf8.size());
}

bool isHex4(QStringView text)
{
    return text.size() == 4 && std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiHexDigit(c); });
}

/**
 * Escapes text that looks like an OOXML character escape ("_x000D_"), which
 * readers would decode: its underscore becomes "_x005F_".
 */
QString protectEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            if (isHex4(QStringView(text).mid(i + 2, 4))) {
                out += QLatin1String("_x005F_");
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

/** Approximate display width of @p text in characters; East Asian wide characters count two. */
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        width += (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                                  || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                                  || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
                     ? 2
                     : 1;
    }
    return width;
}

/** One cell as it will be written. */
struct Cell
{
    enum class Kind { Empty, Text, Number, Boolean };
    Kind kind = Kind::Empty;
    QString text; ///< text, or the number's XML form, or "1"/"0"
};

QString formatDouble(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::floor(value) == value && std::fabs(value) <= double(MaxExactInteger))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Cell toCell(const QVariant &value)
{
    Cell cell;
    if (!value.isValid() || value.isNull())
        return cell;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        cell.kind = Cell::Kind::Boolean;
        cell.text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return cell;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar: {
        const qint64 n = value.toLongLong();
        cell.kind = n >= -MaxExactInteger && n <= MaxExactInteger ? Cell::Kind::Number : Cell::Kind::Text;
        cell.text = QString::number(n);
        return cell;
    }
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar: {
        const quint64 n = value.toULongLong();
        cell.kind = n <= quint64(MaxExactInteger) ? Cell::Kind::Number : Cell::Kind::Text;
        cell.text = QString::number(n);
        return cell;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            cell.kind = Cell::Kind::Text;
            cell.text = QString::number(d);
        } else {
            cell.kind = Cell::Kind::Number;
            cell.text = formatDouble(d);
        }
        return cell;
    }
    case QMetaType::QDate:
        cell.text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QDateTime:
        cell.text = value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        break;
    case QMetaType::QTime:
        cell.text = value.toTime().toString(QStringLiteral("HH:mm:ss"));
        break;
    default:
        cell.text = value.toString();
        break;
    }
    cell.text = protectEscapes(cleanText(cell.text, XlsxWriter::MaxCellChars));
    cell.kind = cell.text.isEmpty() ? Cell::Kind::Empty : Cell::Kind::Text;
    return cell;
}

/** Display width of a cell, for column sizing. */
int cellWidth(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return 0;
    case Cell::Kind::Boolean:
        return 5;
    default:
        return displayWidth(cell.text);
    }
}

QString sanitizeSheetName(QString name, const QStringList &used)
{
    static const QString invalid = QStringLiteral("[]:*?/\\");
    name = cleanText(name, name.size());
    for (QChar &c : name) {
        if (invalid.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = XlsxWriter::tr("Sheet %1").arg(used.size() + 1);
    auto cut = [](const QString &text, qsizetype max) {
        QString out = text.left(max);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        return out;
    };
    name = cut(name, XlsxWriter::MaxSheetNameChars);
    auto taken = [&used](const QString &candidate) {
        return std::any_of(used.cbegin(), used.cend(), [&candidate](const QString &other) {
            return other.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    const QString base = name;
    for (int n = 2; taken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = cut(base, XlsxWriter::MaxSheetNameChars - suffix.size()) + suffix;
    }
    return name;
}

/** Appends the XML number of a finite @p value: formatDouble() in bytes. */
void appendNumber(QByteArray &out, double value)
{
    if (value == 0.0) {
        out += '0';
    } else if (std::floor(value) == value && std::fabs(value) <= double(MaxExactInteger)) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, qint64(value)).ptr;
        out.append(digits, end - digits);
    } else {
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
}

/** Appends the start of a cell element: <c r="B12" (header cells styled). */
void appendCellStart(QByteArray &out, const QByteArray &column, const QByteArray &row, bool isHeader)
{
    out += "<c r=\"";
    out += column;
    out += row;
    out += isHeader ? "\" s=\"1\"" : "\"";
}

void appendCell(QByteArray &out, const QByteArray &column, const QByteArray &row, const Cell &cell, bool isHeader)
{
    if (cell.kind == Cell::Kind::Empty)
        return;
    appendCellStart(out, column, row, isHeader);
    switch (cell.kind) {
    case Cell::Kind::Number:
        out += "><v>" + cell.text.toLatin1() + "</v></c>";
        break;
    case Cell::Kind::Boolean:
        out += " t=\"b\"><v>" + cell.text.toLatin1() + "</v></c>";
        break;
    case Cell::Kind::Text: {
        const bool preserve = cell.text.front().isSpace() || cell.text.back().isSpace();
        out += preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>";
        appendEscaped(out, cell.text);
        out += "</t></is></c>";
        break;
    }
    case Cell::Kind::Empty:
        break;
    }
}

/**
 * Decodes the UTF-8 sequence at @p data[i] (a byte >= 0x80) into @p code and
 * advances @p i past it. False for malformed UTF-8, surrogates and code points
 * beyond U+10FFFF, which QString::fromUtf8() would replace.
 */
bool decodeUtf8(const unsigned char *data, qsizetype size, qsizetype &i, char32_t &code)
{
    const unsigned char lead = data[i];
    int extra;
    char32_t min;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        code = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        code = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        code = lead & 0x07;
        min = 0x10000;
    } else {
        return false;
    }
    if (i + extra >= size)
        return false;
    for (int k = 1; k <= extra; ++k) {
        const unsigned char c = data[i + k];
        if ((c & 0xC0) != 0x80)
            return false;
        code = (code << 6) | (c & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return false;
    i += extra + 1;
    return true;
}

/**
 * Appends a text cell for UTF-8 @p text that needs no cleaning: valid UTF-8
 * without characters XML cannot hold, no "_x" (a possible OOXML escape), at
 * most MaxCellChars UTF-16 units. Returns false, leaving @p out unchanged, for
 * any other text, which the QString path handles.
 */
bool appendPlainTextCell(QByteArray &out, const QByteArray &column, const QByteArray &row, QByteArrayView text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype units = 0;
    char32_t first = 0;
    char32_t last = 0;
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        char32_t code = c;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return false;
            if (c == '_' && i + 1 < size && data[i + 1] == 'x')
                return false;
            ++i;
            ++units;
        } else {
            if (!decodeUtf8(data, size, i, code) || code == 0xFFFE || code == 0xFFFF)
                return false;
            units += code >= 0x10000 ? 2 : 1;
        }
        if (units == 1)
            first = code;
        last = code;
    }
    if (units == 0 || units > XlsxWriter::MaxCellChars)
        return false;
    // Written through a raw pointer: the cell's markup and every byte escaped (at most "&quot;") fit.
    const qsizetype start = out.size();
    out.resize(start + 64 + column.size() + row.size() + 6 * size);
    char *p = out.data() + start;
    auto put = [&p](const char *bytes, size_t count) {
        std::memcpy(p, bytes, count);
        p += count;
    };
    put("<c r=\"", 6);
    put(column.constData(), size_t(column.size()));
    put(row.constData(), size_t(row.size()));
    static const char Open[] = "\" t=\"inlineStr\"><is><t>";
    static const char OpenPreserve[] = "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">";
    if (QChar::isSpace(first) || QChar::isSpace(last))
        put(OpenPreserve, sizeof OpenPreserve - 1);
    else
        put(Open, sizeof Open - 1);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = char(data[i]);
        switch (c) {
        case '&': put("&amp;", 5); break;
        case '<': put("&lt;", 4); break;
        case '>': put("&gt;", 4); break;
        case '"': put("&quot;", 6); break;
        case '\r': put("&#13;", 5); break;
        default: *p++ = c; break;
        }
    }
    put("</t></is></c>", 13);
    out.resize(p - out.constData());
    return true;
}

/**
 * Deflates sheet XML on a second thread: the writer queues chunks with push()
 * and builds the next one while this thread compresses and writes. The entry
 * is used only by this thread between start() and finish() / abort().
 */
class Compressor
{
public:
    ~Compressor() { abort(); }

    void start(QuaZipFile *entry)
    {
        abort();
        m_entry = entry;
        m_stop = false;
        m_abort = false;
        m_failed = false;
        m_thread = std::thread([this] { run(); });
    }

    bool isRunning() const { return m_thread.joinable(); }

    /** Queues @p chunk and gives back an empty buffer in it; false once a write failed. */
    bool push(QByteArray &chunk)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [this] { return m_queue.size() < MaxQueuedChunks || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(chunk));
        if (!m_free.empty()) {
            chunk = std::move(m_free.back());
            m_free.pop_back();
        } else {
            chunk = QByteArray();
            chunk.reserve(FlushSize + FlushSize / 4);
        }
        lock.unlock();
        m_wake.notify_one();
        return true;
    }

    /** Writes what is queued and stops the thread; false when a write failed. */
    bool finish()
    {
        if (!m_thread.joinable())
            return !m_failed;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        return !m_failed;
    }

    /** Stops the thread, dropping what is queued. */
    void abort()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_abort = true;
        }
        m_wake.notify_one();
        m_thread.join();
        m_queue.clear();
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stop || m_abort; });
            if (m_abort || m_queue.empty())
                return;
            QByteArray chunk = std::move(m_queue.front());
            m_queue.pop_front();
            const bool skip = m_failed;
            lock.unlock();
            const bool ok = skip || m_entry->write(chunk) == chunk.size();
            chunk.resize(0); // keeps the capacity for reuse
            lock.lock();
            if (!ok)
                m_failed = true;
            if (m_free.size() < MaxQueuedChunks)
                m_free.push_back(std::move(chunk));
            m_done.notify_all();
        }
    }

    QuaZipFile *m_entry = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake; ///< the thread waits for chunks
    std::condition_variable m_done; ///< push() waits for room in the queue
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_free;
    bool m_stop = false;
    bool m_abort = false;
    bool m_failed = false;
};

} // namespace

struct XlsxWriter::Private
{
    // Declaration order matters: the entry closes before the zip, the zip before the file.
    QSaveFile file;
    QString name; ///< path for messages
    QuaZip zip;
    QuaZipFile entry{&zip};
    Compressor compressor; ///< writes the current sheet's entry while it is open
    bool isOpen = false;
    bool failed = false;
    QString error;

    QStringList sheets;
    // Current sheet
    bool inSheet = false;
    bool sheetStarted = false; ///< the XML before <sheetData> is written
    QList<Cell> header;
    QList<QList<Cell>> sample; ///< rows held back until the columns are sized
    qint64 rows = 0;           ///< rows of the current sheet, header included
    QByteArray buffer;
    QList<QByteArray> columnNames; ///< "A", "B"... cached for the cell references
    // Row started by beginRow()
    bool rowOpen = false;
    int rowColumn = 0;         ///< index of the next cell
    QByteArray rowNumber;
    QList<Cell> pendingRow;    ///< the row's cells while the columns are still being sized

    const QByteArray &columnRef(int column)
    {
        while (columnNames.size() <= column)
            columnNames.append(columnName(int(columnNames.size())).toLatin1());
        return columnNames.at(column);
    }

    bool writeFailed()
    {
        return fail(tr("Cannot write %1: %2 (zip error %3). Check the free disk space.")
                        .arg(name, file.errorString())
                        .arg(entry.getZipError()));
    }

    bool fail(const QString &message)
    {
        if (!failed) {
            failed = true;
            error = message;
        }
        compressor.abort();
        rowOpen = false;
        if (entry.isOpen())
            entry.close();
        if (zip.isOpen())
            zip.close();
        discardFile();
        isOpen = false;
        return false;
    }

    /** Removes the temporary file; the file at the target path stays as it was. */
    void discardFile()
    {
        if (file.isOpen()) {
            file.cancelWriting();
            file.commit(); // after cancelWriting() this only removes the temporary file
        }
    }

    bool writeEntry(const QString &part, const QByteArray &data)
    {
        return openEntry(part) && writeToEntry(data) && closeEntry();
    }

    bool openEntry(const QString &part, int level = Z_DEFAULT_COMPRESSION)
    {
        QuaZipNewInfo info(part);
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, level)) {
            return fail(tr("Cannot write %1: %2 (zip error %3).")
                            .arg(name, file.errorString())
                            .arg(entry.getZipError()));
        }
        return true;
    }

    bool writeToEntry(const QByteArray &data)
    {
        if (entry.write(data) != data.size())
            return writeFailed();
        return true;
    }

    bool closeEntry()
    {
        entry.close();
        if (entry.getZipError() != ZIP_OK) {
            return fail(tr("Cannot write %1: %2 (zip error %3). Check the free disk space.")
                            .arg(name, file.errorString())
                            .arg(entry.getZipError()));
        }
        return true;
    }

    bool flushBuffer(bool force)
    {
        if (buffer.isEmpty() || (!force && buffer.size() < FlushSize))
            return true;
        if (compressor.isRunning())
            return compressor.push(buffer) || writeFailed();
        const bool ok = writeToEntry(buffer);
        buffer.resize(0);
        return ok;
    }

    void appendRow(qint64 number, const QList<Cell> &cells, bool isHeader)
    {
        const QByteArray rowRef = QByteArray::number(number);
        buffer += "<row r=\"" + rowRef + "\">";
        for (qsizetype i = 0; i < cells.size(); ++i)
            appendCell(buffer, columnRef(int(i)), rowRef, cells.at(i), isHeader);
        buffer += "</row>\n";
    }

    /** Adds a finished row of cells: held back while the columns are sized, else written. */
    bool addCells(const QList<Cell> &row)
    {
        ++rows;
        if (!sheetStarted) {
            sample.append(row);
            if (sample.size() < ColumnSampleRows)
                return true;
            return startSheet();
        }
        appendRow(rows, row, false);
        return flushBuffer(false);
    }

    /** Writes the sheet XML up to <sheetData>, sizing the columns from the header and the sample. */
    bool startSheet()
    {
        QList<int> widths;
        auto measure = [&widths](const QList<Cell> &cells, int extra) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], cellWidth(cells.at(i)) + extra);
            }
        };
        measure(header, 2); // bold text is wider
        for (const QList<Cell> &row : std::as_const(sample))
            measure(row, 0);

        buffer += XmlDeclaration;
        buffer += QByteArray("<worksheet xmlns=\"") + MainNamespace + "\" xmlns:r=\"" + RelationshipsNamespace + "\">";
        buffer += "<sheetViews><sheetView workbookViewId=\"0\"";
        if (sheets.size() == 1)
            buffer += " tabSelected=\"1\"";
        if (!header.isEmpty()) {
            buffer += "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                      "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView>";
        } else {
            buffer += "/>";
        }
        buffer += "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
        if (!widths.isEmpty()) {
            buffer += "<cols>";
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const double width = std::clamp(widths.at(i) * 1.1 + 2.0, 8.0, 60.0);
                const QByteArray n = QByteArray::number(i + 1);
                buffer += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + QByteArray::number(width, 'f', 2)
                          + "\" customWidth=\"1\"/>";
            }
            buffer += "</cols>";
        }
        buffer += "<sheetData>\n";
        sheetStarted = true;

        qint64 number = 0;
        if (!header.isEmpty())
            appendRow(++number, header, true);
        for (const QList<Cell> &row : std::as_const(sample)) {
            appendRow(++number, row, false);
            if (!flushBuffer(false))
                return false;
        }
        sample.clear();
        return flushBuffer(false);
    }

    bool finishSheet()
    {
        if (!inSheet)
            return true;
        if (!sheetStarted && !startSheet())
            return false;
        buffer += "</sheetData>"
                  "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                  "</worksheet>\n";
        if (!flushBuffer(true))
            return false;
        if (!compressor.finish())
            return writeFailed();
        if (!closeEntry())
            return false;
        inSheet = false;
        return true;
    }

    /** Checks that a cell may be added to the row started by beginRow(). */
    bool beginCell()
    {
        if (failed)
            return false;
        if (!rowOpen)
            return fail(tr("Cannot add a cell: no row was started with beginRow()."));
        if (rowColumn >= MaxColumns) {
            return fail(tr("Cannot write %1: a row has more cells than the %2 columns of a sheet.")
                            .arg(name)
                            .arg(MaxColumns));
        }
        return true;
    }

    bool writePackageParts();
};

bool XlsxWriter::Private::writePackageParts()
{
    const qsizetype count = sheets.size();

    QByteArray types = XmlDeclaration;
    types += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (qsizetype i = 0; i < count; ++i) {
        types += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i + 1)
                 + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    types += "<Override PartName=\"/xl/styles.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/docProps/core.xml\" "
             "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
             "<Override PartName=\"/docProps/app.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
             "</Types>\n";

    QByteArray packageRels = XmlDeclaration;
    packageRels +=
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
        "Target=\"docProps/app.xml\"/>"
        "</Relationships>\n";

    const QByteArray now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
    QByteArray core = XmlDeclaration;
    core += "<cp:coreProperties "
            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<dc:creator>Tailor</dc:creator>"
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:modified>"
            "</cp:coreProperties>\n";

    QByteArray app = XmlDeclaration;
    app += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
           "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
           "<Application>Tailor</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
           "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">"
           "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
           "<vt:variant><vt:i4>" + QByteArray::number(count) + "</vt:i4></vt:variant>"
           "</vt:vector></HeadingPairs>"
           "<TitlesOfParts><vt:vector size=\"" + QByteArray::number(count) + "\" baseType=\"lpstr\">";
    for (const QString &sheet : std::as_const(sheets)) {
        app += "<vt:lpstr>";
        appendEscaped(app, sheet);
        app += "</vt:lpstr>";
    }
    app += "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
           "<HyperlinksChanged>false</HyperlinksChanged></Properties>\n";

    QByteArray workbook = XmlDeclaration;
    workbook += QByteArray("<workbook xmlns=\"") + MainNamespace + "\" xmlns:r=\"" + RelationshipsNamespace + "\">"
                "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"";
        appendEscaped(workbook, sheets.at(i));
        workbook += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    }
    workbook += "</sheets></workbook>\n";

    QByteArray workbookRels = XmlDeclaration;
    workbookRels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbookRels += "<Relationship Id=\"rId" + n
                        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                          "Target=\"worksheets/sheet" + n + ".xml\"/>";
    }
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(count + 1)
                    + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                      "Target=\"styles.xml\"/></Relationships>\n";

    // Style 0: the default. Style 1: the header, bold white text on dark blue with a bottom border.
    QByteArray styles = XmlDeclaration;
    styles += QByteArray("<styleSheet xmlns=\"") + MainNamespace + "\">"
              "<fonts count=\"2\">"
              "<font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
              "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
              "</fonts>"
              "<fills count=\"3\">"
              "<fill><patternFill patternType=\"none\"/></fill>"
              "<fill><patternFill patternType=\"gray125\"/></fill>"
              "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF2F5597\"/><bgColor indexed=\"64\"/>"
              "</patternFill></fill>"
              "</fills>"
              "<borders count=\"2\">"
              "<border><left/><right/><top/><bottom/><diagonal/></border>"
              "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF1F3864\"/></bottom><diagonal/>"
              "</border>"
              "</borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"2\">"
              "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
              "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
              "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
              "</cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
              "<dxfs count=\"0\"/><tableStyles count=\"0\"/>"
              "</styleSheet>\n";

    return writeEntry(QStringLiteral("[Content_Types].xml"), types)
           && writeEntry(QStringLiteral("_rels/.rels"), packageRels)
           && writeEntry(QStringLiteral("docProps/app.xml"), app)
           && writeEntry(QStringLiteral("docProps/core.xml"), core)
           && writeEntry(QStringLiteral("xl/workbook.xml"), workbook)
           && writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels)
           && writeEntry(QStringLiteral("xl/styles.xml"), styles);
}

XlsxWriter::XlsxWriter() : m_d(std::make_unique<Private>()) {}

XlsxWriter::~XlsxWriter()
{
    if (m_d->isOpen)
        cancel();
}

bool XlsxWriter::open(const QString &path)
{
    Private &d = *m_d;
    if (d.isOpen)
        cancel();
    d.failed = false;
    d.error.clear();
    d.sheets.clear();
    d.inSheet = false;
    d.name = QDir::toNativeSeparators(path);
    d.file.setFileName(path);
    if (!d.file.open(QIODevice::WriteOnly))
        return d.fail(tr("Cannot create %1: %2").arg(d.name, d.file.errorString()));
    d.zip.setIoDevice(&d.file);
    // QSaveFile must not be closed through QIODevice; commit() happens in close().
    d.zip.setAutoClose(false);
    // The file is seekable: sizes go into the local headers, which every reader understands.
    d.zip.setDataDescriptorWritingEnabled(false);
    if (!d.zip.open(QuaZip::mdCreate))
        return d.fail(tr("Cannot create %1 (zip error %2).").arg(d.name).arg(d.zip.getZipError()));
    d.isOpen = true;
    return true;
}

bool XlsxWriter::addSheet(const QString &name, const QStringList &header)
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.isOpen)
        return d.fail(tr("Cannot add a sheet: the workbook is not open."));
    if (header.size() > MaxColumns) {
        return d.fail(tr("Cannot write %1: the header has %2 columns, more than the %3 of a sheet.")
                          .arg(d.name)
                          .arg(header.size())
                          .arg(MaxColumns));
    }
    if (d.rowOpen)
        return d.fail(tr("Cannot add a sheet: the row started with beginRow() was not finished."));
    if (!d.finishSheet())
        return false;
    d.sheets.append(sanitizeSheetName(name, d.sheets));
    d.header.clear();
    for (const QString &column : header)
        d.header.append(toCell(column));
    // An all-empty header is no header.
    if (std::all_of(d.header.cbegin(), d.header.cend(), [](const Cell &c) { return c.kind == Cell::Kind::Empty; }))
        d.header.clear();
    d.sample.clear();
    d.rows = d.header.isEmpty() ? 0 : 1;
    d.sheetStarted = false;
    d.rowOpen = false;
    d.buffer.resize(0);
    d.buffer.reserve(FlushSize + FlushSize / 4);
    if (!d.openEntry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(d.sheets.size()), SheetCompressionLevel))
        return false;
    d.compressor.start(&d.entry);
    d.inSheet = true;
    return true;
}

bool XlsxWriter::addRow(const QVariantList &cells)
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.isOpen || !d.inSheet)
        return d.fail(tr("Cannot add a row: no sheet was added to the workbook."));
    if (d.rows >= MaxRows) {
        return d.fail(tr("Cannot write %1: the sheet \"%2\" would exceed %3 rows, the most a sheet holds.")
                          .arg(d.name, d.sheets.constLast())
                          .arg(MaxRows));
    }
    if (cells.size() > MaxColumns) {
        return d.fail(tr("Cannot write %1: a row has %2 cells, more than the %3 columns of a sheet.")
                          .arg(d.name)
                          .arg(cells.size())
                          .arg(MaxColumns));
    }
    if (d.rowOpen)
        return d.fail(tr("Cannot add a row: the row started with beginRow() was not finished."));
    QList<Cell> row;
    row.reserve(cells.size());
    for (const QVariant &value : cells)
        row.append(toCell(value));
    return d.addCells(row);
}

bool XlsxWriter::beginRow()
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.isOpen || !d.inSheet)
        return d.fail(tr("Cannot add a row: no sheet was added to the workbook."));
    if (d.rowOpen)
        return d.fail(tr("Cannot add a row: the row started with beginRow() was not finished."));
    if (d.rows >= MaxRows) {
        return d.fail(tr("Cannot write %1: the sheet \"%2\" would exceed %3 rows, the most a sheet holds.")
                          .arg(d.name, d.sheets.constLast())
                          .arg(MaxRows));
    }
    d.rowOpen = true;
    d.rowColumn = 0;
    if (d.sheetStarted) {
        d.rowNumber = QByteArray::number(d.rows + 1);
        d.buffer += "<row r=\"";
        d.buffer += d.rowNumber;
        d.buffer += "\">";
    } else {
        d.pendingRow.clear();
    }
    return true;
}

bool XlsxWriter::addTextCell(QByteArrayView utf8)
{
    Private &d = *m_d;
    if (!d.beginCell())
        return false;
    const int column = d.rowColumn++;
    if (!d.sheetStarted) {
        d.pendingRow.append(toCell(QString::fromUtf8(utf8)));
        return true;
    }
    if (utf8.isEmpty())
        return true;
    const QByteArray &columnRef = d.columnRef(column);
    if (!appendPlainTextCell(d.buffer, columnRef, d.rowNumber, utf8))
        appendCell(d.buffer, columnRef, d.rowNumber, toCell(QString::fromUtf8(utf8)), false);
    return true;
}

bool XlsxWriter::addNumberCell(double value)
{
    Private &d = *m_d;
    if (!d.beginCell())
        return false;
    const int column = d.rowColumn++;
    if (!d.sheetStarted || !std::isfinite(value)) {
        Cell cell = toCell(QVariant(value));
        if (d.sheetStarted)
            appendCell(d.buffer, d.columnRef(column), d.rowNumber, cell, false);
        else
            d.pendingRow.append(std::move(cell));
        return true;
    }
    appendCellStart(d.buffer, d.columnRef(column), d.rowNumber, false);
    d.buffer += "><v>";
    appendNumber(d.buffer, value);
    d.buffer += "</v></c>";
    return true;
}

bool XlsxWriter::addEmptyCell()
{
    Private &d = *m_d;
    if (!d.beginCell())
        return false;
    ++d.rowColumn;
    if (!d.sheetStarted)
        d.pendingRow.append(Cell());
    return true;
}

bool XlsxWriter::endRow()
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.rowOpen)
        return d.fail(tr("Cannot finish a row: no row was started with beginRow()."));
    d.rowOpen = false;
    if (!d.sheetStarted)
        return d.addCells(d.pendingRow);
    d.buffer += "</row>\n";
    ++d.rows;
    return d.flushBuffer(false);
}

bool XlsxWriter::close()
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.isOpen)
        return d.fail(tr("Cannot save the workbook: it is not open."));
    if (d.rowOpen)
        return d.fail(tr("Cannot save %1: the row started with beginRow() was not finished.").arg(d.name));
    if (d.sheets.isEmpty() && !addSheet(QString(), {}))
        return false;
    if (!d.finishSheet() || !d.writePackageParts())
        return false;
    d.zip.close();
    if (d.zip.getZipError() != ZIP_OK) {
        return d.fail(tr("Cannot write %1: %2 (zip error %3). Check the free disk space.")
                          .arg(d.name, d.file.errorString())
                          .arg(d.zip.getZipError()));
    }
    if (!d.file.commit()) {
        d.isOpen = false;
        d.failed = true;
        d.error = tr("Cannot save %1: %2").arg(d.name, d.file.errorString());
        return false;
    }
    d.isOpen = false;
    return true;
}

void XlsxWriter::cancel()
{
    Private &d = *m_d;
    d.compressor.abort();
    d.rowOpen = false;
    if (d.entry.isOpen())
        d.entry.close();
    if (d.zip.isOpen())
        d.zip.close();
    d.discardFile();
    d.isOpen = false;
    d.inSheet = false;
}

bool XlsxWriter::isOpen() const
{
    return m_d->isOpen;
}

QStringList XlsxWriter::sheetNames() const
{
    return m_d->sheets;
}

qint64 XlsxWriter::rowCount() const
{
    return m_d->rows;
}

QString XlsxWriter::errorString() const
{
    return m_d->error;
}
