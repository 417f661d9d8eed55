#include "dialogs/preferencesdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/projectsession.h"
#include "mainwindow/translationloader.h"
#include "project/demoproject.h"
#include "settings/settings.h"
#include "wizards/importwizard.h"
#include "wizards/segmentationwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString tsPath()
{
    return QStringLiteral(TAILOR_SOURCE_DIR "/resources/translations/tailor_zh_CN.ts");
}

QStringList navigationTexts(MainWindow *window)
{
    QStringList texts;
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        texts << navigation->item(i)->text();
    return texts;
}

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text();
    return titles;
}

/** The placeholders of a message (%1, %L2, %n), sorted, so reordering is allowed. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/** The mnemonic letter of a text ("&File" -> "F", "文件(&F)" -> "F"); empty when none. */
QString mnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&([^&\\s])"));
    QString stripped = text;
    stripped.remove(QStringLiteral("&&"));
    const QRegularExpressionMatch match = pattern.match(stripped);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private:
    static void screenshot(QWidget *window, const char *name)
    {
        if (!qEnvironmentVariableIsSet("TAILOR_SCREENSHOTS"))
            return;
        QTest::qWait(500); // let charts and chunked rows paint; screenshots only
        window->grab().save(QStringLiteral("/tmp/translation_%1.png").arg(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TailorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TailorTranslationTest"));
        const QString demo = DemoProject::defaultPath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
    }

    void cleanup()
    {
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
        Settings::setLanguage(QString());
    }

    /** Every message of the Chinese file is translated and keeps its placeholders, tags and accelerators. */
    void translationFileIsComplete()
    {
        QFile file(tsPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tsPath()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                ++messages;
                QStringList forms;
                if (type == QLatin1String("unfinished")) {
                    problems << QStringLiteral("%1: unfinished: %2").arg(context, source);
                    continue;
                }
                // Plural messages hold <numerusform> children; others hold text.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString &form : std::as_const(forms)) {
                    if (form.trimmed().isEmpty() && !source.trimmed().isEmpty())
                        problems << QStringLiteral("%1: empty: %2").arg(context, source);
                    else if (placeholders(form) != placeholders(source))
                        problems << QStringLiteral("%1: placeholders differ: %2 -> %3").arg(context, source, form);
                    else if (mnemonic(form) != mnemonic(source))
                        problems << QStringLiteral("%1: accelerator differs: %2 -> %3").arg(context, source, form);
                    else if (source.count(QLatin1Char('<')) != form.count(QLatin1Char('<')))
                        problems << QStringLiteral("%1: markup differs: %2 -> %3").arg(context, source, form);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        qInfo("%d messages in %s", messages, qPrintable(tsPath()));
        QVERIFY(messages > 500);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void languageResolution()
    {
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("xx_YY")), QStringLiteral("en"));
        // ctest runs with LC_ALL=C.UTF-8: the system default is English.
        if (QLocale::system().language() == QLocale::C || QLocale::system().language() == QLocale::English)
            QCOMPARE(TranslationLoader::resolveLanguage(QString()), QStringLiteral("en"));
    }

    /** The main window, its menus, pages and wizards in Simplified Chinese, then English again. */
    void mainWindowInChineseThenEnglish()
    {
        Settings::setLanguage(QStringLiteral("zh_CN"));
        TranslationLoader loader;
        QVERIFY(loader.load(Settings::language()));
        QCOMPARE(loader.currentLanguage(), QStringLiteral("zh_CN"));
        // Qt's own strings come from qtbase_zh_CN.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(navigationTexts(window),
                 QStringList({QStringLiteral("数据"), QStringLiteral("客户"), QStringLiteral("客户分群"),
                              QStringLiteral("推荐"), QStringLiteral("实验"), QStringLiteral("营销活动"),
                              QStringLiteral("报告")}));
        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY2(menus.contains(QStringLiteral("帮助(&H)")), qPrintable(menus.join(QLatin1Char(' '))));
        auto *demoButton = window->findChild<QPushButton *>(QStringLiteral("openDemoButton"));
        QVERIFY(demoButton);
        QVERIFY2(demoButton->text().contains(QStringLiteral("示例项目")), qPrintable(demoButton->text()));
        screenshot(window, "welcome_zh_CN");

        QSignalSpy ready(window, &MainWindow::demoProjectReady);
        QTest::mouseClick(demoButton, Qt::LeftButton);
        QVERIFY(ready.wait(120000));
        QVERIFY(ready.first().first().toBool());
        auto *counts = window->findChild<QLabel *>(QStringLiteral("projectCountsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("位客户")), 30000);
        window->showPage(MainWindow::CustomersPageIndex);
        screenshot(window, "customers_zh_CN");
        window->showPage(MainWindow::DataPageIndex);
        screenshot(window, "data_zh_CN");
        window->showPage(MainWindow::SegmentsPageIndex);
        screenshot(window, "segments_zh_CN");
        for (int page = MainWindow::RecommendationsPageIndex; page <= MainWindow::ReportsPageIndex; ++page) {
            window->showPage(MainWindow::Page(page));
            screenshot(window, QStringLiteral("page%1_zh_CN").arg(page).toLatin1().constData());
        }

        const QString project = window->session()->path();
        {
            SegmentationWizard wizard(project, window);
            QCOMPARE(wizard.windowTitle(), QStringLiteral("新建客户分群"));
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("取消"));
            screenshot(&wizard, "segmentation_method_zh_CN");
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(SegmentationWizard::OptionsPageId));
            screenshot(&wizard, "segmentation_options_zh_CN");
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(SegmentationWizard::ResultsPageId));
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning() && !wizard.rfmResult().customers.isEmpty(), 60000);
            screenshot(&wizard, "segmentation_results_zh_CN");
            wizard.reject();
        }
        {
            ImportWizard wizard(project, window);
            QCOMPARE(wizard.windowTitle(), QStringLiteral("导入数据"));
            wizard.setFile(QStringLiteral(TAILOR_SOURCE_DIR "/resources/demo/online_retail_sample.csv.gz"));
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            screenshot(&wizard, "import_file_zh_CN");
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::SettingsPageId));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
            screenshot(&wizard, "import_settings_zh_CN");
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
            screenshot(&wizard, "import_mapping_zh_CN");
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::CleaningPageId));
            screenshot(&wizard, "import_cleaning_zh_CN");
            wizard.reject();
        }
        {
            QCOMPARE(TranslationLoader::activeLanguage(), QStringLiteral("zh_CN"));
            PreferencesDialog preferences(window);
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            QCOMPARE(preferences.windowTitle(), QStringLiteral("偏好设置"));
            screenshot(&preferences, "preferences_zh_CN");
        }
        window->close();
        QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());

        // Back to English: a new window shows the source texts.
        Settings::setLanguage(QStringLiteral("en"));
        QVERIFY(loader.load(Settings::language()));
        QCOMPARE(loader.currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        auto *english = new MainWindow;
        english->setAttribute(Qt::WA_DeleteOnClose);
        english->show();
        QVERIFY(QTest::qWaitForWindowExposed(english));
        QCOMPARE(navigationTexts(english).value(2), QStringLiteral("Segments"));
        QVERIFY(menuTitles(english).contains(QStringLiteral("&File")));
        SegmentationWizard wizard(DemoProject::defaultPath(), english);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("New segmentation"));
        english->close();
    }

    /** Preferences stores the language and says a restart is needed when it changes. */
    void preferencesSwitchesLanguage()
    {
        Settings::setLanguage(QString());
        QCOMPARE(TranslationLoader::activeLanguage(), QStringLiteral("en")); // no loader alive
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
        QVERIFY(combo && note);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(!note->isVisible()); // the system default is English here
        const int chinese = combo->findText(QStringLiteral("简体中文"));
        QVERIFY(chinese > 0);
        combo->setCurrentIndex(chinese);
        QVERIFY(note->isVisible());
        QVERIFY(dialog.needsRestart());
        dialog.accept();
        QCOMPARE(Settings::language(), QStringLiteral("zh_CN"));

        TranslationLoader loader;
        QVERIFY(loader.load(Settings::language()));
        PreferencesDialog again;
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QVERIFY(!again.needsRestart());
        again.setLanguage(QStringLiteral("en"));
        again.reject();
        QCOMPARE(Settings::language(), QStringLiteral("zh_CN")); // Cancel keeps the stored choice
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
