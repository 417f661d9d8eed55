#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}
