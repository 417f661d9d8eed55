#include "importing/importer.h"
#include "importing/rejectedrowsexport.h"
#include "jobs/progressreporter.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/rowsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

/** Row paging, the demo project and the rejected-rows export. */
class TestProjectServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    qint64 m_importId = 0;

private slots:
    void initTestCase()
    {
        m_projectPath = m_dir.filePath(QStringLiteral("services.tailor"));
        const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,sku,quantity,unit_price,date\n");
        for (int i = 0; i < 1000; ++i)
            file.write(QStringLiteral("O%1,C%2,S%3,1,%4,2011-01-%5\n")
                           .arg(i).arg(i % 50, 3, 10, QLatin1Char('0')).arg(i % 7).arg(i % 10 + 1)
                           .arg(i % 28 + 1, 2, 10, QLatin1Char('0')).toUtf8());
        file.write("O-bad,C1,S1,lots,1.0,2011-01-01\n");
        file.write("=HYPERLINK(\"x\"),C1,S1,1,1.0,yesterday\n");
        file.close();
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = csv;
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(result.rowsRejected, qint64(2));
        m_importId = result.importId;
    }

    void rowQueryPagesAndSorts()
    {
        RowSource source;
        QString error;
        QVERIFY2(source.open(m_projectPath, &error), qPrintable(error));
        RowQuery query;
        query.select = QStringLiteral("SELECT customer_key, order_count, revenue FROM customers WHERE customer_key LIKE ?");
        query.params = {QStringLiteral("C00%")};
        query.orderBy = {QStringLiteral("customer_key"), QStringLiteral("order_count"), QStringLiteral("revenue")};
        query.tieBreaker = QStringLiteral("id");
        QCOMPARE(source.count(query), qint64(10));
        query.sortColumn = 0;
        query.descending = true;
        const QList<QVariantList> page = source.fetch(query, 2, 3, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).at(0).toString(), QStringLiteral("C007"));
        QCOMPARE(page.at(2).at(0).toString(), QStringLiteral("C005"));
        QCOMPARE(page.at(0).at(1).toLongLong(), qint64(20)); // 1000 orders over 50 customers
    }

    void customerTotalsAreMaintained()
    {
        Project project;
        QVERIFY(project.open(m_projectPath));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT sum(order_count) FROM customers"))->toLongLong(),
                 qint64(1000));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT round(sum(revenue), 6) FROM customers"))->toDouble(),
                 project.database().scalar(QStringLiteral("SELECT round(sum(quantity * unit_price), 6) FROM order_lines"))
                     ->toDouble());
    }

    void rejectedRowsExportNeutralizesFormulas()
    {
        const QString out = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QCOMPARE(RejectedRowsExport::toCsv(m_projectPath, m_importId, out, &error), qint64(2));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains("O-bad,C1,S1,lots"));
        // A raw text starting with = would run as a formula in a spreadsheet.
        QVERIFY(text.contains("\"'=HYPERLINK(\"\"x\"\"),C1,S1,1,1.0,yesterday\""));
        QCOMPARE(RejectedRowsExport::csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(RejectedRowsExport::csvField(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
        // A failed export leaves the old file intact.
        QVERIFY(RejectedRowsExport::toCsv(m_projectPath, m_importId, m_dir.filePath(QStringLiteral("no/such/dir.csv")),
                                          &error) < 0);
        QVERIFY(!error.isEmpty());
    }

    void demoProjectIsBuiltOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo/demo.tailor"));
        SimpleProgressReporter progress;
        QString error;
        QVERIFY2(DemoProject::ensure(path, QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz"),
                                     progress, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        Project project;
        QVERIFY(project.open(path, Project::OpenMode::OpenExisting));
        const ProjectCounts counts = project.counts();
        QVERIFY(counts.customers > 200);
        QVERIFY(counts.orderLines > 15000);
        // A second call keeps the existing project.
        QVERIFY(DemoProject::ensure(path, QStringLiteral("/nonexistent.csv"), progress, &error));
        // A failed build leaves nothing behind.
        const QString broken = m_dir.filePath(QStringLiteral("demo/broken.tailor"));
        QVERIFY(!DemoProject::ensure(broken, QStringLiteral("/nonexistent.csv"), progress, &error));
        QVERIFY(!QFile::exists(broken));
        QVERIFY(!QFile::exists(broken + QStringLiteral(".partial")));
    }
};

QTEST_GUILESS_MAIN(TestProjectServices)
#include "tst_projectservices.moc"
