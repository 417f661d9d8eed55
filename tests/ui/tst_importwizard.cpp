#include "importing/columnmapping.h"
#include "models/previewmodel.h"
#include "project/project.h"
#include "wizards/importwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kJobTimeout = 60000;

const QByteArray kOrders =
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
    "536366,71053,WHITE METAL LANTERN,6,2010-12-01 08:28:00,3.39,17850,United Kingdom\n"
    "536367,22139,RETROSPOT TEA SET,two,2010-12-02 11:52:00,4.95,13047,France\n"
    "536368,22140,RETROSPOT TEA SET BLUE,1,2010-12-03 11:52:00,4.95,13047,France\n";

QString plain(const QString &text)
{
    return QString(text).replace(QChar::Nbsp, QLatin1Char(' '));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("project%1.tailor").arg(++m_counter));
        Project project;
        if (!project.open(path))
            return {};
        return path;
    }

    QString writeFile(const QByteArray &bytes, const QString &suffix = QStringLiteral(".csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("input%1%2").arg(++m_counter).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    static ProjectCounts counts(const QString &projectPath)
    {
        Project project;
        if (!project.open(projectPath, Project::OpenMode::OpenExisting))
            return {};
        return project.counts();
    }

    template<typename T>
    static T *child(QWidget &wizard, const char *name)
    {
        T *widget = wizard.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static QStringList leakedWindows()
    {
        QStringList names;
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->windowType() != Qt::ToolTip)
                names.append(QString::fromLatin1(window->metaObject()->className()));
        }
        return names;
    }

    static void clickNext(QWizard &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

    static void selectKind(QWizard &wizard, ImportKind kind)
    {
        auto *combo = child<QComboBox>(wizard, "kindCombo");
        combo->setCurrentIndex(combo->findData(int(kind)));
    }

    /** Types @p file on page 1, picks @p kind and moves to the settings page. */
    static bool chooseFile(QWizard &wizard, const QString &file, ImportKind kind)
    {
        auto *edit = child<QLineEdit>(wizard, "filePathEdit");
        if (!edit)
            return false;
        edit->setFocus();
        QTest::keyClicks(edit, file);
        selectKind(wizard, kind);
        clickNext(wizard);
        return wizard.currentId() == ImportWizard::SettingsPageId;
    }

    void save(QWizard &wizard, const char *name)
    {
        if (!qEnvironmentVariableIsSet("TAILOR_WIZARD_SCREENSHOTS"))
            return;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents();
        wizard.grab().save(QStringLiteral("/tmp/wizard_%1.png").arg(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TailorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TailorImportWizardTest"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        // Tooltips are shared, application-owned windows; anything else left is a leak.
        QTRY_VERIFY(leakedWindows().isEmpty());
    }

    void previewModelIsConsistent()
    {
        PreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPreview({QStringLiteral("id"), QStringLiteral("amount")},
                         {{QStringLiteral("1"), QStringLiteral("2.5")},
                          {QStringLiteral("2")},
                          {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("extra")}},
                         {CellType::Integer, CellType::Number});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3); // a ragged row adds a column
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("2.5"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QString());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("amount"));
        QVERIFY(!model.headerData(2, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void ifoodCustomersEndToEnd()
    {
        const QString file = QStringLiteral(TAILOR_DATA_DIR "/ifood_customer_personality/marketing_campaign.csv");
        if (!QFile::exists(file))
            QSKIP("The iFood data set is not available.");
        const QString projectPath = newProject();
        QVERIFY(!projectPath.isEmpty());
        ImportWizard wizard(projectPath);
        QSignalSpy completed(&wizard, &ImportWizard::importCompleted);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        save(wizard, "page1");

        // Check the live preview model while the settings page fills it.
        auto *table = child<QTableView>(wizard, "previewTable");
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(chooseFile(wizard, file, ImportKind::Customers));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
        auto *detected = child<QLabel>(wizard, "detectedLabel");
        QVERIFY2(detected->text().contains(QStringLiteral("tab")), qPrintable(detected->text()));
        QVERIFY2(detected->text().contains(QStringLiteral("header row")), qPrintable(detected->text()));
        QCOMPARE(table->model()->rowCount(), 50);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QCOMPARE(child<QCheckBox>(wizard, "headerCheck")->checkState(), Qt::PartiallyChecked);
        save(wizard, "page2");

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto *idCombo = child<QComboBox>(wizard, "mapping_customer_id");
        QVERIFY(idCombo);
        QCOMPARE(idCombo->currentText(), QStringLiteral("ID"));
        QVERIFY(next->isEnabled());
        auto *idCheck = child<QLabel>(wizard, "check_customer_id");
        QTRY_VERIFY(!idCheck->text().isEmpty() && !idCheck->text().contains(QStringLiteral("checking")));
        save(wizard, "page3");

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        QVERIFY(child<QCheckBox>(wizard, "dropDuplicatesCheck")->isChecked());
        QVERIFY(!child<QComboBox>(wizard, "returnsCombo")->isVisible());    // transactions only
        QVERIFY(!child<QComboBox>(wizard, "anonymousCombo")->isVisible());
        QVERIFY(child<QComboBox>(wizard, "dateOrderCombo")->isVisible());
        auto *datesLabel = child<QLabel>(wizard, "detectedDatesLabel");
        QTRY_VERIFY(!datesLabel->text().contains(QStringLiteral("Checking")));
        save(wizard, "page4");

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kJobTimeout);
        auto *summary = child<QLabel>(wizard, "summaryLabel");
        const QString imported = QStringLiteral("%1 imported").arg(QLocale().toString(2240));
        QVERIFY2(plain(summary->text()).contains(plain(imported)), qPrintable(summary->text()));
        QCOMPARE(completed.count(), 1);
        const auto result = completed.first().first().value<ImportResult>();
        QCOMPARE(result.rowsImported, qint64(2240));
        QCOMPARE(child<QLabel>(wizard, "count_customers")->text().startsWith(QLocale().toString(2240)), true);
        QVERIFY(!child<QTableView>(wizard, "rejectedTable")->isVisible());
        QVERIFY(child<QLabel>(wizard, "noRejectsLabel")->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        save(wizard, "page6");

        QCOMPARE(counts(projectPath).customers, qint64(2240));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(completed.count(), 1);
    }

    void transactionsWithBadRow()
    {
        const QString projectPath = newProject();
        const QString file = writeFile(kOrders);
        ImportWizard wizard(projectPath);
        wizard.setFile(file);
        QSignalSpy completed(&wizard, &ImportWizard::importCompleted);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(child<QLineEdit>(wizard, "filePathEdit")->text(), QDir::toNativeSeparators(file));
        QCOMPARE(child<QComboBox>(wizard, "kindCombo")->currentData().toInt(), int(ImportKind::Transactions));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::SettingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
        QVERIFY(child<QLabel>(wizard, "detectedLabel")->text().contains(QStringLiteral("comma")));
        QCOMPARE(child<QTableView>(wizard, "previewTable")->model()->rowCount(), 4);

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(child<QComboBox>(wizard, "mapping_quantity")->currentText(), QStringLiteral("Quantity"));
        auto *quantityCheck = child<QLabel>(wizard, "check_quantity");
        QTRY_VERIFY(quantityCheck->text().contains(QStringLiteral("1 of 4")));
        QVERIFY(quantityCheck->text().contains(QStringLiteral("not numbers")));
        QVERIFY(child<QLabel>(wizard, "samples_quantity")->text().contains(QStringLiteral("two")));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        QVERIFY(child<QComboBox>(wizard, "returnsCombo")->isVisible());
        QVERIFY(child<QComboBox>(wizard, "anonymousCombo")->isVisible());
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kJobTimeout);
        QCOMPARE(completed.count(), 1);

        QCOMPARE(child<QLabel>(wizard, "count_rejected")->text(), QStringLiteral("1"));
        QVERIFY(child<QLabel>(wizard, "summaryLabel")->text().startsWith(QStringLiteral("3 imported")));
        QVERIFY(child<QLabel>(wizard, "reasonsLabel")->text().contains(QStringLiteral("Not a number: 1")));
        auto *rejected = child<QTableView>(wizard, "rejectedTable");
        QVERIFY(rejected->isVisible());
        QVERIFY(child<QPushButton>(wizard, "exportRejectedButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(rejected->model()->rowCount(), 1, kJobTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(rejected->model()->data(rejected->model()->index(0, 0)).toLongLong(), qint64(4),
                                  kJobTimeout);
        QVERIFY(rejected->model()->data(rejected->model()->index(0, 3)).toString().contains(QStringLiteral(",two,")));
        save(wizard, "page6_rejected");
        const ProjectCounts after = counts(projectPath);
        QCOMPARE(after.orderLines, qint64(3));
        QCOMPARE(after.rejectedRows, qint64(1));
        wizard.accept();
    }

    void cancelLeavesProjectUnchanged()
    {
        const QString file = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
        if (!QFile::exists(file))
            QSKIP("The Online Retail data set is not available.");
        const QString projectPath = newProject();
        ImportWizard wizard(projectPath);
        QSignalSpy completed(&wizard, &ImportWizard::importCompleted);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(chooseFile(wizard, file, ImportKind::Transactions));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(next->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));

        auto *bar = child<QProgressBar>(wizard, "progressBar");
        auto *cancel = child<QPushButton>(wizard, "cancelImportButton");
        QCOMPARE(bar->maximum(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, kJobTimeout);
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!next->isEnabled());
        save(wizard, "page5_running");
        QTest::mouseClick(cancel, Qt::LeftButton);

        auto *message = child<QLabel>(wizard, "importMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kJobTimeout);
        QVERIFY2(message->text().contains(QStringLiteral("Import cancelled; the project is unchanged.")),
                 qPrintable(message->text()));
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!next->isEnabled());
        QCOMPARE(completed.count(), 0);
        save(wizard, "page5_cancelled");

        const ProjectCounts after = counts(projectPath);
        QCOMPARE(after.orderLines, qint64(0));
        QCOMPARE(after.imports, qint64(0));
        QCOMPARE(after.customers, qint64(0));

        // Back works after a cancel.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        wizard.reject();
    }

    void closingWhileRunningCancels()
    {
        const QString file = QStringLiteral(TAILOR_DATA_DIR "/online_retail/online_retail.csv.gz");
        if (!QFile::exists(file))
            QSKIP("The Online Retail data set is not available.");
        const QString projectPath = newProject();
        {
            ImportWizard wizard(projectPath);
            wizard.setFile(file);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            clickNext(wizard);
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
            clickNext(wizard);
            clickNext(wizard);
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
            QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(wizard, "progressBar")->value() > 0, kJobTimeout);
            // The wizard's own Cancel button closes it; the import stops and rolls back.
            QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
            QVERIFY(!wizard.isVisible());
        }
        QCOMPARE(counts(projectPath).orderLines, qint64(0));
        QCOMPARE(counts(projectPath).imports, qint64(0));
    }

    void requiredFieldUnmappedDisablesNext()
    {
        const QString projectPath = newProject();
        const QString file = writeFile(kOrders);
        ImportWizard wizard(projectPath);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(chooseFile(wizard, file, ImportKind::Transactions));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(next->isEnabled());

        QString requiredKey;
        QString requiredLabel;
        for (const TargetField &field : targetFields(ImportKind::Transactions)) {
            if (field.required) {
                requiredKey = field.key;
                requiredLabel = field.label;
                break;
            }
        }
        QVERIFY(!requiredKey.isEmpty());
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("mapping_") + requiredKey);
        QVERIFY(combo);
        const int mapped = combo->currentIndex();
        QVERIFY(mapped > 0);
        combo->setCurrentIndex(0); // "— not imported —"
        QVERIFY(!next->isEnabled());
        auto *missing = child<QLabel>(wizard, "missingRequiredLabel");
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(requiredLabel));
        save(wizard, "page3_missing");
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));

        combo->setCurrentIndex(mapped);
        QVERIFY(next->isEnabled());
        QVERIFY(!missing->isVisible());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        wizard.reject();
    }

    void missingFileStaysOnFirstPage()
    {
        const QString projectPath = newProject();
        ImportWizard wizard(projectPath);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // nothing typed yet
        auto *edit = child<QLineEdit>(wizard, "filePathEdit");
        edit->setFocus();
        QTest::keyClicks(edit, m_dir.filePath(QStringLiteral("no-such-file.csv")));
        QVERIFY(next->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        auto *error = child<QLabel>(wizard, "fileErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("does not exist")), qPrintable(error->text()));
        save(wizard, "page1_missing");
        // Typing again clears the message.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
        wizard.reject();
    }

    void unreadableFileShowsTheError()
    {
        const QString projectPath = newProject();
        // A gzip header followed by bytes that do not inflate.
        QByteArray bytes("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
        bytes += QByteArray(4096, '\xff');
        const QString file = writeFile(bytes, QStringLiteral(".csv.gz"));
        ImportWizard wizard(projectPath);
        wizard.setFile(file);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::SettingsPageId));
        auto *error = child<QLabel>(wizard, "previewErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kJobTimeout);
        QVERIFY(!child<QTableView>(wizard, "previewTable")->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        save(wizard, "page2_error");
        wizard.reject();
    }

    void ambiguousDatesAskForTheOrder()
    {
        const QString projectPath = newProject();
        const QString file = writeFile(
            "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            "1,A,1,01/02/2011,2.50,10\n"
            "2,B,2,03/04/2011,1.00,11\n"
            "3,C,1,05/06/2011,4.00,12\n");
        ImportWizard wizard(projectPath);
        wizard.setFile(file);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QTRY_VERIFY(next->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
        auto *note = child<QLabel>(wizard, "dateNoteLabel");
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kJobTimeout);
        save(wizard, "page4_ambiguous");
        auto *order = child<QComboBox>(wizard, "dateOrderCombo");
        order->setCurrentIndex(order->findData(int(DateOrder::MDY)));
        QVERIFY(!note->isVisible());
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kJobTimeout);
        Project project;
        QVERIFY(project.open(projectPath, Project::OpenMode::OpenExisting));
        // Month-day-year: 01/02/2011 is 2 January.
        QCOMPARE(project.database()
                     .scalar(QStringLiteral("SELECT date(min(ordered_at), 'unixepoch') FROM order_lines"))
                     ->toString(),
                 QStringLiteral("2011-01-02"));
        wizard.accept();
    }

    void alreadyImportedOffersImportAnyway()
    {
        const QString projectPath = newProject();
        const QString file = writeFile(kOrders);
        for (int round = 0; round < 2; ++round) {
            ImportWizard wizard(projectPath);
            QSignalSpy completed(&wizard, &ImportWizard::importCompleted);
            wizard.setFile(file);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            clickNext(wizard);
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kJobTimeout);
            clickNext(wizard);
            clickNext(wizard);
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
            if (round == 0) {
                QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kJobTimeout);
                QCOMPARE(completed.count(), 1);
                wizard.accept();
                continue;
            }
            auto *anyway = child<QPushButton>(wizard, "importAnywayButton");
            QTRY_VERIFY_WITH_TIMEOUT(anyway->isVisible(), kJobTimeout);
            QVERIFY(child<QLabel>(wizard, "importMessageLabel")->text().contains(QStringLiteral("already imported")));
            QCOMPARE(completed.count(), 0);
            QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
            QCOMPARE(counts(projectPath).imports, qint64(1));
            save(wizard, "page5_already");
            QTest::mouseClick(anyway, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kJobTimeout);
            QCOMPARE(completed.count(), 1);
            QCOMPARE(counts(projectPath).imports, qint64(2));
            wizard.accept();
        }
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
