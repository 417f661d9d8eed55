#include "campaigns/xlsxwriter.h"
#include "importing/xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <limits>
#include <utility>

using Records = QList<QStringList>;
using Parts = QList<std::pair<QString, QByteArray>>;

namespace {

const QByteArray XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Everything a reader returns, for comparing with expectations. */
struct ReadResult
{
    QStringList header;
    Records records;
    QList<qint64> lines;
    QStringList problems;
    QStringList raws;
    QString error;
};

ReadResult readAll(XlsxReader &reader)
{
    ReadResult result;
    result.header = reader.header();
    QStringList fields;
    while (reader.next(fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
        result.problems.append(reader.recordProblem());
        result.raws.append(reader.rawText());
    }
    result.error = reader.errorString();
    return result;
}

/** A worksheet part around @p sheetData. */
QByteArray worksheet(const QByteArray &sheetData)
{
    return XmlDeclaration + "<worksheet xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs
           + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData + "</sheetData></worksheet>";
}

/** An inline-string cell. */
QByteArray istr(const char *ref, const QByteArray &text)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

/** A number cell, optionally styled. */
QByteArray num(const char *ref, const QByteArray &value, int style = -1)
{
    QByteArray cell = QByteArray("<c r=\"") + ref + '"';
    if (style >= 0)
        cell += " s=\"" + QByteArray::number(style) + '"';
    return cell + "><v>" + value + "</v></c>";
}

/** The parts of a workbook whose sheets are given as (name, worksheet XML). */
Parts workbookParts(const Parts &sheets, const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
                    bool date1904 = false)
{
    Parts parts;
    QByteArray types = XmlDeclaration
                       + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                         "<Default Extension=\"rels\" "
                         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                         "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    parts.append({QStringLiteral("[Content_Types].xml"), types});
    parts.append({QStringLiteral("_rels/.rels"),
                  XmlDeclaration
                      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"" + RelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>"});
    QByteArray workbook = XmlDeclaration + "<workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs + "\">";
    workbook += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    QByteArray rels = XmlDeclaration
                      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        // Relationship ids in reverse order, so that the reader must follow them.
        const QByteArray id = "rId" + QByteArray::number(100 - i);
        workbook += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"" + id + "\"/>";
        rels += "<Relationship Id=\"" + id + "\" Type=\"" + RelNs + "/worksheet\" Target=\"worksheets/sheet" + n
                + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets.at(i).second});
    }
    workbook += "</sheets></workbook>";
    if (!sharedStrings.isNull()) {
        rels += "<Relationship Id=\"rId1\" Type=\"" + RelNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      XmlDeclaration + "<sst xmlns=\"" + MainNs + "\">" + sharedStrings + "</sst>"});
    }
    if (!styles.isNull()) {
        rels += "<Relationship Id=\"rId2\" Type=\"" + RelNs + "/styles\" Target=\"/xl/styles.xml\"/>";
        parts.append({QStringLiteral("xl/styles.xml"),
                      XmlDeclaration + "<styleSheet xmlns=\"" + MainNs + "\">" + styles + "</styleSheet>"});
    }
    rels += "</Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    return parts;
}

bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        if (file.write(data) != data.size())
            return false;
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray readPart(const QString &path, const QString &part)
{
    QuaZipFile file(path, part);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** Styles whose cellXfs use, in order, the number formats @p formatIds; @p numFmts are custom formats. */
QByteArray stylesWith(const QList<int> &formatIds, const QList<std::pair<int, QByteArray>> &numFmts = {})
{
    QByteArray styles;
    if (!numFmts.isEmpty()) {
        styles += "<numFmts count=\"" + QByteArray::number(numFmts.size()) + "\">";
        for (const auto &[id, code] : numFmts)
            styles += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"" + code + "\"/>";
        styles += "</numFmts>";
    }
    // cellStyleXfs come first and must not be mistaken for cell formats.
    styles += "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\" fontId=\"0\"/></cellStyleXfs><cellXfs>";
    for (int id : formatIds)
        styles += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\" xfId=\"0\"/>";
    styles += "</cellXfs>";
    return styles;
}

/** Offsets of the zip headers with @p signature that name @p entry. */
QList<qsizetype> headersOf(const QByteArray &zip, const QByteArray &signature, const QByteArray &entry)
{
    QList<qsizetype> found;
    const qsizetype nameOffset = signature == QByteArray("PK\x01\x02", 4) ? 46 : 30;
    for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 1)) {
        if (zip.mid(at + nameOffset, entry.size()) == entry)
            found.append(at);
    }
    return found;
}

