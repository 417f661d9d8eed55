#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "profiles/customerlistquery.h"
#include "profiles/customerprofile.h"
#include "project/project.h"
#include "project/rowsource.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

qint64 utcSeconds(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestCustomerProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identityAndAttributes();
    void purchaseKpis();
    void favourites();
    void monthlySpendFillsGaps();
    void orderHistoryNewestFirst();
    void ratings();
    void customerWithoutOrders();
    void loadByKey();
    void missingCustomer();
    void listQuerySearch_data();
    void listQuerySearch();
    void escapeLike();
    void hasValues();
    void onlineRetail_data();
    void onlineRetail();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    bool import(Project &project, const QString &path, ImportKind kind);
    CustomerProfile profileOf(const QString &key);
    qint64 countMatches(const QString &search);

    QTemporaryDir m_dir;
    Project m_project;
    Project m_retail;
    bool m_retailLoaded = false;
};

QString TestCustomerProfile::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

bool TestCustomerProfile::import(Project &project, const QString &path, ImportKind kind)
{
    ImportOptions options;
    options.reader.path = path;
    options.kind = kind;
    SimpleProgressReporter progress;
    const ImportResult result = Importer().run(project.database(), options, progress);
    if (!result.isOk())
        qWarning() << "import failed:" << path << result.errorString;
    return result.isOk() && result.rowsRejected == 0;
}

CustomerProfile TestCustomerProfile::profileOf(const QString &key)
{
    QString error;
    const auto profile = CustomerProfile::loadByKey(m_project.database(), key, &error);
    if (!profile)
        qWarning() << "no profile for" << key << error;
    return profile.value_or(CustomerProfile());
}

qint64 TestCustomerProfile::countMatches(const QString &search)
{
    const RowQuery query = CustomerListQuery::build(search);
    return m_project.database().scalar(query.countSql(), query.params).value_or(-1).toLongLong();
}

void TestCustomerProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_project.open(QStringLiteral(":memory:")), qPrintable(m_project.errorString()));

    // A1 and A2 have orders; C3 only a customer record; A2 also rates products.
    const QString customers = writeFile(
        QStringLiteral("customers.csv"),
        "customer_id,name,email,phone,gender,birth_date,city,country,signup_date,opt_out,loyalty_tier,store\n"
        "A1,Ada Lovelace,ada@example.com,+44 20 1234,F,1985-12-10,London,United Kingdom,2020-01-15,no,gold,Camden\n"
        "A2,Bob Stone,bob_s@example.com,,M,,Paris,France,2021-03-01,yes,silver,Opera\n"
        "C3,Cleo 100%,cleo@example.com,,,,Lyon,France,2022-06-30,no,,\n");
    QVERIFY(import(m_project, customers, ImportKind::Customers));

    const QString orders = writeFile(
        QStringLiteral("orders.csv"),
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,Category\n"
        "1001,P1,Red mug,2,2023-01-05 10:00:00,5.00,A1,United Kingdom,Kitchen\n"
        "1001,P2,Blue plate,1,2023-01-05 10:00:00,12.50,A1,United Kingdom,Kitchen\n"
        "1001,P3,Scented candle,4,2023-01-05 10:00:00,3.00,A1,United Kingdom,Home\n"
        "1002,P4,Notebook,10,2023-03-20 15:30:00,1.50,A1,United Kingdom,\n"
        "C1003,P2,Blue plate,-1,2023-03-25 09:00:00,12.50,A1,United Kingdom,Kitchen\n"
        "1004,P1,Red mug,3,2023-04-02 11:00:00,5.00,A1,United Kingdom,Kitchen\n"
        "2001,P3,Scented candle,1,2023-02-10 12:00:00,3.00,A2,France,Home\n"
        "9001,P1,Red mug,1,2023-02-11 12:00:00,5.00,,France,Kitchen\n");
    QVERIFY(import(m_project, orders, ImportKind::Transactions));

    const QString ratings = writeFile(QStringLiteral("ratings.csv"),
                                      "user_id,item_id,rating,timestamp\n"
                                      "A2,P3,4,1676030400\n"
                                      "A2,P1,5,1676030500\n");
    QVERIFY(import(m_project, ratings, ImportKind::Ratings));

    const QString retail = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
    if (QFile::exists(retail)) {
        QVERIFY(m_retail.open(QStringLiteral(":memory:")));
        ImportOptions options;
        options.reader.path = retail;
        options.kind = ImportKind::Transactions;
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(m_retail.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        m_retailLoaded = true;
    }
}

