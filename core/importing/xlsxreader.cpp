#include "xlsxreader.h"

#include "importing/csvreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

/** Inflated bytes handed to the XML parser per step. */
constexpr qint64 ReadChunkSize = 64 * 1024;
/** Styles beyond this many cell formats are ignored (Excel allows 64000). */
constexpr qsizetype MaxCellFormats = 1 << 20;

QString megabytes(qint64 bytes)
{
    return QString::number(std::round(double(bytes) / (1024.0 * 1024.0) * 10.0) / 10.0);
}

/**
 * Streams one part (zip entry) of a workbook through a QXmlStreamReader, a
 * chunk at a time, counting the inflated bytes against a limit.
 */
class PartReader
{
public:
    enum class Failure { None, Missing, Encrypted, TooBig, Zip, Xml };

    explicit PartReader(QuaZip *zip) : m_zip(zip), m_file(zip) {}
    ~PartReader()
    {
        if (m_file.isOpen())
            m_file.close();
    }
    PartReader(const PartReader &) = delete;
    PartReader &operator=(const PartReader &) = delete;

    /** Opens @p part (case-insensitive name). The part must inflate to at most @p limit bytes. */
    bool open(const QString &part, qint64 limit)
    {
        m_part = part;
        m_limit = limit;
        if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
            return fail(Failure::Missing);
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return fail(Failure::Zip, m_zip->getZipError());
        m_size = info.uncompressedSize > quint64(std::numeric_limits<qint64>::max())
                     ? std::numeric_limits<qint64>::max()
                     : qint64(info.uncompressedSize);
        if (m_size > limit)
            return fail(Failure::TooBig);
        if (info.isEncrypted())
            return fail(Failure::Encrypted);
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(Failure::Zip, m_file.getZipError());
        m_chunk.resize(ReadChunkSize);
        return true;
    }

    /**
     * Reads the next XML token. Returns false at the end of the document or on a
     * failure (failure() tells which).
     */
    bool readNext()
    {
        if (m_failure != Failure::None)
            return false;
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (!m_xml.hasError()) {
                switch (token) {
                case QXmlStreamReader::StartElement:
                    ++m_depth;
                    break;
                case QXmlStreamReader::EndElement:
                    if (--m_depth == 0)
                        m_rootClosed = true;
                    break;
                case QXmlStreamReader::DTD:
                    // Workbook parts never declare a DTD; refusing it rules out entity expansion tricks.
                    m_xmlMessage = XlsxReader::tr("a document type declaration is not allowed");
                    return fail(Failure::Xml);
                case QXmlStreamReader::EndDocument:
                    return false;
                default:
                    break;
                }
                return true;
            }
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (!m_eof) {
                    if (!refill())
                        return false;
                    continue;
                }
                if (m_rootClosed)
                    return false; // all data parsed
            }
            m_xmlMessage = m_xml.errorString();
            if (m_xmlMessage.endsWith(QLatin1Char('.')))
                m_xmlMessage.chop(1);
            return fail(Failure::Xml);
        }
    }

    /** Skips the rest of the element whose start tag was just read. */
    bool skipElement()
    {
        int depth = 1;
        while (depth > 0) {
            if (!readNext()) {
                if (m_failure == Failure::None) {
                    m_xmlMessage = XlsxReader::tr("the XML ends inside an element");
                    fail(Failure::Xml);
                }
                return false;
            }
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement())
                --depth;
        }
        return true;
    }

    QXmlStreamReader &xml() { return m_xml; }
    Failure failure() const { return m_failure; }
    bool failed() const { return m_failure != Failure::None; }
    qint64 inflated() const { return m_inflated; }
    qint64 size() const { return m_size; }
    qint64 limit() const { return m_limit; }
    const QString &part() const { return m_part; }

    /** Why the part cannot be read, as the end of a sentence naming the part in @p what. */
    QString describe(const QString &what) const
    {
        switch (m_failure) {
        case Failure::None:
            return {};
        case Failure::Missing:
            return XlsxReader::tr("%1 (%2) is missing from the workbook.").arg(what, m_part);
        case Failure::Encrypted:
            return XlsxReader::tr("%1 is encrypted. Remove the password in Excel and save the workbook again.")
                .arg(what);
        case Failure::TooBig:
            if (m_size > m_limit) {
                return XlsxReader::tr("%1 inflates to %2 MB, past the limit of %3 MB. The file may be a zip "
                                      "bomb; if it is genuine, raise the limit.")
                    .arg(what, megabytes(m_size), megabytes(m_limit));
            }
            return XlsxReader::tr("%1 inflates past the limit of %2 MB although the zip directory gives %3 "
                                  "MB. The file may be a zip bomb.")
                .arg(what, megabytes(m_limit), megabytes(m_size));
        case Failure::Zip:
            return XlsxReader::tr("%1 is damaged (zip error %2). Save or download the workbook again.")
                .arg(what)
                .arg(m_zipError);
        case Failure::Xml:
            return XlsxReader::tr("%1 is not well-formed XML: %2 (line %3, column %4 of %5).")
                .arg(what, m_xmlMessage)
                .arg(m_xml.lineNumber())
                .arg(m_xml.columnNumber())
                .arg(m_part);
        }
        return {};
    }

