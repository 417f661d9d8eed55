#include "importing/columnmapping.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(ImportKind)

namespace {

const QStringList kOnlineRetail = QString("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                                          "Country").split(',');
const QStringList kHillstrom = QString("recency,history_segment,history,mens,womens,zip_code,newbie,channel,segment,"
                                       "visit,conversion,spend").split(',');
const QStringList kIFood = QString("ID\tYear_Birth\tEducation\tMarital_Status\tIncome\tKidhome\tTeenhome\tDt_Customer\t"
                                   "Recency\tMntWines\tMntFruits\tMntMeatProducts\tMntFishProducts\tMntSweetProducts\t"
                                   "MntGoldProds\tNumDealsPurchases\tNumWebPurchases\tNumCatalogPurchases\t"
                                   "NumStorePurchases\tNumWebVisitsMonth\tAcceptedCmp3\tAcceptedCmp4\tAcceptedCmp5\t"
                                   "AcceptedCmp1\tAcceptedCmp2\tComplain\tZ_CostContact\tZ_Revenue\tResponse")
                               .split('\t');
const QStringList kChinese = QString::fromUtf8("订单号,会员ID,商品编码,商品名称,数量,单价,下单时间,国家,邮箱").split(',');

/** "field=Column" pairs of a mapping, sorted, for readable comparisons. */
QStringList describe(const ColumnMapping &mapping, const QStringList &header)
{
    QStringList pairs;
    for (auto it = mapping.columnOf.cbegin(); it != mapping.columnOf.cend(); ++it)
        pairs.append(QStringLiteral("%1=%2").arg(it.key(), header.value(it.value(), QStringLiteral("#%1").arg(it.value()))));
    pairs.sort();
    return pairs;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void importKindNames_data();
    void importKindNames();
    void importKindFromNameRejectsUnknown();

    void targetFields_data();
    void targetFields();
    void aliasesDoNotCollideWithinAKind();

    void normalizeHeaderName_data();
    void normalizeHeaderName();
    void isGeneratedHeader_data();
    void isGeneratedHeader();

    void autoMap_data();
    void autoMap();
    void autoMapPrefersEarlierAlias();

    void applyOverride_data();
    void applyOverride();
    void applyOverrideStealsColumn();
    void applyOverrideWithoutErrorPointer();

    void missingRequired_data();
    void missingRequired();

    void mappingHelpers();
};

// ---------------------------------------------------------------------------

void TestColumnMapping::importKindNames_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("transactions") << ImportKind::Transactions << "transactions";
    QTest::newRow("customers") << ImportKind::Customers << "customers";
    QTest::newRow("products") << ImportKind::Products << "products";
    QTest::newRow("ratings") << ImportKind::Ratings << "ratings";
    QTest::newRow("experiment") << ImportKind::Experiment << "experiment";
}

void TestColumnMapping::importKindNames()
{
    QFETCH(ImportKind, kind);
    QFETCH(QString, name);

    QCOMPARE(importKindName(kind), name);
    QCOMPARE(importKindFromName(name), std::optional<ImportKind>(kind));
    QCOMPARE(importKindFromName(name.toUpper()), std::optional<ImportKind>(kind));
    QCOMPARE(importKindFromName(QStringLiteral(" %1 ").arg(name)), std::optional<ImportKind>(kind));
    QVERIFY(!importKindLabel(kind).isEmpty());
    QVERIFY(allImportKinds().contains(kind));
}

void TestColumnMapping::importKindFromNameRejectsUnknown()
{
    QVERIFY(!importKindFromName(u"orders"));
    QVERIFY(!importKindFromName(u""));
    QVERIFY(!importKindFromName(u"transaction"));
    QCOMPARE(allImportKinds().size(), 5);
}

// ---------------------------------------------------------------------------

void TestColumnMapping::targetFields_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("required");

