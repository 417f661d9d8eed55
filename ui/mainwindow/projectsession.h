#pragma once

#include "project/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

/**
 * The project the window works on: its path, and counts refreshed in the
 * background. Pages and jobs open their own database connections on the path
 * (a connection belongs to the thread that opened it); this object only says
 * which project is open and when its data changed.
 */
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /**
     * Validates and opens @p path (creating it when missing and @p create is
     * true). On failure returns false with a translated message in @p error and
     * keeps the current project.
     */
    bool open(const QString &path, bool create, QString *error);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    /** Counts as of the last refresh (zeros until the first one lands). */
    ProjectCounts counts() const { return m_counts; }

    /** Tells every page that the project's data changed (after an import, say). */
    void notifyDataChanged();

signals:
    void projectOpened(const QString &path);
    void projectClosed();
    void dataChanged();
    void countsChanged(const ProjectCounts &counts);

private:
    void refreshCounts();

    QString m_path;
    ProjectCounts m_counts;
    QFutureWatcher<ProjectCounts> m_countsWatcher;
    quint64 m_generation = 0;
};