private:
    bool fail(Failure failure, int zipError = 0)
    {
        m_failure = failure;
        m_zipError = zipError;
        return false;
    }

    bool refill()
    {
        const qint64 n = m_file.read(m_chunk.data(), m_chunk.size());
        if (n < 0)
            return fail(Failure::Zip, m_file.getZipError());
        if (n == 0) {
            m_eof = true;
            m_file.close(); // checks the CRC of the whole part
            if (m_file.getZipError() != UNZ_OK)
                return fail(Failure::Zip, m_file.getZipError());
            return true;
        }
        m_inflated += n;
        if (m_inflated > m_limit)
            return fail(Failure::TooBig);
        m_xml.addData(QByteArray(m_chunk.constData(), n));
        return true;
    }

    QuaZip *m_zip;
    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    QString m_part;
    QString m_xmlMessage;
    qint64 m_limit = 0;
    qint64 m_size = 0;
    qint64 m_inflated = 0;
    int m_depth = 0;
    int m_zipError = 0;
    bool m_eof = false;
    bool m_rootClosed = false;
    Failure m_failure = Failure::None;
};

/** The attribute named @p name in no namespace, or a null view. */
QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &attr : attributes) {
        if (attr.namespaceUri().isEmpty() && attr.name() == name)
            return attr.value();
    }
    return {};
}

/** The relationship id of a <sheet> (r:id, whatever the prefix). */
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attr : attributes) {
        if (!attr.namespaceUri().isEmpty() && attr.name() == u"id")
            return attr.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

/** Resolves a relationship target against the folder of the part that holds it. */
QString resolveTarget(const QString &sourcePart, QStringView target)
{
    QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    decoded.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QString joined;
    if (decoded.startsWith(QLatin1Char('/'))) {
        joined = decoded.mid(1);
    } else {
        const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
        joined = (slash >= 0 ? sourcePart.left(slash + 1) : QString()) + decoded;
    }
    QStringList out;
    const QStringList segments = joined.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(segment);
    }
    return out.join(QLatin1Char('/'));
}