    QTest::newRow("transactions") << ImportKind::Transactions
                                  << QStringList{"order_id", "customer_id", "sku", "description", "quantity",
                                                 "unit_price", "date", "country", "email", "customer_name",
                                                 "category"}
                                  << QStringList{"order_id", "sku", "quantity", "unit_price", "date"};
    QTest::newRow("customers") << ImportKind::Customers
                               << QStringList{"customer_id", "name", "first_name", "last_name", "email", "phone",
                                              "gender", "birth_date", "city", "country", "signup_date", "opt_out",
                                              "income"}
                               << QStringList{"customer_id"};
    QTest::newRow("products") << ImportKind::Products << QStringList{"sku", "name", "category", "price"}
                              << QStringList{"sku"};
    QTest::newRow("ratings") << ImportKind::Ratings << QStringList{"customer_id", "sku", "rating", "timestamp"}
                             << QStringList{"customer_id", "sku", "rating"};
    QTest::newRow("experiment_customer_optional") << ImportKind::Experiment << QStringList{"customer_id", "arm"}
                                                  << QStringList{"arm"};
}

void TestColumnMapping::targetFields()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, required);

    const QList<TargetField> fields = ::targetFields(kind);
    QStringList actualKeys;
    QStringList actualRequired;
    for (const TargetField &f : fields) {
        actualKeys.append(f.key);
        if (f.required)
            actualRequired.append(f.key);
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.aliases.isEmpty(), qPrintable(f.key));
        QVERIFY(targetField(kind, f.key).has_value());
    }
    QCOMPARE(actualKeys, keys);
    QCOMPARE(actualRequired, required);
    QVERIFY(!targetField(kind, u"no_such_field"));

    // Field kinds the importer relies on.
    for (const TargetField &f : fields) {
        if (f.key == QLatin1String("date") || f.key == QLatin1String("timestamp")
            || f.key == QLatin1String("birth_date") || f.key == QLatin1String("signup_date"))
            QCOMPARE(f.kind, FieldKind::Date);
        if (f.key == QLatin1String("quantity") || f.key == QLatin1String("unit_price")
            || f.key == QLatin1String("price") || f.key == QLatin1String("income") || f.key == QLatin1String("rating"))
            QCOMPARE(f.kind, FieldKind::Number);
        if (f.key == QLatin1String("opt_out"))
            QCOMPARE(f.kind, FieldKind::Bool);
        if (f.key == QLatin1String("customer_id") || f.key == QLatin1String("sku")
            || f.key == QLatin1String("order_id"))
            QCOMPARE(f.kind, FieldKind::Id);
    }
}

void TestColumnMapping::aliasesDoNotCollideWithinAKind()
{
    for (ImportKind kind : allImportKinds()) {
        QHash<QString, QString> owner;
        for (const TargetField &f : ::targetFields(kind)) {
            for (const QString &alias : f.aliases) {
                const QString n = ::normalizeHeaderName(alias);
                QVERIFY2(!n.isEmpty(), qPrintable(alias));
                const QString previous = owner.value(n);
                QVERIFY2(previous.isEmpty() || previous == f.key,
                         qPrintable(QStringLiteral("%1: alias %2 of %3 also belongs to %4")
                                        .arg(importKindName(kind), alias, f.key, previous)));
                owner.insert(n, f.key);
            }
        }
    }
}

// ---------------------------------------------------------------------------

void TestColumnMapping::normalizeHeaderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("camel_case") << "CustomerID" << "customerid";
    QTest::newRow("snake_case") << "customer_id" << "customerid";
    QTest::newRow("spaces_and_dashes") << " Customer - ID " << "customerid";
    QTest::newRow("dots") << "Cust.No." << "custno";
    QTest::newRow("email_dash") << "E-Mail" << "email";
    QTest::newRow("fullwidth_latin") << QString::fromUtf8("会员ＩＤ") << QString::fromUtf8("会员id");
    QTest::newRow("ideographic_space") << QString::fromUtf8("订单\u3000号") << QString::fromUtf8("订单号");
    QTest::newRow("bom") << QString::fromUtf8("\uFEFFInvoiceNo") << "invoiceno";
    QTest::newRow("chinese_unchanged") << QString::fromUtf8("下单时间") << QString::fromUtf8("下单时间");
    QTest::newRow("empty") << "" << "";
}

