#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "project/project.h"
#include "reports/reportbuilder.h"
#include "reports/reportbundle.h"
#include "reports/reportcsv.h"
#include "reports/reporthtml.h"
#include "segments/rfm.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

/** Report content on a small fixture project whose numbers are known by hand, and the zip bundle. */
class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;

    static const ReportTable *table(const ReportContent &content, const QString &id)
    {
        for (const ReportTable &t : content.tables) {
            if (t.id == id)
                return &t;
        }
        return nullptr;
    }
    static const ReportSection *section(const ReportContent &content, const QString &id)
    {
        for (const ReportSection &s : content.sections) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
    static QStringList paragraphs(const ReportSection &section)
    {
        QStringList texts;
        for (const ReportBlock &block : section.blocks)
            texts << block.text;
        return texts;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        const QString csvPath = m_dir.filePath(QStringLiteral("retail.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                  "536001,A1,RED MUG,2,2010-12-01 10:00:00,5.00,101,United Kingdom\n"
                  "536001,B2,BLUE BOWL,1,2010-12-01 10:00:00,20.00,101,United Kingdom\n"
                  "536002,A1,RED MUG,4,2010-12-05 11:00:00,5.00,102,United Kingdom\n"
                  "536003,C3,GREEN JAR,3,2010-12-07 12:00:00,10.00,103,France\n"
                  "C536004,A1,RED MUG,-1,2010-12-08 09:00:00,5.00,101,United Kingdom\n"
                  "536005,B2,BLUE BOWL,2,2011-01-10 10:00:00,20.00,104,Germany\n"
                  "536006,C3,GREEN JAR,1,2011-01-12 10:00:00,10.00,102,United Kingdom\n"
                  "536007,A1,RED MUG,10,2011-01-15 10:00:00,5.00,,United Kingdom\n");
        csv.close();

        m_projectPath = m_dir.filePath(QStringLiteral("fixture.tailor"));
        Project project;
        QVERIFY(project.open(m_projectPath));
        ImportOptions options;
        options.reader.path = csvPath;
        SimpleProgressReporter progress;
        const ImportResult imported = Importer().run(project.database(), options, progress);
        QVERIFY2(imported.isOk(), qPrintable(imported.errorString));
        QCOMPARE(project.counts().orderLines, qint64(8));

        const RfmResult rfm = Rfm::compute(project.database(), RfmOptions(), progress);
        QVERIFY(rfm.isOk());
        QString error;
        QVERIFY2(Rfm::save(project.database(), rfm, &error), qPrintable(error));

        Database &db = project.database();
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO experiments(id, name, created_at) VALUES(1, 'Mail test', '2011-02-01T00:00:00Z');"
            "INSERT INTO experiment_arms(id, experiment_id, name, weight, is_control) VALUES"
            " (1, 1, 'Control', 0.5, 1), (2, 1, 'Mail', 0.5, 0);"
            "INSERT INTO experiment_assignments(experiment_id, customer_id, arm_id)"
            " SELECT 1, id, CASE WHEN customer_key IN ('101', '102') THEN 1 ELSE 2 END FROM customers;"
            "INSERT INTO experiment_metrics(experiment_id, metric, customer_id, role, value)"
            " SELECT 1, 'converted', id, 'outcome', CASE WHEN customer_key = '101' THEN 0 ELSE 1 END FROM customers;"
            "INSERT INTO campaigns(name, audience, excluded_opt_out, excluded_no_contact, created_at)"
            " VALUES('Winter sale', 3, 1, 0, '2011-02-02T00:00:00Z');"
            "INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at)"
            " SELECT c.id, 1, p.id, 0.9, 'itemknn', '2011-02-03T00:00:00Z' FROM customers c, products p"
            " WHERE c.customer_key IN ('101', '102') AND p.sku = 'C3';"
            "INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at)"
            " SELECT c.id, 2, p.id, 0.5, 'itemknn', '2011-02-03T00:00:00Z' FROM customers c, products p"
            " WHERE c.customer_key = '101' AND p.sku = 'B2';")));
    }

    void dataSummaryNumbers()
    {
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        SimpleProgressReporter progress;
        const ReportResult result = ReportBuilder::build(project, ReportOptions(), progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QCOMPARE(progress.done(), qint64(1000));
        const ReportContent &content = result.content;
        QCOMPARE(content.projectName, QStringLiteral("fixture"));
        QCOMPARE(content.sections.size(), 5);

        const ReportTable *months = table(content, QStringLiteral("revenue_by_month"));
        QVERIFY(months);
        QCOMPARE(months->rows.size(), 2);
        QCOMPARE(months->rows.at(0).value(0).toString(), QStringLiteral("2010-12"));
        QCOMPARE(months->rows.at(0).value(1).toLongLong(), qint64(4)); // orders, the return included
        QCOMPARE(months->rows.at(0).value(2).toLongLong(), qint64(3)); // customers 101, 102, 103
        QCOMPARE(months->rows.at(0).value(3).toDouble(), 75.0);        // 10 + 20 + 20 + 30 - 5
        QCOMPARE(months->rows.at(1).value(0).toString(), QStringLiteral("2011-01"));
        QCOMPARE(months->rows.at(1).value(3).toDouble(), 100.0);       // 40 + 10 + 50 (anonymous)

        const ReportTable *countries = table(content, QStringLiteral("top_countries"));
        QVERIFY(countries);
        QCOMPARE(countries->rows.size(), 3);
        QCOMPARE(countries->rows.at(0).value(0).toString(), QStringLiteral("United Kingdom"));
        QCOMPARE(countries->rows.at(0).value(1).toLongLong(), qint64(2));
        QCOMPARE(countries->rows.at(0).value(3).toDouble(), 55.0);     // anonymous lines have no country
        QCOMPARE(countries->rows.at(1).value(0).toString(), QStringLiteral("Germany"));
        QCOMPARE(countries->rows.at(2).value(3).toDouble(), 30.0);

        const ReportTable *products = table(content, QStringLiteral("top_products"));
        QVERIFY(products);
        QCOMPARE(products->rows.at(0).value(0).toString(), QStringLiteral("A1"));
        QCOMPARE(products->rows.at(0).value(4).toDouble(), 75.0);
        QCOMPARE(products->rows.at(1).value(0).toString(), QStringLiteral("B2"));
        QCOMPARE(products->rows.at(1).value(3).toDouble(), 3.0);      // units

        // The chart has one column per month with the table's values.
        bool foundChart = false;
        for (const ReportChart &chart : content.charts) {
            if (chart.id == QLatin1String("revenue_by_month")) {
                foundChart = true;
                QCOMPARE(chart.series.value(0), (QList<double>{75.0, 100.0}));
                QCOMPARE(chart.categories.size(), 2);
            }
        }
        QVERIFY(foundChart);
    }

    void segmentsRecommendationsExperimentsCampaigns()
    {
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        SimpleProgressReporter progress;
        const ReportResult result = ReportBuilder::build(project, ReportOptions(), progress);
        QVERIFY(result.isOk());
        const ReportContent &content = result.content;

        const ReportTable *averages = table(content, QStringLiteral("rfm_segment_averages"));
        QVERIFY(averages);
        qint64 scored = 0;
        double share = 0;
        for (const QVariantList &row : averages->rows) {
            scored += row.value(1).toLongLong();
            share += row.value(2).toDouble();
        }
        QCOMPARE(scored, qint64(4));
        QVERIFY(qAbs(share - 1.0) < 1e-9);
        QVERIFY(table(content, QStringLiteral("segments")));

        const ReportSection *recommendations = section(content, QStringLiteral("recommendations"));
        QVERIFY(recommendations);
        const ReportBlock &facts = recommendations->blocks.first();
        QCOMPARE(facts.kind, ReportBlock::Kind::KeyValues);
        QVERIFY(facts.items.contains(QStringLiteral("Similar products (item k-NN)")));
        QVERIFY(facts.items.contains(QStringLiteral("2 of 4 (50.0 %)")));
        const ReportTable *top = table(content, QStringLiteral("top_recommended"));
        QVERIFY(top);
        QCOMPARE(top->rows.at(0).value(0).toString(), QStringLiteral("C3"));
        QCOMPARE(top->rows.at(0).value(2).toLongLong(), qint64(2));
        QCOMPARE(top->rows.at(0).value(3).toLongLong(), qint64(2));
        QVERIFY(paragraphs(*recommendations).join(QLatin1Char(' ')).contains(QStringLiteral("evaluation option was off")));

        const ReportTable *arms = table(content, QStringLiteral("experiment_1_arms"));
        QVERIFY(arms);
        QCOMPARE(arms->rows.size(), 2);
        QCOMPARE(arms->rows.at(0).value(0).toString(), QStringLiteral("Control"));
        QCOMPARE(arms->rows.at(0).value(2).toLongLong(), qint64(2));
        QCOMPARE(arms->rows.at(0).value(3).toDouble(), 0.5);
        QCOMPARE(arms->rows.at(1).value(3).toDouble(), 1.0);
        QVERIFY(table(content, QStringLiteral("experiment_1_comparisons")));
        const ReportSection *experiments = section(content, QStringLiteral("experiments"));
        bool hasVerdict = false;
        for (const ReportBlock &block : experiments->blocks)
            hasVerdict |= block.kind == ReportBlock::Kind::Bullets && !block.items.isEmpty();
        QVERIFY(hasVerdict);

        const ReportTable *campaigns = table(content, QStringLiteral("campaigns"));
        QVERIFY(campaigns);
        QCOMPARE(campaigns->rows.size(), 1);
        QCOMPARE(campaigns->rows.at(0).value(0).toString(), QStringLiteral("Winter sale"));
        QCOMPARE(campaigns->rows.at(0).value(3).toLongLong(), qint64(3));
        QCOMPARE(campaigns->rows.at(0).value(5).toLongLong(), qint64(1));
    }

    void emptyProjectSaysWhatToDo()
    {
        Project project;
        QVERIFY(project.open(m_dir.filePath(QStringLiteral("empty.tailor"))));
        SimpleProgressReporter progress;
        const ReportResult result = ReportBuilder::build(project, ReportOptions(), progress);
        QVERIFY(result.isOk());
        QCOMPARE(result.content.charts.size(), 0);
        QVERIFY(paragraphs(*section(result.content, QStringLiteral("segments"))).first().startsWith(
            QStringLiteral("No segments yet")));
        QVERIFY(paragraphs(*section(result.content, QStringLiteral("experiments"))).first().startsWith(
            QStringLiteral("No experiments yet")));
        QVERIFY(paragraphs(*section(result.content, QStringLiteral("campaigns"))).first().startsWith(
            QStringLiteral("No campaigns yet")));
    }

    void sectionsCanBeLeftOut()
    {
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        ReportOptions options;
        options.dataSummary = options.recommendations = options.campaigns = false;
        SimpleProgressReporter progress;
        const ReportResult result = ReportBuilder::build(project, options, progress);
        QVERIFY(result.isOk());
        QCOMPARE(result.content.sectionTitles, (QStringList{QStringLiteral("Segments"), QStringLiteral("Experiments")}));
        QVERIFY(!table(result.content, QStringLiteral("revenue_by_month")));
    }

    void cancelledBuild()
    {
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        SimpleProgressReporter progress;
        progress.cancel();
        const ReportResult result = ReportBuilder::build(project, ReportOptions(), progress);
        QVERIFY(result.cancelled);
        QVERIFY(!result.isOk());
    }

    void htmlRightAlignsNumbers()
    {
        Project project;
        QVERIFY(project.open(m_projectPath, Project::OpenMode::OpenExisting));
        SimpleProgressReporter progress;
        const ReportResult result = ReportBuilder::build(project, ReportOptions(), progress);
        const QString html = ReportHtml::write(result.content, ReportHtml::Options());
        QVERIFY(html.contains(QStringLiteral("<td class=\"num\">75.00</td>")));
        QVERIFY(html.contains(QStringLiteral("src=\"charts/revenue_by_month.png\"")));
        QVERIFY(html.contains(QStringLiteral("No responses imported yet")));
        QCOMPARE(ReportHtml::format(0.0004, ReportFormat::PValue, 3), QStringLiteral("< 0.001"));
        QCOMPARE(ReportHtml::format(0.125, ReportFormat::Percent, 1), QStringLiteral("12.5 %"));
        QCOMPARE(ReportHtml::format(1234567, ReportFormat::Integer, 0), QStringLiteral("1,234,567"));
    }

    void csvQuotesAndKeepsRawNumbers()
    {
        ReportTable t{QStringLiteral("t"), QStringLiteral("T"),
                      {{QStringLiteral("Name")}, {QStringLiteral("Value"), ReportFormat::Decimal}},
                      {{QStringLiteral("a, \"b\""), 1234.5}, {QStringLiteral("c"), QVariant()}}};
        QCOMPARE(ReportCsv::write(t), QByteArray("Name,Value\r\n\"a, \"\"b\"\"\",1234.5\r\nc,\r\n"));
        QCOMPARE(ReportCsv::path(t), QStringLiteral("tables/t.csv"));
    }

    void bundleEntriesAndAtomicReplace()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("bundle.zip"));
        const QList<ReportBundleEntry> entries{{QStringLiteral("report.html"), QByteArray("<html></html>")},
                                               {QStringLiteral("charts/a.png"), QByteArray(5000, 'x')},
                                               {QStringLiteral("tables/t.csv"), QByteArray("a,b\r\n1,2\r\n")}};
        SimpleProgressReporter progress;
        QString error;
        QVERIFY2(ReportBundle::write(zipPath, entries, progress, &error), qPrintable(error));
        QCOMPARE(ReportBundle::entryNames(zipPath, &error),
                 (QStringList{QStringLiteral("report.html"), QStringLiteral("charts/a.png"), QStringLiteral("tables/t.csv")}));
        QCOMPARE(ReportBundle::readEntry(zipPath, QStringLiteral("tables/t.csv")), QByteArray("a,b\r\n1,2\r\n"));
        QCOMPARE(ReportBundle::readEntry(zipPath, QStringLiteral("charts/a.png")).size(), 5000);

        // A cancelled export leaves the previous archive as it was.
        QFile before(zipPath);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray old = before.readAll();
        before.close();
        SimpleProgressReporter cancelled;
        cancelled.cancel();
        QVERIFY(!ReportBundle::write(zipPath, {{QStringLiteral("other.txt"), QByteArray("x")}}, cancelled, &error));
        QVERIFY(error.isEmpty());
        QFile after(zipPath);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), old);

        // An unwritable place is an error with a message.
        QVERIFY(!ReportBundle::write(m_dir.filePath(QStringLiteral("missing/dir/x.zip")), entries, progress, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
