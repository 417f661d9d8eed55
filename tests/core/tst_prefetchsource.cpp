// PrefetchingSource returns exactly what the source it wraps returns (fields, line,
// problem, raw text, bytes read, record hash, the final error), across batch boundaries, and
// stops cleanly when its reader stops early.

#include "importing/prefetchsource.h"
#include "importing/recordsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

namespace {

struct Record
{
    QStringList fields;
    qint64 line = 0;
    QString problem;
    QString raw;
    qint64 bytesRead = 0;
    quint64 hash = 0;
    bool operator==(const Record &o) const
    {
        return fields == o.fields && line == o.line && problem == o.problem && raw == o.raw
               && bytesRead == o.bytesRead && hash == o.hash;
    }
};

struct ReadAll
{
    QList<Record> records;
    QString error;
    qint64 bytesAtEnd = 0;
};

ReadAll readAll(RecordSource &source)
{
    ReadAll out;
    QStringList fields;
    while (source.next(fields)) {
        out.records.append({fields, source.recordLine(), source.recordProblem(), source.rawText(), source.bytesRead(),
                            source.recordHash(fields)});
    }
    out.error = source.errorString();
    out.bytesAtEnd = source.bytesRead();
    return out;
}

} // namespace

class TestPrefetchSource : public QObject
{
    Q_OBJECT

private slots:
    void sameRecordsAsTheSource_data();
    void sameRecordsAsTheSource();
    void stopsWhenDestroyedEarly();
    void parsesCellsAhead();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }
    QTemporaryDir m_dir;
};

void TestPrefetchSource::sameRecordsAsTheSource_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxRecordChars");
    QTest::addColumn<bool>("expectError");

    // Many batches, quoted fields with line breaks and doubled quotes, and a record too long.
    QByteArray big = "id,name,note\n";
    for (int i = 0; i < 9000; ++i) {
        if (i == 4100)
            big += QByteArray::number(i) + ",\"" + QByteArray(300, 'x') + "\",long\n";
        else if (i % 97 == 0)
            big += QByteArray::number(i) + ",\"two\nlines, \"\"quoted\"\"\",n" + QByteArray::number(i) + "\n";
        else
            big += QByteArray::number(i) + ",name" + QByteArray::number(i) + ",\n";
    }
    QTest::newRow("9000 records") << write(QStringLiteral("big.csv"), big) << qint64(200) << false;
    // An unterminated quote at the end of the file: a record with a problem, last.
    QTest::newRow("unterminated quote")
        << write(QStringLiteral("open.csv"), "a,b\n1,2\n3,\"never closed\n4,5\n") << qint64(4 << 20) << false;
    QTest::newRow("header only") << write(QStringLiteral("header.csv"), "a,b\n") << qint64(4 << 20) << false;
    QTest::newRow("exactly one batch") << write(QStringLiteral("batch.csv"), [] {
        QByteArray bytes = "a\n";
        for (int i = 0; i < 2048; ++i)
            bytes += QByteArray::number(i) + '\n';
        return bytes;
    }()) << qint64(4 << 20) << false;

    // A gzip stream cut short: records, then a fatal error.
    QByteArray plain = "a,b\n";
    for (int i = 0; i < 20000; ++i)
        plain += QByteArray::number(i) + ",v" + QByteArray::number(i * 7) + '\n';
    QByteArray gz(int(compressBound(uLong(plain.size()))) + 64, '\0');
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(plain.data());
    z.avail_in = uInt(plain.size());
    z.next_out = reinterpret_cast<Bytef *>(gz.data());
    z.avail_out = uInt(gz.size());
    deflate(&z, Z_FINISH);
    gz.resize(int(z.total_out));
    deflateEnd(&z);
    QTest::newRow("truncated gzip") << write(QStringLiteral("cut.csv.gz"), gz.left(gz.size() * 2 / 3)) << qint64(4 << 20)
                                    << true;
}