/** The relationships part of @p part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

bool isAsciiHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

/** Decodes the _xHHHH_ escapes of OOXML strings (ST_Xstring): "_x000D_" is a CR, "_x005F_" a "_". */
QString decodeXString(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            const QStringView hex = QStringView(text).mid(i + 2, 4);
            if (std::all_of(hex.begin(), hex.end(), isAsciiHexDigit)) {
                out.append(QChar(hex.toUShort(nullptr, 16)));
                i += 7;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

/** 0-based column of a cell reference such as "C5" (-1 when there are no letters or too many). */
int columnOfReference(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.unicode();
        int value;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A' + 1;
        else if (u >= u'a' && u <= u'z')
            value = u - u'a' + 1;
        else if (u == u'$' && letters == 0)
            continue;
        else
            break;
        if (++letters > 3)
            return XlsxReader::MaxColumns; // beyond XFD
        column = column * 26 + value;
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

/** Built-in number formats that show dates or times (including the East Asian ones). */
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** True when a custom number format code has d, m, y or h codes outside quotes and brackets. */
bool isDateFormatCode(QStringView code)
{
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        switch (c) {
        case u'"':
            quoted = true;
            break;
        case u'\\': // literal next character
        case u'_':  // space as wide as the next character
        case u'*':  // repeat the next character
            ++i;
            break;
        case u'[': {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                return false;
            i = close;
            break;
        }
        case u'd': case u'D':
        case u'm': case u'M':
        case u'y': case u'Y':
        case u'h': case u'H':
            return true;
        default:
            break;
        }
    }
    return false;
}

/** Shortest text of a number; integers without a fraction. */
QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/** ISO text of an Excel date serial, or a null string when it is not a valid date. */
QString formatSerialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0.0 || serial >= 2958466.0) // past 9999-12-31
        return {};
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const int seconds = int(totalSeconds % 86400);
    const QString time = QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return time; // a time of day (Excel would show the date as 1900-01-00)
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    } else {
        // Serials 1-59 count from 1900-01-01; later ones are one too high because of the phantom leap day.
        date = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).toString(Qt::ISODate);
    }
    return seconds == 0 ? date : date + QLatin1Char(' ') + time;
}

/** One row of cells as it is parsed. */
struct Row
{
    qint64 number = 0;
    QStringList cells;     ///< values up to the last non-empty one
    QList<bool> numeric;   ///< per cell: a number or date cell
    QString problem;
    qint64 chars = 0;
    bool tooLong = false;

    void clear()
    {
        number = 0;
        cells.clear();
        numeric.clear();
        problem.clear();
        chars = 0;
        tooLong = false;
    }

    bool isBlank() const
    {
        if (tooLong || !problem.isEmpty())
            return false;
        return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
    }
};

struct Relationship
{
    QString type;
    QString target; ///< resolved part name
};

} // namespace

struct XlsxReader::Private
{
    enum class Read { Row, End, Error };

    QString path;
    QString name; ///< path for messages
    qint64 fileSize = 0;
    qint64 maxInflated = 0;
    qint64 maxChars = 0;
    QuaZip zip;

    // Workbook
    QString workbookPart;
    QStringList sheetNames;
    QStringList sheetParts;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;

    QStringList sharedStrings;
    std::vector<bool> dateStyles;

    // Sheet
    QString sheet;
    std::unique_ptr<PartReader> sheetReader;
    bool inSheetData = false;
    qint64 lastRowNumber = 0;
    bool atEnd = false;

    DetectedSettings settings;
    QStringList header;

    // The record last returned by next().
    Row row;
    qint64 currentLine = 0;
    QString currentProblem;
    QString currentRaw;
    bool hasPending = false;

    QString error;

    bool openWorkbook(const QString &filePath, qint64 limit, QString *message);
    bool readRelationships(const QString &part, QHash<QString, Relationship> *relationships, QString *message);
    bool readWorkbook(QString *message);
    bool readStyles(QString *message);
    bool readSharedStrings(QString *message);
    bool openSheet(int index, QString *message);
    Read readRow(Row &row);
    bool readCell(Row &row, int *nextColumn);
    bool failRow(const QString &reason);
    void deliver(const Row &source, QStringList &fields);
};