void putLe32(QByteArray &data, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        data[at + i] = char((value >> (8 * i)) & 0xFF);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath(const QString &suffix = QStringLiteral(".xlsx"))
    {
        return m_dir.filePath(QStringLiteral("file%1%2").arg(++m_counter).arg(suffix));
    }

    QString writeBook(const Parts &parts)
    {
        const QString path = newPath();
        return writeZip(path, parts) ? path : QString();
    }

    /** A 50 MB sheet of repeated rows, which deflates to a few hundred KB. */
    QString writeBombBook()
    {
        const QString path = newPath();
        Parts parts = workbookParts({{QStringLiteral("Bomb"), QByteArray()}});
        QByteArray sheet;
        for (auto &part : parts) {
            if (part.first == QLatin1String("xl/worksheets/sheet1.xml"))
                part.second = QByteArray(); // written below, in chunks
        }
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto &[name, data] : std::as_const(parts)) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                return {};
            if (name == QLatin1String("xl/worksheets/sheet1.xml")) {
                file.write(XmlDeclaration + "<worksheet xmlns=\"" + MainNs + "\"><sheetData>");
                QByteArray chunk;
                for (int i = 0; i < 1000; ++i)
                    chunk += "<row><c t=\"inlineStr\"><is><t>boom boom boom boom</t></is></c><c><v>1</v></c></row>";
                qint64 written = 0;
                while (written < 50LL * 1024 * 1024)
                    written += file.write(chunk);
                file.write("</sheetData></worksheet>");
            } else {
                file.write(data);
            }
            file.close();
        }
        zip.close();
        return zip.getZipError() == ZIP_OK ? path : QString();
    }

    QString writeWithWriter(const QStringList &header, const QList<QVariantList> &rows)
    {
        const QString path = newPath();
        XlsxWriter writer;
        if (!writer.open(path) || !writer.addSheet(QStringLiteral("Data"), header))
            return {};
        for (const QVariantList &row : rows) {
            if (!writer.addRow(row))
                return {};
        }
        return writer.close() ? path : QString();
    }

    static std::unique_ptr<XlsxReader> openReader(const QString &path, QString *error, int headerRow = -1)
    {
        ReaderOptions options;
        options.path = path;
        options.format = SourceFormat::Xlsx;
        options.headerRow = headerRow;
        return XlsxReader::open(options, error);
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // ---- Round trips through XlsxWriter ----

    void roundTrip()
    {
        const QStringList header = {QStringLiteral("Name"), QStringLiteral("城市"), QStringLiteral("Amount"),
                                    QStringLiteral("Count"), QStringLiteral("VIP"), QStringLiteral("Note"),
                                    QStringLiteral("Joined")};
        QList<QVariantList> rows;
        rows.append({QStringLiteral("张伟"), QStringLiteral("北京"), 17850.0, 6, true, QString(),
                     QDate(2010, 12, 1)});
        rows.append({QStringLiteral("O'Brien <&> \"quoted\""), QStringLiteral("Zürich"), 2.55, -3, false,
                     QStringLiteral("  padded  "), QDateTime(QDate(2011, 1, 2), QTime(8, 26, 0))});
        rows.append({QStringLiteral("line1\nline2\r\nline3"), QString(), 0.1, qint64(1234567890123LL), QVariant(),
                     QStringLiteral("_x000D_ stays literal"), QVariant()});
        rows.append({QStringLiteral("ctl\x01\x02gone"), QStringLiteral("emoji 😀"), -1.5e-7,
                     qint64(1234567890123456789LL), true, QStringLiteral("tab\there"), QVariant()});
        // Past the rows held back for column sizing, so that rows are streamed too.
        for (int i = 0; i < 250; ++i)
            rows.append({QStringLiteral("客户 %1").arg(i), QStringLiteral("上海"), i * 0.25, i, i % 2 == 0});

        const QString path = writeWithWriter(header, rows);
        QVERIFY(!path.isEmpty());

        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->settings().format, SourceFormat::Xlsx);
        QVERIFY(reader->settings().hasHeader);
        QCOMPARE(reader->settings().sheet, QStringLiteral("Data"));
        QCOMPARE(reader->settings().sheets, QStringList{QStringLiteral("Data")});
        const ReadResult result = readAll(*reader);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.header, header);
        QCOMPARE(result.records.size(), rows.size());
        QCOMPARE(result.records.at(0),
                 (QStringList{QStringLiteral("张伟"), QStringLiteral("北京"), QStringLiteral("17850"),
                              QStringLiteral("6"), QStringLiteral("TRUE"), QString(), QStringLiteral("2010-12-01")}));
        QCOMPARE(result.records.at(1),
                 (QStringList{QStringLiteral("O'Brien <&> \"quoted\""), QStringLiteral("Zürich"),
                              QStringLiteral("2.55"), QStringLiteral("-3"), QStringLiteral("FALSE"),
                              QStringLiteral("  padded  "), QStringLiteral("2011-01-02 08:26:00")}));
        QCOMPARE(result.records.at(2),
                 (QStringList{QStringLiteral("line1\nline2\r\nline3"), QString(), QStringLiteral("0.1"),
                              QStringLiteral("1234567890123"), QString(), QStringLiteral("_x000D_ stays literal"),
                              QString()}));
        // Integers beyond Excel's 15 digits are kept exactly, as text.
        QCOMPARE(result.records.at(3),
                 (QStringList{QStringLiteral("ctlgone"), QStringLiteral("emoji 😀"), QStringLiteral("-1.5e-07"),
                              QStringLiteral("1234567890123456789"), QStringLiteral("TRUE"),
                              QStringLiteral("tab\there"), QString()}));
        for (int i = 0; i < 250; ++i) {
            const QStringList &record = result.records.at(4 + i);
            QCOMPARE(record.size(), header.size());
            QCOMPARE(record.at(0), QStringLiteral("客户 %1").arg(i));
            QCOMPARE(record.at(2), QString::number(i * 0.25));
            QCOMPARE(record.at(3), QString::number(i));
            QCOMPARE(record.at(4), i % 2 == 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        }
        // Row numbers are spreadsheet rows: the header is row 1.
        QCOMPARE(result.lines.first(), qint64(2));
        QCOMPARE(result.lines.last(), qint64(rows.size() + 1));
        QCOMPARE(result.raws.at(0), QStringLiteral("张伟\t北京\t17850\t6\tTRUE\t\t2010-12-01"));
        QCOMPARE(reader->bytesRead(), reader->totalBytes());
        QCOMPARE(reader->totalBytes(), QFileInfo(path).size());
    }

    void writerLongCellIsCut()
    {
        const QString path = writeWithWriter({QStringLiteral("Text")}, {{QString(40000, QLatin1Char('x'))}});
        QVERIFY(!path.isEmpty());
        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.at(0).at(0).size(), XlsxWriter::MaxCellChars);
    }

    void writerParts()
    {
        const QString path = writeWithWriter({QStringLiteral("Customer"), QStringLiteral("Segment")},
                                             {{QStringLiteral("A"), QStringLiteral("Loyal")}});
        QVERIFY(!path.isEmpty());
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        zip.close();
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                                 "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                 "xl/worksheets/sheet1.xml"}) {
            QVERIFY2(names.contains(QLatin1String(part)), part);
            // Every part is well-formed XML.
            QXmlStreamReader xml(readPart(path, QLatin1String(part)));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(part), xml.errorString())));
        }
        const QByteArray sheet = readPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<cols><col min=\"1\" max=\"1\""));
        QVERIFY(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Customer</t></is></c>"));
        QVERIFY(sheet.indexOf("<cols>") < sheet.indexOf("<sheetData>"));
        const QByteArray styles = readPart(path, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(styles.contains("patternType=\"solid\""));
        const QByteArray types = readPart(path, QStringLiteral("[Content_Types].xml"));
        QVERIFY(types.contains("/xl/worksheets/sheet1.xml"));
        QVERIFY(types.contains("spreadsheetml.styles+xml"));
    }

    void writerSheetNames()
    {
        const QString path = newPath();
        XlsxWriter writer;
        QVERIFY(writer.open(path));
        const QStringList requested = {QStringLiteral("Orders"), QStringLiteral("a/b:c?"), QString(),
                                       QStringLiteral("'quoted'"), QStringLiteral("orders"),
                                       QStringLiteral("A name that is much longer than thirty-one characters"),
                                       QStringLiteral("客户")};
        for (qsizetype i = 0; i < requested.size(); ++i) {
            QVERIFY(writer.addSheet(requested.at(i), {QStringLiteral("Col")}));
            QVERIFY(writer.addRow({QStringLiteral("row of %1").arg(requested.at(i))}));
        }
        QVERIFY2(writer.close(), qPrintable(writer.errorString()));
        const QStringList expected = {QStringLiteral("Orders"), QStringLiteral("a_b_c_"), QStringLiteral("Sheet 3"),
                                      QStringLiteral("quoted"), QStringLiteral("orders (2)"),
                                      QStringLiteral("A name that is much longer than"), QStringLiteral("客户")};
        QCOMPARE(writer.sheetNames(), expected);
        QString error;
        QCOMPARE(XlsxReader::sheetNames(path, &error), expected);

        // Each sheet holds its own rows.
        for (qsizetype i = 0; i < expected.size(); ++i) {
            ReaderOptions options;
            options.path = path;
            options.sheet = expected.at(i);
            const std::unique_ptr<XlsxReader> reader = XlsxReader::open(options, &error);
            QVERIFY2(reader, qPrintable(error));
            const ReadResult result = readAll(*reader);
            QCOMPARE(result.records, Records{{QStringLiteral("row of %1").arg(requested.at(i))}});
        }
    }

    void writerEmptyWorkbook()
    {
        const QString path = newPath();
        XlsxWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.close());
        QString error;
        QCOMPARE(XlsxReader::sheetNames(path, &error).size(), 1);
        // An empty sheet cannot be imported.
        QVERIFY(!openReader(path, &error));
        QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
    }

    void writerKeepsOldFileOnFailure()
    {
        const QString path = newPath();
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);

        {   // cancel()
            XlsxWriter writer;
            QVERIFY(writer.open(path));
            QVERIFY(writer.addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
            QVERIFY(writer.addRow({1}));
            writer.cancel();
            QVERIFY(!writer.isOpen());
        }
        QCOMPARE(fileBytes(path), QByteArray("old contents"));
        {   // destroyed without close()
            XlsxWriter writer;
            QVERIFY(writer.open(path));
            QVERIFY(writer.addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
        }
        QCOMPARE(fileBytes(path), QByteArray("old contents"));
        {   // a failed call: too many cells
            XlsxWriter writer;
            QVERIFY(writer.open(path));
            QVERIFY(!writer.addRow({1}));
            QVERIFY(!writer.errorString().isEmpty());
            QVERIFY(!writer.close());
        }
        {
            XlsxWriter writer;
            QVERIFY(writer.open(path));
            QVERIFY(writer.addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
            QVERIFY(!writer.addRow(QVariantList(XlsxWriter::MaxColumns + 1, 1)));
            QVERIFY(writer.errorString().contains(QString::number(XlsxWriter::MaxColumns)));
            QVERIFY(!writer.addRow({1}));
            QVERIFY(!writer.close());
        }
        QCOMPARE(fileBytes(path), QByteArray("old contents"));
        // No temporary file is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);

        // A successful close() replaces the file.
        XlsxWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
        QVERIFY(writer.addRow({1}));
        QVERIFY(writer.close());
        QVERIFY(fileBytes(path).startsWith("PK\x03\x04"));

        XlsxWriter nowhere;
        QVERIFY(!nowhere.open(m_dir.filePath(QStringLiteral("missing/folder/book.xlsx"))));
        QVERIFY2(nowhere.errorString().contains(QLatin1String("book.xlsx")), qPrintable(nowhere.errorString()));
    }

    // ---- Hand-built workbooks ----

    void cells_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QByteArray>("sharedStrings");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("shared_strings_rich_text")
            << worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c></row>")
            << QByteArray("<si><t>Name</t></si><si><t>City</t></si>"
                          "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Hello </t></r><r><t>World</t></r></si>"
                          "<si><t>北京</t><rPh sb=\"0\" eb=\"2\"><t>ベイジン</t></rPh></si>"
                          "<si><t>line_x000D_break</t></si>")
            << -1 << QStringList{QStringLiteral("Name"), QStringLiteral("City")}
            << Records{{QStringLiteral("Hello World"), QStringLiteral("北京")},
                       {QStringLiteral("line\rbreak"), QString()}}
            << QList<qint64>{2, 3};

        QTest::newRow("inline_strings")
            << worksheet("<row r=\"1\">" + istr("A1", "Id") + istr("B1", "Note") + "</row>"
                         "<row r=\"2\">" + num("A2", "1")
                         + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>a</t></r><r><rPr/><t>b</t></r></is></c></row>"
                           "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  spaced  </t>"
                           "</is></c></row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("Id"), QStringLiteral("Note")}
            << Records{{QStringLiteral("1"), QStringLiteral("ab")}, {QString(), QStringLiteral("  spaced  ")}}
            << QList<qint64>{2, 3};

        QTest::newRow("sparse_references")
            << worksheet("<row r=\"1\">" + istr("A1", "a") + istr("B1", "b") + istr("C1", "c") + "</row>"
                         "<row r=\"3\">" + num("C3", "3") + "</row>"
                         "<row r=\"5\">" + num("A5", "5") + num("C5", "7.25") + "</row>"
                         "<row r=\"6\"><c r=\"A6\" s=\"0\"/><c r=\"B6\"/></row>"
                         "<row r=\"7\">" + istr("E7", "wide") + "</row>"
                         "<row r=\"9\" spans=\"1:3\"/><row r=\"10\"><c r=\"C10\" s=\"0\"/></row>")
            << QByteArray() << -1
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << Records{{QString(), QString(), QStringLiteral("3")},
                       {QStringLiteral("5"), QString(), QStringLiteral("7.25")},
                       {QString(), QString(), QString(), QString(), QStringLiteral("wide")}}
            << QList<qint64>{3, 5, 7};

        QTest::newRow("rows_and_cells_without_references")
            << worksheet("<row>" + istr("", "x").replace(" r=\"\"", "") + istr("", "y").replace(" r=\"\"", "")
                         + "</row><row><c><v>1</v></c><c><v>2</v></c></row><row r=\"5\"><c><v>3</v></c></row>"
                           "<row><c r=\"B6\"><v>4</v></c><c><v>5</v></c></row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("x"), QStringLiteral("y")}
            << Records{{QStringLiteral("1"), QStringLiteral("2")},
                       {QStringLiteral("3"), QString()},
                       {QString(), QStringLiteral("4"), QStringLiteral("5")}}
            << QList<qint64>{2, 5, 6};

        QTest::newRow("numbers_and_types")
            << worksheet("<row r=\"1\">" + istr("A1", "value") + "</row>"
                         "<row r=\"2\">" + num("A2", "17850") + "</row>"
                         "<row r=\"3\">" + num("A3", "17850.0") + "</row>"
                         "<row r=\"4\">" + num("A4", "2.5499999999999998") + "</row>"
                         "<row r=\"5\">" + num("A5", "1E-3") + "</row>"
                         "<row r=\"6\">" + num("A6", "-0") + "</row>"
                         "<row r=\"7\">" + num("A7", "1.5E+20") + "</row>"
                         "<row r=\"8\">" + num("A8", "-12.5") + "</row>"
                         "<row r=\"9\"><c r=\"A9\" t=\"b\"><v>1</v></c></row>"
                         "<row r=\"10\"><c r=\"A10\" t=\"b\"><v>0</v></c></row>"
                         "<row r=\"11\"><c r=\"A11\" t=\"str\"><f>CONCAT(\"a\",\"bc\")</f><v>abc</v></c></row>"
                         "<row r=\"12\"><c r=\"A12\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                         "<row r=\"13\"><c r=\"A13\"><f>1+1</f><v>2</v></c></row>"
                         "<row r=\"14\"><c r=\"A14\" t=\"d\"><v>2010-12-01T08:24:00</v></c></row>"
                         "<row r=\"15\"><c r=\"A15\" t=\"n\"><v>0.1</v></c></row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("value")}
            << Records{{QStringLiteral("17850")}, {QStringLiteral("17850")}, {QStringLiteral("2.55")},
                       {QStringLiteral("0.001")}, {QStringLiteral("0")}, {QStringLiteral("1.5e+20")},
                       {QStringLiteral("-12.5")}, {QStringLiteral("TRUE")}, {QStringLiteral("FALSE")},
                       {QStringLiteral("abc")}, {QStringLiteral("#DIV/0!")}, {QStringLiteral("2")},
                       {QStringLiteral("2010-12-01 08:24:00")}, {QStringLiteral("0.1")}}
            << QList<qint64>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

        QTest::newRow("numeric_first_row_is_data")
            << worksheet("<row r=\"1\">" + num("A1", "1") + num("B1", "2.5") + "</row><row r=\"2\">" + num("A2", "3")
                         + num("B2", "4") + "</row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")}
            << Records{{QStringLiteral("1"), QStringLiteral("2.5")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<qint64>{1, 2};

        QTest::newRow("numeric_text_first_row_is_data")
            << worksheet("<row r=\"1\">" + istr("A1", "10") + num("B1", "2") + "</row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")}
            << Records{{QStringLiteral("10"), QStringLiteral("2")}} << QList<qint64>{1};

        QTest::newRow("header_forced")
            << worksheet("<row r=\"1\">" + num("A1", "2019") + num("B1", "2020") + "</row><row r=\"2\">"
                         + num("A2", "3") + "</row>")
            << QByteArray() << 1 << QStringList{QStringLiteral("2019"), QStringLiteral("2020")}
            << Records{{QStringLiteral("3"), QString()}} << QList<qint64>{2};

        QTest::newRow("no_header")
            << worksheet("<row r=\"1\">" + istr("A1", "Alice") + istr("B1", "Paris") + "</row>")
            << QByteArray() << 0 << QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")}
            << Records{{QStringLiteral("Alice"), QStringLiteral("Paris")}} << QList<qint64>{1};

        QTest::newRow("header_after_blank_rows_with_empty_names")
            << worksheet("<row r=\"1\"><c r=\"A1\" s=\"0\"/></row><row r=\"2\">" + istr("A2", " ") + "</row>"
                         "<row r=\"3\">" + istr("A3", "  Name ") + istr("C3", "Total") + "</row>"
                         "<row r=\"4\">" + istr("A4", "x") + num("C4", "9") + "</row>")
            << QByteArray() << -1
            << QStringList{QStringLiteral("Name"), QStringLiteral("Column 2"), QStringLiteral("Total")}
            << Records{{QStringLiteral("x"), QString(), QStringLiteral("9")}} << QList<qint64>{4};

        QTest::newRow("prefixed_namespace")
            << QByteArray(XmlDeclaration + "<x:worksheet xmlns:x=\"" + MainNs + "\"><x:sheetData>"
                          "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>h</x:t></x:is></x:c></x:row>"
                          "<x:row r=\"2\"><x:c r=\"A2\"><x:v>42</x:v></x:c></x:row>"
                          "</x:sheetData></x:worksheet>")
            << QByteArray() << -1 << QStringList{QStringLiteral("h")} << Records{{QStringLiteral("42")}}
            << QList<qint64>{2};

        QTest::newRow("extra_elements_skipped")
            << worksheet("<row r=\"1\">" + istr("A1", "h") + "<extLst><ext><c r=\"Z1\"><v>9</v></c></ext></extLst>"
                         "</row><row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A3\" si=\"0\">B1</f><v>7</v>"
                         "<extLst/></c></row>")
            << QByteArray() << -1 << QStringList{QStringLiteral("h")} << Records{{QStringLiteral("7")}}
            << QList<qint64>{2};
    }

    void cells()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QByteArray, sharedStrings);
        QFETCH(int, headerRow);
        QFETCH(QStringList, header);
        QFETCH(Records, records);
        QFETCH(QList<qint64>, lines);

        const QString path = writeBook(workbookParts({{QStringLiteral("Sheet1"), sheet}}, sharedStrings));
        QVERIFY(!path.isEmpty());
        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error, headerRow);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.header, header);
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);
        for (const QString &problem : result.problems)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(reader->settings().hasHeader, header.isEmpty() || !header.first().startsWith(QLatin1String("Column ")));
    }

    void rawText()
    {
        const QString path = writeBook(workbookParts(
            {{QStringLiteral("S"), worksheet("<row r=\"1\">" + istr("A1", "a") + istr("B1", "b") + istr("C1", "c")
                                             + "</row><row r=\"4\">" + num("C4", "3") + "</row>")}}));
        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QStringList fields;
        QVERIFY(reader->next(fields));
        QCOMPARE(reader->recordLine(), qint64(4));
        QCOMPARE(reader->rawText(), QStringLiteral("\t\t3"));
        QVERIFY(!reader->next(fields));
        QVERIFY(reader->errorString().isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("expected");

        // Styles, by index: 0 General, 1 built-in 22, 2 built-in 14, 3 "yyyy\-mm\-dd", 4 0.00"d",
        // 5 [Red]0.00, 6 [$-409]mmm d, yyyy;@, 7 h:mm AM/PM, 8 built-in 4 (#,##0.00), 9 built-in 31 (CJK date),
        // 10 built-in 47 (mm:ss.0), 11 "General" as a custom code, 12 "_(* #,##0_)" with _ and *.
        QTest::newRow("general_number") << 0 << QByteArray("40513.35") << false << "40513.35";
        QTest::newRow("builtin_22_datetime") << 1 << QByteArray("40513.35") << false << "2010-12-01 08:24:00";
        QTest::newRow("builtin_14_date") << 2 << QByteArray("40513") << false << "2010-12-01";
        QTest::newRow("custom_iso_date") << 3 << QByteArray("40513") << false << "2010-12-01";
        QTest::newRow("quoted_d_is_no_date") << 4 << QByteArray("40513") << false << "40513";
        QTest::newRow("bracketed_color_is_no_date") << 5 << QByteArray("2.5") << false << "2.5";
        QTest::newRow("locale_prefix_date") << 6 << QByteArray("40513.5") << false << "2010-12-01 12:00:00";
        QTest::newRow("time_of_day") << 7 << QByteArray("0.75") << false << "18:00:00";
        QTest::newRow("builtin_4_number") << 8 << QByteArray("1234.5") << false << "1234.5";
        QTest::newRow("builtin_31_cjk_date") << 9 << QByteArray("43831") << false << "2020-01-01";
        QTest::newRow("builtin_47_time") << 10 << QByteArray("0.0000115740740740741") << false << "00:00:01";
        QTest::newRow("custom_general") << 11 << QByteArray("7") << false << "7";
        QTest::newRow("custom_fill_and_space") << 12 << QByteArray("1234") << false << "1234";
        QTest::newRow("serial_1") << 2 << QByteArray("1") << false << "1900-01-01";
        QTest::newRow("serial_59") << 2 << QByteArray("59") << false << "1900-02-28";
        QTest::newRow("serial_60_phantom_leap_day") << 2 << QByteArray("60") << false << "1900-02-29";
        QTest::newRow("serial_61") << 2 << QByteArray("61") << false << "1900-03-01";
        QTest::newRow("rounds_to_the_second") << 1 << QByteArray("40513.999999999") << false << "2010-12-02";
        QTest::newRow("date1904") << 2 << QByteArray("39051") << true << "2010-12-01";
        QTest::newRow("date1904_day_1") << 1 << QByteArray("1.5") << true << "1904-01-02 12:00:00";
        QTest::newRow("negative_is_no_date") << 2 << QByteArray("-5") << false << "-5";
        QTest::newRow("past_9999_is_no_date") << 2 << QByteArray("3000000") << false << "3000000";
    }

    void dates()
    {
        QFETCH(int, style);
        QFETCH(QByteArray, value);
        QFETCH(bool, date1904);
        QFETCH(QString, expected);

        const QByteArray styles = stylesWith({0, 22, 14, 164, 165, 166, 167, 168, 4, 31, 47, 169, 170},
                                             {{164, "yyyy\\-mm\\-dd"},
                                              {165, "0.00&quot;d&quot;"},
                                              {166, "[Red]0.00"},
                                              {167, "[$-409]mmm d, yyyy;@"},
                                              {168, "h:mm AM/PM"},
                                              {169, "General"},
                                              {170, "_(* #,##0_)"}});
        const QString path = writeBook(workbookParts(
            {{QStringLiteral("S"), worksheet("<row r=\"1\">" + num("A1", value, style) + "</row>")}}, QByteArray(),
            styles, date1904));
        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error, 0);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records, Records{{expected}});
    }

    void sheetSelection()
    {
        const QString path = writeBook(workbookParts(
            {{QStringLiteral("Orders"), worksheet("<row r=\"1\">" + istr("A1", "order") + "</row><row r=\"2\">"
                                                  + num("A2", "1") + "</row>")},
             {QStringLiteral("客户 &amp; co"), worksheet("<row r=\"1\">" + istr("A1", "customer") + "</row><row r=\"2\">"
                                                     + istr("A2", "张伟") + "</row>")}}));
        QVERIFY(!path.isEmpty());
        const QStringList sheets = {QStringLiteral("Orders"), QStringLiteral("客户 & co")};
        QString error;
        QCOMPARE(XlsxReader::sheetNames(path, &error), sheets);

        ReaderOptions options;
        options.path = path;
        std::unique_ptr<XlsxReader> reader = XlsxReader::open(options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->settings().sheet, QStringLiteral("Orders"));
        QCOMPARE(reader->header(), QStringList{QStringLiteral("order")});

        options.sheet = QStringLiteral("客户 & co");
        reader = XlsxReader::open(options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->settings().sheet, options.sheet);
        QCOMPARE(reader->settings().sheets, sheets);
        QCOMPARE(reader->header(), QStringList{QStringLiteral("customer")});
        QCOMPARE(readAll(*reader).records, Records{{QStringLiteral("张伟")}});

        // Sheet names match regardless of case when there is no exact match.
        options.sheet = QStringLiteral("orders");
        reader = XlsxReader::open(options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->settings().sheet, QStringLiteral("Orders"));

        options.sheet = QStringLiteral("Nope");
        error.clear();
        reader = XlsxReader::open(options, &error);
        QVERIFY(!reader);
        QVERIFY2(error.contains(QLatin1String("\"Nope\"")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("\"Orders\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("\"客户 & co\"")), qPrintable(error));
    }

    void openRecordSourceDetectsWorkbooks()
    {
        const QString path = writeWithWriter({QStringLiteral("A")}, {{1}});
        const QString renamed = newPath(QStringLiteral(".dat"));
        QVERIFY(QFile::copy(path, renamed));
        ReaderOptions options;
        options.path = renamed;
        QString error;
        const std::unique_ptr<RecordSource> source = openRecordSource(options, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->settings().format, SourceFormat::Xlsx);
    }

    void recordProblems()
    {
        // A row longer than maxRecordChars and a reference to a missing shared string are row problems.
        const QString path = writeBook(workbookParts(
            {{QStringLiteral("S"),
              worksheet("<row r=\"1\">" + istr("A1", "h") + istr("B1", "i") + "</row>"
                        "<row r=\"2\">" + istr("A2", QByteArray(600, 'x')) + istr("B2", QByteArray(600, 'y')) + "</row>"
                        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c>" + istr("B3", "ok") + "</row>"
                        "<row r=\"4\">" + istr("A4", "fine") + "</row>")}},
            QByteArray("<si><t>only one</t></si>")));
        ReaderOptions options;
        options.path = path;
        options.maxRecordChars = 1000;
        QString error;
        const std::unique_ptr<XlsxReader> reader = XlsxReader::open(options, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.lines, (QList<qint64>{2, 3, 4}));
        QVERIFY(result.records.at(0).isEmpty());
        QVERIFY2(result.problems.at(0).contains(QLatin1String("1000")), qPrintable(result.problems.at(0)));
        QVERIFY(result.raws.at(0).size() <= 1000);
        QVERIFY2(result.problems.at(1).contains(QLatin1String("A3")), qPrintable(result.problems.at(1)));
        QCOMPARE(result.records.at(1), (QStringList{QString(), QStringLiteral("ok")}));
        QVERIFY(result.problems.at(2).isEmpty());
        QCOMPARE(result.records.at(2), (QStringList{QStringLiteral("fine"), QString()}));
    }

    void progress()
    {
        QList<QVariantList> rows;
        for (int i = 0; i < 20000; ++i)
            rows.append({QStringLiteral("customer %1").arg(i), i, i * 1.5});
        const QString path = writeWithWriter({QStringLiteral("Name"), QStringLiteral("N"), QStringLiteral("X")}, rows);
        QVERIFY(!path.isEmpty());
        QString error;
        const std::unique_ptr<XlsxReader> reader = openReader(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->totalBytes(), QFileInfo(path).size());
        qint64 last = reader->bytesRead();
        QVERIFY(last < reader->totalBytes());
        bool movedBeforeEnd = false;
        QStringList fields;
        qint64 count = 0;
        while (reader->next(fields)) {
            QVERIFY(reader->bytesRead() >= last);
            QVERIFY(reader->bytesRead() <= reader->totalBytes());
            if (reader->bytesRead() > last && reader->bytesRead() < reader->totalBytes())
                movedBeforeEnd = true;
            last = reader->bytesRead();
            ++count;
        }
        QVERIFY(reader->errorString().isEmpty());
        QCOMPARE(count, qint64(rows.size()));
        QVERIFY(movedBeforeEnd);
        QCOMPARE(reader->bytesRead(), reader->totalBytes());
    }

    // ---- Damaged and hostile files ----

    void failures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); ///< part of the error message
        QTest::addColumn<bool>("failsAtOpen");

        QTest::newRow("not_a_zip") << "not_a_zip" << "is not an XLSX workbook" << true;
        QTest::newRow("empty_file") << "empty_file" << "is empty" << true;
        QTest::newRow("truncated_zip") << "truncated_zip" << "damaged or incomplete" << true;
        QTest::newRow("zip_without_workbook") << "zip_without_workbook" << "xl/workbook.xml" << true;
        QTest::newRow("missing_sheet_part") << "missing_sheet_part" << "is missing" << true;
        QTest::newRow("malformed_first_row") << "malformed_first_row" << "not well-formed" << true;
        QTest::newRow("malformed_later_row") << "malformed_later_row" << "row 3" << false;
        QTest::newRow("truncated_sheet_xml") << "truncated_sheet_xml" << "not well-formed" << false;
        QTest::newRow("malformed_workbook") << "malformed_workbook" << "not well-formed" << true;
        QTest::newRow("dtd_in_sheet") << "dtd_in_sheet" << "document type" << true;
        QTest::newRow("column_beyond_xfd") << "column_beyond_xfd" << "XFD" << false;
        QTest::newRow("empty_sheet") << "empty_sheet" << "is empty" << true;
        QTest::newRow("zip_bomb") << "zip_bomb" << "inflates" << true;
        QTest::newRow("lying_zip_directory") << "lying_zip_directory" << "" << false;
        QTest::newRow("shared_strings_bomb") << "shared_strings_bomb" << "inflates" << true;
        QTest::newRow("shared_strings_memory") << "shared_strings_memory" << "memory" << true;
        QTest::newRow("no_sheets") << "no_sheets" << "no sheets" << true;
    }

    void failures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(bool, failsAtOpen);

        const QByteArray header = "<row r=\"1\">" + istr("A1", "h") + "</row>";
        const QByteArray good = "<row r=\"2\">" + num("A2", "1") + "</row>";
        QString path;
        ReaderOptions options;
        if (kind == QLatin1String("not_a_zip")) {
            path = newPath();
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,City\nAlice,Paris\n");
        } else if (kind == QLatin1String("empty_file")) {
            path = newPath();
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("truncated_zip")) {
            QList<QVariantList> rows;
            for (int i = 0; i < 2000; ++i)
                rows.append({QStringLiteral("row %1").arg(i), i});
            path = writeWithWriter({QStringLiteral("A"), QStringLiteral("B")}, rows);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QLatin1String("zip_without_workbook")) {
            path = writeBook({{QStringLiteral("xl/worksheets/sheet1.xml"), worksheet(header + good)},
                              {QStringLiteral("readme.txt"), "hello"}});
        } else if (kind == QLatin1String("missing_sheet_part")) {
            Parts parts = workbookParts({{QStringLiteral("S"), worksheet(header + good)}});
            parts.removeIf([](const auto &part) { return part.first.startsWith(QLatin1String("xl/worksheets/")); });
            path = writeBook(parts);
        } else if (kind == QLatin1String("malformed_first_row")) {
            path = writeBook(workbookParts({{QStringLiteral("S"), worksheet("<row r=\"1\"><c r=\"A1\"><v>1</c></row>")}}));
        } else if (kind == QLatin1String("malformed_later_row")) {
            path = writeBook(workbookParts(
                {{QStringLiteral("S"), worksheet(header + good + "<row r=\"3\"><c r=\"A3\"><v>2</v></x></row>")}}));
        } else if (kind == QLatin1String("truncated_sheet_xml")) {
            QByteArray sheet = worksheet(header + good + good);
            sheet.chop(40);
            path = writeBook(workbookParts({{QStringLiteral("S"), sheet}}));
        } else if (kind == QLatin1String("malformed_workbook")) {
            Parts parts = workbookParts({{QStringLiteral("S"), worksheet(header + good)}});
            for (auto &part : parts) {
                if (part.first == QLatin1String("xl/workbook.xml"))
                    part.second.replace("</sheets>", "</sheet>");
            }
            path = writeBook(parts);
        } else if (kind == QLatin1String("dtd_in_sheet")) {
            QByteArray sheet = worksheet(header + good);
            sheet.insert(sheet.indexOf("<worksheet"),
                         "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>");
            path = writeBook(workbookParts({{QStringLiteral("S"), sheet}}));
        } else if (kind == QLatin1String("column_beyond_xfd")) {
            path = writeBook(workbookParts(
                {{QStringLiteral("S"), worksheet(header + good + "<row r=\"3\">" + num("XFE3", "1") + "</row>")}}));
        } else if (kind == QLatin1String("empty_sheet")) {
            path = writeBook(workbookParts({{QStringLiteral("S"), worksheet("<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>")}}));
        } else if (kind == QLatin1String("zip_bomb") || kind == QLatin1String("lying_zip_directory")) {
            path = writeBombBook();
            QVERIFY(!path.isEmpty());
            QVERIFY(QFileInfo(path).size() < 5 * 1024 * 1024);
            options.maxInflatedBytes = 10 * 1024 * 1024;
            if (kind == QLatin1String("lying_zip_directory")) {
                // The zip directory and the local header claim 1 MB: the sheet must still stop, and quickly.
                QByteArray bytes = fileBytes(path);
                const QByteArray entry = "xl/worksheets/sheet1.xml";
                const QList<qsizetype> central = headersOf(bytes, QByteArray("PK\x01\x02", 4), entry);
                const QList<qsizetype> local = headersOf(bytes, QByteArray("PK\x03\x04", 4), entry);
                QCOMPARE(central.size(), 1);
                QCOMPARE(local.size(), 1);
                putLe32(bytes, central.first() + 24, 1024 * 1024);
                putLe32(bytes, local.first() + 22, 1024 * 1024);
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(bytes);
            }
        } else if (kind == QLatin1String("shared_strings_bomb")) {
            QByteArray strings;
            for (int i = 0; i < 100000; ++i)
                strings += "<si><t>repeated text</t></si>";
            path = writeBook(workbookParts({{QStringLiteral("S"), worksheet(header + good)}}, strings));
            options.maxInflatedBytes = 1024 * 1024;
        } else if (kind == QLatin1String("shared_strings_memory")) {
            // Small XML, many entries: the table would take far more memory than the XML.
            path = writeBook(workbookParts({{QStringLiteral("S"), worksheet(header + good)}},
                                           QByteArray("<si/>").repeated(180000)));
            options.maxInflatedBytes = 1024 * 1024;
        } else if (kind == QLatin1String("no_sheets")) {
            path = writeBook(workbookParts({}));
        }
        QVERIFY(!path.isEmpty());
        options.path = path;

        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::unique_ptr<XlsxReader> reader = XlsxReader::open(options, &error);
        if (failsAtOpen) {
            QVERIFY2(!reader, qPrintable(kind));
        } else if (reader) {
            const ReadResult result = readAll(*reader);
            error = result.error;
        }
        qInfo("%s: %s", qPrintable(kind), qPrintable(error));
        QVERIFY2(!error.isEmpty(), qPrintable(kind));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 took %2 ms").arg(kind).arg(timer.elapsed())));

        if (kind != QLatin1String("no_sheets") && kind != QLatin1String("empty_file")
            && kind != QLatin1String("not_a_zip") && kind != QLatin1String("truncated_zip")
            && kind != QLatin1String("zip_without_workbook") && kind != QLatin1String("malformed_workbook")) {
            QString namesError;
            QVERIFY2(!XlsxReader::sheetNames(path, &namesError).isEmpty(), qPrintable(namesError));
        }
    }

    void sheetNamesOfBadFile()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workbook");
        file.close();
        QString error;
        QVERIFY(XlsxReader::sheetNames(path, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("is not an XLSX workbook")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
