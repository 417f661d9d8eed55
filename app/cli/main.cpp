#include "clicommands.h"
#include "cliutil.h"

#include <QCoreApplication>
#include <QStringList>
#ifdef TAILOR_CLI_GUI
#include <QGuiApplication>
#endif

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

void printUsage()
{
    QString text = QCoreApplication::translate("cli",
        "Usage: tailor-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  import     Import customers, orders, products, ratings or an experiment\n"
        "  segment    rfm | kmeans --k N | clv | rule --name N --where EXPR: save segments; list: the saved segments\n");
    QList<Cli::Command> registered = Cli::commands();
    std::sort(registered.begin(), registered.end(),
              [](const Cli::Command &a, const Cli::Command &b) { return qstrcmp(a.name, b.name) < 0; });
    for (const Cli::Command &command : std::as_const(registered))
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(command.name), -10)
                    .arg(QCoreApplication::translate("cli", command.summary));
    text += QCoreApplication::translate("cli",
        "\n"
        "Options:\n"
        "  --version   Print the version\n"
        "  --help      Print this help; COMMAND --help shows a command's options\n");
    std::printf("%s", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef TAILOR_CLI_GUI
    // `report` draws charts and a PDF (fonts, QPainter): it needs a QGuiApplication, headless without a display.
    const bool gui = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationName(QStringLiteral("tailor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage();
        return 1;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("tailor %s\n", TAILOR_VERSION);
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage();
        return 0;
    }
    arguments.removeAt(1); // the command's own parser sees argv[0] then its options
    if (command == QLatin1String("import"))
        return CliCommands::import(arguments);
    if (command == QLatin1String("segment"))
        return CliCommands::segment(arguments);
    for (const Cli::Command &registered : Cli::commands()) {
        if (command == QLatin1String(registered.name))
            return registered.handler(arguments);
    }
    std::fprintf(stderr, "tailor-cli: %s\n",
                 qPrintable(QCoreApplication::translate("cli", "unknown command \"%1\"; run tailor-cli --help.")
                                .arg(command)));
    return 1;
}
