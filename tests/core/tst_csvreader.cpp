#include "importing/bytesource.h"
#include "importing/csvreader.h"
#include "importing/textencoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using Records = QList<QStringList>;

namespace {

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

ReadResult readAll(CsvReader &reader)
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

QString dataFile(const char *relative)
{
    return QStringLiteral(TAILOR_DATA_DIR "/") + QLatin1String(relative);
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

/** 1-based line of byte @p offset in @p data; CRLF, LF and a lone CR each end a line. */
qint64 lineAt(const QByteArray &data, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n')
            ++line;
        else if (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'))
            ++line;
    }
    return line;
}

/**
 * Appends filler records "f,yyy" to @p data so that it ends exactly at byte
 * @p offset (which must be at least 5 bytes away).
 */
void padTo(QByteArray &data, qsizetype offset)
{
    const qsizetype missing = offset - data.size();
    QVERIFY(missing >= 5);
    // records of at most ~200 bytes, the last one taking the remainder
    qsizetype left = missing;
    while (left > 0) {
        const qsizetype len = left > 400 ? 200 : left;
        data += "f,";
        data += QByteArray(len - 3, 'y');
        data += '\n';
        left -= len;
    }
    QCOMPARE(data.size(), offset);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QString writeGzip(const QString &name, const QList<QByteArray> &members);
    std::unique_ptr<CsvReader> openFile(const QString &path, ReaderOptions options = {});

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

private slots:
    void initTestCase();

    // TextEncoding
    void detectEncoding_data();
    void detectEncoding();
    void canonicalName_data();
    void canonicalName();
    void decoderSplitsAnywhere_data();
    void decoderSplitsAnywhere();
    void decoderFlushesIncompleteCharacter();

    // ByteSource
    void byteSourcePeekThenRead();
    void byteSourceGzipByContent();

    // CsvReader
    void sniffDelimiter_data();
    void sniffDelimiter();
    void parse_data();
    void parse();
    void encodings_data();
    void encodings();
    void forcedOptions();
    void invalidOptions();
    void lineNumbersAndRawText();
    void unterminatedQuote();
    void recordTooLong_data();
    void recordTooLong();
    void hugeSingleField_data();
    void hugeSingleField();
    void notText_data();
    void notText();
    void emptyFile_data();
    void emptyFile();
    void headerOnly();
    void wrongEncoding();
    void chunkBoundaries();
    void chunkBoundaryMultiByte_data();
    void chunkBoundaryMultiByte();
    void gzip();
    void gzipDamaged_data();
    void gzipDamaged();
    void missingFile();

    // Real data sets
    void onlineRetail();
    void movieLens100kNoHeader();
    void movieLens1mDoubleColon();
};

QString TestCsvReader::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("%1_%2").arg(++m_fileCounter).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestCsvReader::writeGzip(const QString &name, const QList<QByteArray> &members)
{
    const QString path = m_dir.filePath(QStringLiteral("%1_%2").arg(++m_fileCounter).arg(name));
    bool first = true;
    for (const QByteArray &member : members) {
        // each gzopen/gzclose writes one gzip member; "ab" appends the next
        gzFile gz = gzopen(QFile::encodeName(path).constData(), first ? "wb" : "ab");
        if (!gz)
            qFatal("cannot write %s", qPrintable(path));
        if (!member.isEmpty() && gzwrite(gz, member.constData(), unsigned(member.size())) != int(member.size()))
            qFatal("gzwrite failed");
        gzclose(gz);
        first = false;
    }
    return path;
}

std::unique_ptr<CsvReader> TestCsvReader::openFile(const QString &path, ReaderOptions options)
{
    options.path = path;
    QString error;
    auto reader = CsvReader::open(options, &error);
    if (!reader)
        qWarning("open failed: %s", qPrintable(error));
    return reader;
}

void TestCsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// ---------------------------------------------------------------- TextEncoding

void TestCsvReader::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<bool>("binary");

    const QString text = QStringLiteral("name,city\n张三,北京\nJosé,São Paulo\n");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << "UTF-8" << 0 << false;
    QTest::newRow("utf8") << text.toUtf8() << "UTF-8" << 0 << false;
    QTest::newRow("utf8_bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << 3 << false;
    QTest::newRow("utf16le_bom") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << "UTF-16LE" << 2 << false;
    QTest::newRow("utf16be_bom") << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << "UTF-16BE" << 2 << false;
    QTest::newRow("utf16le_no_bom") << encode(QStringLiteral("id,name\n1,abc\n"), "UTF-16LE") << "UTF-16LE" << 0 << false;
    QTest::newRow("gb18030") << encode(text, "GB18030") << "GB18030" << 0 << false;
    QTest::newRow("gb18030_bom") << QByteArray("\x84\x31\x95\x33") + encode(text, "GB18030") << "GB18030" << 4 << false;
    QTest::newRow("latin1_falls_back_to_utf8") << QByteArray("caf\xE9,1\n") << "UTF-8" << 0 << false;
    QTest::newRow("nul_bytes") << QByteArray("PK\x03\x04\x00\x00\x08\x00" "abc", 11) << "UTF-8" << 0 << true;
    QByteArray controls(1000, 'a');
    for (int i = 0; i < 100; ++i)
        controls[i * 10] = '\x02';
    QTest::newRow("control_bytes") << controls << "UTF-8" << 0 << true;
}

void TestCsvReader::detectEncoding()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, encoding);
    QFETCH(int, bomLength);
    QFETCH(bool, binary);

