#include "mainwindow/mainwindow.h"
#include "mainwindow/projectsession.h"
#include "pages/emptystatepage.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "wizards/importwizard.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>
#include <QMimeData>
#include <QDropEvent>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** With TAILOR_SCREENSHOTS set, saves the window to /tmp/<name>.png once pending work is drawn. */
    static void screenshot(QWidget *window, const char *name)
    {
        if (!qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            return;
        QTest::qWait(400); // let charts and chunked rows paint; screenshots only
        window->grab().save(QStringLiteral("/tmp/%1.png").arg(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TailorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TailorMainWindowTest"));
        const QString demo = DemoProject::defaultPath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
    }

    void cleanup()
    {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    }

    void welcomeThenDemoProject()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0); // the welcome screen
        screenshot(window, "welcome");
        auto *demoButton = window->findChild<QPushButton *>(QStringLiteral("openDemoButton"));
        QVERIFY(demoButton && demoButton->isVisible());

        QSignalSpy ready(window, &MainWindow::demoProjectReady);
        QTest::mouseClick(demoButton, Qt::LeftButton);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.first().first().toBool(), true);
        QCOMPARE(stack->currentIndex(), 1);
        QVERIFY(window->session()->isOpen());
        auto *path = window->findChild<QLabel *>(QStringLiteral("projectPathLabel"));
        QVERIFY(path->text().contains(QStringLiteral("demo.tailor")));
        auto *counts = window->findChild<QLabel *>(QStringLiteral("projectCountsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("customers"))
                                     && !counts->text().startsWith(QStringLiteral("0 ")), 20000);

        // Every page exists, and pages whose feature comes later show an empty state, never a blank.
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 7);
        for (int page = MainWindow::SegmentsPageIndex; page <= MainWindow::ReportsPageIndex; ++page) {
            window->showPage(MainWindow::Page(page));
            QCOMPARE(window->currentPage(), MainWindow::Page(page));
        }
        const QList<EmptyStatePage *> empties = window->findChildren<EmptyStatePage *>();
        QVERIFY(empties.size() >= 5);
        for (EmptyStatePage *page : empties) {
            const QList<QLabel *> labels = page->findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                                [](QLabel *label) { return label->text().size() > 20; }));
        }
        window->close();
    }

    /**
     * The whole path a new user takes: a new project, the import wizard on UCI
     * Online Retail, the summary, the customers page and one profile. A timer
     * probe measures the longest gap of the GUI event loop during the import.
     */
    void importOnlineRetailThenOpenProfile()
    {
        const QString file = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->openProject(m_dir.filePath(QStringLiteral("retail.tailor")), true));

        window->startImport(file);
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window->findChild<ImportWizard *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::SettingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::CleaningPageId));

        // Probe the event loop every 5 ms while the import runs in the background.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = qMax(worstGap, now - last);
            last = now;
        });
        clock.start();
        probe.start();
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), 120000);
        probe.stop();
        qInfo("Worst GUI event-loop gap during the Online Retail import: %lld ms", worstGap);
        QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("the GUI thread was blocked for %1 ms").arg(worstGap)));

        auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary);
        const QString text = QString(summary->text()).replace(QChar::Nbsp, QLatin1Char(' '));
        QVERIFY2(text.contains(QLocale().toString(536641)), qPrintable(text));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        auto *counts = window->findChild<QLabel *>(QStringLiteral("projectCountsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().startsWith(QLocale().toString(4372)), 30000);

        window->showPage(MainWindow::CustomersPageIndex);
        auto *table = window->findChild<QTableView *>(QStringLiteral("customersTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4372, 30000);
        QTRY_VERIFY(table->model()->index(0, 0).data().toString() != QCoreApplication::translate("QueryTableModel", "Loading…"));
        table->selectRow(0);
        auto *orders = window->findChild<QLabel *>(QStringLiteral("profileOrdersValue"));
        QVERIFY(orders);
        QTRY_VERIFY_WITH_TIMEOUT(!orders->text().isEmpty() && orders->text() != QStringLiteral("—"), 30000);
        screenshot(window, "customers_profile");
        window->showPage(MainWindow::DataPageIndex);
        screenshot(window, "data_page");
        window->close();
    }

    void droppingAFileStartsTheImportWizard()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->openProject(m_dir.filePath(QStringLiteral("drop.tailor")), true));
        const QString file = QStringLiteral(TAILOR_DATA_DIR "/movielens_100k/u.data");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("orders.xlsx")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window->findChild<ImportWizard *>()) != nullptr);
        auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("filePathEdit"));
        QVERIFY(path);
        QCOMPARE(path->text(), file);
        wizard->reject();
        window->close();
    }

    void badProjectFileIsRefusedWithMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-project.tailor"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello, world\n");
        file.close();
        ProjectSession session;
        QString error;
        QVERIFY(!session.open(path, false, &error));
        QVERIFY(error.contains(QStringLiteral("not a Tailor project")));
        QVERIFY(!session.isOpen());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