bool XlsxReader::Private::openWorkbook(const QString &filePath, qint64 limit, QString *message)
{
    path = filePath;
    name = QDir::toNativeSeparators(filePath);
    maxInflated = std::max<qint64>(limit, 1);

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    fileSize = file.size();
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.isEmpty()) {
        *message = tr("%1 is empty").arg(name);
        return false;
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        *message = tr("%1 is not an XLSX workbook: it is an old Excel (.xls) or a password-protected "
                      "workbook. Open it in Excel and save it as an unprotected .xlsx workbook.")
                       .arg(name);
        return false;
    }
    if (!magic.startsWith("PK")) {
        *message = tr("%1 is not an XLSX workbook (it is not a zip archive). If it is a text file, give it "
                      "the .csv extension.")
                       .arg(name);
        return false;
    }
    zip.setZipName(filePath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *message = tr("%1 is damaged or incomplete: its zip directory cannot be read (zip error %2). Save or "
                      "download the workbook again.")
                       .arg(name)
                       .arg(zip.getZipError());
        return false;
    }

    // The package relationships name the workbook part; nearly always xl/workbook.xml.
    workbookPart = QStringLiteral("xl/workbook.xml");
    QHash<QString, Relationship> packageRels;
    if (readRelationships(QStringLiteral("_rels/.rels"), &packageRels, message)) {
        for (const Relationship &rel : std::as_const(packageRels)) {
            if (rel.type.endsWith(QLatin1String("/officeDocument"))) {
                workbookPart = rel.target;
                break;
            }
        }
    } else if (!message->isEmpty()) {
        return false;
    }
    if (!readWorkbook(message))
        return false;
    if (sheetNames.isEmpty()) {
        *message = tr("%1 is not a usable XLSX workbook: it has no sheets.").arg(name);
        return false;
    }
    return true;
}

/**
 * Reads the relationships part @p part. Returns false with an empty @p message
 * when the part does not exist, false with a message when it is damaged.
 */
bool XlsxReader::Private::readRelationships(const QString &part, QHash<QString, Relationship> *relationships,
                                            QString *message)
{
    message->clear();
    PartReader reader(&zip);
    if (!reader.open(part, maxInflated)) {
        if (reader.failure() != PartReader::Failure::Missing)
            *message = tr("%1: %2").arg(name, reader.describe(tr("The part %1").arg(part)));
        return false;
    }
    // Targets are relative to the folder of the source part: "xl/_rels/workbook.xml.rels" -> "xl/".
    QString source = part;
    source.remove(QLatin1String("_rels/"));
    if (source.endsWith(QLatin1String(".rels")))
        source.chop(5);
    QXmlStreamReader &xml = reader.xml();
    while (reader.readNext()) {
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attribute(attrs, QLatin1StringView("TargetMode")) == u"External")
            continue;
        Relationship rel;
        rel.type = attribute(attrs, QLatin1StringView("Type")).toString();
        rel.target = resolveTarget(source, attribute(attrs, QLatin1StringView("Target")));
        relationships->insert(attribute(attrs, QLatin1StringView("Id")).toString(), rel);
    }
    if (reader.failed()) {
        *message = tr("%1: %2").arg(name, reader.describe(tr("The part %1").arg(part)));
        return false;
    }
    return true;
}

bool XlsxReader::Private::readWorkbook(QString *message)
{
    QStringList ids;
    {
        PartReader reader(&zip);
        if (!reader.open(workbookPart, maxInflated)) {
            if (reader.failure() == PartReader::Failure::Missing)
                *message = tr("%1 is not an XLSX workbook: it has no %2 part.").arg(name, workbookPart);
            else
                *message = tr("%1: %2").arg(name, reader.describe(tr("The workbook part")));
            return false;
        }
        QXmlStreamReader &xml = reader.xml();
        while (reader.readNext()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                date1904 = isTrue(attribute(xml.attributes(), QLatin1StringView("date1904")));
            } else if (xml.name() == u"sheet") {
                const QXmlStreamAttributes attrs = xml.attributes();
                sheetNames.append(attribute(attrs, QLatin1StringView("name")).toString());
                ids.append(relationshipId(attrs));
            }
        }
        if (reader.failed()) {
            *message = tr("%1: %2").arg(name, reader.describe(tr("The workbook part")));
            return false;
        }
    }

    QHash<QString, Relationship> rels;
    const QString relsPart = relationshipsPart(workbookPart);
    if (!readRelationships(relsPart, &rels, message)) {
        if (message->isEmpty())
            *message = tr("%1 is not an XLSX workbook: it has no %2 part.").arg(name, relsPart);
        return false;
    }
    for (const QString &id : std::as_const(ids))
        sheetParts.append(rels.value(id).target);
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = rel.target;
        else if (rel.type.endsWith(QLatin1String("/styles")))
            stylesPart = rel.target;
    }
    return true;
}