void TestCustomerProfile::identityAndAttributes()
{
    const CustomerProfile p = profileOf(QStringLiteral("A1"));
    QCOMPARE(p.key, QStringLiteral("A1"));
    QCOMPARE(p.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(p.email, QStringLiteral("ada@example.com"));
    QCOMPARE(p.phone, QStringLiteral("+44 20 1234"));
    QCOMPARE(p.gender, QStringLiteral("F"));
    QCOMPARE(p.birthDate, QStringLiteral("1985-12-10"));
    QCOMPARE(p.city, QStringLiteral("London"));
    QCOMPARE(p.country, QStringLiteral("United Kingdom"));
    QCOMPARE(p.signupDate, QStringLiteral("2020-01-15"));
    QVERIFY(!p.optOut);
    QVERIFY(!p.income.has_value());
    QCOMPARE(p.attributes.size(), 2);
    QCOMPARE(p.attributes.at(0).key, QStringLiteral("loyalty_tier"));
    QCOMPARE(p.attributes.at(0).value, QStringLiteral("gold"));
    QCOMPARE(p.attributes.at(1).key, QStringLiteral("store"));
    QCOMPARE(p.attributes.at(1).value, QStringLiteral("Camden"));

    const CustomerProfile bob = profileOf(QStringLiteral("A2"));
    QVERIFY(bob.optOut);
    QVERIFY(bob.phone.isEmpty());
    QVERIFY(bob.birthDate.isEmpty());
}

void TestCustomerProfile::purchaseKpis()
{
    const CustomerProfile p = profileOf(QStringLiteral("A1"));
    QCOMPARE(p.lines, 6);
    QCOMPARE(p.returnedLines, 1);
    QCOMPARE(p.orders, 3);                 // 1001, 1002, 1004; C1003 is a return
    QCOMPARE(p.purchasedValue, 64.5);      // 34.5 + 15 + 15
    QCOMPARE(p.returnedValue, 12.5);
    QCOMPARE(p.revenue, 52.0);
    QVERIFY(qAbs(p.averageOrderValue - 52.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(p.returnRate - 1.0 / 6.0) < 1e-12);
    QVERIFY(qAbs(p.returnedValueShare - 12.5 / 64.5) < 1e-12);
    QCOMPARE(p.firstPurchase.value_or(-1), utcSeconds(2023, 1, 5, 10, 0));
    QCOMPARE(p.lastPurchase.value_or(-1), utcSeconds(2023, 4, 2, 11, 0));
    QCOMPARE(CustomerProfile::dateOf(*p.lastPurchase), QDate(2023, 4, 2));

    // The stored totals of the list agree with the profile.
    const qint64 id = p.id;
    QCOMPARE(m_project.database().scalar(QStringLiteral("SELECT order_count FROM customers WHERE id = ?"), {id})
                 ->toLongLong(), p.orders);
    QCOMPARE(m_project.database().scalar(QStringLiteral("SELECT revenue FROM customers WHERE id = ?"), {id})
                 ->toDouble(), p.revenue);

    const CustomerProfile bob = profileOf(QStringLiteral("A2"));
    QCOMPARE(bob.orders, 1);
    QCOMPARE(bob.revenue, 3.0);
    QCOMPARE(bob.returnRate, 0.0);
    QCOMPARE(bob.averageOrderValue, 3.0);
}

void TestCustomerProfile::favourites()
{
    const CustomerProfile p = profileOf(QStringLiteral("A1"));
    // Kitchen: 10 + 12.5 - 12.5 (returned plate) + 15; the notebook has no category.
    QCOMPARE(p.favouriteCategories.size(), 2);
    QCOMPARE(p.favouriteCategories.at(0).category, QStringLiteral("Kitchen"));
    QCOMPARE(p.favouriteCategories.at(0).spend, 25.0);
    QCOMPARE(p.favouriteCategories.at(1).category, QStringLiteral("Home"));
    QCOMPARE(p.favouriteCategories.at(1).spend, 12.0);

    // The returned plate nets to zero and drops out.
    QCOMPARE(p.favouriteProducts.size(), 3);
    QCOMPARE(p.favouriteProducts.at(0).sku, QStringLiteral("P4"));
    QCOMPARE(p.favouriteProducts.at(0).name, QStringLiteral("Notebook"));
    QCOMPARE(p.favouriteProducts.at(0).quantity, 10.0);
    QCOMPARE(p.favouriteProducts.at(0).spend, 15.0);
    QCOMPARE(p.favouriteProducts.at(1).sku, QStringLiteral("P1"));
    QCOMPARE(p.favouriteProducts.at(1).quantity, 5.0);
    QCOMPARE(p.favouriteProducts.at(2).sku, QStringLiteral("P3"));
    QCOMPARE(p.favouriteProducts.at(2).quantity, 4.0);
}

void TestCustomerProfile::monthlySpendFillsGaps()
{
    const CustomerProfile p = profileOf(QStringLiteral("A1"));
    QCOMPARE(p.monthlySpend.size(), 4);
    QCOMPARE(p.monthlySpend.at(0).month, QDate(2023, 1, 1));
    QCOMPARE(p.monthlySpend.at(0).spend, 34.5);
    QCOMPARE(p.monthlySpend.at(1).month, QDate(2023, 2, 1));
    QCOMPARE(p.monthlySpend.at(1).spend, 0.0);
    QCOMPARE(p.monthlySpend.at(2).month, QDate(2023, 3, 1));
    QCOMPARE(p.monthlySpend.at(2).spend, 2.5); // 15 - 12.5
    QCOMPARE(p.monthlySpend.at(3).month, QDate(2023, 4, 1));
    QCOMPARE(p.monthlySpend.at(3).spend, 15.0);
}

void TestCustomerProfile::orderHistoryNewestFirst()
{
    const CustomerProfile p = profileOf(QStringLiteral("A1"));
    QCOMPARE(p.orderHistory.size(), 4);
    const CustomerProfile::Order &newest = p.orderHistory.at(0);
    QCOMPARE(newest.orderId, QStringLiteral("1004"));
    QCOMPARE(newest.orderedAt, utcSeconds(2023, 4, 2, 11, 0));
    QCOMPARE(newest.lines, 1);
    QCOMPARE(newest.items, 3.0);
    QCOMPARE(newest.total, 15.0);
    QVERIFY(!newest.isReturn);
    const CustomerProfile::Order &ret = p.orderHistory.at(1);
    QCOMPARE(ret.orderId, QStringLiteral("C1003"));
    QVERIFY(ret.isReturn);
    QCOMPARE(ret.items, 1.0);
    QCOMPARE(ret.total, -12.5);
    QCOMPARE(p.orderHistory.at(2).orderId, QStringLiteral("1002"));
    const CustomerProfile::Order &oldest = p.orderHistory.at(3);
    QCOMPARE(oldest.orderId, QStringLiteral("1001"));
    QCOMPARE(oldest.lines, 3);
    QCOMPARE(oldest.items, 7.0);
    QCOMPARE(oldest.total, 34.5);
}

void TestCustomerProfile::ratings()
{
    const CustomerProfile bob = profileOf(QStringLiteral("A2"));
    QCOMPARE(bob.ratingCount, 2);
    QCOMPARE(bob.averageRating, 4.5);
    const CustomerProfile ada = profileOf(QStringLiteral("A1"));
    QCOMPARE(ada.ratingCount, 0);
    QCOMPARE(ada.averageRating, 0.0);
}

void TestCustomerProfile::customerWithoutOrders()
{
    const CustomerProfile p = profileOf(QStringLiteral("C3"));
    QCOMPARE(p.name, QStringLiteral("Cleo 100%"));
    QVERIFY(!p.hasOrderLines());
    QCOMPARE(p.orders, 0);
    QCOMPARE(p.revenue, 0.0);
    QCOMPARE(p.averageOrderValue, 0.0);
    QCOMPARE(p.returnRate, 0.0);
    QVERIFY(!p.firstPurchase.has_value());
    QVERIFY(!p.lastPurchase.has_value());
    QVERIFY(p.monthlySpend.isEmpty());
    QVERIFY(p.orderHistory.isEmpty());
    QVERIFY(p.favouriteCategories.isEmpty());
    QVERIFY(p.favouriteProducts.isEmpty());
}

void TestCustomerProfile::loadByKey()
{
    const CustomerProfile byKey = profileOf(QStringLiteral("A2"));
    QString error;
    const auto byId = CustomerProfile::load(m_project.database(), byKey.id, &error);
    QVERIFY2(byId.has_value(), qPrintable(error));
    QCOMPARE(byId->key, QStringLiteral("A2"));
    QCOMPARE(byId->revenue, byKey.revenue);
}

void TestCustomerProfile::missingCustomer()
{
    QString error;
    QVERIFY(!CustomerProfile::load(m_project.database(), 987654, &error).has_value());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!CustomerProfile::loadByKey(m_project.database(), QStringLiteral("nobody"), &error).has_value());
    QVERIFY(error.contains(QStringLiteral("nobody")));
}

void TestCustomerProfile::listQuerySearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<qint64>("matches");
    QTest::newRow("empty_lists_all") << QString() << qint64(3);
    QTest::newRow("blank_lists_all") << QStringLiteral("   ") << qint64(3);
    QTest::newRow("key") << QStringLiteral("a1") << qint64(1);
    QTest::newRow("name_case_insensitive") << QStringLiteral("LOVELACE") << qint64(1);
    QTest::newRow("email") << QStringLiteral("bob_s@") << qint64(1);
    QTest::newRow("country") << QStringLiteral("france") << qint64(2);
    QTest::newRow("percent_is_literal") << QStringLiteral("100%") << qint64(1);
    QTest::newRow("percent_alone_matches_only_literal") << QStringLiteral("%") << qint64(1);
    QTest::newRow("underscore_is_literal") << QStringLiteral("_") << qint64(1);
    QTest::newRow("quote_is_a_parameter") << QStringLiteral("'; DROP TABLE customers; --") << qint64(0);
    QTest::newRow("no_match") << QStringLiteral("zzz") << qint64(0);
}

