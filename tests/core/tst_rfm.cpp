#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"
#include "segments/rfm.h"
#include "segments/segmentstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestRfm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void quintilesKeepTiesTogether_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<int>>("scores");
        QTest::newRow("ten_distinct") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                                      << QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        QTest::newRow("all_equal") << QList<double>{7, 7, 7, 7} << QList<int>{3, 3, 3, 3};
        // Six of ten equal at the bottom: mid-rank 0.3 -> score 2 for all of them.
        QTest::newRow("heavy_ties") << QList<double>{1, 1, 1, 1, 1, 1, 2, 3, 4, 5}
                                    << QList<int>{2, 2, 2, 2, 2, 2, 4, 4, 5, 5};
        QTest::newRow("unsorted") << QList<double>{50, 10, 40, 20, 30} << QList<int>{5, 1, 4, 2, 3};
        QTest::newRow("empty") << QList<double>{} << QList<int>{};
    }

    void quintilesKeepTiesTogether()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<int>, scores);
        QCOMPARE(Rfm::quintileScores(values), scores);
    }

    void everyScoreHasExactlyOneSegment()
    {
        const QStringList names = Rfm::segmentNames();
        QCOMPARE(names.size(), 11);
        QSet<QString> used;
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m) {
                    const QString segment = Rfm::segmentFor(r, f, m);
                    QVERIFY2(names.contains(segment), qPrintable(segment));
                    used.insert(segment);
                }
        QCOMPARE(used.size(), names.size()); // every named segment is reachable
        QCOMPARE(Rfm::segmentFor(5, 5, 5), QStringLiteral("Champions"));
        QCOMPARE(Rfm::segmentFor(1, 1, 1), QStringLiteral("Lost"));
        QCOMPARE(Rfm::segmentFor(1, 5, 5), QStringLiteral("Can't Lose"));
        QCOMPARE(Rfm::segmentFor(5, 1, 1), QStringLiteral("New"));
        QCOMPARE(Rfm::segmentFor(3, 3, 3), QStringLiteral("Need Attention"));
    }

    void computesFromOrderLinesAndSaves()
    {
        // c1: 2 orders, last 2011-12-08, spend 30 - returned 5 = 25; c2: 1 order on 2011-12-01 (10);
        // c3: only a return (left out); anonymous line ignored.
        const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                   "1,A,2,2011-12-01 10:00,5,c1\n"
                   "2,B,1,2011-12-08 09:00,20,c1\n"
                   "C3,A,-1,2011-12-08 12:00,5,c1\n"
                   "4,A,2,2011-12-01 11:00,5,c2\n"
                   "C5,A,-1,2011-12-02 11:00,5,c3\n"
                   "6,A,9,2011-12-09 11:00,5,\n");
        file.close();
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = csv;
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(project.database(), options, progress).isOk());

        const RfmResult result = Rfm::compute(project.database(), RfmOptions(), progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.referenceDate, QDate(2011, 12, 10)); // the day after the last order line of the data
        QCOMPARE(result.customers.size(), 2);
        QCOMPARE(result.excludedOnlyReturns, qint64(1));
        const RfmScore &c1 = result.customers.at(0).customerKey == QLatin1String("c1") ? result.customers.at(0)
                                                                                         : result.customers.at(1);
        QCOMPARE(c1.frequency, 2);
        QCOMPARE(c1.monetary, 25.0);
        QCOMPARE(c1.recencyDays, 1); // 2011-12-08 09:00 to 2011-12-10 00:00
        QVERIFY(c1.r > 0 && c1.f > 0 && c1.m > 0);

        QString error;
        QVERIFY2(Rfm::save(project.database(), result, &error), qPrintable(error));
        const QList<SegmentInfo> segments = SegmentStore::list(project.database(), &error);
        qint64 members = 0;
        for (const SegmentInfo &segment : segments) {
            QCOMPARE(segment.kind, QStringLiteral("rfm"));
            members += segment.size;
        }
        QCOMPARE(members, qint64(2));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM customer_scores WHERE rfm_segment IS NOT NULL"))->toInt(), 2);

        // A fixed reference date; saving again replaces the RFM segments.
        RfmOptions later;
        later.referenceDate = QDate(2012, 1, 1);
        const RfmResult again = Rfm::compute(project.database(), later, progress);
        QVERIFY(again.isOk());
        QVERIFY(Rfm::save(project.database(), again, &error));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segment_members"))->toInt(), 2);

        // A reference date before every purchase: nobody is scored, and the customers
        // scored before lose their RFM values and segments.
        RfmOptions before;
        before.referenceDate = QDate(2011, 12, 1);
        const RfmResult none = Rfm::compute(project.database(), before, progress);
        QVERIFY2(none.isOk(), qPrintable(none.errorString));
        QCOMPARE(none.customers.size(), 0);
        QVERIFY(Rfm::save(project.database(), none, &error));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM customer_scores WHERE rfm_segment IS NOT NULL OR r IS NOT NULL "
                     "OR rfm_reference_date IS NOT NULL OR monetary IS NOT NULL"))->toInt(), 0);
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segment_members"))->toInt(), 0);
        // Scored again, then one customer only: the other one's values go.
        QVERIFY(Rfm::save(project.database(), again, &error));
        RfmResult one = again;
        one.customers.removeIf([](const RfmScore &score) { return score.customerKey == QLatin1String("c2"); });
        QCOMPARE(one.customers.size(), 1);
        QVERIFY(Rfm::save(project.database(), one, &error));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT group_concat(c.customer_key) FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
                     "WHERE s.rfm_reference_date IS NOT NULL"))->toString(), QStringLiteral("c1"));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM segment_members"))->toInt(), 1);
    }

    void largeProjectMatchesSql_data()
    {
        QTest::addColumn<bool>("fixedReference");
        QTest::newRow("reference from the data") << false;
        QTest::newRow("fixed reference date") << true;
    }

    void largeProjectMatchesSql()
    {
        // Over 1,000,000 lines in a file, so the scan runs in two halves on two threads.
        // Order ids are shared between customers, the lines of one customer's order are
        // spread over the table (within each half and across both), and returns are mixed in; SQLite's GROUP BY with
        // count(DISTINCT) gives the expected values.
        QFETCH(bool, fixedReference);
        const QString path = m_dir.filePath(QStringLiteral("large.tailor"));
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        Database &db = project.database();
        if (db.scalar(QStringLiteral("SELECT count(*) FROM order_lines"))->toLongLong() == 0) {
            QVERIFY2(db.exec(QStringLiteral(
                "PRAGMA cache_size=-262144;" // the random index inserts stay in memory
                "BEGIN;"
                "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
                "VALUES(1, 'transactions', 'generated', 'generated', '', '2011-12-10');"
                "INSERT INTO products(id, sku, import_id) VALUES(1, 'P1', 1);"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                "INSERT INTO customers(id, customer_key, import_id) SELECT i, 'k' || i, 1 FROM n;"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100000) "
                "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, "
                "is_return, import_id) SELECT CASE WHEN i % 2 = 0 THEN 'R' || ((i * 7919) % 40000) || '-' || (i % 3) "
                "ELSE 'O' || (i % 150000) END, CASE WHEN i % 97 = 0 THEN NULL "
                "ELSE (i * 7919) % 40000 + 1 END, 1, CASE WHEN i % 31 = 0 THEN -1 ELSE 1 + i % 5 END, "
                "0.25 * (1 + i % 40), 1291161600 + (i * 37) % 31536000, CASE WHEN i % 31 = 0 THEN 1 ELSE 0 END, 1 "
                "FROM n;"
                "COMMIT;")), qPrintable(db.errorString()));
        }
        RfmOptions options;
        if (fixedReference)
            options.referenceDate = QDate(2011, 6, 1); // about half of the lines come later and do not count
        SimpleProgressReporter progress;
        const RfmResult result = Rfm::compute(db, options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        const qint64 lastLine = db.scalar(QStringLiteral("SELECT max(ordered_at) FROM order_lines"))->toLongLong();
        const QDate expectedReference = fixedReference
                                            ? *options.referenceDate
                                            : QDateTime::fromSecsSinceEpoch(lastLine, Qt::UTC).date().addDays(1);
        QCOMPARE(result.referenceDate, expectedReference);
        const qint64 limit = QDateTime(expectedReference, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

        Statement expected = db.prepare(QStringLiteral(
            "SELECT customer_id, count(DISTINCT CASE WHEN is_return = 0 THEN order_id END), "
            "sum(quantity * unit_price), max(CASE WHEN is_return = 0 THEN ordered_at END) FROM order_lines "
            "WHERE customer_id IS NOT NULL AND ordered_at < ? GROUP BY customer_id"));
        expected.bind(1, limit);
        QHash<qint64, const RfmScore *> byId;
        for (const RfmScore &score : result.customers)
            byId.insert(score.customerId, &score);
        qint64 scored = 0, onlyReturns = 0;
        while (expected.step()) {
            const qint64 id = expected.columnInt64(0);
            const int orders = int(expected.columnInt64(1));
            if (orders == 0) {
                ++onlyReturns;
                QVERIFY(!byId.contains(id));
                continue;
            }
            ++scored;
            const RfmScore *score = byId.value(id);
            QVERIFY2(score, qPrintable(QString::number(id)));
            QCOMPARE(score->frequency, orders);
            QVERIFY(qAbs(score->monetary - expected.columnDouble(2)) <= 1e-9 * qMax(1.0, qAbs(score->monetary)));
            QCOMPARE(score->recencyDays, int((limit - expected.columnInt64(3)) / 86400));
            QCOMPARE(score->customerKey, QStringLiteral("k%1").arg(id));
        }
        QVERIFY(scored > 30000);
        QCOMPARE(qint64(result.customers.size()), scored);
        QCOMPARE(result.excludedOnlyReturns, onlyReturns);
        QCOMPARE(result.excludedNoOrders, 40000 - scored - onlyReturns);

        // Saved in full (the second data row saves over the first): scores and members.
        QString error;
        QVERIFY2(Rfm::save(db, result, &error), qPrintable(error));
        qint64 frequencySum = 0;
        double monetarySum = 0;
        QHash<QString, qint64> sizes;
        for (const RfmScore &score : result.customers) {
            frequencySum += score.frequency;
            monetarySum += score.monetary;
            ++sizes[score.segment];
        }
        Statement stored = db.prepare(QStringLiteral(
            "SELECT count(*), sum(frequency), sum(monetary), count(DISTINCT rfm_reference_date) FROM customer_scores "
            "WHERE rfm_segment IS NOT NULL"));
        QVERIFY(stored.step());
        QCOMPARE(stored.columnInt64(0), scored);
        QCOMPARE(stored.columnInt64(1), frequencySum);
        QVERIFY(qAbs(stored.columnDouble(2) - monetarySum) <= 1e-9 * qAbs(monetarySum));
        QCOMPARE(stored.columnInt64(3), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customer_scores s JOIN segment_members m "
                                          "ON m.customer_id = s.customer_id JOIN segments g ON g.id = m.segment_id "
                                          "AND g.name = s.rfm_segment"))->toLongLong(),
                 scored);
        const QList<SegmentInfo> segments = SegmentStore::list(db, &error);
        QCOMPARE(segments.size(), sizes.size());
        for (const SegmentInfo &segment : segments)
            QCOMPARE(segment.size, sizes.value(segment.name));
    }

    void emptyProjectIsAClearError()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        SimpleProgressReporter progress;
        const RfmResult result = Rfm::compute(project.database(), RfmOptions(), progress);
        QVERIFY(!result.isOk());
        QVERIFY(result.errorString.contains(QStringLiteral("Import order data")));
    }

    void savingAgainChangesOnlyTheMembers()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        Database &db = project.database();
        QVERIFY2(db.exec(QStringLiteral(
                     "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
                     "VALUES(1, 'customers', 'x', 'x', '', '2011-12-10');"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
                     "INSERT INTO customers(id, customer_key, import_id) SELECT i, 'k' || i, 1 FROM n;")),
                 qPrintable(db.errorString()));
        auto members = [&](const QString &name) {
            Statement stmt = db.prepare(QStringLiteral(
                "SELECT group_concat(customer_id, ',') FROM (SELECT m.customer_id FROM segment_members m "
                "JOIN segments s ON s.id = m.segment_id WHERE s.name = ? ORDER BY m.customer_id)"));
            stmt.bind(1, name);
            return stmt.step() ? stmt.columnText(0) : QStringLiteral("error");
        };
        QString error;
        const QString a = QStringLiteral("A"), b = QStringLiteral("B");
        QVERIFY2(SegmentStore::save(db, {{a, QStringLiteral("rule"), {}, {3, 1, 2, 2}}, {b, QStringLiteral("rule"), {}, {5}}},
                                    {}, &error),
                 qPrintable(error));
        QCOMPARE(members(a), QStringLiteral("1,2,3"));
        const qint64 id = db.scalar(QStringLiteral("SELECT id FROM segments WHERE name = 'A'"))->toLongLong();
        // Unsorted, with a duplicate: 1 leaves, 4 and 10 join, 2 and 3 stay; B is not touched.
        QVERIFY2(SegmentStore::save(db, {{a, QStringLiteral("rule"), {}, {10, 3, 4, 2, 4}}}, {}, &error),
                 qPrintable(error));
        QCOMPARE(members(a), QStringLiteral("2,3,4,10"));
        QCOMPARE(members(b), QStringLiteral("5"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT id FROM segments WHERE name = 'A'"))->toLongLong(), id);
        // Emptied, then replaced by kind: B goes, A stays with new members.
        QVERIFY(SegmentStore::save(db, {{a, QStringLiteral("rule"), {}, {}}}, {}, &error));
        QCOMPARE(members(a), QString());
        QVERIFY(SegmentStore::save(db, {{a, QStringLiteral("rule"), {}, {7}}}, QStringLiteral("rule"), &error));
        QCOMPARE(members(a), QStringLiteral("7"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'B'"))->toInt(), 0);
        // A customer that does not exist fails the foreign key and leaves the segment as it was.
        QVERIFY(!SegmentStore::save(db, {{a, QStringLiteral("rule"), {}, {7, 99}}}, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(members(a), QStringLiteral("7"));
    }

    void segmentNamesAreValidated()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        QString error;
        QVERIFY(!SegmentStore::save(project.database(), {{QString(), QStringLiteral("rule"), {}, {}}}, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!SegmentStore::remove(project.database(), QStringLiteral("nope"), &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