    const TextEncoding::Detection detection = TextEncoding::detect(sample, true);
    QCOMPARE(detection.isBinary, binary);
    if (!binary) {
        QCOMPARE(detection.encoding, encoding);
        QCOMPARE(detection.bomLength, bomLength);
    }
}

void TestCsvReader::canonicalName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("utf8_lower") << "utf8" << "UTF-8";
    QTest::newRow("utf8_dash") << "UTF-8" << "UTF-8";
    QTest::newRow("utf16le") << "utf-16le" << "UTF-16LE";
    QTest::newRow("utf16be") << "UTF-16BE" << "UTF-16BE";
    QTest::newRow("gbk") << "GBK" << "GB18030";
    QTest::newRow("gb2312") << "gb2312" << "GB18030";
    QTest::newRow("gb18030") << "gb18030" << "GB18030";
    QTest::newRow("latin1") << "latin1" << "ISO-8859-1";
    QTest::newRow("unknown") << "EBCDIC" << "";
}

void TestCsvReader::canonicalName()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    QCOMPARE(TextEncoding::canonicalName(name), canonical);
}

void TestCsvReader::decoderSplitsAnywhere_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf8") << "UTF-8";
    QTest::newRow("utf16le") << "UTF-16LE";
    QTest::newRow("utf16be") << "UTF-16BE";
    QTest::newRow("gb18030") << "GB18030";
}

void TestCsvReader::decoderSplitsAnywhere()
{
    QFETCH(QString, encoding);
    // CJK (2 bytes in GB18030, 3 in UTF-8), an emoji (4 bytes, a surrogate pair) and é
    const QString text = QStringLiteral("id,名字\n1,😀 café 中文\n");
    const QByteArray bytes = encode(text, encoding.toLatin1().constData());
    for (qsizetype split = 1; split < bytes.size(); ++split) {
        TextEncoding::Decoder decoder(encoding);
        QVERIFY(decoder.isValid());
        QString out;
        decoder.decode(QByteArrayView(bytes).first(split), out);
        decoder.decode(QByteArrayView(bytes).sliced(split), out);
        decoder.finish(out);
        QCOMPARE(out, text);
        QVERIFY(!decoder.hasError());
    }
}

void TestCsvReader::decoderFlushesIncompleteCharacter()
{
    TextEncoding::Decoder decoder(QStringLiteral("UTF-8"));
    QString out;
    decoder.decode(QByteArray("ab\xE4\xB8"), out);
    QCOMPARE(out, QStringLiteral("ab"));
    decoder.finish(out);
    QCOMPARE(out, QStringLiteral("ab\uFFFD"));
    QVERIFY(decoder.hasError());
}

// ---------------------------------------------------------------- ByteSource

void TestCsvReader::byteSourcePeekThenRead()
{
    QByteArray content;
    for (int i = 0; i < 50000; ++i)
        content += QByteArray::number(i) + ",x\n";
    const QString path = writeFile(QStringLiteral("plain.csv"), content);

    ByteSource source;
    QString error;
    QVERIFY2(source.open(path, &error), qPrintable(error));
    QVERIFY(!source.isGzip());
    QCOMPARE(source.fileSize(), content.size());
    QCOMPARE(source.peek(10), content.left(10));
    QCOMPARE(source.peek(1000), content.left(1000));

    QByteArray all;
    QByteArray buffer(4096, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = source.read(buffer.data(), buffer.size())) > 0)
        all += buffer.left(n);
    QCOMPARE(n, 0);
    QVERIFY(source.atEnd());
    QCOMPARE(all, content);
    QCOMPARE(source.compressedPos(), source.fileSize());
}

void TestCsvReader::byteSourceGzipByContent()
{
    QByteArray content;
    for (int i = 0; i < 100000; ++i)
        content += "row," + QByteArray::number(i * 7919 % 10007) + "\n";
    // named .csv on purpose: gzip is recognised by its magic bytes
    const QString path = writeGzip(QStringLiteral("compressed.csv"), {content.left(500000), content.mid(500000)});

    ByteSource source;
    QString error;
    QVERIFY2(source.open(path, &error), qPrintable(error));
    QVERIFY(source.isGzip());
    QCOMPARE(source.peek(7), content.left(7));
    QByteArray all;
    QByteArray buffer(100000, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = source.read(buffer.data(), buffer.size())) > 0) {
        QVERIFY(source.compressedPos() <= source.fileSize());
        all += buffer.left(n);
    }
    QCOMPARE(n, 0);
    QVERIFY(source.errorString().isEmpty());
    QCOMPARE(all.size(), content.size());
    QCOMPARE(all, content);
    QCOMPARE(source.compressedPos(), source.fileSize());
}