void TestCustomerProfile::listQuerySearch()
{
    QFETCH(QString, search);
    QFETCH(qint64, matches);
    QCOMPARE(countMatches(search), matches);

    // The rows have the visible columns plus the id, sorted by any column with the id as tie-breaker.
    RowQuery query = CustomerListQuery::build(search);
    query.sortColumn = CustomerListQuery::RevenueColumn;
    query.descending = true;
    Statement stmt = m_project.database().prepare(query.pageSql());
    QVERIFY2(stmt.isValid(), qPrintable(m_project.database().errorString()));
    stmt.bindAll(query.params);
    stmt.bind(int(query.params.size()) + 1, qint64(100));
    stmt.bind(int(query.params.size()) + 2, qint64(0));
    qint64 rows = 0;
    double previous = std::numeric_limits<double>::max();
    while (stmt.step()) {
        QCOMPARE(stmt.columnCount(), CustomerListQuery::ColumnCount + 1);
        QVERIFY(stmt.columnInt64(CustomerListQuery::IdValue) > 0);
        QVERIFY(stmt.columnDouble(CustomerListQuery::RevenueColumn) <= previous);
        previous = stmt.columnDouble(CustomerListQuery::RevenueColumn);
        ++rows;
    }
    QVERIFY(!stmt.hasError());
    QCOMPARE(rows, matches);
}

