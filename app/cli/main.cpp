#include "clicommands.h"
#include "cliutil.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

void printUsage()
{
    QString text = QCoreApplication::translate("cli",
        "Usage: tailor-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  import    Import customers, orders, products, ratings or an experiment\n"
        "  segment   rfm | kmeans --k N | clv | rule --name N --where EXPR: save segments; list: the saved segments\n");
    for (const Cli::Command &command : Cli::commands())
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(command.name), -10)
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
    QCoreApplication app(argc, argv);
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
