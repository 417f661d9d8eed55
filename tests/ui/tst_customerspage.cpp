#include "charts/monthlyspendchart.h"
#include "importing/importer.h"
#include "jobs/progressreporter.h"
#include "mainwindow/projectsession.h"
#include "models/customertablemodel.h"
#include "models/orderhistorymodel.h"
#include "pages/customerspage.h"
#include "pages/emptystatepage.h"
#include "profiles/customerlistquery.h"
#include "project/project.h"
#include "widgets/customerprofilepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXYSeries>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeout = 20000;

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void countsAllCustomers();
    void modelPassesTester();
    void searchByKey();
    void searchByCountry();
    void searchTreatsWildcardsLiterally();
    void sortByRevenueHeader();
    void selectingRowShowsProfile();
    void showCustomerSelectsAndLoads();
    void scrollToBottomLoadsLastRows();
    void emptyProjectShowsEmptyState();
    void closingProjectClears();
    void orderHistoryModelPassesTester();

private:
    /** A shown page over the Online Retail project (the session is opened first). */
    std::unique_ptr<CustomersPage> makePage(ProjectSession &session, const QString &path);
    qint64 sqlCount(const QString &sql, const QVariantList &params = {});
    QVariant sqlValue(const QString &sql, const QVariantList &params = {});
    static QVariant rawValue(QAbstractItemModel *model, int row, int column);
    static void typeSearch(CustomersPage *page, const QString &text);
    static QString allCustomersText(qint64 count);

    QTemporaryDir m_dir;
    QString m_retailPath;
    Project m_reader; // the test's own connection for expected values
};

void TestCustomersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString source = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
    if (!QFile::exists(source))
        QSKIP("The Online Retail data set is not available.");
    m_retailPath = m_dir.filePath(QStringLiteral("retail.tailor"));
    {
        Project project;
        QVERIFY2(project.open(m_retailPath), qPrintable(project.errorString()));
        ImportOptions options;
        options.reader.path = source;
        options.kind = ImportKind::Transactions;
        SimpleProgressReporter progress;
        const ImportResult result = Importer().run(project.database(), options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
    }
    QVERIFY2(m_reader.open(m_retailPath, Project::OpenMode::OpenExisting), qPrintable(m_reader.errorString()));
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM customers")), 4372);
}

void TestCustomersPage::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

std::unique_ptr<CustomersPage> TestCustomersPage::makePage(ProjectSession &session, const QString &path)
{
    QString error;
    if (!session.open(path, false, &error))
        qWarning() << "cannot open" << path << error;
    auto page = std::make_unique<CustomersPage>(&session);
    page->resize(1300, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning() << "the page was not exposed";
    return page;
}

qint64 TestCustomersPage::sqlCount(const QString &sql, const QVariantList &params)
{
    return sqlValue(sql, params).toLongLong();
}

QVariant TestCustomersPage::sqlValue(const QString &sql, const QVariantList &params)
{
    return m_reader.database().scalar(sql, params).value_or(QVariant());
}

QVariant TestCustomersPage::rawValue(QAbstractItemModel *model, int row, int column)
{
    const QModelIndex index = model->index(row, column);
    index.data(Qt::DisplayRole); // asks for the row's chunk
    return index.data(QueryTableModel::RawValueRole);
}

void TestCustomersPage::typeSearch(CustomersPage *page, const QString &text)
{
    auto *edit = page->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString TestCustomersPage::allCustomersText(qint64 count)
{
    return QStringLiteral("%1 customers").arg(QLocale().toString(count));
}

void TestCustomersPage::countsAllCustomers()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QVERIFY(label);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 4372);
    QCOMPARE(table->model()->columnCount(), 8);
    // Online Retail has no names or emails: those columns make room for the others.
    QVERIFY(table->isColumnHidden(CustomerListQuery::NameColumn));
    QVERIFY(table->isColumnHidden(CustomerListQuery::EmailColumn));
    QVERIFY(!table->isColumnHidden(CustomerListQuery::RevenueColumn));
    const QStringList headers = {QStringLiteral("Customer"), QStringLiteral("Name"), QStringLiteral("Email"),
                                 QStringLiteral("Country"), QStringLiteral("Orders"), QStringLiteral("Revenue"),
                                 QStringLiteral("First seen"), QStringLiteral("Last seen")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), headers.at(c));

    // The first row is the first customer imported; dates are UTC days, revenue has two decimals.
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(table->model(), 0, 0).isValid(), kTimeout);
    const qint64 firstId = sqlCount(QStringLiteral("SELECT min(id) FROM customers"));
    QCOMPARE(page->model()->customerId(0), firstId);
    const QModelIndex revenue = table->model()->index(0, CustomerListQuery::RevenueColumn);
    QCOMPARE(revenue.data().toString(),
             money(sqlValue(QStringLiteral("SELECT revenue FROM customers WHERE id = ?"), {firstId}).toDouble()));
    QCOMPARE(Qt::Alignment(revenue.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    const QString firstSeen = table->model()->index(0, CustomerListQuery::FirstPurchaseColumn).data().toString();
    const qint64 seconds = sqlCount(QStringLiteral("SELECT first_seen FROM customers WHERE id = ?"), {firstId});
    QCOMPARE(firstSeen, QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date().toString(Qt::ISODate));

    // Nothing is selected yet: the profile asks for a selection.
    auto *message = page->findChild<QLabel *>(QStringLiteral("profileMessageLabel"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Select a customer to see the profile"));
}

void TestCustomersPage::modelPassesTester()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 0, 0).isValid(), kTimeout);
    typeSearch(page.get(), QStringLiteral("france"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral(" of ")), kTimeout);
    page->model()->sort(CustomerListQuery::NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 0, 0).isValid(), kTimeout);
    typeSearch(page.get(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4372, kTimeout);
}

