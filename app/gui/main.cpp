#include "mainwindow/mainwindow.h"
#include "mainwindow/translationloader.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tailor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tailor"));
    TranslationLoader translations;
    translations.load(Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tailor personalized-marketing studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo project.")});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "A project (*.tailor) to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList projects = parser.positionalArguments();
    if (!projects.isEmpty())
        QTimer::singleShot(0, &window, [&window, path = projects.first()] { window.openProject(path); });
    else if (parser.isSet(QStringLiteral("demo")))
        QTimer::singleShot(0, &window, &MainWindow::openDemoProject);
    return app.exec();
}