// ---------------------------------------------------------------- CsvReader

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("delimiter");

    QTest::newRow("comma") << "a,b,c\n1,2,3\n4,5,6\n" << true << ",";
    QTest::newRow("semicolon_decimal_commas") << "name;price\nx;1,5\ny;12,25\nz;3\n" << true << ";";
    QTest::newRow("tab") << "user\titem\trating\n1\t2\t3\n" << true << "\t";
    QTest::newRow("pipe") << "a|b\n1|2\n" << true << "|";
    QTest::newRow("double_colon_movielens") << "1::1193::5::978300760\n1::661::3::978302109\n" << true << "::";
    QTest::newRow("comma_with_quoted_semicolons")
        << "id,text\n1,\"a;b;c\"\n2,\"d;e\"\n3,f\n" << true << ",";
    QTest::newRow("comma_with_quoted_newline")
        << "id,text,n\n1,\"x\ny;z|w\",2\n3,plain,4\n" << true << ",";
    QTest::newRow("cut_last_record_ignored") << "a;b\n1;2\n3;4\n5,6,7,8" << false << ";";
    QTest::newRow("single_column_defaults_to_comma") << "name\nalice\nbob\n" << true << ",";
    QTest::newRow("timestamps_are_not_double_colon")
        << "id,at\n1,2011-12-09 12:50:00\n2,2011-12-09 12:51:00\n" << true << ",";
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QString, sample);
    QFETCH(bool, complete);
    QFETCH(QString, delimiter);
    QCOMPARE(CsvReader::sniffDelimiter(sample, complete), delimiter);
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Records>("records");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n") << "," << true << ab
                           << Records{{"1", "2"}, {"3", "4"}};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n3;4,25\n") << ";" << true << ab
                               << Records{{"1,5", "2"}, {"3", "4,25"}};
    QTest::newRow("tab") << QByteArray("a\tb\nx y\t2\n") << "\t" << true << ab << Records{{"x y", "2"}};
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << "|" << true << ab << Records{{"1", "2"}};
    QTest::newRow("double_colon_no_header")
        << QByteArray("1::1193::5::978300760\n1::661::3::978302109\n") << "::" << false
        << QStringList{"Column 1", "Column 2", "Column 3", "Column 4"}
        << Records{{"1", "1193", "5", "978300760"}, {"1", "661", "3", "978302109"}};
    QTest::newRow("tab_numeric_no_header")
        << QByteArray("196\t242\t3\t881250949\n186\t302\t3\t891717742\n") << "\t" << false
        << QStringList{"Column 1", "Column 2", "Column 3", "Column 4"}
        << Records{{"196", "242", "3", "881250949"}, {"186", "302", "3", "891717742"}};
    QTest::newRow("quoted_delimiter") << QByteArray("a,b\n\"x,y\",2\n") << "," << true << ab
                                      << Records{{"x,y", "2"}};
    QTest::newRow("quoted_newline_lf") << QByteArray("a,b\n1,\"line one\nline two\"\n2,x\n") << "," << true
                                       << ab << Records{{"1", "line one\nline two"}, {"2", "x"}};
    QTest::newRow("quoted_newline_crlf") << QByteArray("a,b\r\n1,\"one\r\ntwo\"\r\n2,x\r\n") << "," << true
                                         << ab << Records{{"1", "one\r\ntwo"}, {"2", "x"}};
    QTest::newRow("doubled_quotes") << QByteArray("a,b\n1,\"say \"\"hi\"\"\"\n\"\"\"\",\"\"\n") << ","
                                    << true << ab << Records{{"1", "say \"hi\""}, {"\"", ""}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << "," << true << ab
                          << Records{{"1", "2"}, {"3", "4"}};
    QTest::newRow("lone_cr") << QByteArray("a,b\r1,2\r3,4\r") << "," << true << ab
                             << Records{{"1", "2"}, {"3", "4"}};
    QTest::newRow("blank_lines_skipped") << QByteArray("\na,b\n\n1,2\r\n\r\n  \n3,4\n\n") << "," << true << ab
                                         << Records{{"1", "2"}, {"3", "4"}};
    QTest::newRow("no_final_newline") << QByteArray("a,b\n1,2") << "," << true << ab << Records{{"1", "2"}};
    QTest::newRow("trailing_delimiter") << QByteArray("a,b,\n1,2,\n") << "," << true
                                        << QStringList{"a", "b", "Column 3"} << Records{{"1", "2", ""}};
    QTest::newRow("empty_fields") << QByteArray("a,b,c\n,,\n") << "," << true << QStringList{"a", "b", "c"}
                                  << Records{{"", "", ""}};
    QTest::newRow("fields_not_trimmed_header_trimmed")
        << QByteArray(" a , b \n 1 , 2 \n") << "," << true << ab << Records{{" 1 ", " 2 "}};
    QTest::newRow("bom_utf8_header") << QByteArray("\xEF\xBB\xBF\"a\",b\n1,2\n") << "," << true << ab
                                     << Records{{"1", "2"}};
    QTest::newRow("quote_inside_unquoted_field") << QByteArray("a,b\n5\" pipe,2\n") << "," << true << ab
                                                 << Records{{"5\" pipe", "2"}};
    QTest::newRow("text_after_closing_quote") << QByteArray("a,b\n\"x\"y,2\n") << "," << true << ab
                                              << Records{{"xy", "2"}};
    QTest::newRow("ragged_records") << QByteArray("a,b\n1\n1,2,3\n") << "," << true << ab
                                    << Records{{"1"}, {"1", "2", "3"}};
    QTest::newRow("quoted_double_colon") << QByteArray("a::b\n\"x::y\"::2\n3::4\n") << "::" << true << ab
                                         << Records{{"x::y", "2"}, {"3", "4"}};
    QTest::newRow("double_colon_single_colon_kept") << QByteArray("a::b\n12:30::2\n1::2:\n") << "::" << true << ab
                                                    << Records{{"12:30", "2"}, {"1", "2:"}};
    QTest::newRow("header_with_numbers_and_text") << QByteArray("id,2020,2021\n1,5,6\n") << "," << true
                                                  << QStringList{"id", "2020", "2021"} << Records{{"1", "5", "6"}};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, header);
    QFETCH(Records, records);

    auto reader = openFile(writeFile(QStringLiteral("parse.csv"), content));
    QVERIFY(reader);
    QCOMPARE(reader->settings().delimiter, delimiter);
    QCOMPARE(reader->settings().hasHeader, hasHeader);
    QCOMPARE(reader->settings().format, SourceFormat::Csv);
    QCOMPARE(reader->settings().encoding, QStringLiteral("UTF-8"));
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.header, header);
    QCOMPARE(result.records, records);
    QVERIFY(result.error.isEmpty());
    for (const QString &problem : result.problems)
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
    QCOMPARE(reader->totalBytes(), content.size());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("encoding");

    const QString text = QStringLiteral("名字,城市\n张三,北京\nJosé,\"São Paulo, 😀\"\n");
    QTest::newRow("utf8_bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "" << "UTF-8";
    QTest::newRow("utf8_no_bom") << text.toUtf8() << "" << "UTF-8";
    QTest::newRow("utf16le_bom") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << "" << "UTF-16LE";
    QTest::newRow("utf16be_bom") << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << "" << "UTF-16BE";
    QTest::newRow("gb18030_detected") << encode(text, "GB18030") << "" << "GB18030";
    QTest::newRow("gb18030_forced_as_gbk") << encode(text, "GB18030") << "GBK" << "GB18030";
    QTest::newRow("gb18030_bom") << QByteArray("\x84\x31\x95\x33") + encode(text, "GB18030") << "" << "GB18030";
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);

    ReaderOptions options;
    options.encoding = forced;
    auto reader = openFile(writeFile(QStringLiteral("encoding.csv"), content), options);
    QVERIFY(reader);
    QCOMPARE(reader->settings().encoding, encoding);
    QCOMPARE(reader->settings().delimiter, QStringLiteral(","));
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.header, (QStringList{QStringLiteral("名字"), QStringLiteral("城市")}));
    QCOMPARE(result.records, (Records{{QStringLiteral("张三"), QStringLiteral("北京")},
                                      {QStringLiteral("José"), QStringLiteral("São Paulo, 😀")}}));
    QCOMPARE(result.problems, (QStringList{QString(), QString()}));
    QCOMPARE(result.lines, (QList<qint64>{2, 3}));
}