bool XlsxReader::Private::readStyles(QString *message)
{
    const QString part = stylesPart.isEmpty() ? QStringLiteral("xl/styles.xml") : stylesPart;
    PartReader reader(&zip);
    if (!reader.open(part, maxInflated)) {
        if (reader.failure() == PartReader::Failure::Missing)
            return true; // no styles: every number is a plain number
        *message = tr("%1: %2").arg(name, reader.describe(tr("The styles part")));
        return false;
    }
    QHash<int, bool> customIsDate;
    bool inCellXfs = false;
    QXmlStreamReader &xml = reader.xml();
    while (reader.readNext()) {
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                const QXmlStreamAttributes attrs = xml.attributes();
                bool ok = false;
                const int id = attribute(attrs, QLatin1StringView("numFmtId")).toInt(&ok);
                if (ok)
                    customIsDate.insert(id, isDateFormatCode(attribute(attrs, QLatin1StringView("formatCode"))));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                if (qsizetype(dateStyles.size()) >= MaxCellFormats)
                    continue;
                bool ok = false;
                const int id = attribute(xml.attributes(), QLatin1StringView("numFmtId")).toInt(&ok);
                const bool isDate = ok && customIsDate.contains(id) ? customIsDate.value(id)
                                                                    : ok && isBuiltInDateFormat(id);
                dateStyles.push_back(isDate);
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (reader.failed()) {
        *message = tr("%1: %2").arg(name, reader.describe(tr("The styles part")));
        return false;
    }
    return true;
}

bool XlsxReader::Private::readSharedStrings(QString *message)
{
    const QString part = sharedStringsPart.isEmpty() ? QStringLiteral("xl/sharedStrings.xml") : sharedStringsPart;
    PartReader reader(&zip);
    if (!reader.open(part, maxInflated)) {
        if (reader.failure() == PartReader::Failure::Missing)
            return true; // a workbook without text
        *message = tr("%1: %2").arg(name, reader.describe(tr("The shared-string table")));
        return false;
    }
    const qint64 budget = maxSharedStringBytes(maxInflated);
    qint64 used = 0;
    QString current;
    bool inItem = false;
    bool collecting = false;
    int phoneticDepth = 0; // > 0 inside <rPh>, whose text is a reading aid, not content
    QXmlStreamReader &xml = reader.xml();
    while (reader.readNext()) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (inItem && xml.name() == u"rPh") {
                ++phoneticDepth;
            } else if (inItem && phoneticDepth == 0 && xml.name() == u"t") {
                collecting = true;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"si") {
                inItem = false;
                used += 24 + (current.isEmpty() ? 0 : 2 * current.size() + 32);
                if (used > budget) {
                    *message = tr("%1: the shared-string table needs more than %2 MB of memory. The file may be "
                                  "a zip bomb; if it is genuine, split the workbook.")
                                   .arg(name, megabytes(budget));
                    return false;
                }
                sharedStrings.append(decodeXString(current));
                current = QString();
            } else if (xml.name() == u"rPh") {
                phoneticDepth = std::max(0, phoneticDepth - 1);
            }
            collecting = false;
            break;
        case QXmlStreamReader::Characters:
            if (collecting) {
                current.append(xml.text());
                if (2 * current.size() > budget) {
                    *message = tr("%1: the shared-string table needs more than %2 MB of memory. The file may be "
                                  "a zip bomb; if it is genuine, split the workbook.")
                                   .arg(name, megabytes(budget));
                    return false;
                }
            }
            break;
        default:
            break;
        }
    }
    if (reader.failed()) {
        *message = tr("%1: %2").arg(name, reader.describe(tr("The shared-string table")));
        return false;
    }
    return true;
}