void TestColumnMapping::normalizeHeaderName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(::normalizeHeaderName(name), expected);
}

void TestColumnMapping::isGeneratedHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("expected");

    QTest::newRow("generated_four") << QStringList{"Column 1", "Column 2", "Column 3", "Column 4"} << true;
    QTest::newRow("generated_one") << QStringList{"Column 1"} << true;
    QTest::newRow("real_header") << QStringList{"user_id", "item_id", "rating"} << false;
    QTest::newRow("partly_generated") << QStringList{"user_id", "Column 2"} << false;
    QTest::newRow("wrong_numbers") << QStringList{"Column 2", "Column 1"} << false;
    QTest::newRow("empty") << QStringList{} << false;
}

void TestColumnMapping::isGeneratedHeader()
{
    QFETCH(QStringList, header);
    QFETCH(bool, expected);
    QCOMPARE(::isGeneratedHeader(header), expected);
}

// ---------------------------------------------------------------------------

void TestColumnMapping::autoMap_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected"); // "field=Column"

    QTest::newRow("online_retail") << ImportKind::Transactions << kOnlineRetail
                                   << QStringList{"order_id=InvoiceNo", "sku=StockCode", "description=Description",
                                                  "quantity=Quantity", "date=InvoiceDate", "unit_price=UnitPrice",
                                                  "customer_id=CustomerID", "country=Country"};
    QTest::newRow("chinese_orders") << ImportKind::Transactions << kChinese
                                    << QString::fromUtf8("order_id=订单号,customer_id=会员ID,sku=商品编码,"
                                                         "description=商品名称,quantity=数量,unit_price=单价,"
                                                         "date=下单时间,country=国家,email=邮箱")
                                           .split(',');
    QTest::newRow("chinese_fullwidth_id") << ImportKind::Customers
                                          << QString::fromUtf8("会员ＩＤ,姓名,手机,性别,城市,注册时间,退订").split(',')
                                          << QString::fromUtf8("customer_id=会员ＩＤ,name=姓名,phone=手机,gender=性别,"
                                                               "city=城市,signup_date=注册时间,opt_out=退订")
                                                 .split(',');
    QTest::newRow("spaced_and_cased_names") << ImportKind::Transactions
                                            << QStringList{"Order Number", "SKU", "QTY", "Unit Price", "Order Date",
                                                           "customer-id", "E-mail", "Customer Name", "Category"}
                                            << QStringList{"order_id=Order Number", "sku=SKU", "quantity=QTY",
                                                           "unit_price=Unit Price", "date=Order Date",
                                                           "customer_id=customer-id", "email=E-mail",
                                                           "customer_name=Customer Name", "category=Category"};
    QTest::newRow("prefix_and_contains_matches")
        << ImportKind::Transactions
        << QString::fromUtf8("Invoice #,Product Code,Quantity Sold,Unit Price (GBP),Billing Country,客户邮箱,"
                             "Purchase Date Local")
               .split(',')
        << QString::fromUtf8("order_id=Invoice #,sku=Product Code,quantity=Quantity Sold,"
                             "unit_price=Unit Price (GBP),country=Billing Country,email=客户邮箱,"
                             "date=Purchase Date Local")
               .split(',');
    QTest::newRow("id_is_not_customer_for_transactions") << ImportKind::Transactions
                                                         << QStringList{"ID", "InvoiceNo", "StockCode"}
                                                         << QStringList{"order_id=InvoiceNo", "sku=StockCode"};
    QTest::newRow("hillstrom_experiment") << ImportKind::Experiment << kHillstrom << QStringList{"arm=segment"};
    QTest::newRow("experiment_with_user") << ImportKind::Experiment
                                          << QStringList{"user_id", "variant", "converted", "revenue"}
                                          << QStringList{"customer_id=user_id", "arm=variant"};
    QTest::newRow("experiment_chinese") << ImportKind::Experiment
                                        << QString::fromUtf8("用户ID,实验组,是否转化").split(',')
                                        << QString::fromUtf8("customer_id=用户ID,arm=实验组").split(',');
    QTest::newRow("ifood_customers_tab") << ImportKind::Customers << kIFood
                                         << QStringList{"customer_id=ID", "birth_date=Year_Birth",
                                                        "signup_date=Dt_Customer", "income=Income"};
    QTest::newRow("ifood_customers_csv") << ImportKind::Customers
                                         << QString("ID,Year_Birth,Education,Marital_Status,Income,Kidhome,"
                                                    "Teenhome,Dt_Customer,Recency,MntWines,Response")
                                                .split(',')
                                         << QStringList{"customer_id=ID", "birth_date=Year_Birth",
                                                        "signup_date=Dt_Customer", "income=Income"};
    QTest::newRow("customers_full") << ImportKind::Customers
                                    << QStringList{"CustomerID", "First Name", "Last Name", "Email", "Mobile",
                                                   "Gender", "Date of Birth", "City", "Country", "Signup Date",
                                                   "Unsubscribed", "Annual Income", "Full Name"}
                                    << QStringList{"customer_id=CustomerID", "first_name=First Name",
                                                   "last_name=Last Name", "email=Email", "phone=Mobile",
                                                   "gender=Gender", "birth_date=Date of Birth", "city=City",
                                                   "country=Country", "signup_date=Signup Date",
                                                   "opt_out=Unsubscribed", "income=Annual Income",
                                                   "name=Full Name"};
    QTest::newRow("products_movies") << ImportKind::Products << QStringList{"movie_id", "title", "genres"}
                                     << QStringList{"sku=movie_id", "name=title", "category=genres"};
    QTest::newRow("products_chinese") << ImportKind::Products
                                      << QString::fromUtf8("货号,品名,类别,价格").split(',')
                                      << QString::fromUtf8("sku=货号,name=品名,category=类别,price=价格").split(',');
    QTest::newRow("ratings_triplets") << ImportKind::Ratings
                                      << QStringList{"user_id", "item_index", "movie_id", "rating"}
                                      << QStringList{"customer_id=user_id", "sku=movie_id", "rating=rating"};
    QTest::newRow("ratings_movielens_camel") << ImportKind::Ratings
                                             << QStringList{"userId", "movieId", "rating", "timestamp"}
                                             << QStringList{"customer_id=userId", "sku=movieId", "rating=rating",
                                                            "timestamp=timestamp"};
    QTest::newRow("ratings_headerless_u_data") << ImportKind::Ratings
                                               << QStringList{"Column 1", "Column 2", "Column 3", "Column 4"}
                                               << QStringList{"customer_id=Column 1", "sku=Column 2",
                                                              "rating=Column 3", "timestamp=Column 4"};
    QTest::newRow("ratings_headerless_three_columns") << ImportKind::Ratings
                                                      << QStringList{"Column 1", "Column 2", "Column 3"}
                                                      << QStringList{"customer_id=Column 1", "sku=Column 2",
                                                                     "rating=Column 3"};
    QTest::newRow("headerless_not_positional_for_transactions")
        << ImportKind::Transactions << QStringList{"Column 1", "Column 2", "Column 3"} << QStringList{};
    QTest::newRow("unrelated_header") << ImportKind::Transactions << QStringList{"foo", "bar"} << QStringList{};
    QTest::newRow("empty_header") << ImportKind::Customers << QStringList{} << QStringList{};
}

