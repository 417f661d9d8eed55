#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("tailor %s\n", TAILOR_VERSION);
    return 0;
}