bool XlsxReader::Private::openSheet(int index, QString *message)
{
    sheet = sheetNames.at(index);
    const QString what = tr("The sheet \"%1\"").arg(sheet);
    sheetReader = std::make_unique<PartReader>(&zip);
    const QString part = sheetParts.at(index);
    if (part.isEmpty()) {
        *message = tr("%1 is damaged: the workbook does not say where the sheet \"%2\" is stored.").arg(name, sheet);
        return false;
    }
    if (!sheetReader->open(part, maxInflated)) {
        *message = tr("%1: %2").arg(name, sheetReader->describe(what));
        return false;
    }
    return true;
}

bool XlsxReader::Private::failRow(const QString &reason)
{
    error = tr("%1: reading stopped near row %2 of the sheet \"%3\". %4")
                .arg(name)
                .arg(std::max<qint64>(lastRowNumber, 1))
                .arg(sheet, reason);
    atEnd = true;
    return false;
}

XlsxReader::Private::Read XlsxReader::Private::readRow(Row &row)
{
    row.clear();
    if (atEnd)
        return Read::End;
    PartReader &reader = *sheetReader;
    QXmlStreamReader &xml = reader.xml();
    const QString what = tr("The sheet \"%1\"").arg(sheet);
    auto failed = [&]() {
        if (reader.failed())
            failRow(reader.describe(what));
        else
            failRow(tr("The sheet XML ends before the end of its data."));
        return Read::Error;
    };

    if (!inSheetData) {
        while (reader.readNext()) {
            if (xml.isStartElement() && xml.name() == u"sheetData") {
                inSheetData = true;
                break;
            }
        }
        if (!inSheetData) {
            if (reader.failed())
                return failed();
            atEnd = true;
            return Read::End; // a sheet without a sheetData element has no rows
        }
    }

    // Next <row>, or the end of <sheetData>.
    for (;;) {
        if (!reader.readNext())
            return failed();
        if (xml.isEndElement() && xml.name() == u"sheetData") {
            atEnd = true;
            return Read::End;
        }
        if (xml.isStartElement()) {
            if (xml.name() == u"row")
                break;
            if (!reader.skipElement())
                return failed();
        }
    }

    bool ok = false;
    const qint64 number = attribute(xml.attributes(), QLatin1StringView("r")).toLongLong(&ok);
    row.number = ok && number > 0 ? number : lastRowNumber + 1;
    lastRowNumber = row.number;

    int nextColumn = 0;
    for (;;) {
        if (!reader.readNext())
            return failed();
        if (xml.isEndElement()) // </row>: cells and other children are consumed whole
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c") {
            if (!readCell(row, &nextColumn))
                return reader.failed() || error.isEmpty() ? failed() : Read::Error;
        } else if (!reader.skipElement()) {
            return failed();
        }
    }
    return Read::Row;
}