void TestCsvReader::forcedOptions()
{
    const QString path = writeFile(QStringLiteral("forced.csv"), QByteArray("1;2,5\n3;4\n"));
    {
        ReaderOptions options;
        options.delimiter = QStringLiteral(";");
        options.headerRow = 1;
        auto reader = openFile(path, options);
        QVERIFY(reader);
        QVERIFY(reader->settings().hasHeader);
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.header, (QStringList{"1", "2,5"}));
        QCOMPARE(result.records, (Records{{"3", "4"}}));
        QCOMPARE(result.lines, (QList<qint64>{2}));
    }
    {
        ReaderOptions options;
        options.delimiter = QStringLiteral(",");
        options.headerRow = 0;
        auto reader = openFile(path, options);
        QVERIFY(reader);
        QVERIFY(!reader->settings().hasHeader);
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.header, (QStringList{"Column 1", "Column 2"}));
        QCOMPARE(result.records, (Records{{"1;2", "5"}, {"3;4"}}));
        QCOMPARE(result.lines, (QList<qint64>{1, 2}));
        QCOMPARE(result.raws, (QStringList{"1;2,5", "3;4"}));
    }
    {
        ReaderOptions options;
        options.delimiter = QStringLiteral("tab");
        auto reader = openFile(writeFile(QStringLiteral("tab.tsv"), QByteArray("a\tb\n1\t2\n")), options);
        QVERIFY(reader);
        QCOMPARE(reader->settings().delimiter, QStringLiteral("\t"));
        QCOMPARE(readAll(*reader).records, (Records{{"1", "2"}}));
    }
}

void TestCsvReader::invalidOptions()
{
    const QString path = writeFile(QStringLiteral("options.csv"), QByteArray("a,b\n1,2\n"));
    ReaderOptions options;
    options.path = path;
    QString error;

    options.encoding = QStringLiteral("EBCDIC");
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.contains(QLatin1String("EBCDIC")), qPrintable(error));

    options.encoding.clear();
    options.delimiter = QStringLiteral("\"");
    error.clear();
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY(!error.isEmpty());
}