void TestColumnMapping::autoMap()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);

    const ColumnMapping mapping = ::autoMap(kind, header);
    QCOMPARE(mapping.kind, kind);
    QCOMPARE(describe(mapping, header), sorted(expected));

    // Each column feeds at most one field.
    const QList<int> columns = mapping.columnOf.values();
    QCOMPARE(QSet<int>(columns.cbegin(), columns.cend()).size(), columns.size());
}

void TestColumnMapping::autoMapPrefersEarlierAlias()
{
    // Both columns match unit_price exactly; the first alias (UnitPrice) wins and
    // the other column stays free.
    const QStringList header{"price", "UnitPrice", "InvoiceNo"};
    const ColumnMapping mapping = ::autoMap(ImportKind::Transactions, header);
    QCOMPARE(mapping.column(QStringLiteral("unit_price")), 1);
    QCOMPARE(mapping.fieldOf(0), QString());

    // Customers: CustomerID is preferred over a bare ID column.
    const ColumnMapping customers = ::autoMap(ImportKind::Customers, {"ID", "CustomerID"});
    QCOMPARE(customers.column(QStringLiteral("customer_id")), 1);
}

// ---------------------------------------------------------------------------

void TestColumnMapping::applyOverride_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expectedColumn");    // column of field afterwards, -1 = unmapped
    QTest::addColumn<QStringList>("errorParts"); // substrings the error must contain

    QTest::newRow("exact_name") << ImportKind::Experiment << kHillstrom << "arm" << "channel" << true << 7
                                << QStringList{};
    QTest::newRow("case_insensitive") << ImportKind::Experiment << kHillstrom << "arm" << "CHANNEL" << true << 7
                                      << QStringList{};
    QTest::newRow("normalized_name") << ImportKind::Transactions << kOnlineRetail << "customer_id" << "customer id"
                                     << true << 6 << QStringList{};
    QTest::newRow("column_number") << ImportKind::Ratings << QStringList{"Column 1", "Column 2", "Column 3"}
                                   << "rating" << "1" << true << 0 << QStringList{};
    QTest::newRow("trimmed_name") << ImportKind::Transactions << kOnlineRetail << "email" << " Country " << true
                                  << 7 << QStringList{};
    QTest::newRow("empty_column_unmaps") << ImportKind::Transactions << kOnlineRetail << "country" << "" << true
                                         << -1 << QStringList{};
    QTest::newRow("unknown_field_lists_valid_fields")
        << ImportKind::Transactions << kOnlineRetail << "invoice" << "InvoiceNo" << false << -1
        << QStringList{"invoice", "order_id", "unit_price", "category"};
    QTest::newRow("field_of_other_kind") << ImportKind::Experiment << kHillstrom << "income" << "spend" << false
                                         << -1 << QStringList{"income", "arm", "customer_id", "experiment"};
    QTest::newRow("unknown_column_lists_columns")
        << ImportKind::Experiment << kHillstrom << "arm" << "treatment_group" << false << 8
        << QStringList{"treatment_group", "\"segment\"", "\"recency\"", "\"spend\""};
    QTest::newRow("column_number_out_of_range") << ImportKind::Ratings << QStringList{"Column 1", "Column 2"}
                                                << "rating" << "3" << false << -1 << QStringList{"3"};
    QTest::newRow("column_number_zero") << ImportKind::Ratings << QStringList{"Column 1", "Column 2"} << "rating"
                                        << "0" << false << -1 << QStringList{"0"};
}