bool XlsxReader::Private::readCell(Row &row, int *nextColumn)
{
    PartReader &reader = *sheetReader;
    QXmlStreamReader &xml = reader.xml();
    const QXmlStreamAttributes attrs = xml.attributes();

    int column = *nextColumn;
    const QStringView ref = attribute(attrs, QLatin1StringView("r"));
    if (!ref.isEmpty()) {
        column = columnOfReference(ref);
        if (column < 0)
            return failRow(tr("The cell reference \"%1\" is not valid.").arg(ref.toString()));
    }
    if (column >= XlsxReader::MaxColumns) {
        return failRow(tr("A cell lies beyond column %1, the last column of a sheet.")
                           .arg(columnName(XlsxReader::MaxColumns - 1)));
    }
    *nextColumn = column + 1;
    const QStringView type = attribute(attrs, QLatin1StringView("t"));
    bool styleOk = false;
    const qsizetype style = attribute(attrs, QLatin1StringView("s")).toLongLong(&styleOk);

    // Content: <v> (value, formula result or shared-string index) or <is> (inline string).
    QString value;
    int depth = 1;
    bool inInline = false;
    bool collecting = false;
    int phoneticDepth = 0;
    while (depth > 0) {
        if (!reader.readNext())
            return false;
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 2) {
                inInline = xml.name() == u"is";
                collecting = xml.name() == u"v";
            } else if (inInline && xml.name() == u"rPh") {
                ++phoneticDepth;
            } else if (inInline && phoneticDepth == 0 && xml.name() == u"t") {
                collecting = true;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (xml.name() == u"rPh")
                phoneticDepth = std::max(0, phoneticDepth - 1);
            collecting = false;
            break;
        case QXmlStreamReader::Characters:
            if (collecting && !row.tooLong) {
                if (row.chars + value.size() + xml.text().size() > maxChars)
                    row.tooLong = true;
                else
                    value.append(xml.text());
            }
            break;
        default:
            break;
        }
    }

    QString text;
    bool numeric = false;
    if (type == u"s") {
        bool ok = false;
        const qint64 index = value.trimmed().toLongLong(&ok);
        if (ok && index >= 0 && index < sharedStrings.size()) {
            text = sharedStrings.at(index);
        } else if (!value.trimmed().isEmpty() && row.problem.isEmpty()) {
            row.problem = tr("Row %1: cell %2 refers to shared string %3, which the workbook does not have.")
                              .arg(row.number)
                              .arg(columnName(column) + QString::number(row.number), value.trimmed());
        }
    } else if (type == u"inlineStr" || type == u"str") {
        text = decodeXString(value);
    } else if (type == u"e") {
        text = value.trimmed();
    } else if (type == u"b") {
        const QString flag = value.trimmed();
        if (!flag.isEmpty())
            text = isTrue(flag) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"d") {
        text = value.trimmed();
        text.replace(QLatin1Char('T'), QLatin1Char(' '));
    } else {
        const QString raw = value.trimmed();
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (!ok) {
            text = raw;
        } else {
            numeric = true;
            if (styleOk && style >= 0 && style < qsizetype(dateStyles.size()) && dateStyles[size_t(style)])
                text = formatSerialDate(number, date1904);
            if (text.isNull())
                text = formatNumber(number);
        }
    }

    if (text.isEmpty() || row.tooLong)
        return true;
    row.chars += text.size();
    if (row.chars + row.cells.size() > maxChars) {
        row.tooLong = true;
        return true;
    }
    if (column < row.cells.size()) {
        row.cells[column] = text;
        row.numeric[column] = numeric;
    } else {
        while (row.cells.size() < column) {
            row.cells.append(QString());
            row.numeric.append(false);
        }
        row.cells.append(text);
        row.numeric.append(numeric);
    }
    return true;
}

void XlsxReader::Private::deliver(const Row &source, QStringList &fields)
{
    currentLine = source.number;
    currentRaw = source.cells.join(QLatin1Char('\t'));
    if (source.tooLong) {
        currentProblem = tr("Row %1: the row is longer than %2 characters").arg(source.number).arg(maxChars);
        currentRaw.truncate(maxChars);
        fields.clear();
        return;
    }
    currentProblem = source.problem;
    fields = source.cells;
    while (fields.size() < header.size())
        fields.append(QString());
}

XlsxReader::XlsxReader() : m_d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader()
{
    // The sheet's QuaZipFile must close before the QuaZip it reads from.
    m_d->sheetReader.reset();
}

qint64 XlsxReader::maxSharedStringBytes(qint64 maxInflatedBytes)
{
    if (maxInflatedBytes <= 0 || maxInflatedBytes > MaxSharedStringBytes / 4)
        return MaxSharedStringBytes;
    return 4 * maxInflatedBytes;
}

