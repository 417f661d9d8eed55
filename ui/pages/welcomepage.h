#pragma once

#include <QWidget>

class QListWidget;

/** First screen when no project is open: demo, new, open, and recent projects. */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    /** Re-reads the recent projects list. */
    void refresh();

signals:
    void openDemoRequested();
    void newProjectRequested();
    void openProjectRequested();
    void openRecentRequested(const QString &path);

private:
    QListWidget *m_recent;
};