void TestColumnMapping::applyOverride()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, header);
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(bool, ok);
    QFETCH(int, expectedColumn);
    QFETCH(QStringList, errorParts);

    ColumnMapping mapping = ::autoMap(kind, header);
    const ColumnMapping before = mapping;
    QString error;
    QCOMPARE(::applyOverride(mapping, field, column, header, &error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(mapping.columnOf, before.columnOf); // unchanged on failure
    }
    for (const QString &part : errorParts)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, error)));
    QCOMPARE(mapping.column(field), expectedColumn);
}

void TestColumnMapping::applyOverrideStealsColumn()
{
    // Overriding with a column that an automatic guess took unmaps the guess.
    ColumnMapping mapping = ::autoMap(ImportKind::Transactions, kOnlineRetail);
    QCOMPARE(mapping.column(QStringLiteral("description")), 2);
    QString error;
    QVERIFY(::applyOverride(mapping, QStringLiteral("category"), QStringLiteral("Description"), kOnlineRetail,
                            &error));
    QCOMPARE(mapping.column(QStringLiteral("category")), 2);
    QVERIFY(!mapping.isMapped(QStringLiteral("description")));

    // Taking a required field's column makes it missing.
    QVERIFY(::applyOverride(mapping, QStringLiteral("description"), QStringLiteral("StockCode"), kOnlineRetail,
                            &error));
    QCOMPARE(::missingRequired(ImportKind::Transactions, mapping), QStringList{"sku"});
}