void TestCsvReader::lineNumbersAndRawText()
{
    const QByteArray content("id,text\n"            // line 1
                             "1,plain\n"            // line 2
                             "\n"                   // line 3, blank
                             "2,\"multi\n"          // line 4
                             "line\r\n"             // line 5
                             "text\"\r\n"           // line 6
                             "3,\"a\"\"b\"\r"       // line 7, lone CR
                             "4,last");             // line 8, no final newline
    ReaderOptions options;
    options.maxRecordChars = 12;
    auto reader = openFile(writeFile(QStringLiteral("lines.csv"), content), options);
    QVERIFY(reader);
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.records, (Records{{"1", "plain"}, {}, {"3", "a\"b"}, {"4", "last"}}));
    QCOMPARE(result.lines, (QList<qint64>{2, 4, 7, 8}));
    // record 2 is 20 characters, over the limit of 12
    QVERIFY(result.problems.at(0).isEmpty());
    QVERIFY2(result.problems.at(1).contains(QLatin1String("12")), qPrintable(result.problems.at(1)));
    QVERIFY(result.problems.at(1).contains(QLatin1String("4")));
    QVERIFY(result.problems.at(2).isEmpty());
    QCOMPARE(result.raws, (QStringList{"1,plain", "2,\"multi\nlin", "3,\"a\"\"b\"", "4,last"}));

    // without the limit, the raw text of a multi-line record keeps its line breaks
    auto unlimited = openFile(writeFile(QStringLiteral("lines2.csv"), content));
    QVERIFY(unlimited);
    const ReadResult full = readAll(*unlimited);
    QCOMPARE(full.records.at(1), (QStringList{"2", "multi\nline\r\ntext"}));
    QCOMPARE(full.raws.at(1), QStringLiteral("2,\"multi\nline\r\ntext\""));
    QCOMPARE(full.lines, (QList<qint64>{2, 4, 7, 8}));
}

void TestCsvReader::unterminatedQuote()
{
    auto reader = openFile(writeFile(QStringLiteral("unterminated.csv"),
                                     QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n")));
    QVERIFY(reader);
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(0), (QStringList{"1", "2"}));
    QCOMPARE(result.records.at(1), (QStringList{"3", "open\n4,5\n6,7\n"}));
    QCOMPARE(result.lines, (QList<qint64>{2, 3}));
    QVERIFY(result.problems.at(0).isEmpty());
    QVERIFY2(result.problems.at(1).contains(QLatin1String("line 3")), qPrintable(result.problems.at(1)));
    QVERIFY(result.error.isEmpty());

    // an unterminated quote in the header row makes open() fail
    ReaderOptions options;
    options.path = writeFile(QStringLiteral("unterminated_header.csv"), QByteArray("\"a,b\n1,2\n"));
    QString error;
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.contains(QLatin1String("never closed")), qPrintable(error));
}

void TestCsvReader::recordTooLong_data()
{
    QTest::addColumn<QByteArray>("longRecord");
    QTest::newRow("unquoted") << QByteArray("2,abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("quoted_with_newlines") << QByteArray("2,\"abc\ndefghij\nklmnopqrstuvwxyz\"");
}

void TestCsvReader::recordTooLong()
{
    QFETCH(QByteArray, longRecord);
    const QByteArray content = "a,b\n1,x\n" + longRecord + "\n3,y\n";
    ReaderOptions options;
    options.maxRecordChars = 10;
    auto reader = openFile(writeFile(QStringLiteral("toolong.csv"), content), options);
    QVERIFY(reader);
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records.at(0), (QStringList{"1", "x"}));
    QVERIFY(result.records.at(1).isEmpty());
    QCOMPARE(result.records.at(2), (QStringList{"3", "y"}));
    QVERIFY(result.problems.at(1).contains(QLatin1String("10")));
    QCOMPARE(result.raws.at(1), QString::fromLatin1(longRecord.left(10)));
    QCOMPARE(result.lines.at(2), lineAt(content, content.indexOf("3,y")));
}

void TestCsvReader::hugeSingleField_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<qint64>("maxRecordChars");
    QTest::newRow("quoted_10MB_default_limit") << true << qint64(4 * 1024 * 1024);
    QTest::newRow("unquoted_10MB_default_limit") << false << qint64(4 * 1024 * 1024);
    QTest::newRow("quoted_10MB_within_limit") << true << qint64(16 * 1024 * 1024);
}

void TestCsvReader::hugeSingleField()
{
    QFETCH(bool, quoted);
    QFETCH(qint64, maxRecordChars);
    const qsizetype size = 10 * 1024 * 1024;
    QByteArray big(size, 'x');
    for (qsizetype i = 1000; i < size; i += 100000)
        big[i] = '\n'; // line breaks inside the field when quoted
    if (!quoted)
        big.replace('\n', ' ');
    QByteArray content = "id,text\n1,";
    content += quoted ? "\"" + big + "\"" : big;
    content += "\n2,after\n";

    ReaderOptions options;
    options.maxRecordChars = maxRecordChars;
    QElapsedTimer timer;
    timer.start();
    auto reader = openFile(writeFile(QStringLiteral("huge.csv"), content), options);
    QVERIFY(reader);
    QCOMPARE(reader->header(), (QStringList{"id", "text"}));
    QStringList fields;
    QVERIFY(reader->next(fields));
    const qint64 bigLines = quoted ? big.count('\n') : 0;
    if (maxRecordChars < size) {
        QVERIFY(fields.isEmpty());
        QVERIFY(reader->recordProblem().contains(QString::number(maxRecordChars)));
        QCOMPARE(reader->rawText().size(), qsizetype(maxRecordChars));
    } else {
        QVERIFY2(reader->recordProblem().isEmpty(), qPrintable(reader->recordProblem()));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(1).size(), size);
        QCOMPARE(fields.at(1), QString::fromLatin1(big));
    }
    QCOMPARE(reader->recordLine(), 2);
    QVERIFY(reader->next(fields));
    QCOMPARE(fields, (QStringList{"2", "after"}));
    QCOMPARE(reader->recordLine(), 3 + bigLines);
    QVERIFY(!reader->next(fields));
    QVERIFY(reader->errorString().isEmpty());
    qInfo("10 MB field read in %lld ms", timer.elapsed());
}

