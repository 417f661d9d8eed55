#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * Typed access to Tailor's user settings (QSettings underneath). Each key lives
 * beside its default here; nothing else reads raw keys. The organization and
 * application names must be set before use (app/gui/main.cpp does it).
 * Thread-safety: use from the GUI thread.
 */
class Settings
{
public:
    static constexpr int kMaxRecentProjects = 8;

    /** Most recent first; files that no longer exist are dropped. */
    static QStringList recentProjects();
    /** Moves @p path to the top of the recent projects. */
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    /** Folder the last import file was chosen from ("" = the user's documents). */
    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &directory);

    /** UI language: "" follows the system locale, otherwise e.g. "en" or "zh_CN". */
    static QString language();
    static void setLanguage(const QString &language);
};