void TestColumnMapping::applyOverrideWithoutErrorPointer()
{
    ColumnMapping mapping = ::autoMap(ImportKind::Experiment, kHillstrom);
    QVERIFY(!::applyOverride(mapping, QStringLiteral("nope"), QStringLiteral("segment"), kHillstrom, nullptr));
    QVERIFY(!::applyOverride(mapping, QStringLiteral("arm"), QStringLiteral("nope"), kHillstrom, nullptr));
    QCOMPARE(mapping.column(QStringLiteral("arm")), 8);
}

// ---------------------------------------------------------------------------

void TestColumnMapping::missingRequired_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("online_retail_complete") << ImportKind::Transactions << kOnlineRetail << QStringList{};
    QTest::newRow("transactions_without_price_and_date")
        << ImportKind::Transactions << QStringList{"InvoiceNo", "StockCode", "Quantity"}
        << QStringList{"unit_price", "date"};
    QTest::newRow("transactions_nothing")
        << ImportKind::Transactions << QStringList{"foo"}
        << QStringList{"order_id", "sku", "quantity", "unit_price", "date"};
    QTest::newRow("hillstrom_experiment_complete") << ImportKind::Experiment << kHillstrom << QStringList{};
    QTest::newRow("experiment_without_arm") << ImportKind::Experiment << QStringList{"user_id", "spend"}
                                            << QStringList{"arm"};
    QTest::newRow("ifood_customers_complete") << ImportKind::Customers << kIFood << QStringList{};
    QTest::newRow("ratings_headerless_complete") << ImportKind::Ratings
                                                 << QStringList{"Column 1", "Column 2", "Column 3"}
                                                 << QStringList{};
    QTest::newRow("ratings_without_rating") << ImportKind::Ratings << QStringList{"user_id", "movie_id"}
                                            << QStringList{"rating"};
    QTest::newRow("products_without_sku") << ImportKind::Products << QStringList{"name", "price"}
                                          << QStringList{"sku"};
}

void TestColumnMapping::missingRequired()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, header);
    QFETCH(QStringList, missing);
    QCOMPARE(::missingRequired(kind, ::autoMap(kind, header)), missing);
}

void TestColumnMapping::mappingHelpers()
{
    ColumnMapping mapping;
    QCOMPARE(mapping.column(QStringLiteral("sku")), -1);
    QVERIFY(!mapping.isMapped(QStringLiteral("sku")));
    mapping.set(QStringLiteral("sku"), 3);
    QCOMPARE(mapping.column(QStringLiteral("sku")), 3);
    QCOMPARE(mapping.fieldOf(3), QStringLiteral("sku"));
    mapping.set(QStringLiteral("description"), 3);
    QVERIFY(!mapping.isMapped(QStringLiteral("sku")));
    QCOMPARE(mapping.fieldOf(3), QStringLiteral("description"));
    mapping.set(QStringLiteral("description"), 4);
    QCOMPARE(mapping.fieldOf(3), QString());
    mapping.unset(QStringLiteral("description"));
    QVERIFY(mapping.columnOf.isEmpty());
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