void TestCustomersPage::searchByKey()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    typeSearch(page.get(), QStringLiteral("17850"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("%1 of %2 customers match")
                                                 .arg(QLocale().toString(1), QLocale().toString(4372)),
                              kTimeout);
    QCOMPARE(page->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rawValue(page->model(), 0, CustomerListQuery::KeyColumn).toString(),
                              QStringLiteral("17850"), kTimeout);
}

void TestCustomersPage::searchByCountry()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    typeSearch(page.get(), QStringLiteral("Germany"));
    const qint64 expected = sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE country LIKE '%Germany%' "
                                                    "OR customer_key LIKE '%Germany%' OR name LIKE '%Germany%' "
                                                    "OR email LIKE '%Germany%'"));
    QVERIFY(expected > 50);
    QCOMPARE(expected, sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'Germany'")));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), int(expected), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("%1 of %2 customers match")
                                                 .arg(QLocale().toString(expected), QLocale().toString(4372)),
                              kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), int(expected) - 1, 0).isValid(), kTimeout);
    for (int row = 0; row < expected; ++row)
        QCOMPARE(rawValue(page->model(), row, CustomerListQuery::CountryColumn).toString(), QStringLiteral("Germany"));
}

void TestCustomersPage::searchTreatsWildcardsLiterally()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    // "%" and "_" would match everything as LIKE wildcards; no key, name or country contains them.
    typeSearch(page.get(), QStringLiteral("%"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("%1 of %2 customers match")
                                                 .arg(QLocale().toString(0), QLocale().toString(4372)),
                              kTimeout);
    typeSearch(page.get(), QStringLiteral("1_8"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("%1 of %2 customers match")
                                                 .arg(QLocale().toString(0), QLocale().toString(4372)),
                              kTimeout);
    QCOMPARE(page->model()->rowCount(), 0);
    // The profile panel is untouched and the page stays on the list (not the empty state).
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QVERIFY(table->isVisible());
}

void TestCustomersPage::sortByRevenueHeader()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QHeaderView *header = table->horizontalHeader();
    const int column = CustomerListQuery::RevenueColumn;
    auto center = [header, column] {
        return QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                      header->height() / 2);
    };

    const double maxRevenue = sqlValue(QStringLiteral("SELECT max(revenue) FROM customers")).toDouble();
    const double minRevenue = sqlValue(QStringLiteral("SELECT min(revenue) FROM customers")).toDouble();
    QVERIFY(maxRevenue > 100000);
    QVERIFY(minRevenue < 0);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, center());
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // amounts sort highest first
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 0, column).isValid(), kTimeout);
    QCOMPARE(rawValue(page->model(), 0, column).toDouble(), maxRevenue);
    QCOMPARE(page->model()->rowCount(), 4372);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 199, column).isValid(), kTimeout);
    for (int row = 1; row < 200; ++row)
        QVERIFY(rawValue(page->model(), row - 1, column).toDouble() >= rawValue(page->model(), row, column).toDouble());

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, center());
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 0, column).isValid(), kTimeout);
    QCOMPARE(rawValue(page->model(), 0, column).toDouble(), minRevenue);

    // A search keeps the sort.
    typeSearch(page.get(), QStringLiteral("Germany"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral(" of ")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 0, column).isValid(), kTimeout);
    QCOMPARE(rawValue(page->model(), 0, column).toDouble(),
             sqlValue(QStringLiteral("SELECT min(revenue) FROM customers WHERE country = 'Germany'")).toDouble());
}