void TestCsvReader::notText_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("encoding");

    QRandomGenerator random(42);
    QByteArray junk(100000, Qt::Uninitialized);
    for (char &c : junk)
        c = char(random.bounded(256));
    QTest::newRow("random_bytes") << junk << "";
    QTest::newRow("random_bytes_forced_utf8") << junk << "UTF-8";
    QTest::newRow("zip_header") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + junk.left(500) << "";
}

void TestCsvReader::notText()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, encoding);
    ReaderOptions options;
    options.path = writeFile(QStringLiteral("junk.bin"), content);
    options.encoding = encoding;
    QString error;
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.contains(QLatin1String("is not a text file")), qPrintable(error));
    QVERIFY(error.contains(QFileInfo(options.path).fileName()));
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("zero_bytes") << QByteArray();
    QTest::newRow("bom_only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("blank_lines_only") << QByteArray("\n\r\n  \n");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QByteArray, content);
    ReaderOptions options;
    options.path = writeFile(QStringLiteral("empty.csv"), content);
    QString error;
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.endsWith(QLatin1String("is empty")), qPrintable(error));

    // a compressed empty file is empty too
    options.path = writeGzip(QStringLiteral("empty.csv.gz"), {content});
    error.clear();
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.endsWith(QLatin1String("is empty")), qPrintable(error));
}

void TestCsvReader::headerOnly()
{
    auto reader = openFile(writeFile(QStringLiteral("header.csv"), QByteArray("id,name,city\r\n")));
    QVERIFY(reader);
    QCOMPARE(reader->header(), (QStringList{"id", "name", "city"}));
    QVERIFY(reader->settings().hasHeader);
    QStringList fields{QStringLiteral("stale")};
    QVERIFY(!reader->next(fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(reader->errorString().isEmpty());
    QVERIFY(!reader->next(fields));
}

void TestCsvReader::wrongEncoding()
{
    const QByteArray content = QByteArray("name,city\n") + encode(QStringLiteral("张三,北京\n"), "GB18030")
                               + "bob,paris\n";
    ReaderOptions options;
    options.encoding = QStringLiteral("UTF-8");
    auto reader = openFile(writeFile(QStringLiteral("gb.csv"), content), options);
    QVERIFY(reader);
    QCOMPARE(reader->settings().encoding, QStringLiteral("UTF-8"));
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.records.size(), 2);
    QVERIFY2(result.problems.at(0).contains(QLatin1String("UTF-8")), qPrintable(result.problems.at(0)));
    QVERIFY(result.problems.at(0).contains(QLatin1String("Line 2")));
    QVERIFY(result.problems.at(1).isEmpty());
    QCOMPARE(result.records.at(1), (QStringList{"bob", "paris"}));

    // detected, the same file reads cleanly as GB18030
    auto detected = openFile(writeFile(QStringLiteral("gb2.csv"), content));
    QVERIFY(detected);
    QCOMPARE(detected->settings().encoding, QStringLiteral("GB18030"));
    const ReadResult clean = readAll(*detected);
    QCOMPARE(clean.records.at(0), (QStringList{QStringLiteral("张三"), QStringLiteral("北京")}));
    QCOMPARE(clean.problems, (QStringList{QString(), QString()}));
}

void TestCsvReader::chunkBoundaries()
{
    // Places tricky constructs exactly across the reader's chunk boundaries.
    const qsizetype chunk = CsvReader::ChunkSize;
    QByteArray data("id,text\n");
    QList<QStringList> special;
    QList<qint64> specialLines;
    auto addSpecial = [&](qsizetype boundary, qsizetype splitOffset, const QByteArray &record,
                          const QStringList &fields) {
        padTo(data, boundary - splitOffset);
        specialLines.append(lineAt(data, data.size()));
        data += record;
        special.append(fields);
    };
    // a doubled quote split: '"' | '"'
    addSpecial(chunk, 6, QByteArray("1,\"ab\"\"cd\nef\"\n"), {"1", "ab\"cd\nef"});
    // CRLF split: CR | LF
    addSpecial(2 * chunk, 7, QByteArray("2,crlf\r\n"), {"2", "crlf"});
    // CRLF inside quotes split
    addSpecial(3 * chunk, 5, QByteArray("3,\"x\r\ny\"\n"), {"3", "x\r\ny"});
    // closing quote | delimiter
    addSpecial(4 * chunk, 5, QByteArray("4,\"q\",z\n"), {"4", "q", "z"});
    // 3-byte UTF-8 character split after its first byte
    addSpecial(5 * chunk, 3, QByteArray("5,") + QStringLiteral("中文\n").toUtf8(), {"5", QStringLiteral("中文")});
    // 4-byte UTF-8 character split in the middle
    addSpecial(6 * chunk, 4, QByteArray("6,") + QStringLiteral("😀\n").toUtf8(), {"6", QStringLiteral("😀")});
    // quote opening a field right at the boundary
    addSpecial(7 * chunk, 2, QByteArray("7,\"a,b\"\n"), {"7", "a,b"});
    // the record ends exactly at a boundary (LF last byte of a chunk)
    addSpecial(8 * chunk, 4, QByteArray("8,z\n"), {"8", "z"});
    data += "9,end\n";
    QCOMPARE(data.at(chunk - 1), '"');
    QCOMPARE(data.at(chunk), '"');
    QCOMPARE(data.at(2 * chunk - 1), '\r');
    QCOMPARE(data.at(2 * chunk), '\n');

    for (const bool compressed : {false, true}) {
        const QString path = compressed ? writeGzip(QStringLiteral("chunks.csv.gz"), {data})
                                        : writeFile(QStringLiteral("chunks.csv"), data);
        auto reader = openFile(path);
        QVERIFY(reader);
        QCOMPARE(reader->settings().format, compressed ? SourceFormat::CsvGzip : SourceFormat::Csv);
        QStringList fields;
        int found = 0;
        qint64 records = 0;
        qint64 lastBytes = 0;
        while (reader->next(fields)) {
            ++records;
            QVERIFY2(reader->recordProblem().isEmpty(), qPrintable(reader->recordProblem()));
            QVERIFY(reader->bytesRead() >= lastBytes);
            lastBytes = reader->bytesRead();
            if (fields.at(0) == QLatin1String("f"))
                continue;
            if (fields.at(0) == QLatin1String("9"))
                break;
            QVERIFY(found < special.size());
            QCOMPARE(fields, special.at(found));
            QCOMPARE(reader->recordLine(), specialLines.at(found));
            ++found;
        }
        QCOMPARE(found, special.size());
        QCOMPARE(fields, (QStringList{"9", "end"}));
        QVERIFY(!reader->next(fields));
        QVERIFY(reader->errorString().isEmpty());
        QCOMPARE(reader->bytesRead(), reader->totalBytes());
        QVERIFY(records > 8);
    }
}

void TestCsvReader::chunkBoundaryMultiByte_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("utf8_comma") << "UTF-8" << ",";
    QTest::newRow("gb18030_semicolon") << "GB18030" << ";";
    QTest::newRow("utf16le_double_colon") << "UTF-16LE" << "::";
    QTest::newRow("utf16be_tab") << "UTF-16BE" << "\t";
}

