#include "settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char *const kRecentProjects = "project/recent";          // default: empty list
const char *const kWindowGeometry = "window/geometry";         // default: empty (centered)
const char *const kWindowState = "window/state";               // default: empty
const char *const kLastImportDirectory = "import/lastDirectory"; // default: Documents
const char *const kLanguage = "ui/language";                   // default: "" (system)
} // namespace

QStringList Settings::recentProjects()
{
    QStringList result;
    const QStringList stored = QSettings().value(QLatin1String(kRecentProjects)).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

void Settings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(QLatin1String(kRecentProjects)).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentProjects)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentProjects), list);
}

void Settings::removeRecentProject(const QString &path)
{
    QStringList list = QSettings().value(QLatin1String(kRecentProjects)).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QLatin1String(kRecentProjects), list);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(QLatin1String(kWindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QLatin1String(kWindowGeometry), geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(QLatin1String(kWindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(QLatin1String(kWindowState), state);
}

QString Settings::lastImportDirectory()
{
    return QSettings()
        .value(QLatin1String(kLastImportDirectory),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void Settings::setLastImportDirectory(const QString &directory)
{
    QSettings().setValue(QLatin1String(kLastImportDirectory), directory);
}

QString Settings::language()
{
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguage), language);
}