void TestCustomerProfile::escapeLike()
{
    QCOMPARE(CustomerListQuery::escapeLike(QStringLiteral("a%b_c\\d")), QStringLiteral("a\\%b\\_c\\\\d"));
    QCOMPARE(CustomerListQuery::escapeLike(QStringLiteral("plain")), QStringLiteral("plain"));
    QString error;
    QCOMPARE(CustomerListQuery::countAll(m_project.database(), &error), 3);
}

void TestCustomerProfile::hasValues()
{
    QVERIFY(CustomerListQuery::hasValues(m_project.database(), CustomerListQuery::NameColumn));
    QVERIFY(CustomerListQuery::hasValues(m_project.database(), CustomerListQuery::EmailColumn));
    QVERIFY(CustomerListQuery::hasValues(m_project.database(), CustomerListQuery::CountryColumn));
    if (!m_retailLoaded)
        return;
    // Online Retail has neither names nor emails.
    QVERIFY(!CustomerListQuery::hasValues(m_retail.database(), CustomerListQuery::NameColumn));
    QVERIFY(!CustomerListQuery::hasValues(m_retail.database(), CustomerListQuery::EmailColumn));
}

void TestCustomerProfile::onlineRetail_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("returnedLines");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("topSku");
    QTest::addColumn<double>("topQuantity");
    // Expected values computed with python3 from the CSV (exact duplicate rows dropped). For 17850,
    // 71053 and 85123A both net 122 units; 71053 wins the tie on spend (3.39 vs 2.55 a unit).
    QTest::newRow("12346_order_and_cancellation") << QStringLiteral("12346") << qint64(2) << qint64(1) << qint64(1)
                                                  << 0.0 << 1 << QString() << 0.0;
    QTest::newRow("12347_regular") << QStringLiteral("12347") << qint64(182) << qint64(0) << qint64(7) << 4310.0
                                   << 13 << QStringLiteral("23076") << 240.0;
    QTest::newRow("17850_with_returns") << QStringLiteral("17850") << qint64(309) << qint64(12) << qint64(34)
                                        << 5303.48 << 3 << QStringLiteral("71053") << 122.0;
    QTest::newRow("14911_largest") << QStringLiteral("14911") << qint64(5898) << qint64(226) << qint64(201)
                                   << 132458.73 << 13 << QStringLiteral("22952") << 1200.0;
}