void TestCustomersPage::selectingRowShowsProfile()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QTRY_VERIFY_WITH_TIMEOUT(rawValue(page->model(), 2, 0).isValid(), kTimeout);

    auto *panel = page->findChild<CustomerProfilePanel *>(QStringLiteral("profilePanel"));
    QVERIFY(panel);
    QSignalSpy shown(panel, &CustomerProfilePanel::profileShown);
    const int row = 2;
    const qint64 id = page->model()->customerId(row);
    QVERIFY(id > 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(page->model()->index(row, 0)).center());
    QVERIFY(shown.wait(kTimeout) || shown.count() > 0);
    QCOMPARE(panel->customerId(), id);

    auto *orders = panel->findChild<QLabel *>(QStringLiteral("profileOrdersValue"));
    auto *revenue = panel->findChild<QLabel *>(QStringLiteral("profileRevenueValue"));
    QVERIFY(orders && revenue);
    QVERIFY(orders->isVisible());
    QCOMPARE(orders->text(), QLocale().toString(sqlCount(QStringLiteral(
                                 "SELECT count(DISTINCT order_id) FROM order_lines WHERE customer_id = ? AND is_return = 0"),
                                 {id})));
    QCOMPARE(orders->text(), QLocale().toString(sqlCount(QStringLiteral("SELECT order_count FROM customers WHERE id = ?"),
                                                         {id})));
    QCOMPARE(revenue->text(),
             money(sqlValue(QStringLiteral("SELECT revenue FROM customers WHERE id = ?"), {id}).toDouble()));

    auto *chart = panel->findChild<MonthlySpendChart *>(QStringLiteral("monthlySpendChart"));
    QVERIFY(chart);
    QVERIFY(!chart->isEmpty());
    QVERIFY(chart->chartView()->isVisible());
    const QList<QAbstractSeries *> series = chart->chart()->series();
    QCOMPARE(series.size(), 1);
    int points = 0;
    if (auto *bars = qobject_cast<QBarSeries *>(series.first()))
        points = bars->barSets().isEmpty() ? 0 : int(bars->barSets().first()->count());
    else if (auto *line = qobject_cast<QXYSeries *>(series.first()))
        points = int(line->count());
    QCOMPARE(points, int(panel->profile()->monthlySpend.size()));
    QVERIFY(points > 0);

    auto *history = panel->findChild<QTableView *>(QStringLiteral("orderHistoryTable"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(),
             int(sqlCount(QStringLiteral("SELECT count(DISTINCT order_id) FROM order_lines WHERE customer_id = ?"), {id})));

    // Moving down with the keyboard loads the next customer.
    shown.clear();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(shown.wait(kTimeout) || shown.count() > 0);
    QCOMPARE(panel->customerId(), page->model()->customerId(row + 1));
}

void TestCustomersPage::showCustomerSelectsAndLoads()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *panel = page->findChild<CustomerProfilePanel *>(QStringLiteral("profilePanel"));
    QSignalSpy shown(panel, &CustomerProfilePanel::profileShown);
    page->showCustomer(QStringLiteral("12346"));
    QVERIFY(shown.wait(kTimeout) || shown.count() > 0);
    QCOMPARE(panel->profile()->key, QStringLiteral("12346"));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("profileOrdersValue"))->text(), QLocale().toString(1));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("profileRevenueValue"))->text(), money(0));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("profileReturnRateValue"))->text(),
             QStringLiteral("%1 %").arg(QLocale().toString(50.0, 'f', 1)));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"))->text(), QStringLiteral("12346"));

    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->selectionModel()->hasSelection(), kTimeout);
    const int row = table->selectionModel()->selectedRows().first().row();
    QCOMPARE(page->model()->customerKey(row), QStringLiteral("12346"));
    QCOMPARE(panel->profile()->key, QStringLiteral("12346"));

    // A customer whose orders net to zero still gets a chart of that month.
    auto *chart = panel->findChild<MonthlySpendChart *>(QStringLiteral("monthlySpendChart"));
    QVERIFY(!chart->isEmpty());
}