void TestCsvReader::chunkBoundaryMultiByte()
{
    // Several MB of multi-byte text with quoted multi-line fields: every chunk
    // boundary falls somewhere inside a character, a field or a delimiter.
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    const QStringList words{QStringLiteral("中文"), QStringLiteral("😀x"), QStringLiteral("é"),
                            QStringLiteral("naïve"), QStringLiteral("北京市"), QStringLiteral("a")};
    QString text = QStringLiteral("id%1名字%1note\n").arg(delimiter);
    Records expected;
    int n = 0;
    for (; text.size() < 2'500'000; ++n) {
        const QString name = words.at(n % words.size()) + words.at((n / 7) % words.size());
        const bool quoted = n % 5 == 0;
        const QString note = quoted ? QStringLiteral("line \"%1\"\nnext%2").arg(n).arg(delimiter)
                                    : QString::number(n * 31);
        QString quotedNote = note;
        quotedNote.replace(QLatin1String("\""), QLatin1String("\"\""));
        text += QString::number(n) + delimiter + name + delimiter
                + (quoted ? QLatin1Char('"') + quotedNote + QLatin1Char('"') : note)
                + QLatin1String(n % 3 == 0 ? "\r\n" : "\n");
        expected.append({QString::number(n), name, note});
    }
    const QByteArray bytes = encode(text, encoding.toLatin1().constData());
    QVERIFY(bytes.size() > 2 * CsvReader::ChunkSize);

    ReaderOptions options;
    options.encoding = encoding;
    auto reader = openFile(writeFile(QStringLiteral("multibyte.csv"), bytes), options);
    QVERIFY(reader);
    QCOMPARE(reader->settings().delimiter, delimiter);
    QCOMPARE(reader->header(), (QStringList{"id", QStringLiteral("名字"), "note"}));
    QStringList fields;
    qint64 index = 0;
    qint64 expectedLine = 2;
    while (reader->next(fields)) {
        QVERIFY(index < expected.size());
        if (fields != expected.at(index))
            QCOMPARE(fields, expected.at(index));
        QCOMPARE(reader->recordLine(), expectedLine);
        QVERIFY(reader->recordProblem().isEmpty());
        expectedLine += 1 + (index % 5 == 0 ? 1 : 0);
        ++index;
    }
    QVERIFY(reader->errorString().isEmpty());
    QCOMPARE(index, expected.size());
}

void TestCsvReader::gzip()
{
    const QByteArray content("a,b\n1,\"x\ny\"\n");
    // two members, split inside a quoted field
    const QString path = writeGzip(QStringLiteral("data.csv.gz"), {content.left(8), content.mid(8) + "2,z\n"});
    auto reader = openFile(path);
    QVERIFY(reader);
    QCOMPARE(reader->settings().format, SourceFormat::CsvGzip);
    const ReadResult result = readAll(*reader);
    QCOMPARE(result.header, (QStringList{"a", "b"}));
    QCOMPARE(result.records, (Records{{"1", "x\ny"}, {"2", "z"}}));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(reader->bytesRead(), QFileInfo(path).size());
    QCOMPARE(reader->totalBytes(), QFileInfo(path).size());
}

