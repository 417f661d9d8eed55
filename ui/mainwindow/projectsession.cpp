#include "projectsession.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_countsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_countsWatcher.isCanceled() || m_countsWatcher.future().resultCount() == 0)
            return;
        m_counts = m_countsWatcher.result();
        emit countsChanged(m_counts);
    });
}

ProjectSession::~ProjectSession()
{
    m_countsWatcher.waitForFinished();
}

bool ProjectSession::open(const QString &path, bool create, QString *error)
{
    // Validation (the whole-file check, creation or migration) must finish before
    // anything else touches the file; background jobs then reopen the checked file
    // without checking it again. The check reads every page, seconds on a large
    // project, so it runs on a worker thread while this thread keeps painting (user
    // input waits; the main window shows a busy dialog when it takes long).
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, create] {
        Project project;
        if (!project.open(path, create ? Project::OpenMode::CreateIfMissing : Project::OpenMode::OpenExisting))
            return project.errorString();
        return QString();
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QString failure = watcher.result();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    m_path = path;
    m_counts = ProjectCounts();
    emit projectOpened(m_path);
    refreshCounts();
    return true;
}

void ProjectSession::close()
{
    if (m_path.isEmpty())
        return;
    m_path.clear();
    m_counts = ProjectCounts();
    emit projectClosed();
}

void ProjectSession::notifyDataChanged()
{
    emit dataChanged();
    refreshCounts();
}

void ProjectSession::refreshCounts()
{
    if (m_path.isEmpty())
        return;
    m_countsWatcher.waitForFinished();
    m_countsWatcher.setFuture(QtConcurrent::run([path = m_path] {
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen))
            return ProjectCounts();
        return project.counts();
    }));
}
