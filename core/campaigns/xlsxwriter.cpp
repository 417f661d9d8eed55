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
#include <cmath>

namespace {

/** Bytes of sheet XML collected before they are handed to the compressor. */
constexpr qsizetype FlushSize = 256 * 1024;
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

/** Appends @p text, already cleaned, XML-escaped for element content or a quoted attribute. */
void appendEscaped(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': escaped += QLatin1String("&amp;"); break;
        case u'<': escaped += QLatin1String("&lt;"); break;
        case u'>': escaped += QLatin1String("&gt;"); break;
        case u'"': escaped += QLatin1String("&quot;"); break;
        // A raw CR would become LF when the file is parsed; a character reference survives.
        case u'\r': escaped += QLatin1String("&#13;"); break;
        default: escaped += c; break;
        }
    }
    out += escaped.toUtf8();
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

} // namespace

struct XlsxWriter::Private
{
    // Declaration order matters: the entry closes before the zip, the zip before the file.
    QSaveFile file;
    QString name; ///< path for messages
    QuaZip zip;
    QuaZipFile entry{&zip};
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

    bool fail(const QString &message)
    {
        if (!failed) {
            failed = true;
            error = message;
        }
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

    bool openEntry(const QString &part)
    {
        QuaZipNewInfo info(part);
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        if (!entry.open(QIODevice::WriteOnly, info)) {
            return fail(tr("Cannot write %1: %2 (zip error %3).")
                            .arg(name, file.errorString())
                            .arg(entry.getZipError()));
        }
        return true;
    }

    bool writeToEntry(const QByteArray &data)
    {
        if (entry.write(data) != data.size()) {
            return fail(tr("Cannot write %1: %2 (zip error %3). Check the free disk space.")
                            .arg(name, file.errorString())
                            .arg(entry.getZipError()));
        }
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
        const bool ok = writeToEntry(buffer);
        buffer.clear();
        return ok;
    }

    void appendRow(qint64 number, const QList<Cell> &cells, bool isHeader)
    {
        buffer += "<row r=\"" + QByteArray::number(number) + "\">";
        const QByteArray rowNumber = QByteArray::number(number);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            if (cell.kind == Cell::Kind::Empty)
                continue;
            buffer += "<c r=\"" + columnName(int(i)).toLatin1() + rowNumber + '"';
            if (isHeader)
                buffer += " s=\"1\"";
            switch (cell.kind) {
            case Cell::Kind::Number:
                buffer += "><v>" + cell.text.toLatin1() + "</v></c>";
                break;
            case Cell::Kind::Boolean:
                buffer += " t=\"b\"><v>" + cell.text.toLatin1() + "</v></c>";
                break;
            case Cell::Kind::Text: {
                const bool preserve = cell.text.front().isSpace() || cell.text.back().isSpace();
                buffer += preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>";
                appendEscaped(buffer, cell.text);
                buffer += "</t></is></c>";
                break;
            }
            case Cell::Kind::Empty:
                break;
            }
        }
        buffer += "</row>\n";
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
        if (!flushBuffer(true) || !closeEntry())
            return false;
        inSheet = false;
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
    d.buffer.clear();
    if (!d.openEntry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(d.sheets.size())))
        return false;
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
    QList<Cell> row;
    row.reserve(cells.size());
    for (const QVariant &value : cells)
        row.append(toCell(value));
    ++d.rows;
    if (!d.sheetStarted) {
        d.sample.append(row);
        if (d.sample.size() < ColumnSampleRows)
            return true;
        return d.startSheet();
    }
    d.appendRow(d.rows, row, false);
    return d.flushBuffer(false);
}

bool XlsxWriter::close()
{
    Private &d = *m_d;
    if (d.failed)
        return false;
    if (!d.isOpen)
        return d.fail(tr("Cannot save the workbook: it is not open."));
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
