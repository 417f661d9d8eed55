#pragma once

#include "project/project.h"

#include <QFutureWatcher>
#include <QMainWindow>

class CustomersPage;
class DataPage;
class EmptyStatePage;
class ProjectSession;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class SegmentsPage;
class WelcomePage;

/**
 * Tailor's main window: a left navigation over the pages (Data, Customers,
 * Segments, Recommendations, Experiments, Campaigns, Reports), the welcome
 * screen when no project is open, File and Help menus, and a status bar with
 * the project path and counts. Files dropped on the window start the import
 * wizard.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DataPageIndex, CustomersPageIndex, SegmentsPageIndex, RecommendationsPageIndex,
                ExperimentsPageIndex, CampaignsPageIndex, ReportsPageIndex };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }

    /** Opens a project; shows an error box and returns false when it cannot. */
    bool openProject(const QString &path, bool create = false);
    /** Opens the demo project, building it in the background on first use. */
    void openDemoProject();
    /** Starts the import wizard, optionally on @p file. Needs an open project. */
    void startImport(const QString &file = QString());
    /** Shows one of the pages in the navigation. */
    void showPage(Page page);
    Page currentPage() const;

signals:
    /** Emitted when the demo project is open (or failed to open, with @p ok false). */
    void demoProjectReady(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createPages();
    void newProject();
    void chooseAndOpenProject();
    void updateRecentMenu();
    void updateStatus();
    void showAbout();
    void onProjectOpened(const QString &path);
    static bool isImportableFile(const QString &path);

    ProjectSession *m_session;
    QStackedWidget *m_stack;        // welcome screen | workspace
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    DataPage *m_dataPage;
    CustomersPage *m_customersPage;
    SegmentsPage *m_segmentsPage;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
    QFutureWatcher<QString> m_demoWatcher;
};
