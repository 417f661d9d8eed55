// Campaigns end to end through tailor-cli: UCI Online Retail (no e-mails) and a
// small fixture project with e-mails; XLSX checked with Tailor's own reader and,
// when installed, LibreOffice.

#include "importing/recordsource.h"
#include "importing/xlsxreader.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TAILOR_FIXTURES_DIR "/campaigns_small/") + name;
}

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QString stdErr;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TAILOR_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(600000))
        return run;
    run.exitCode = process.exitCode();
    run.stdErr = QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

QList<QStringList> readTable(const QString &path)
{
    ReaderOptions options;
    options.path = path;
    options.headerRow = 1;
    options.delimiter = QStringLiteral(",");
    QString error;
    std::unique_ptr<RecordSource> source = path.endsWith(QLatin1String(".xlsx"))
        ? std::unique_ptr<RecordSource>(XlsxReader::open(options, &error)) : openRecordSource(options, &error);
    QList<QStringList> rows;
    if (!source) {
        qWarning("%s", qPrintable(error));
        return rows;
    }
    rows << source->header();
    QStringList fields;
    while (source->next(fields)) {
        while (fields.size() < rows.first().size())
            fields << QString();
        rows << fields;
    }
    return rows;
}

} // namespace

class TestCampaignCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_retail;   // Online Retail project
    QString m_small;    // fixture project with e-mails
    qint64 m_champions = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_retail = m_dir.filePath(QStringLiteral("retail.tailor"));
        const QString data = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
        if (!QFile::exists(data))
            QSKIP("UCI Online Retail is not available");
        CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--project"), m_retail, QStringLiteral("--kind"),
                             QStringLiteral("transactions"), QStringLiteral("--json"), data});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        run = runCli({QStringLiteral("segment"), QStringLiteral("rfm"), QStringLiteral("--project"), m_retail,
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        for (const QJsonValue &s : run.json.value(QStringLiteral("segments")).toArray()) {
            if (s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Champions"))
                m_champions = s.toObject().value(QStringLiteral("size")).toInteger();
        }
        QVERIFY(m_champions > 0);
        // A few stored recommendations (the recommender fills this table in real use).
        Project project;
        QVERIFY(project.open(m_retail));
        QVERIFY(project.database().exec(QStringLiteral(
            "INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at) "
            "SELECT m.customer_id, r.rank, p.id, 1.0 / r.rank, 'itemknn', '2026-01-01' "
            "FROM (SELECT sm.customer_id FROM segment_members sm JOIN segments s ON s.id = sm.segment_id "
            "      WHERE s.name = 'Champions' ORDER BY sm.customer_id LIMIT 25) m "
            "CROSS JOIN (SELECT 1 AS rank UNION ALL SELECT 2 UNION ALL SELECT 3) r "
            "JOIN products p ON p.id = 1 + (m.customer_id * 3 + r.rank) % 4000")));
        QCOMPARE(project.database().scalar(QStringLiteral("SELECT count(*) FROM recommendations"))->toInt(), 75);

        // The small fixture project with e-mails, phones and opt-outs.
        m_small = m_dir.filePath(QStringLiteral("small.tailor"));
        Project small;
        QVERIFY(small.open(m_small));
        Database &db = small.database();
        const QList<QStringList> rows = readTable(fixture(QStringLiteral("customers.csv")));
        QCOMPARE(rows.size(), 13);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO segments(name, kind, created_at) VALUES('All', 'rule', 'x'), "
                                       "('At Risk', 'rfm', 'x')")));
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows.at(i);
            Statement st = db.prepare(QStringLiteral(
                "INSERT INTO customers(customer_key, first_name, last_name, email, phone, country, opt_out, revenue, "
                "order_count) VALUES(?, nullif(?, ''), nullif(?, ''), nullif(?, ''), nullif(?, ''), ?, ?, ?, ?)"));
            st.bindAll({r[0], r[1], r[2], r[3], r[4], r[5], r[6].toInt(), r[7].toDouble(), r[8].toInt()});
            QVERIFY(st.exec());
            const qint64 id = db.lastInsertRowId();
            QVERIFY(db.exec(QStringLiteral("INSERT INTO customer_scores(customer_id, rfm_segment, clv_12m) VALUES(%1, '%2', %3);"
                                           "INSERT INTO segment_members(segment_id, customer_id) VALUES(1, %1);")
                                .arg(id).arg(r[9]).arg(r[10])));
            if (r[9] == QLatin1String("At Risk"))
                QVERIFY(db.exec(QStringLiteral("INSERT INTO segment_members(segment_id, customer_id) VALUES(2, %1)").arg(id)));
        }
    }

    void onlineRetailCsvAndXlsx()
    {
        CliRun run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--project"), m_retail,
                             QStringLiteral("--name"), QStringLiteral("Champions spring"), QStringLiteral("--segment"),
                             QStringLiteral("Champions"), QStringLiteral("--recommend"), QStringLiteral("itemknn"),
                             QStringLiteral("--template"), fixture(QStringLiteral("body_en.txt")),
                             QStringLiteral("--subject"), QStringLiteral("=Hi {{first_name|there}}"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        // Online Retail has no e-mails or phones: the campaign is export-only (matched by customer id).
        QCOMPARE(run.json.value(QStringLiteral("channel")).toString(), QStringLiteral("export_only"));
        QCOMPARE(run.json.value(QStringLiteral("audience")).toInteger(), m_champions);
        QCOMPARE(run.json.value(QStringLiteral("excluded_opt_out")).toInteger(), 0);
        QCOMPARE(run.json.value(QStringLiteral("excluded_no_contact")).toInteger(), 0);
        QCOMPARE(run.json.value(QStringLiteral("with_recommendations")).toInteger(), 25);
        // No first names in Online Retail, and the body has {{first_name}} without a default.
        QVERIFY2(run.stdErr.contains(QStringLiteral("%1 customers have no first_name; add a default like "
                                                    "{{first_name|there}}").arg(m_champions)), qPrintable(run.stdErr));

        const QString csvPath = m_dir.filePath(QStringLiteral("champions.csv"));
        const QString xlsxPath = m_dir.filePath(QStringLiteral("champions.xlsx"));
        run = runCli({QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("--project"), m_retail,
                      QStringLiteral("--campaign"), QStringLiteral("Champions spring"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), csvPath, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.json.value(QStringLiteral("rows")).toInteger(), m_champions);
        QCOMPARE(run.json.value(QStringLiteral("excluded_opt_out")).toInteger(), 0);
        QCOMPARE(run.json.value(QStringLiteral("file")).toString(), csvPath);
        run = runCli({QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("--project"), m_retail,
                      QStringLiteral("--campaign"), QStringLiteral("Champions spring"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--out"), xlsxPath, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.json.value(QStringLiteral("rows")).toInteger(), m_champions);

        const QList<QStringList> csv = readTable(csvPath);
        const QList<QStringList> xlsx = readTable(xlsxPath);
        QCOMPARE(csv.size(), int(m_champions) + 1);
        QCOMPARE(xlsx, csv);
        // The subject starts with "=": neutralized in both.
        QVERIFY(csv.at(1).at(12).startsWith(QLatin1String("'=Hi there")));
        int withRecs = 0;
        for (int i = 1; i < csv.size(); ++i) {
            QCOMPARE(csv.at(i).at(9), QStringLiteral("Early access"));
            withRecs += !csv.at(i).at(14).isEmpty() && !csv.at(i).at(19).isEmpty();
            if (!csv.at(i).at(15).isEmpty())
                QVERIFY(csv.at(i).at(13).contains(QStringLiteral("Picked for you: %1").arg(csv.at(i).at(15))));
        }
        QCOMPARE(withRecs, 25);

        // An ad audience needs hashable contacts: none in Online Retail.
        run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--project"), m_retail,
                      QStringLiteral("--name"), QStringLiteral("Ads"), QStringLiteral("--segment"),
                      QStringLiteral("Champions"), QStringLiteral("--channel"), QStringLiteral("hashed"),
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.json.value(QStringLiteral("excluded_no_contact")).toInteger(), m_champions);
        QCOMPARE(run.json.value(QStringLiteral("audience")).toInteger(), 0);
    }

    void libreOfficeReadsTheXlsx()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/libreoffice")))
            QSKIP("/usr/bin/libreoffice is not installed");
        // Its own campaign and files, so the test also runs alone.
        CliRun run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--project"), m_retail,
                             QStringLiteral("--name"), QStringLiteral("LibreOffice check"), QStringLiteral("--segment"),
                             QStringLiteral("Champions"), QStringLiteral("--subject"), QStringLiteral("-{{segment}}, \"{{offer}}\""),
                             QStringLiteral("--replace"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        const QString xlsxPath = m_dir.filePath(QStringLiteral("lo_check.xlsx"));
        const QString csvPath = m_dir.filePath(QStringLiteral("lo_check_tailor.csv"));
        for (const QString &path : {xlsxPath, csvPath}) {
            run = runCli({QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("--project"), m_retail,
                          QStringLiteral("--campaign"), QStringLiteral("LibreOffice check"), QStringLiteral("--format"),
                          path.endsWith(QLatin1String(".xlsx")) ? QStringLiteral("xlsx") : QStringLiteral("csv"),
                          QStringLiteral("--out"), path, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        }
        QTemporaryDir out;
        QProcess lo;
        lo.start(QStringLiteral("/usr/bin/libreoffice"),
                 {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=file://") + out.filePath(QStringLiteral("profile")),
                  QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"),
                  QStringLiteral("--outdir"), out.path(), xlsxPath});
        QVERIFY(lo.waitForFinished(300000));
        const QString converted = out.filePath(QStringLiteral("lo_check.csv"));
        QVERIFY2(QFile::exists(converted), lo.readAllStandardError().constData());
        const QList<QStringList> tailor = readTable(csvPath);
        QCOMPARE(tailor.size(), int(m_champions) + 1);
        QCOMPARE(readTable(converted), tailor);
    }

    void cliContractWithEmails()
    {
        CliRun run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--project"), m_small,
                             QStringLiteral("--name"), QStringLiteral("Win back"), QStringLiteral("--segment"),
                             QStringLiteral("All"), QStringLiteral("--offers"), fixture(QStringLiteral("offers.json")),
                             QStringLiteral("--template"), fixture(QStringLiteral("body_en.txt")),
                             QStringLiteral("--template-zh"), fixture(QStringLiteral("body_zh.txt")),
                             QStringLiteral("--subject"), QStringLiteral("{{offer}}"), QStringLiteral("--seed"),
                             QStringLiteral("7"), QStringLiteral("--frequency-cap-days"), QStringLiteral("30"),
                             QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        const QJsonObject &j = run.json;
        QCOMPARE(j.value(QStringLiteral("campaign")).toString(), QStringLiteral("Win back"));
        QCOMPARE(j.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(j.value(QStringLiteral("audience")).toInteger(), 7);
        QCOMPARE(j.value(QStringLiteral("excluded_opt_out")).toInteger(), 2);
        QCOMPARE(j.value(QStringLiteral("excluded_no_contact")).toInteger(), 3);
        QCOMPARE(j.value(QStringLiteral("excluded_frequency")).toInteger(), 0);
        QCOMPARE(j.value(QStringLiteral("holdout")).toInteger(), 0);
        QCOMPARE(j.value(QStringLiteral("budget_capped")).toInteger(), 1);
        QCOMPARE(j.value(QStringLiteral("coupons")).toInteger(), 2);

        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("mailchimp"), QStringLiteral("hashed"),
                                      QStringLiteral("xlsx")}) {
            const QString out = m_dir.filePath(QStringLiteral("winback_%1.%2")
                                                   .arg(format, format == QLatin1String("xlsx") ? QStringLiteral("xlsx")
                                                                                               : QStringLiteral("csv")));
            run = runCli({QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("--project"), m_small,
                          QStringLiteral("--campaign"), QStringLiteral("Win back"), QStringLiteral("--format"), format,
                          QStringLiteral("--out"), out, QStringLiteral("--bom"), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
            QCOMPARE(run.json.value(QStringLiteral("rows")).toInteger(), 7);
            QCOMPARE(run.json.value(QStringLiteral("excluded_opt_out")).toInteger(), 2);
            QCOMPARE(run.json.value(QStringLiteral("file")).toString(), out);
            QCOMPARE(readTable(out).size(), 8);
        }

        // Mailed just now: a second campaign on At Risk with a frequency cap skips them.
        run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--project"), m_small,
                      QStringLiteral("--name"), QStringLiteral("Again"), QStringLiteral("--segment"),
                      QStringLiteral("At Risk"), QStringLiteral("--channel"), QStringLiteral("export_only"),
                      QStringLiteral("--frequency-cap-days"), QStringLiteral("7"), QStringLiteral("--holdout"),
                      QStringLiteral("0.5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.json.value(QStringLiteral("excluded_frequency")).toInteger(), 3);
        QCOMPARE(run.json.value(QStringLiteral("audience")).toInteger() + run.json.value(QStringLiteral("holdout")).toInteger(), 3);

        run = runCli({QStringLiteral("campaign"), QStringLiteral("responses"), QStringLiteral("--project"), m_small,
                      QStringLiteral("--campaign"), QStringLiteral("Win back"), fixture(QStringLiteral("responses.csv")),
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.json.value(QStringLiteral("imported")).toInteger(), 3);
        QCOMPARE(run.json.value(QStringLiteral("unknown_customers")).toInteger(), 1);
        QVERIFY(run.stdErr.contains(QLatin1String("C999")));
        QCOMPARE(run.json.value(QStringLiteral("rates")).toObject().value(QStringLiteral("converted")).toInteger(), 1);

        run = runCli({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--project"), m_small,
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        const QJsonArray campaigns = run.json.value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 2);
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Win back"));
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("exports")).toInteger(), 4);
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("rates")).toObject().value(QStringLiteral("opened")).toInteger(), 2);
    }

    void cliUserErrors()
    {
        const QList<QStringList> bad = {
            {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
             QStringLiteral("--segment"), QStringLiteral("Nope")},
            {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Win back"),
             QStringLiteral("--segment"), QStringLiteral("All")},
            {QStringLiteral("campaign"), QStringLiteral("export"), QStringLiteral("--campaign"), QStringLiteral("Win back"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))},
            {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Y"),
             QStringLiteral("--segment"), QStringLiteral("All"), QStringLiteral("--offers"), fixture(QStringLiteral("missing.json"))},
        };
        for (QStringList arguments : bad) {
            arguments << QStringLiteral("--project") << m_small << QStringLiteral("--json");
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.stdErr.startsWith(QLatin1String("tailor-cli: ")));
            QVERIFY(run.json.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignCli)
#include "tst_campaigncli.moc"
