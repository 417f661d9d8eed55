#include "campaigns/xlsxwriter.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/** Cancels after a given number of progress updates. */
class CancellingReporter : public ProgressReporter
{
public:
    explicit CancellingReporter(int after) : m_after(after) {}
    void setRange(qint64) override {}
    void setValue(qint64) override { ++m_updates; }
    bool isCancelled() const override { return m_updates >= m_after; }

private:
    int m_after;
    int m_updates = 0;
};

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString writeFile(const QByteArray &bytes, const QString &suffix = QStringLiteral(".csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("file%1%2").arg(++m_fileCounter).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QString writeXlsx(const QStringList &header, const QList<QVariantList> &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_fileCounter));
        XlsxWriter writer;
        if (!writer.open(path) || !writer.addSheet(QStringLiteral("Orders"), header))
            return {};
        for (const QVariantList &row : rows)
            writer.addRow(row);
        return writer.close() ? path : QString();
    }

    static qint64 count(Project &project, const QString &sql)
    {
        return project.database().scalar(sql).value_or(-1).toLongLong();
    }

    static QString text(Project &project, const QString &sql)
    {
        return project.database().scalar(sql).value_or(QVariant()).toString();
    }

    static ImportResult importFile(Project &project, const QString &path,
                                   ImportKind kind = ImportKind::Transactions)
    {
        ImportOptions options;
        options.reader.path = path;
        options.kind = kind;
        SimpleProgressReporter progress;
        return Importer().run(project.database(), options, progress);
    }

    static const QByteArray &sampleOrders()
    {
        static const QByteArray csv =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
            "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
            "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom\n"
            "536414,22139,,56,2010-12-01 11:52:00,0.00,,United Kingdom\n"
            "536415,22139,\"RETROSPOT TEA SET, CERAMIC\",2,2010-12-02 11:52:00,4.95,13047.0,France\n"
            "536416,22139,RETROSPOT TEA SET,two,2010-12-02 11:52:00,4.95,13047.0,France\n"
            "536417,22139,RETROSPOT TEA SET,1,yesterday,4.95,13047.0,France\n"
            "536418,22139,RETROSPOT TEA SET,1,2010-12-02 11:52:00\n";
        return csv;
    }

private slots:
    void transactionsAreCleanedAndAccounted()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        const ImportResult result = importFile(project, writeFile(sampleOrders()));
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsRead, qint64(9));
        QCOMPARE(result.duplicates, qint64(1));
        QCOMPARE(result.rowsRejected, qint64(3));
        QCOMPARE(result.rowsImported, qint64(5));
        QCOMPARE(result.rowsImported + result.rowsRejected + result.duplicates + result.skipped, result.rowsRead);
        QCOMPARE(result.anonymous, qint64(1));
        QCOMPARE(result.returns, qint64(1));
        QCOMPARE(result.rejectsByReason.value(QStringLiteral("bad_number")), qint64(1));
        QCOMPARE(result.rejectsByReason.value(QStringLiteral("bad_date")), qint64(1));
        QCOMPARE(result.rejectsByReason.value(QStringLiteral("wrong_column_count")), qint64(1));
        QCOMPARE(result.customers, qint64(3));

        // IDs such as 17850.0 become 17850; returns are stored, not rejected.
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM customers WHERE customer_key = '17850'")), qint64(1));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM order_lines WHERE is_return = 1")), qint64(1));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM order_lines WHERE customer_id IS NULL")), qint64(1));
        // The quoted description with a comma survives; the latest non-empty name wins.
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT name FROM products WHERE sku = '22139'"))->toString(),
                 QStringLiteral("RETROSPOT TEA SET, CERAMIC"));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT datetime(last_seen, 'unixepoch') FROM customers WHERE customer_key = '13047'"))->toString(),
                 QStringLiteral("2010-12-02 11:52:00"));
        // Rejected rows keep line number, raw text and reason.
        Statement rejected = project.database().prepare(QStringLiteral(
            "SELECT line, reason_code, raw_text, reason FROM rejected_rows ORDER BY line"));
        QVERIFY(rejected.step());
        QCOMPARE(rejected.columnInt64(0), qint64(8));
        QCOMPARE(rejected.columnText(1), QStringLiteral("bad_number"));
        QVERIFY(rejected.columnText(2).contains(QStringLiteral(",two,")));
        QVERIFY(rejected.columnText(3).contains(QStringLiteral("Quantity")));
        QVERIFY(rejected.step());
        QCOMPARE(rejected.columnInt64(0), qint64(9));
        QCOMPARE(rejected.columnText(1), QStringLiteral("bad_date"));
        QVERIFY(rejected.step());
        QCOMPARE(rejected.columnInt64(0), qint64(10));
        QCOMPARE(rejected.columnText(1), QStringLiteral("wrong_column_count"));
        // The import run is recorded with its checksum and counts.
        QCOMPARE(count(project, QStringLiteral("SELECT rows_read FROM import_runs")), qint64(9));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT length(sha256) FROM import_runs"))->toInt(), 64);
    }

    void cleaningOptionsSkipReturnsAndAnonymous()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = writeFile(sampleOrders());
        options.returns = ReturnsPolicy::Skip;
        options.keepAnonymous = false;
        options.dropDuplicates = false;
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.duplicates, qint64(0));
        QCOMPARE(result.skipped, qint64(2));
        QCOMPARE(result.rowsImported, qint64(4));
        QCOMPARE(result.rowsImported + result.rowsRejected + result.duplicates + result.skipped, result.rowsRead);
    }

    void keysFirstSeenOnLinesNotStoredAreAddedLater()
    {
        // Customers and products are numbered as the reader meets them, before a line is
        // checked: a key whose first line is skipped or rejected is added by its next stored
        // line, once, and a key on no stored line is not added at all.
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = writeFile(
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            "C100,S1,Returned,-1,2011-01-01 10:00,2.00,111\n"
            "101,S2,Bad,many,2011-01-02 10:00,2.00,222\n"
            "102,S1,First,2,2011-01-03 10:00,2.50,111\n"
            "103,S3,Third,1,2011-01-04 10:00,4.00,333.0\n"
            "104,S1,First again,1,2011-01-05 10:00,2.50,111\n");
        options.returns = ReturnsPolicy::Skip;
        SimpleProgressReporter progress;
        ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsImported, qint64(3));
        QCOMPARE(result.skipped, qint64(1));
        QCOMPARE(result.rowsRejected, qint64(1));
        QCOMPARE(text(project, QStringLiteral("SELECT group_concat(customer_key || ':' || order_count, ' ') "
                                              "FROM (SELECT * FROM customers ORDER BY customer_key)")),
                 QStringLiteral("111:2 333:1"));
        QCOMPARE(text(project, QStringLiteral("SELECT group_concat(sku || ':' || name, ' ') "
                                              "FROM (SELECT * FROM products ORDER BY sku)")),
                 QStringLiteral("S1:First again S3:Third"));
        QCOMPARE(count(project, QStringLiteral("SELECT first_seen FROM customers WHERE customer_key = '111'")),
                 QDateTime(QDate(2011, 1, 3), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM order_lines l JOIN customers c ON c.id = l.customer_id "
                                               "JOIN products p ON p.id = l.product_id "
                                               "WHERE c.customer_key || p.sku IN ('111S1', '333S3')")),
                 qint64(3));

        // A second file: known keys are found in the project, not added again.
        options.reader.path = writeFile("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                                        "200,S3,Third,1,2011-02-01 10:00,4.00,111\n"
                                        "201,S4,Fourth,1,2011-02-01 10:00,1.00,444\n");
        result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.customersAdded, qint64(1));
        QCOMPARE(result.productsAdded, qint64(1));
        QCOMPARE(text(project, QStringLiteral("SELECT group_concat(customer_key || ':' || order_count, ' ') "
                                              "FROM (SELECT * FROM customers ORDER BY customer_key)")),
                 QStringLiteral("111:3 333:1 444:1"));
    }

    void sameProjectWithOrWithoutReadingAhead()
    {
        // Reading ahead parses numbers, times and keys on another thread: the project must
        // come out the same as when this thread does it all, for transactions and ratings.
        QByteArray orders = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
        for (int i = 0; i < 7000; ++i) {
            const QByteArray customer = i % 9 == 0 ? QByteArray() : QByteArray::number(10000 + (i * 37) % 400) + ".0";
            const QByteArray quantity = i % 501 == 0 ? QByteArray("lots") : QByteArray::number(i % 17 - 2);
            const QByteArray date = i % 613 == 0 ? QByteArray("someday")
                                                 : "2011-" + QByteArray::number(1 + i % 12) + "-"
                                                       + QByteArray::number(1 + i % 28) + " 10:" + QByteArray::number(i % 60);
            orders += (i % 23 == 0 ? "C" : "") + QByteArray::number(500000 + i / 4) + ",SKU" + QByteArray::number(i % 150)
                      + ",Item " + QByteArray::number(i % 150) + (i % 300 < 150 ? "" : " v2") + "," + quantity + ","
                      + date + "," + QByteArray::number(0.25 * (i % 40)) + "," + customer + ",Country"
                      + QByteArray::number(i % 5) + "\n";
            if (i % 97 == 0) // an exact duplicate
                orders += orders.mid(orders.lastIndexOf('\n', orders.size() - 2) + 1);
        }
        QByteArray ratings = "user_id\titem_id\trating\ttimestamp\n";
        for (int i = 0; i < 5000; ++i)
            ratings += QByteArray::number(1 + i % 300) + "\t" + QByteArray::number(1 + (i * 7) % 800) + "\t"
                       + (i % 401 == 0 ? QByteArray("x") : QByteArray::number(1 + i % 5)) + "\t"
                       + (i % 3 == 0 ? QByteArray() : QByteArray::number(881250949 + i)) + "\n";
        const QString ordersPath = writeFile(orders);
        const QString ratingsPath = writeFile(ratings, QStringLiteral(".tsv"));

        QStringList dumps;
        for (const bool readAhead : {true, false}) {
            Project project;
            QVERIFY(project.open(QStringLiteral(":memory:")));
            for (const auto &[path, kind] : {std::pair(ordersPath, ImportKind::Transactions),
                                             std::pair(ratingsPath, ImportKind::Ratings)}) {
                ImportOptions options;
                options.reader.path = path;
                options.kind = kind;
                options.readAhead = readAhead;
                SimpleProgressReporter progress;
                const ImportResult result = Importer().run(project.database(), options, progress);
                QVERIFY2(result.isOk(), qPrintable(result.errorString));
                QVERIFY(result.rowsRejected > 0);
            }
            QString dump;
            for (const char *sql : {
                     "SELECT group_concat(row, '|') FROM (SELECT customer_key || ',' || coalesce(country, '') || ',' || "
                     "coalesce(first_seen, '') || ',' || coalesce(last_seen, '') || ',' || order_count || ',' || revenue "
                     "AS row FROM customers ORDER BY id)",
                     "SELECT group_concat(row, '|') FROM (SELECT sku || ',' || coalesce(name, '') || ',' || "
                     "coalesce(price, '') || ',' || coalesce(first_seen, '') || ',' || coalesce(last_seen, '') "
                     "AS row FROM products ORDER BY id)",
                     "SELECT group_concat(row, '|') FROM (SELECT order_id || ',' || coalesce(customer_id, '') || ',' || "
                     "product_id || ',' || quantity || ',' || unit_price || ',' || ordered_at || ',' || is_return "
                     "AS row FROM order_lines ORDER BY id)",
                     "SELECT group_concat(row, '|') FROM (SELECT customer_id || ',' || product_id || ',' || value || ',' || "
                     "coalesce(rated_at, '') AS row FROM ratings ORDER BY rowid)",
                     "SELECT group_concat(row, '|') FROM (SELECT line || ',' || reason_code || ',' || raw_text AS row "
                     "FROM rejected_rows ORDER BY import_id, line)",
                 }) {
                dump += text(project, QString::fromLatin1(sql)) + '\n';
            }
            dumps << dump;
        }
        QVERIFY(dumps.at(0).size() > 100000);
        QCOMPARE(dumps.at(0), dumps.at(1));
    }

    void reimportSameFileWarnsUnlessForced()
    {
        const QString path = m_dir.filePath(QStringLiteral("project-reimport.tailor"));
        Project project;
        QVERIFY(project.open(path));
        const QString csv = writeFile(sampleOrders());
        QVERIFY(importFile(project, csv).isOk());
        const qint64 lines = count(project, QStringLiteral("SELECT count(*) FROM order_lines"));
        const ImportResult again = importFile(project, csv);
        QCOMPARE(again.status, ImportResult::Status::AlreadyImported);
        QVERIFY(again.errorString.contains(QStringLiteral("already imported")));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM order_lines")), lines);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM import_runs")), qint64(1));

        ImportOptions options;
        options.reader.path = csv;
        options.force = true;
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(project.database(), options, progress).isOk());
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM order_lines")), lines * 2);
    }

    void linesAreStoredInFileOrder_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("fewer than one batch") << 5;
        QTest::newRow("one batch") << 32;
        QTest::newRow("batches and a remainder") << 103;
    }

    void linesAreStoredInFileOrder()
    {
        // Lines are stored several to a statement; each keeps its values (order ids in
        // and beyond ASCII) and its place.
        QFETCH(int, lines);
        QByteArray csv = "order_id,customer_id,sku,quantity,price,date\n";
        for (int i = 0; i < lines; ++i) {
            csv += (i % 9 == 4 ? "C" : "") + QByteArray(i % 11 == 7 ? "订单-" : "") + QByteArray::number(1000 + i / 3) + ',' + (i % 5 == 0 ? QByteArray() : "K" + QByteArray::number(i % 7))
                   + ",S" + QByteArray::number(i % 4) + ',' + QByteArray::number(i % 9 == 4 ? -(i + 1) : i + 1) + ','
                   + QByteArray::number(i) + ".25,2011-01-" + QByteArray::number(10 + i % 20) + " 10:00\n";
        }
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        const ImportResult result = importFile(project, writeFile(csv));
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsImported, qint64(lines));
        Statement stored = project.database().prepare(QStringLiteral(
            "SELECT l.order_id, coalesce(c.customer_key, ''), p.sku, l.quantity, l.unit_price, l.is_return, "
            "strftime('%d', l.ordered_at, 'unixepoch') FROM order_lines l JOIN products p ON p.id = l.product_id "
            "LEFT JOIN customers c ON c.id = l.customer_id ORDER BY l.id"));
        int i = 0;
        while (stored.step()) {
            const bool isReturn = i % 9 == 4;
            QCOMPARE(stored.columnText(0), QString(isReturn ? "C" : "") + (i % 11 == 7 ? QStringLiteral("订单-") : QString())
                                               + QString::number(1000 + i / 3));
            QCOMPARE(stored.columnText(1), i % 5 == 0 ? QString() : QStringLiteral("K%1").arg(i % 7));
            QCOMPARE(stored.columnText(2), QStringLiteral("S%1").arg(i % 4));
            QCOMPARE(stored.columnDouble(3), double(isReturn ? -(i + 1) : i + 1));
            QCOMPARE(stored.columnDouble(4), i + 0.25);
            QCOMPARE(stored.columnInt64(5), qint64(isReturn));
            QCOMPARE(stored.columnText(6).toInt(), 10 + i % 20);
            ++i;
        }
        QCOMPARE(i, lines);
    }

    void cancelLeavesProjectUnchanged()
    {
        QByteArray csv = "order_id,customer_id,sku,quantity,price,date\n";
        for (int i = 0; i < 20000; ++i)
            csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 97) + ",S" + QByteArray::number(i % 13)
                   + ",1,2.5,2011-01-02\n";
        Project project;
        QVERIFY(project.open(m_dir.filePath(QStringLiteral("cancel.tailor"))));
        const QString big = writeFile(csv);
        {
            // Cancelling the first import (which rebuilds the indexes at the end) keeps the schema whole.
            ImportOptions options;
            options.reader.path = big;
            CancellingReporter progress(5);
            QCOMPARE(Importer().run(project.database(), options, progress).status, ImportResult::Status::Cancelled);
            QCOMPARE(count(project, QStringLiteral(
                         "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'order_lines_customer'")),
                     qint64(1));
            QCOMPARE(project.counts().orderLines, qint64(0));
            // The import checks no foreign keys row by row; the connection enforces them again.
            QCOMPARE(count(project, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        }
        QVERIFY(importFile(project, writeFile(sampleOrders())).isOk());
        QCOMPARE(count(project, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
        const ProjectCounts before = project.counts();

        ImportOptions options;
        options.reader.path = big;
        CancellingReporter progress(5);
        const ImportResult result = Importer().run(project.database(), options, progress);
        QCOMPARE(result.status, ImportResult::Status::Cancelled);
        const ProjectCounts after = project.counts();
        QCOMPARE(after.customers, before.customers);
        QCOMPARE(after.products, before.products);
        QCOMPARE(after.orderLines, before.orderLines);
        QCOMPARE(after.imports, before.imports);
        QCOMPARE(after.rejectedRows, before.rejectedRows);
    }

    void chineseHeadersInGb18030()
    {
        const QString text = QStringLiteral(
            "订单号,会员ID,商品编码,商品名称,数量,单价,下单时间,国家,邮箱\n"
            "A1001,M01,SKU-1,保温杯,2,\"1.299,50\",04/09/2012 10:30,中国,Li@Example.com\n"
            "A1002,M02,SKU-2,茶叶礼盒,1,88,25/12/2012 09:00,中国,\n");
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder(text);
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        const ImportResult result = importFile(project, writeFile(bytes));
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.settings.encoding, QStringLiteral("GB18030"));
        QCOMPARE(result.rowsImported, qint64(2));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT name FROM products WHERE sku = 'SKU-2'"))->toString(),
                 QStringLiteral("茶叶礼盒"));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT unit_price FROM order_lines WHERE order_id = 'A1001'"))
                     ->toDouble(), 1299.5);
        // 25/12 settles day-first for the whole column, so 04/09 is 4 September.
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT date(ordered_at, 'unixepoch') FROM order_lines WHERE order_id = 'A1001'"))->toString(),
                 QStringLiteral("2012-09-04"));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT email FROM customers WHERE customer_key = 'M01'"))
                     ->toString(), QStringLiteral("li@example.com"));
    }

    void xlsxTransactions()
    {
        const QString path = writeXlsx(
            {QStringLiteral("InvoiceNo"), QStringLiteral("StockCode"), QStringLiteral("Description"),
             QStringLiteral("Quantity"), QStringLiteral("InvoiceDate"), QStringLiteral("UnitPrice"),
             QStringLiteral("CustomerID"), QStringLiteral("Country")},
            {{QStringLiteral("536365"), QStringLiteral("85123A"), QStringLiteral("HEART"), 6,
              QStringLiteral("2010-12-01 08:26:00"), 2.55, 17850, QStringLiteral("United Kingdom")},
             {QStringLiteral("536366"), QStringLiteral("22633"), QStringLiteral("HAND WARMER"), 6,
              QStringLiteral("2010-12-01 08:28:00"), 1.85, 17850, QStringLiteral("United Kingdom")}});
        QVERIFY(!path.isEmpty());
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        const ImportResult result = importFile(project, path);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsImported, qint64(2));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM customers WHERE customer_key = '17850'")), qint64(1));
    }

    void missingRequiredColumnIsAClearError()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        const ImportResult result = importFile(project, writeFile("InvoiceNo,StockCode\n1,A\n"));
        QCOMPARE(result.status, ImportResult::Status::Error);
        QVERIFY2(result.errorString.contains(QStringLiteral("quantity")), qPrintable(result.errorString));
        QCOMPARE(project.counts().imports, qint64(0));
    }

    void mapOverrideUsesNamedColumn()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = writeFile("Kunde;Beleg;Artikel;Menge;Preis;Datum\n"
                                        "K1;B1;A1;2;1,50;31.12.2011\n");
        options.mapOverrides.insert(QStringLiteral("customer_id"), QStringLiteral("Kunde"));
        options.mapOverrides.insert(QStringLiteral("order_id"), QStringLiteral("Beleg"));
        options.mapOverrides.insert(QStringLiteral("sku"), QStringLiteral("Artikel"));
        options.mapOverrides.insert(QStringLiteral("quantity"), QStringLiteral("Menge"));
        options.mapOverrides.insert(QStringLiteral("unit_price"), QStringLiteral("Preis"));
        options.mapOverrides.insert(QStringLiteral("date"), QStringLiteral("Datum"));
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT unit_price FROM order_lines"))->toDouble(), 1.5);
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT customer_key FROM customers"))->toString(),
                 QStringLiteral("K1"));

        options.mapOverrides.insert(QStringLiteral("quantity"), QStringLiteral("NoSuchColumn"));
        const ImportResult bad = Importer().run(project.database(), options, progress);
        QCOMPARE(bad.status, ImportResult::Status::Error);
        QVERIFY2(bad.errorString.contains(QStringLiteral("NoSuchColumn")), qPrintable(bad.errorString));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("unterminated_quote") << "unterminated_quote";
        QTest::newRow("ragged_rows") << "ragged_rows";
        QTest::newRow("binary_junk") << "binary_junk";
        QTest::newRow("empty_file") << "empty_file";
        QTest::newRow("header_only") << "header_only";
        QTest::newRow("ten_megabyte_field") << "ten_megabyte_field";
        QTest::newRow("wrong_encoding") << "wrong_encoding";
        QTest::newRow("truncated_xlsx") << "truncated_xlsx";
        QTest::newRow("xlsx_not_a_zip") << "xlsx_not_a_zip";
        QTest::newRow("zip_bomb_xlsx") << "zip_bomb_xlsx";
    }

    void malformedFiles()
    {
        QFETCH(QString, kind);
        const QByteArray header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
        const QByteArray good = "1,A,Thing,1,2011-01-01 10:00,1.0,1,UK\n";
        QString path;
        ImportOptions options;
        if (kind == QLatin1String("unterminated_quote")) {
            path = writeFile(header + good + "2,B,\"never closed,1,2011-01-01 10:00,1.0,1,UK\n" + good);
        } else if (kind == QLatin1String("ragged_rows")) {
            path = writeFile(header + good + "2,B,Short\n3,C,Long,1,2011-01-01,1,1,UK,extra,more\n" + good);
        } else if (kind == QLatin1String("binary_junk")) {
            QByteArray junk;
            quint32 x = 12345;
            for (int i = 0; i < 100000; ++i) {
                x = x * 1103515245u + 12345u;
                junk += char(x >> 16);
            }
            path = writeFile(junk);
        } else if (kind == QLatin1String("empty_file")) {
            path = writeFile(QByteArray());
        } else if (kind == QLatin1String("header_only")) {
            path = writeFile(header);
        } else if (kind == QLatin1String("ten_megabyte_field")) {
            path = writeFile(header + good + "2,B,\"" + QByteArray(10 * 1024 * 1024, 'x') + "\",1,2011-01-01,1,1,UK\n"
                             + QByteArray(good).replace("1,A", "3,C"));
        } else if (kind == QLatin1String("wrong_encoding")) {
            QStringEncoder encoder("GB18030");
            options.reader.encoding = QStringLiteral("UTF-8");
            path = writeFile(header + good + encoder(QStringLiteral("2,B,保温杯,1,2011-01-01,1,1,中国\n")));
        } else if (kind == QLatin1String("truncated_xlsx") || kind == QLatin1String("zip_bomb_xlsx")) {
            QList<QVariantList> rows;
            const int n = kind == QLatin1String("zip_bomb_xlsx") ? 60000 : 2000;
            for (int i = 0; i < n; ++i)
                rows.append({QString::number(i), QStringLiteral("A"), QStringLiteral("Thing thing thing"), 1,
                             QStringLiteral("2011-01-01"), 1.0, 1, QStringLiteral("UK")});
            path = writeXlsx(QString::fromLatin1(header.trimmed()).split(QLatin1Char(',')), rows);
            QVERIFY(!path.isEmpty());
            if (kind == QLatin1String("truncated_xlsx")) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(file.size() / 2));
            } else {
                options.reader.maxInflatedBytes = 1024 * 1024;
            }
        } else if (kind == QLatin1String("xlsx_not_a_zip")) {
            path = writeFile(header + good, QStringLiteral(".xlsx"));
        }
        options.reader.path = path;

        const QString projectPath = m_dir.filePath(kind + QStringLiteral(".tailor"));
        Project project;
        QVERIFY(project.open(projectPath));
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        if (result.isOk()) {
            // Accepted files must account for every row, and the bad ones must be rejected.
            QCOMPARE(result.rowsImported + result.rowsRejected + result.duplicates + result.skipped, result.rowsRead);
            if (kind != QLatin1String("header_only"))
                QVERIFY2(result.rowsRejected > 0, qPrintable(kind));
            else
                QCOMPARE(result.rowsRead, qint64(0));
            QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM rejected_rows")), result.rowsRejected);
        } else {
            QCOMPARE(result.status, ImportResult::Status::Error);
            QVERIFY(!result.errorString.isEmpty());
            qInfo("%s: %s", qPrintable(kind), qPrintable(result.errorString));
            const ProjectCounts counts = project.counts();
            QCOMPARE(counts.imports, qint64(0));
            QCOMPARE(counts.orderLines, qint64(0));
            QCOMPARE(counts.customers, qint64(0));
        }
        const QStringList mustFail = {QStringLiteral("binary_junk"), QStringLiteral("empty_file"),
                                      QStringLiteral("truncated_xlsx"), QStringLiteral("xlsx_not_a_zip"),
                                      QStringLiteral("zip_bomb_xlsx")};
        if (mustFail.contains(kind))
            QVERIFY2(!result.isOk(), qPrintable(kind));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