void TestCustomerProfile::onlineRetail()
{
    if (!m_retailLoaded)
        QSKIP("The Online Retail data set is not available.");
    QFETCH(QString, key);
    QFETCH(qint64, lines);
    QFETCH(qint64, returnedLines);
    QFETCH(qint64, orders);
    QFETCH(double, revenue);
    QFETCH(int, months);
    QFETCH(QString, topSku);
    QFETCH(double, topQuantity);

    QString error;
    const auto p = CustomerProfile::loadByKey(m_retail.database(), key, &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->lines, lines);
    QCOMPARE(p->returnedLines, returnedLines);
    QCOMPARE(p->orders, orders);
    QVERIFY2(qAbs(p->revenue - revenue) < 0.005, qPrintable(QString::number(p->revenue, 'f', 4)));
    QCOMPARE(p->monthlySpend.size(), months);
    QCOMPARE(p->returnRate, double(returnedLines) / double(lines));
    if (topSku.isEmpty()) {
        QVERIFY(p->favouriteProducts.isEmpty());
    } else {
        QVERIFY(!p->favouriteProducts.isEmpty());
        QCOMPARE(p->favouriteProducts.first().sku, topSku);
        QCOMPARE(p->favouriteProducts.first().quantity, topQuantity);
    }
    QVERIFY(!p->country.isEmpty());
    QVERIFY(p->favouriteCategories.isEmpty()); // the file has no category column

    if (key == QLatin1String("12346")) {
        // One order of 74215 units at 1.04 and its cancellation.
        QCOMPARE(p->orderHistory.size(), 2);
        QCOMPARE(p->returnRate, 0.5);
        QCOMPARE(p->returnedValueShare, 1.0);
        QCOMPARE(p->averageOrderValue, 0.0);
        QCOMPARE(p->purchasedValue, 74215 * 1.04);
        QCOMPARE(p->firstPurchase.value_or(-1), utcSeconds(2011, 1, 18, 10, 1));
        QCOMPARE(p->monthlySpend.first().month, QDate(2011, 1, 1));
        QCOMPARE(p->monthlySpend.first().spend, 0.0);
        bool sawReturn = false, sawOrder = false;
        for (const CustomerProfile::Order &order : p->orderHistory) {
            QCOMPARE(order.items, 74215.0);
            QCOMPARE(order.lines, 1);
            (order.isReturn ? sawReturn : sawOrder) = true;
        }
        QVERIFY(sawReturn && sawOrder);
    }
    // Stored list totals agree with the profile.
    const auto stored = m_retail.database().scalar(QStringLiteral("SELECT revenue FROM customers WHERE id = ?"),
                                                   {p->id});
    QVERIFY(stored.has_value());
    QVERIFY(qAbs(stored->toDouble() - p->revenue) < 0.005);
}

QTEST_GUILESS_MAIN(TestCustomerProfile)
#include "tst_customerprofile.moc"
