#include "campaigns/campaignbuilder.h"
#include "campaigns/campaignexporter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/responseimporter.h"
#include "experiments/experimentcolumns.h"
#include "importing/recordsource.h"
#include "importing/xlsxreader.h"
#include "jobs/progressreporter.h"
#include "project/project.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TAILOR_FIXTURES_DIR "/campaigns_small/") + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QList<QStringList> readTable(const QString &path)
{
    ReaderOptions options;
    options.path = path;
    options.headerRow = 1;
    QString error;
    std::unique_ptr<RecordSource> source = path.endsWith(QLatin1String(".xlsx"))
        ? std::unique_ptr<RecordSource>(XlsxReader::open(options, &error)) : openRecordSource(options, &error);
    QList<QStringList> rows;
    if (!source)
        return rows;
    rows << source->header();
    QStringList fields;
    while (source->next(fields)) {
        while (fields.size() < rows.first().size())
            fields << QString();
        rows << fields;
    }
    return rows;
}

/** Cancels after the first progress report. */
class CancellingReporter : public ProgressReporter
{
public:
    void setRange(qint64) override {}
    void setValue(qint64) override { m_cancelled = true; }
    bool isCancelled() const override { return m_cancelled; }

private:
    bool m_cancelled = false;
};

} // namespace

class TestCampaignBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Project m_project;
    QHash<QString, qint64> m_ids;

    Database &db() { return m_project.database(); }

    qint64 scalar(const QString &sql, const QVariantList &params = {})
    {
        return db().scalar(sql, params).value_or(-1).toLongLong();
    }

    void addSegment(const QString &name, const QStringList &keys)
    {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO segments(name, kind, created_at) VALUES('%1', 'rule', '2026-01-01')")
                              .arg(name)));
        const qint64 id = db().lastInsertRowId();
        for (const QString &key : keys) {
            Statement st = db().prepare(QStringLiteral("INSERT INTO segment_members(segment_id, customer_id) VALUES(?, ?)"));
            st.bindAll({id, m_ids.value(key)});
            QVERIFY(st.exec());
        }
    }

    CampaignOptions emailOptions(const QString &name)
    {
        CampaignOptions options;
        options.name = name;
        options.segment = QStringLiteral("All");
        options.channel = CampaignChannel::Email;
        QString error;
        OfferRules rules;
        if (!rules.load(fixture(QStringLiteral("offers.json")), &error))
            qWarning("%s", qPrintable(error));
        options.offers = rules;
        options.templates.insert(QStringLiteral("en"), {QStringLiteral("{{first_name|Hello}}: {{offer}}"),
                                                       readText(fixture(QStringLiteral("body_en.txt")))});
        options.templates.insert(QStringLiteral("zh_CN"), {QStringLiteral("{{offer}}"),
                                                          readText(fixture(QStringLiteral("body_zh.txt")))});
        options.seed = 42;
        return options;
    }

    CampaignResult build(const CampaignOptions &options)
    {
        SimpleProgressReporter progress;
        return CampaignBuilder().build(db(), options, progress);
    }

    QHash<QString, QString> coupons(const QString &campaign)
    {
        QHash<QString, QString> map;
        Statement st = db().prepare(QStringLiteral(
            "SELECT c.customer_key, m.coupon FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
            "JOIN campaigns k ON k.id = m.campaign_id WHERE k.name = ? AND m.coupon IS NOT NULL"));
        st.bind(1, campaign);
        while (st.step())
            map.insert(st.columnText(0), st.columnText(1));
        return map;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_project.open(m_dir.filePath(QStringLiteral("small.tailor"))), qPrintable(m_project.errorString()));
        const QList<QStringList> rows = readTable(fixture(QStringLiteral("customers.csv")));
        QCOMPARE(rows.size(), 13);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows.at(i);
            Statement st = db().prepare(QStringLiteral(
                "INSERT INTO customers(customer_key, first_name, last_name, email, phone, country, opt_out, revenue, "
                "order_count) VALUES(?, nullif(?, ''), nullif(?, ''), nullif(?, ''), nullif(?, ''), ?, ?, ?, ?)"));
            st.bindAll({r[0], r[1], r[2], r[3], r[4], r[5], r[6].toInt(), r[7].toDouble(), r[8].toInt()});
            QVERIFY(st.exec());
            const qint64 id = db().lastInsertRowId();
            m_ids.insert(r[0], id);
            Statement score = db().prepare(QStringLiteral(
                "INSERT INTO customer_scores(customer_id, rfm_segment, clv_12m) VALUES(?, ?, ?)"));
            score.bindAll({id, r[9], r[10].toDouble()});
            QVERIFY(score.exec());
        }
        QStringList all = m_ids.keys();
        addSegment(QStringLiteral("All"), all);
        addSegment(QStringLiteral("At Risk"), {QStringLiteral("C002"), QStringLiteral("C003"), QStringLiteral("C005"),
                                               QStringLiteral("C006"), QStringLiteral("C008"), QStringLiteral("C011"),
                                               QStringLiteral("C012")});
        QVERIFY(db().exec(QStringLiteral(
            "INSERT INTO products(sku, name) VALUES('P1', 'Red mug'), ('P2', '=Blue, \"big\" bowl'), ('P3', 'Tea');")));
        const qint64 c1 = m_ids.value(QStringLiteral("C001"));
        const qint64 c2 = m_ids.value(QStringLiteral("C002"));
        QVERIFY(db().exec(QStringLiteral(
            "INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at) VALUES "
            "(%1, 1, 1, 0.9, 'itemknn', 'now'), (%1, 2, 2, 0.8, 'itemknn', 'now'), (%1, 3, 3, 0.7, 'itemknn', 'now'), "
            "(%2, 1, 3, 0.5, 'popularity', 'now');").arg(c1).arg(c2)));
    }

    void offerRuleErrors()
    {
        OfferRules rules;
        QString error;
        QVERIFY(!rules.parse("{\"rules\": [{\"name\": \"x\", \"offer\": \"A\", \"when\": "
                             "[{\"field\": \"colour\", \"value\": 1}]}]}", &error));
        QVERIFY2(error.contains(QLatin1String("unknown field \"colour\"")), qPrintable(error));
        QVERIFY(!rules.parse("{\"rules\": [{\"name\": \"x\"}]}", &error));
        QVERIFY2(error.contains(QLatin1String("no \"offer\"")), qPrintable(error));
        QVERIFY(!rules.parse("{\"rules\": [{\"offer\": \"A\", \"when\": [{\"field\": \"country\", \"op\": \">\", "
                             "\"value\": \"x\"}]}]}", &error));
        QVERIFY(!rules.parse("not json", &error));
        QVERIFY(rules.parse("[{\"offer\": \"A\", \"when\": [{\"field\": \"country\", \"op\": \"in\", "
                            "\"value\": [\"France\", \"Spain\"]}]}, {\"offer\": \"B\"}]", &error));
        OfferCustomer customer;
        customer.country = QStringLiteral("spain");
        QCOMPARE(rules.match(customer), 0);
        customer.country = QStringLiteral("Italy");
        QCOMPARE(rules.match(customer), 1);
    }

    void exclusionsEmailChannel()
    {
        const CampaignResult r = build(emailOptions(QStringLiteral("Spring")));
        QVERIFY2(r.status == CampaignResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.channel, QStringLiteral("email"));
        QCOMPARE(r.sourceSize, 12);
        QCOMPARE(r.excludedOptOut, 2);     // C005, C010
        QCOMPARE(r.excludedNoContact, 3);  // C003 (phone only), C006, C011
        QCOMPARE(r.excludedFrequency, 0);
        QCOMPARE(r.audience, 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ?"), {r.campaignId}), 7);
        // Missing first names (C002, C007) in the body, which has no default.
        QCOMPARE(r.missingFields.size(), 1);
        QCOMPARE(r.missingFields.first().field, QStringLiteral("first_name"));
        QCOMPARE(r.missingFields.first().customers, 2);
        QVERIFY(r.warnings.contains(QStringLiteral("2 customers have no first_name; add a default like {{first_name|there}}")));
        QCOMPARE(r.withRecommendations, 2);
    }

    void offersAndBudgetCap()
    {
        const CampaignResult r = build(emailOptions(QStringLiteral("Budget")));
        QVERIFY2(r.status == CampaignResult::Status::Ok, qPrintable(r.errorString));
        // Winback coupons: C002 (AOV 50 -> 7.5), C008 (AOV 200 -> 30): 37.5; C012 (15) would pass 40.
        QCOMPARE(r.coupons, 2);
        QCOMPARE(r.budgetCapped, 1);
        QCOMPARE(r.estimatedDiscount, 37.5);
        QCOMPARE(r.offers.value(QStringLiteral("Early access")), 2);  // C001, C004
        QCOMPARE(r.offers.value(QStringLiteral("15% off")), 2);
        QCOMPARE(r.offers.value(QStringLiteral("Free shipping")), 3); // C007, C009, C012 (capped)
        const QHash<QString, QString> codes = coupons(QStringLiteral("Budget"));
        QCOMPARE(codes.size(), 2);
        QVERIFY(codes.contains(QStringLiteral("C002")) && codes.contains(QStringLiteral("C008")));
        QVERIFY(codes.value(QStringLiteral("C002")).startsWith(QLatin1String("TST-")));
        Statement st = db().prepare(QStringLiteral(
            "SELECT m.offer, m.discount, m.message, m.language, m.subject FROM campaign_members m JOIN customers c "
            "ON c.id = m.customer_id WHERE m.campaign_id = ? AND c.customer_key = ?"));
        st.bindAll({r.campaignId, QStringLiteral("C012")});
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("Free shipping"));
        QVERIFY(st.isNull(1));
        QCOMPARE(st.columnText(2), QStringLiteral("Hi Kim,\nFree shipping for you.\n"));
        st.reset();
        st.bindAll({r.campaignId, QStringLiteral("C002")});
        QVERIFY(st.step());
        QCOMPARE(st.columnDouble(1), 15.0);
        QCOMPARE(st.columnText(2), QStringLiteral("Hi ,\nUse %1 for 15% off.\nPicked for you: Tea\n")
                                       .arg(codes.value(QStringLiteral("C002"))));
        QCOMPARE(st.columnText(4), QStringLiteral("Hello: 15% off"));
        // Chinese template for the customer in China.
        st.reset();
        st.bindAll({r.campaignId, QStringLiteral("C004")});
        QVERIFY(st.step());
        QCOMPARE(st.columnText(3), QStringLiteral("zh_CN"));
        QCOMPARE(st.columnText(2), QStringLiteral("Dana，您好！\n感谢您的支持：Early access\n"));
    }

    void couponsUniqueAndReproducible()
    {
        CampaignOptions options = emailOptions(QStringLiteral("Repro"));
        options.offers.setBudget(0);
        QVERIFY(build(options).status == CampaignResult::Status::Ok);
        const QHash<QString, QString> first = coupons(QStringLiteral("Repro"));
        QCOMPARE(first.size(), 3);
        // Same seed, same audience, another campaign: the codes must differ (unique in the project).
        options.name = QStringLiteral("Repro copy");
        QVERIFY(build(options).status == CampaignResult::Status::Ok);
        const QHash<QString, QString> copy = coupons(QStringLiteral("Repro copy"));
        QCOMPARE(copy.size(), 3);
        for (auto it = copy.cbegin(); it != copy.cend(); ++it)
            QVERIFY(first.value(it.key()) != it.value());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) - count(DISTINCT coupon) FROM campaign_members WHERE coupon IS NOT NULL")), 0);
        // Rebuilding with the same seed reproduces the codes.
        QCOMPARE(build(emailOptions(QStringLiteral("Repro"))).status, CampaignResult::Status::Error); // exists
        QVERIFY(db().exec(QStringLiteral("DELETE FROM campaigns WHERE name = 'Repro copy'")));
        options.name = QStringLiteral("Repro");
        options.replace = true;
        QVERIFY(build(options).status == CampaignResult::Status::Ok);
        QCOMPARE(coupons(QStringLiteral("Repro")), first);
        options.seed = 43;
        QVERIFY(build(options).status == CampaignResult::Status::Ok);
        const QHash<QString, QString> other = coupons(QStringLiteral("Repro"));
        QVERIFY(other.value(QStringLiteral("C002")) != first.value(QStringLiteral("C002")));
        QVERIFY(db().exec(QStringLiteral("DELETE FROM campaigns WHERE name IN ('Repro', 'Budget')")));
    }

    void otherChannels()
    {
        CampaignOptions options = emailOptions(QStringLiteral("Ads"));
        options.channel = CampaignChannel::Hashed;
        CampaignResult r = build(options);
        QVERIFY2(r.status == CampaignResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.excludedOptOut, 2);
        QCOMPARE(r.excludedNoContact, 2); // C006, C011 ("n/a" is no phone)
        QCOMPARE(r.audience, 8);
        options.name = QStringLiteral("ById");
        options.channel = CampaignChannel::ExportOnly;
        r = build(options);
        QCOMPARE(r.excludedNoContact, 0);
        QCOMPARE(r.audience, 10);
        options.name = QStringLiteral("Texts");
        options.channel = CampaignChannel::Sms;
        r = build(options);
        QCOMPARE(r.audience, 2); // C003, C004
        QVERIFY(db().exec(QStringLiteral("DELETE FROM campaigns WHERE name IN ('ById', 'Texts')")));
    }

    void exportsCsvMailchimpHashedXlsx()
    {
        SimpleProgressReporter progress;
        CampaignExportOptions options;
        options.campaign = QStringLiteral("Spring");
        options.path = m_dir.filePath(QStringLiteral("spring.csv"));
        CampaignExportResult r = CampaignExporter().run(db(), options, progress);
        QVERIFY2(r.status == CampaignExportResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.rows, 7);
        QCOMPARE(r.excludedOptOut, 2);
        QCOMPARE(r.warnings.size(), 1);
        const QList<QStringList> csv = readTable(options.path);
        QCOMPARE(csv.size(), 8);
        QCOMPARE(csv.first(), CampaignExporter::header(CampaignExportFormat::Csv));
        QCOMPARE(csv.at(1).at(0), QStringLiteral("C001"));
        QCOMPARE(csv.at(1).at(9), QStringLiteral("Early access"));
        QCOMPARE(csv.at(1).mid(14), (QStringList{QStringLiteral("P1"), QStringLiteral("Red mug"), QStringLiteral("P2"),
                                                 QStringLiteral("'=Blue, \"big\" bowl"), QStringLiteral("P3"),
                                                 QStringLiteral("Tea")}));
        QCOMPARE(csv.at(4).at(4), QStringLiteral("'=cmd@example.com")); // C007, neutralized
        QCOMPARE(csv.at(2).at(11), QStringLiteral("15"));              // C002 discount
        QCOMPARE(csv.at(7).at(3), QString());                          // C012 has no name
        QCOMPARE(csv.at(7).at(2), QStringLiteral("Ray, Jr."));
        const QByteArray raw = [&] { QFile f(options.path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(raw.startsWith("customer_id,first_name"));
        QVERIFY(raw.contains("\"'=Blue, \"\"big\"\" bowl\""));
        QVERIFY(raw.contains("\r\n"));

        options.bom = true;
        options.path = m_dir.filePath(QStringLiteral("spring_bom.csv"));
        QVERIFY(CampaignExporter().run(db(), options, progress).status == CampaignExportResult::Status::Ok);
        {
            QFile bomFile(options.path);
            QVERIFY(bomFile.open(QIODevice::ReadOnly));
            QVERIFY(bomFile.readAll().startsWith("\xEF\xBB\xBF" "customer_id,"));
        }
        options.bom = false;

        options.format = CampaignExportFormat::Mailchimp;
        options.path = m_dir.filePath(QStringLiteral("mailchimp.csv"));
        r = CampaignExporter().run(db(), options, progress);
        QCOMPARE(r.rows, 7);
        const QList<QStringList> mc = readTable(options.path);
        QCOMPARE(mc.first().mid(0, 4), (QStringList{QStringLiteral("Email Address"), QStringLiteral("First Name"),
                                                    QStringLiteral("Last Name"), QStringLiteral("Tags")}));
        QCOMPARE(mc.at(2).at(0), QStringLiteral("bob@example.com"));
        QCOMPARE(mc.at(2).at(3), QStringLiteral("At Risk"));
        QCOMPARE(mc.at(4).at(0), QStringLiteral("'=cmd@example.com"));

        options.campaign = QStringLiteral("Ads");
        options.format = CampaignExportFormat::Hashed;
        options.path = m_dir.filePath(QStringLiteral("hashed.csv"));
        r = CampaignExporter().run(db(), options, progress);
        QCOMPARE(r.rows, 8);
        const QList<QStringList> hashed = readTable(options.path);
        QCOMPARE(hashed.first(), (QStringList{QStringLiteral("email_sha256"), QStringLiteral("phone_sha256")}));
        // C003: phone only, 07911 123456 in the UK -> +447911123456.
        QCOMPARE(hashed.at(3), (QStringList{QString(), QStringLiteral("20b18ac9de7b3aad174961827d8e451c410af9aedfd1d699927f4b29b81aa1fa")}));
        // C004: dana@example.com and +8613800138000.
        QCOMPARE(hashed.at(4).at(1), QStringLiteral("ec61f3c620a98bdead8c1f1f0ae747abd1b62a0c2dba4fd4bc22cf0d1d8653e5"));
        for (int i = 1; i < hashed.size(); ++i) {
            for (const QString &h : hashed.at(i))
                QVERIFY(h.isEmpty() || (h.size() == 64 && !h.startsWith(QLatin1Char('\''))));
        }

        options.campaign = QStringLiteral("Spring");
        options.format = CampaignExportFormat::Xlsx;
        options.path = m_dir.filePath(QStringLiteral("spring.xlsx"));
        r = CampaignExporter().run(db(), options, progress);
        QVERIFY2(r.status == CampaignExportResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.rows, 7);
        QCOMPARE(readTable(options.path), csv);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM campaign_exports")), 5);
    }

    void cancelledExportKeepsOldFile()
    {
        CampaignExportOptions options;
        options.campaign = QStringLiteral("Spring");
        options.path = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        // Few rows: cancel is only seen at the end for small campaigns, so cancel a build instead.
        CancellingReporter cancel;
        CampaignOptions build = emailOptions(QStringLiteral("Cancelled"));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM campaigns"));
        QCOMPARE(CampaignBuilder().build(db(), build, cancel).status, CampaignResult::Status::Cancelled);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM campaigns")), before);
        QCOMPARE(readText(options.path), QStringLiteral("old"));
        options.path = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        SimpleProgressReporter progress;
        QCOMPARE(CampaignExporter().run(db(), options, progress).status, CampaignExportResult::Status::Error);
    }

    void frequencyCap()
    {
        // Spring (exported above) mailed C001, C002, C004, C007, C008, C009, C012; Ads also C003.
        CampaignOptions options = emailOptions(QStringLiteral("Follow-up"));
        options.segment = QStringLiteral("At Risk");
        options.channel = CampaignChannel::ExportOnly;
        options.frequencyCapDays = 30;
        CampaignResult r = build(options);
        QVERIFY2(r.status == CampaignResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.excludedOptOut, 1);     // C005
        QCOMPARE(r.excludedFrequency, 4);  // C002, C008, C012 (Spring and Ads), C003 (Ads, by phone)
        QCOMPARE(r.audience, 2);           // C006, C011
        // An export older than the cap does not count.
        QVERIFY(db().exec(QStringLiteral("UPDATE campaign_exports SET exported_at = '2020-01-01T00:00:00Z'")));
        options.name = QStringLiteral("Follow-up 2");
        r = build(options);
        QCOMPARE(r.excludedFrequency, 0);
        QCOMPARE(r.audience, 6);
    }

    void holdoutAndExperimentAndResponses()
    {
        CampaignOptions options = emailOptions(QStringLiteral("Measured"));
        options.holdoutFraction = 0.3;
        options.seed = 5;
        options.linkExperiment = QStringLiteral("Measured test");
        const CampaignResult r = build(options);
        QVERIFY2(r.status == CampaignResult::Status::Ok, qPrintable(r.errorString));
        QCOMPARE(r.audience + r.holdout, 7);
        QVERIFY(r.experimentId > 0);
        QVERIFY(ExperimentColumns::isStored(db(), r.experimentId));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM experiment_arms WHERE experiment_id = ?"), {r.experimentId}), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM experiment_assignments a JOIN experiment_arms m ON "
                                       "m.id = a.arm_id WHERE a.experiment_id = ? AND m.name = 'Holdout' AND m.is_holdout = 1"),
                        {r.experimentId}), r.holdout);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND is_holdout = 1 "
                                       "AND coupon IS NULL AND message IS NULL"), {r.campaignId}), r.holdout);
        // Deterministic holdout by seed.
        options.name = QStringLiteral("Measured again");
        options.linkExperiment.clear();
        const CampaignResult again = build(options);
        QCOMPARE(again.holdout, r.holdout);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM campaign_members a JOIN campaign_members b ON "
                                       "a.customer_id = b.customer_id AND a.is_holdout = b.is_holdout WHERE "
                                       "a.campaign_id = ? AND b.campaign_id = ?"), {r.campaignId, again.campaignId}), 7);

        // Export leaves the holdout out.
        SimpleProgressReporter progress;
        CampaignExportOptions exportOptions;
        exportOptions.campaign = QStringLiteral("Measured");
        exportOptions.path = m_dir.filePath(QStringLiteral("measured.csv"));
        const CampaignExportResult exported = CampaignExporter().run(db(), exportOptions, progress);
        QCOMPARE(exported.rows, r.audience);
        QCOMPARE(exported.holdout, r.holdout);

        // Responses: responses.csv answers for C001, C002, C012 (+ an unknown C999, and C005 who is no member).
        const ResponseImportResult imported = ResponseImporter().run(db(), QStringLiteral("Spring"),
                                                                     fixture(QStringLiteral("responses.csv")), progress);
        QVERIFY2(imported.status == ResponseImportResult::Status::Ok, qPrintable(imported.errorString));
        QCOMPARE(imported.rowsRead, 5);
        QCOMPARE(imported.imported, 3);
        QCOMPARE(imported.unknownCustomers, 1);
        QCOMPARE(imported.unknownExamples, QStringList{QStringLiteral("C999")});
        QCOMPARE(imported.notMembers, 1);
        const qint64 spring = scalar(QStringLiteral("SELECT id FROM campaigns WHERE name = 'Spring'"));
        const CampaignRates rates = CampaignStore::rates(db(), spring);
        QCOMPARE(rates.members, 7);
        QCOMPARE(rates.responses, 3);
        QCOMPARE(rates.opened, 2);
        QCOMPARE(rates.clicked, 1);
        QCOMPARE(rates.converted, 1);
        QCOMPARE(rates.revenue, 25.5);
        QCOMPARE(rates.openRate, 2.0 / 7.0);

        // Linked experiment: outcomes for every member, holdout included.
        const ResponseImportResult linked = ResponseImporter().run(db(), QStringLiteral("Measured"),
                                                                   fixture(QStringLiteral("responses.csv")), progress);
        QVERIFY2(linked.status == ResponseImportResult::Status::Ok, qPrintable(linked.errorString));
        QCOMPARE(linked.experimentId, r.experimentId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM experiment_metrics WHERE experiment_id = ?"), {r.experimentId}), 28);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT metric) FROM experiment_metrics WHERE experiment_id = ?"),
                        {r.experimentId}), 4);
        const auto c002 = db().scalar(QStringLiteral("SELECT value FROM experiment_metrics WHERE experiment_id = ? AND "
                                                     "metric = 'revenue' AND customer_id = ?"),
                                      {r.experimentId, m_ids.value(QStringLiteral("C002"))});
        QVERIFY(c002);
        const bool c002Member = scalar(QStringLiteral("SELECT is_holdout FROM campaign_members WHERE campaign_id = ? AND customer_id = ?"),
                                       {r.campaignId, m_ids.value(QStringLiteral("C002"))}) == 0;
        QCOMPARE(c002->toDouble(), c002Member ? 25.5 : 0.0);
        // The responses stored the experiment's column-wise copy: arms and the 4 metrics.
        QVERIFY(ExperimentColumns::isStored(db(), r.experimentId));
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT name) FROM experiment_columns WHERE experiment_id = ?"),
                        {r.experimentId}), 5);

        QString error;
        const QList<CampaignInfo> list = CampaignStore::list(db(), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(list.size() >= 5);
        const auto info = CampaignStore::find(db(), QStringLiteral("Measured"), &error);
        QVERIFY(info);
        QCOMPARE(info->experimentId, r.experimentId);
        QCOMPARE(info->channel, QStringLiteral("email"));
        QVERIFY(!CampaignStore::find(db(), QStringLiteral("Nope"), &error));
    }

    void denseAndSparseCampaignsReadTheSameFields()
    {
        // A dense campaign (most customer ids are members) is read as a merge of ordered
        // scans, a sparse one with a join; both must give every member its own customer
        // fields and RFM segment, or the campaign's segment when it has none (no score row,
        // a NULL or an empty segment), in CSV and XLSX.
        Project mixed;
        QVERIFY2(mixed.open(m_dir.filePath(QStringLiteral("mixed.tailor"))), qPrintable(mixed.errorString()));
        Database &mdb = mixed.database();
        QVERIFY2(mdb.exec(QStringLiteral(R"sql(
BEGIN;
INSERT INTO customers(id, customer_key, first_name, last_name, email, phone, country)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
  SELECT 3 * i, 'K' || (3 * i), 'First' || i, CASE WHEN i % 4 = 0 THEN NULL WHEN i % 4 = 1 THEN 'Last, ' || i
                                                    ELSE 'Last "' || i || '" of a name longer than 16 bytes, "x"' END,
         'u' || i || '@example.com', CASE WHEN i % 6 = 0 THEN '079' || (1000000 + i) END,
         CASE i % 3 WHEN 0 THEN 'France' WHEN 1 THEN 'United Kingdom' ELSE NULL END FROM n;
INSERT INTO customer_scores(customer_id, rfm_segment)
  SELECT id, CASE WHEN id % 11 = 0 THEN '' WHEN id % 13 = 0 THEN NULL WHEN id % 2 = 0 THEN 'Champions'
                  ELSE 'At Risk' END FROM customers WHERE id % 7 != 0;
INSERT INTO segments(id, name, kind, created_at) VALUES(1, 'Dense', 'rule', '2026-01-01'),
                                                       (2, 'Sparse', 'rule', '2026-01-01');
INSERT INTO segment_members(segment_id, customer_id) SELECT 1, id FROM customers WHERE id % 5 != 0;
INSERT INTO segment_members(segment_id, customer_id) SELECT 2, id FROM customers WHERE id % 10 = 0;
COMMIT;
)sql")), qPrintable(mdb.errorString()));
        SimpleProgressReporter progress;
        for (const QString &segment : {QStringLiteral("Dense"), QStringLiteral("Sparse")}) {
            CampaignOptions options = emailOptions(segment);
            options.segment = segment;
            const CampaignResult built = CampaignBuilder().build(mdb, options, progress);
            QVERIFY2(built.status == CampaignResult::Status::Ok, qPrintable(built.errorString));
            const qint64 span = 3 * 6000;
            QCOMPARE(built.audience * 4 >= span, segment == QLatin1String("Dense"));

            // What each row must hold, straight from the tables.
            Statement expected = mdb.prepare(QStringLiteral(
                "SELECT c.customer_key, coalesce(c.first_name, ''), coalesce(c.last_name, ''), coalesce(c.email, ''), "
                "coalesce(c.phone, ''), coalesce(c.country, ''), coalesce(nullif(s.rfm_segment, ''), ?2) "
                "FROM campaign_members m JOIN campaigns k ON k.id = m.campaign_id JOIN customers c ON c.id = m.customer_id "
                "LEFT JOIN customer_scores s ON s.customer_id = c.id WHERE k.name = ?1 AND m.is_holdout = 0 "
                "ORDER BY m.customer_id"));
            expected.bindAll({segment, segment});
            QList<QStringList> want;
            while (expected.step()) {
                QStringList row;
                for (int c = 0; c < 7; ++c)
                    row << expected.columnText(c);
                want << row;
            }
            QCOMPARE(qint64(want.size()), built.audience);

            for (const CampaignExportFormat format : {CampaignExportFormat::Csv, CampaignExportFormat::Xlsx}) {
                CampaignExportOptions exportOptions;
                exportOptions.campaign = segment;
                exportOptions.format = format;
                exportOptions.path = m_dir.filePath(segment + (format == CampaignExportFormat::Csv
                                                                   ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
                const CampaignExportResult exported = CampaignExporter().run(mdb, exportOptions, progress);
                QVERIFY2(exported.status == CampaignExportResult::Status::Ok, qPrintable(exported.errorString));
                const QList<QStringList> rows = readTable(exportOptions.path);
                QCOMPARE(rows.size(), want.size() + 1);
                for (int i = 0; i < want.size(); ++i) {
                    const QStringList &row = rows.at(i + 1);
                    const QStringList got{row.at(0), row.at(1), row.at(2), row.at(4), row.at(5), row.at(6), row.at(8)};
                    QCOMPARE(got, want.at(i));
                }
            }
        }
    }

    void largeExportSameInParallel()
    {
        // Enough members for several id ranges, so a project on disk is formatted by two
        // threads; the same export inside a transaction runs on this thread alone.
        Project large;
        QVERIFY2(large.open(m_dir.filePath(QStringLiteral("large.tailor"))), qPrintable(large.errorString()));
        Database &ldb = large.database();
        QVERIFY2(ldb.exec(QStringLiteral(R"sql(
BEGIN;
INSERT INTO products(id, sku, name, price)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
  SELECT i, 'SKU' || i, 'Product ' || i || CASE WHEN i % 7 = 0 THEN ', "big"' ELSE '' END, i FROM n;
INSERT INTO customers(id, customer_key, first_name, email, phone, country, opt_out)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
  SELECT i, 'K' || i, CASE WHEN i % 10 = 0 THEN NULL WHEN i % 13 = 0 THEN '=Eve' ELSE 'Name' || i END,
         CASE WHEN i % 17 = 0 THEN NULL ELSE 'User' || i || '@Example.com ' END,
         CASE WHEN i % 5 = 0 THEN '07911 ' || (100000 + i) END, 'United Kingdom', i % 29 = 0 FROM n;
INSERT INTO customer_scores(customer_id, rfm_segment)
  SELECT id, CASE id % 3 WHEN 0 THEN 'Champions' WHEN 1 THEN 'At Risk' ELSE 'Lost' END FROM customers;
INSERT INTO segments(id, name, kind, created_at) VALUES(1, 'Most', 'rule', '2026-01-01');
INSERT INTO segment_members(segment_id, customer_id) SELECT 1, id FROM customers WHERE id % 4 != 0 OR id > 60000;
INSERT INTO recommendations(customer_id, rank, product_id, score, algo, created_at)
  SELECT c.id, r.rank, 1 + (c.id + r.rank * 7) % 50, 1.0 / r.rank, 'itemknn', '2026-01-01'
  FROM customers c CROSS JOIN (SELECT 1 AS rank UNION ALL SELECT 2 UNION ALL SELECT 3) r WHERE c.id % 11 != 0;
COMMIT;
)sql")), qPrintable(ldb.errorString()));
        CampaignOptions options = emailOptions(QStringLiteral("Large"));
        options.segment = QStringLiteral("Most");
        SimpleProgressReporter progress;
        const CampaignResult built = CampaignBuilder().build(ldb, options, progress);
        QVERIFY2(built.status == CampaignResult::Status::Ok, qPrintable(built.errorString));
        QVERIFY(built.audience > 70000);

        for (const CampaignExportFormat format :
             {CampaignExportFormat::Csv, CampaignExportFormat::Mailchimp, CampaignExportFormat::Hashed}) {
            const QString name = CampaignExporter::formatName(format);
            CampaignExportOptions exportOptions;
            exportOptions.campaign = QStringLiteral("Large");
            exportOptions.format = format;
            exportOptions.path = m_dir.filePath(name + QStringLiteral("-parallel.csv"));
            const CampaignExportResult parallel = CampaignExporter().run(ldb, exportOptions, progress);
            QVERIFY2(parallel.status == CampaignExportResult::Status::Ok, qPrintable(parallel.errorString));
            QVERIFY(ldb.exec(QStringLiteral("BEGIN")));
            exportOptions.path = m_dir.filePath(name + QStringLiteral("-single.csv"));
            const CampaignExportResult single = CampaignExporter().run(ldb, exportOptions, progress);
            QVERIFY(ldb.exec(QStringLiteral("ROLLBACK")));
            QVERIFY2(single.status == CampaignExportResult::Status::Ok, qPrintable(single.errorString));
            QCOMPARE(parallel.rows, single.rows);
            QCOMPARE(parallel.skipped, single.skipped);
            QCOMPARE(parallel.rows + parallel.skipped, built.audience);
            QCOMPARE(readText(m_dir.filePath(name + QStringLiteral("-parallel.csv"))),
                     readText(exportOptions.path));
            if (format == CampaignExportFormat::Csv) {
                const QList<QStringList> rows = readTable(exportOptions.path);
                QCOMPARE(rows.size(), built.audience + 1);
                QCOMPARE(rows.at(1).at(0), QStringLiteral("K1"));
                QCOMPARE(rows.last().at(0), QStringLiteral("K100000"));
            }
        }

        // Cancelled after the first range: no file, the previous one kept.
        CampaignExportOptions cancelOptions;
        cancelOptions.campaign = QStringLiteral("Large");
        cancelOptions.path = m_dir.filePath(QStringLiteral("csv-parallel.csv"));
        const QString before = readText(cancelOptions.path);
        CancellingReporter cancel;
        QCOMPARE(CampaignExporter().run(ldb, cancelOptions, cancel).status, CampaignExportResult::Status::Cancelled);
        QCOMPARE(readText(cancelOptions.path), before);
    }

    void previewAndErrors()
    {
        CampaignOptions options = emailOptions(QStringLiteral("Preview"));
        const CampaignPreview p = CampaignBuilder().preview(db(), options, m_ids.value(QStringLiteral("C001")));
        QVERIFY2(p.ok, qPrintable(p.errorString));
        QCOMPARE(p.offer, QStringLiteral("Early access"));
        QCOMPARE(p.subject, QStringLiteral("Ann: Early access"));
        QCOMPARE(p.body, QStringLiteral("Hi Ann,\nEarly access for you.\nPicked for you: Red mug\n"));
        options.templates[QStringLiteral("en")].body = QStringLiteral("Hi\n{% if coupon %}x");
        const CampaignResult r = build(options);
        QCOMPARE(r.status, CampaignResult::Status::Error);
        QCOMPARE(r.errorString, QStringLiteral("Message template (en): line 2, column 1: {% if %} without {% endif %}"));
        options = emailOptions(QStringLiteral("Nowhere"));
        options.segment = QStringLiteral("No such segment");
        QVERIFY(build(options).errorString.contains(QLatin1String("No such segment")));
    }
};

QTEST_GUILESS_MAIN(TestCampaignBuilder)
#include "tst_campaignbuilder.moc"
