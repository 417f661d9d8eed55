#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "segments/rfm.h"
#include "segments/segmentrule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestSegmentRule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Project m_project;

private slots:
    void initTestCase()
    {
        // a: 2 orders in the UK (30); b: 1 order in France (100); c: 1 order in France (5), bought a lantern.
        const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                   "1,A,MUG,2,2011-01-01 10:00,5,a,United Kingdom\n"
                   "2,B,PLATE,1,2011-03-01 10:00,20,a,United Kingdom\n"
                   "3,A,MUG,20,2011-02-01 10:00,5,b,France\n"
                   "4,L,WHITE METAL LANTERN,1,2011-06-01 10:00,5,c,France\n");
        file.close();
        QVERIFY(m_project.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = csv;
        SimpleProgressReporter progress;
        QVERIFY(Importer().run(m_project.database(), options, progress).isOk());
        QString error;
        QVERIFY(Rfm::save(m_project.database(), Rfm::compute(m_project.database(), RfmOptions(), progress), &error));
    }

    void selectsCustomers_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("text_equals") << "country = \"France\"" << QStringList{"b", "c"};
        QTest::newRow("number_compare") << "revenue > 50" << QStringList{"b"};
        QTest::newRow("and_or_precedence") << "country = 'France' AND revenue < 50 OR orders >= 2"
                                            << QStringList{"a", "c"};
        QTest::newRow("parentheses") << "country = 'France' AND (revenue < 50 OR orders >= 2)" << QStringList{"c"};
        QTest::newRow("not") << "NOT country = 'France'" << QStringList{"a"};
        QTest::newRow("contains_case_insensitive") << "country contains 'king'" << QStringList{"a"};
        QTest::newRow("starts_with") << "customer_id STARTS_WITH 'b'" << QStringList{"b"};
        QTest::newRow("bought_product_by_name") << "bought_product contains 'lantern'" << QStringList{"c"};
        QTest::newRow("bought_product_by_sku") << "bought_product = 'A'" << QStringList{"a", "b"};
        QTest::newRow("last_purchase_date") << "last_purchase >= '2011-03-01'" << QStringList{"a", "c"};
        QTest::newRow("rfm_score") << "r = 5 AND f >= 1" << QStringList{"c"};
        QTest::newRow("not_equal") << "country != 'France'" << QStringList{"a"};
        QTest::newRow("like_wildcards_are_literal") << "country contains '%'" << QStringList{};
        QTest::newRow("injection_is_a_value") << "country = \"x'); DROP TABLE customers; --\"" << QStringList{};
    }

    void selectsCustomers()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, keys);
        CompiledRule compiled;
        QString error;
        QVERIFY2(SegmentRule::compile(rule, &compiled, &error), qPrintable(error));
        QVERIFY(!compiled.where.contains(QStringLiteral("France")));   // values are parameters only
        const QList<qint64> ids = SegmentRule::members(m_project.database(), compiled, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList found;
        for (qint64 id : ids)
            found.append(m_project.database().scalar(QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"),
                                                     {id})->toString());
        found.sort();
        QCOMPARE(found, keys);
        QCOMPARE(m_project.counts().customers, qint64(3));
    }

    void invalidRulesExplainThemselves_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("unknown_field") << "countri = 'x'" << "Unknown field \"countri\"";
        QTest::newRow("missing_operator") << "revenue 10" << "Expected an operator";
        QTest::newRow("missing_value") << "revenue >" << "Expected a number or a quoted text";
        QTest::newRow("text_for_number") << "revenue > 'lots'" << "is a number";
        QTest::newRow("unclosed_quote") << "country = 'France" << "no closing quote";
        QTest::newRow("unclosed_parenthesis") << "(revenue > 1" << "\")\" is missing";
        QTest::newRow("trailing_junk") << "revenue > 1 revenue" << "Unexpected";
        QTest::newRow("bad_character") << "revenue > 1 ; drop" << "Unexpected character";
        QTest::newRow("membership_operator") << "segment > 'Champions'" << "takes =";
    }

    void invalidRulesExplainThemselves()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        CompiledRule compiled;
        QString error;
        QVERIFY(!SegmentRule::compile(rule, &compiled, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSegmentRule)
#include "tst_segmentrule.moc"