std::unique_ptr<XlsxReader> XlsxReader::open(const ReaderOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<XlsxReader>();
    };

    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    Private &d = *reader->m_d;
    d.maxChars = std::max<qint64>(options.maxRecordChars, 1);
    QString message;
    if (!d.openWorkbook(options.path, options.maxInflatedBytes, &message))
        return fail(message);

    int index = 0;
    if (!options.sheet.isEmpty()) {
        index = int(d.sheetNames.indexOf(options.sheet));
        if (index < 0) {
            for (qsizetype i = 0; i < d.sheetNames.size() && index < 0; ++i) {
                if (d.sheetNames.at(i).compare(options.sheet, Qt::CaseInsensitive) == 0)
                    index = int(i);
            }
        }
        if (index < 0) {
            QStringList quoted;
            for (const QString &sheet : std::as_const(d.sheetNames))
                quoted.append(QStringLiteral("\"%1\"").arg(sheet));
            return fail(tr("%1 has no sheet named \"%2\". Choose one of its sheets: %3.")
                            .arg(d.name, options.sheet, quoted.join(QLatin1String(", "))));
        }
    }

    if (!d.readStyles(&message) || !d.readSharedStrings(&message) || !d.openSheet(index, &message))
        return fail(message);

    // The first row with a value is the header, or the first record.
    Row first;
    for (;;) {
        const Private::Read read = d.readRow(first);
        if (read == Private::Read::Error)
            return fail(d.error);
        if (read == Private::Read::End)
            return fail(tr("%1: the sheet \"%2\" is empty.").arg(d.name, d.sheet));
        if (!first.isBlank())
            break;
    }

    bool hasHeader = true;
    if (options.headerRow == 0) {
        hasHeader = false;
    } else if (options.headerRow < 0) {
        bool allNumeric = !first.tooLong && !first.cells.isEmpty();
        for (qsizetype i = 0; allNumeric && i < first.cells.size(); ++i)
            allNumeric = first.numeric.at(i) || CsvReader::looksNumeric(first.cells.at(i));
        hasHeader = !allNumeric;
    }

    if (hasHeader) {
        if (first.tooLong) {
            return fail(tr("%1: the header row %2 of the sheet \"%3\" is longer than %4 characters.")
                            .arg(d.name)
                            .arg(first.number)
                            .arg(d.sheet)
                            .arg(d.maxChars));
        }
        for (qsizetype i = 0; i < first.cells.size(); ++i) {
            const QString column = first.cells.at(i).trimmed();
            d.header.append(column.isEmpty() ? tr("Column %1").arg(i + 1) : column);
        }
    } else {
        for (qsizetype i = 0; i < first.cells.size(); ++i)
            d.header.append(tr("Column %1").arg(i + 1));
        d.row = first;
        d.hasPending = true;
    }

    d.settings.format = SourceFormat::Xlsx;
    d.settings.hasHeader = hasHeader;
    d.settings.sheet = d.sheet;
    d.settings.sheets = d.sheetNames;
    return reader;
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    Private d;
    QString message;
    if (!d.openWorkbook(path, ReaderOptions().maxInflatedBytes, &message)) {
        if (error)
            *error = message;
        return {};
    }
    return d.sheetNames;
}

QStringList XlsxReader::header() const
{
    return m_d->header;
}

DetectedSettings XlsxReader::settings() const
{
    return m_d->settings;
}

bool XlsxReader::next(QStringList &fields)
{
    Private &d = *m_d;
    fields.clear();
    d.currentProblem.clear();
    d.currentRaw.clear();
    if (d.hasPending) {
        d.hasPending = false;
        d.deliver(d.row, fields);
        return true;
    }
    if (!d.error.isEmpty())
        return false;
    for (;;) {
        const Private::Read read = d.readRow(d.row);
        if (read != Private::Read::Row) {
            d.currentLine = 0;
            return false;
        }
        if (!d.row.isBlank())
            break;
    }
    d.deliver(d.row, fields);
    return true;
}

QString XlsxReader::recordProblem() const
{
    return m_d->currentProblem;
}

qint64 XlsxReader::recordLine() const
{
    return m_d->currentLine;
}

QString XlsxReader::rawText() const
{
    return m_d->currentRaw;
}

qint64 XlsxReader::bytesRead() const
{
    const Private &d = *m_d;
    if (d.atEnd || !d.sheetReader)
        return d.fileSize;
    const qint64 size = std::max<qint64>(d.sheetReader->size(), 1);
    const double share = std::min(1.0, double(d.sheetReader->inflated()) / double(size));
    return qint64(share * double(d.fileSize));
}

qint64 XlsxReader::totalBytes() const
{
    return m_d->fileSize;
}

QString XlsxReader::errorString() const
{
    return m_d->error;
}