void TestPrefetchSource::sameRecordsAsTheSource()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxRecordChars);
    QFETCH(bool, expectError);
    QVERIFY(!path.isEmpty());
    ReaderOptions options;
    options.path = path;
    options.maxRecordChars = maxRecordChars;
    QString error;
    std::unique_ptr<RecordSource> direct = openRecordSource(options, &error);
    QVERIFY2(direct, qPrintable(error));
    const ReadAll expected = readAll(*direct);

    std::unique_ptr<RecordSource> inner = openRecordSource(options, &error);
    QVERIFY2(inner, qPrintable(error));
    const QStringList header = inner->header();
    PrefetchingSource prefetching(std::move(inner));
    QCOMPARE(prefetching.header(), header);
    const ReadAll got = readAll(prefetching);

    QCOMPARE(got.records.size(), expected.records.size());
    for (int i = 0; i < got.records.size(); ++i)
        QVERIFY2(got.records.at(i) == expected.records.at(i), qPrintable(QStringLiteral("record %1").arg(i)));
    QCOMPARE(got.error, expected.error);
    QCOMPARE(!got.error.isEmpty(), expectError);
    QCOMPARE(got.bytesAtEnd, expected.bytesAtEnd);
    // Past the end it stays at the end.
    QStringList fields{QStringLiteral("stale")};
    QVERIFY(!prefetching.next(fields));
    QVERIFY(fields.isEmpty());
    if (path.endsWith(QLatin1String("big.csv"))) {
        int problems = 0;
        for (const Record &r : got.records)
            problems += !r.problem.isEmpty();
        QCOMPARE(problems, 1); // the record over 200 characters
    }
}

void TestPrefetchSource::stopsWhenDestroyedEarly()
{
    QByteArray bytes = "a,b\n";
    for (int i = 0; i < 50000; ++i)
        bytes += QByteArray::number(i) + ",x\n";
    ReaderOptions options;
    options.path = write(QStringLiteral("early.csv"), bytes);
    QString error;
    for (const int read : {0, 1, 2048, 5000}) {
        auto prefetching = std::make_unique<PrefetchingSource>(openRecordSource(options, &error));
        QStringList fields;
        for (int i = 0; i < read; ++i) {
            QVERIFY(prefetching->next(fields));
            QCOMPARE(fields.value(0), QString::number(i));
        }
        prefetching.reset(); // joins the reading thread, which waits on a full queue
    }
}

void TestPrefetchSource::parsesCellsAhead()
{
    // Across batches the cells parsed on the reading thread are the record's own, as the
    // same CellParser parses them on this thread; without a parser nothing is parsed.
    QByteArray bytes = "qty;when;price\n";
    for (int i = 0; i < 5000; ++i) {
        const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
        bytes += QByteArray::number(i % 13 - 3) + ';' + day + "/0" + QByteArray::number(1 + i % 9) + "/2011 "
                 + QByteArray::number(i % 24) + ":15;" + (i % 50 == 0 ? QByteArray("n/a") : QByteArray::number(i) + ",25")
                 + '\n';
    }
    ReaderOptions options;
    options.path = write(QStringLiteral("cells.csv"), bytes);
    QVERIFY(!options.path.isEmpty());
    using Kind = CellParser::Kind;
    CellParser::Settings settings;
    settings.numberStyle = NumberStyle::Comma;
    settings.dateOrder = DateOrder::DMY;
    const QList<CellParser::Cell> cells = {{0, Kind::Number}, {1, Kind::Time}, {2, Kind::Number}};

    QString error;
    std::unique_ptr<RecordSource> inner = openRecordSource(options, &error);
    QVERIFY2(inner, qPrintable(error));
    PrefetchingSource prefetching(std::move(inner), CellParser(cells, settings));
    CellParser here(cells, settings);
    QStringList fields;
    int records = 0, bad = 0;
    while (prefetching.next(fields)) {
        const ParsedCells *ahead = prefetching.parsedCells();
        QVERIFY(ahead);
        ParsedCells expected;
        here.parse(fields, expected);
        for (int slot = 0; slot < cells.size(); ++slot) {
            QCOMPARE((*ahead)[slot].ok, expected[slot].ok);
            QCOMPARE((*ahead)[slot].empty, expected[slot].empty);
            QCOMPARE((*ahead)[slot].number, expected[slot].number);
            QCOMPARE((*ahead)[slot].time, expected[slot].time);
        }
        QVERIFY((*ahead)[0].ok && (*ahead)[1].ok);
        QCOMPARE((*ahead)[0].number, double(records % 13 - 3));
        bad += (*ahead)[2].ok ? 0 : 1;
        ++records;
    }
    QCOMPARE(records, 5000);
    QCOMPARE(bad, 100);

    std::unique_ptr<RecordSource> plain = openRecordSource(options, &error);
    QVERIFY2(plain, qPrintable(error));
    PrefetchingSource withoutParser(std::move(plain));
    QVERIFY(withoutParser.next(fields));
    QVERIFY(!withoutParser.parsedCells());
}

QTEST_GUILESS_MAIN(TestPrefetchSource)
#include "tst_prefetchsource.moc"