void TestCsvReader::gzipDamaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated_early") << "truncate_early" << "truncated";
    QTest::newRow("truncated_late") << "truncate_late" << "truncated";
    QTest::newRow("corrupt_data") << "corrupt" << "not a valid gzip file";
}

void TestCsvReader::gzipDamaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);

    QRandomGenerator random(7);
    QByteArray content("id,value\n");
    for (int i = 0; i < 200000; ++i)
        content += QByteArray::number(i) + ',' + QByteArray::number(random.bounded(1000000)) + '\n';
    QFile file(writeGzip(QStringLiteral("damaged.csv.gz"), {content}));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    if (damage == QLatin1String("truncate_early")) {
        QVERIFY(file.resize(100));
    } else if (damage == QLatin1String("truncate_late")) {
        QVERIFY(file.resize(size * 3 / 4));
    } else {
        QVERIFY(file.seek(size / 2));
        QByteArray garbage(4096, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        file.write(garbage);
    }
    file.close();

    ReaderOptions options;
    options.path = file.fileName();
    QString error;
    auto reader = CsvReader::open(options, &error);
    if (reader) {
        const ReadResult result = readAll(*reader);
        error = result.error;
        QVERIFY(result.records.size() < 200000);
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(QFileInfo(file.fileName()).fileName()));
}

void TestCsvReader::missingFile()
{
    ReaderOptions options;
    options.path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
    QString error;
    QVERIFY(!CsvReader::open(options, &error));
    QVERIFY2(error.contains(QLatin1String("does-not-exist.csv")), qPrintable(error));
}

// ---------------------------------------------------------------- real data

void TestCsvReader::onlineRetail()
{
    const QString path = dataFile("online_retail/online_retail.csv.gz");
    if (!QFile::exists(path))
        QSKIP("online_retail.csv.gz is not available");
    QElapsedTimer timer;
    timer.start();
    auto reader = openFile(path);
    QVERIFY(reader);
    QCOMPARE(reader->settings().format, SourceFormat::CsvGzip);
    QCOMPARE(reader->settings().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(reader->settings().delimiter, QStringLiteral(","));
    QVERIFY(reader->settings().hasHeader);
    QCOMPARE(reader->header(), (QStringList{"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                                            "UnitPrice", "CustomerID", "Country"}));
    QStringList fields;
    qint64 records = 0;
    qint64 problems = 0;
    qint64 eightFields = 0;
    while (reader->next(fields)) {
        ++records;
        problems += !reader->recordProblem().isEmpty();
        eightFields += fields.size() == 8;
        if (records == 1) {
            QCOMPARE(fields, (QStringList{"536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6",
                                          "2010-12-01 08:26:00", "2.55", "17850.0", "United Kingdom"}));
            QCOMPARE(reader->recordLine(), 2);
        }
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY(reader->errorString().isEmpty());
    QCOMPARE(records, 541909);
    QCOMPARE(problems, 0);
    QCOMPARE(eightFields, 541909);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
    qInfo("online_retail.csv.gz: %lld records in %lld ms", records, elapsed);
}

void TestCsvReader::movieLens100kNoHeader()
{
    const QString path = dataFile("movielens_100k/u.data");
    if (!QFile::exists(path))
        QSKIP("movielens_100k/u.data is not available");
    auto reader = openFile(path);
    QVERIFY(reader);
    QCOMPARE(reader->settings().delimiter, QStringLiteral("\t"));
    QVERIFY(!reader->settings().hasHeader);
    QCOMPARE(reader->header(), (QStringList{"Column 1", "Column 2", "Column 3", "Column 4"}));
    QStringList fields;
    qint64 records = 0;
    while (reader->next(fields)) {
        ++records;
        QCOMPARE(fields.size(), 4);
        if (records == 1) {
            QCOMPARE(fields, (QStringList{"196", "242", "3", "881250949"}));
            QCOMPARE(reader->recordLine(), 1);
        }
    }
    QVERIFY(reader->errorString().isEmpty());
    QCOMPARE(records, 100000);
}

void TestCsvReader::movieLens1mDoubleColon()
{
    const QString path = dataFile("movielens_1m/ratings.dat.users0001-2999.gz");
    if (!QFile::exists(path))
        QSKIP("movielens_1m/ratings.dat.users0001-2999.gz is not available");
    auto reader = openFile(path);
    QVERIFY(reader);
    QCOMPARE(reader->settings().format, SourceFormat::CsvGzip);
    QCOMPARE(reader->settings().delimiter, QStringLiteral("::"));
    QVERIFY(!reader->settings().hasHeader);
    QCOMPARE(reader->header().size(), 4);
    QStringList fields;
    qint64 records = 0;
    while (reader->next(fields)) {
        ++records;
        QCOMPARE(fields.size(), 4);
        if (records == 1)
            QCOMPARE(fields, (QStringList{"1", "1193", "5", "978300760"}));
    }
    QVERIFY(reader->errorString().isEmpty());
    QVERIFY(records > 100000);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