void TestCustomersPage::scrollToBottomLoadsLastRows()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *label = page->findChild<QLabel *>(QStringLiteral("customerCountLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), allCustomersText(4372), kTimeout);
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QScrollBar *bar = table->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QCOMPARE(bar->value(), bar->maximum());

    const QString loading = QueryTableModel::tr("Loading…");
    auto lastVisibleRow = [table] {
        const int row = table->rowAt(table->viewport()->height() - 2);
        return row < 0 ? table->model()->rowCount() - 1 : row;
    };
    QCOMPARE(lastVisibleRow(), 4371);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->index(lastVisibleRow(), 0).data().toString() != loading, kTimeout);
    QVERIFY(!page->model()->rowValues(4371).isEmpty());
    QCOMPARE(page->model()->customerId(4371), sqlCount(QStringLiteral("SELECT max(id) FROM customers")));
    const int firstVisible = table->rowAt(0);
    QVERIFY(firstVisible > 4000);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->index(firstVisible, 0).data().toString() != loading, kTimeout);
}

void TestCustomersPage::emptyProjectShowsEmptyState()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.tailor"));
    {
        Project project;
        QVERIFY(project.open(path));
    }
    ProjectSession session;
    auto page = makePage(session, path);
    auto *empty = page->findChild<EmptyStatePage *>();
    QVERIFY(empty);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), kTimeout);
    QVERIFY(!page->findChild<QTableView *>(QStringLiteral("customersTable"))->isVisible());
    const QList<QLabel *> labels = empty->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text().startsWith(QStringLiteral("Import order data to see customers"));
    }));
    auto *button = empty->findChild<QPushButton *>();
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Import data…"));
    QSignalSpy requested(page.get(), &CustomersPage::importRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    // Opening a project with customers replaces the empty state with the list.
    QString error;
    QVERIFY2(session.open(m_retailPath, false, &error), qPrintable(error));
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QLabel *>(QStringLiteral("customerCountLabel"))->text(),
                              allCustomersText(4372), kTimeout);
}

void TestCustomersPage::closingProjectClears()
{
    ProjectSession session;
    auto page = makePage(session, m_retailPath);
    auto *panel = page->findChild<CustomerProfilePanel *>(QStringLiteral("profilePanel"));
    QSignalSpy shown(panel, &CustomerProfilePanel::profileShown);
    page->showCustomer(QStringLiteral("17850"));
    QVERIFY(shown.wait(kTimeout) || shown.count() > 0);

    // Data changes (a new import) refresh the list and the profile.
    shown.clear();
    session.notifyDataChanged();
    QVERIFY(shown.wait(kTimeout) || shown.count() > 0);
    QCOMPARE(panel->profile()->key, QStringLiteral("17850"));

    session.close();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!panel->profile().has_value());
    QVERIFY(page->findChild<EmptyStatePage *>()->isVisible());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("customerCountLabel"))->text().isEmpty());
}

void TestCustomersPage::orderHistoryModelPassesTester()
{
    OrderHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerProfile::Order purchase;
    purchase.orderId = QStringLiteral("536365");
    purchase.orderedAt = 1291191960;
    purchase.lines = 7;
    purchase.items = 40;
    purchase.total = 139.12;
    CustomerProfile::Order ret = purchase;
    ret.orderId = QStringLiteral("C536379");
    ret.isReturn = true;
    ret.total = -27.5;
    model.setOrders({ret, purchase});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OrderHistoryModel::TypeColumn).data().toString(), QStringLiteral("Return"));
    QCOMPARE(model.index(1, OrderHistoryModel::TotalColumn).data().toString(), money(139.12));
    QCOMPARE(model.index(1, OrderHistoryModel::DateColumn).data().toString(), QStringLiteral("2010-12-01"));
    model.setOrders({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
