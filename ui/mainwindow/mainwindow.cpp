#include "mainwindow.h"

#include "jobs/promisereporter.h"
#include "mainwindow/projectsession.h"
#include "dialogs/preferencesdialog.h"
#include "pages/campaignspage.h"
#include "pages/customerspage.h"
#include "pages/experimentspage.h"
#include "pages/recommendationspage.h"
#include "pages/reportspage.h"
#include "pages/datapage.h"
#include "pages/emptystatepage.h"
#include "pages/segmentspage.h"
#include "pages/welcomepage.h"
#include "project/demoproject.h"
#include "settings/settings.h"
#include "wizards/importwizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

static void initResources()
{
    // tailor_ui is a static library: its resources must be registered explicitly.
    Q_INIT_RESOURCE(resources);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_stack(new QStackedWidget(this))
    , m_workspace(new QWidget(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    initResources();
    setWindowTitle(tr("Tailor"));
    setAcceptDrops(true);
    setMinimumSize(960, 600);

    createPages();
    createMenus();

    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    m_pathLabel->setObjectName(QStringLiteral("projectPathLabel"));
    m_countsLabel->setObjectName(QStringLiteral("projectCountsLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoProject);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseAndOpenProject);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, [this](const QString &path) { openProject(path); });
    connect(m_session, &ProjectSession::projectOpened, this, &MainWindow::onProjectOpened);
    connect(m_session, &ProjectSession::countsChanged, this, &MainWindow::updateStatus);
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_demoWatcher.result();
        statusBar()->clearMessage();
        const bool ok = error.isEmpty() && openProject(DemoProject::defaultPath());
        if (!error.isEmpty())
            QMessageBox::critical(this, tr("Demo project"), error);
        emit demoProjectReady(ok);
    });

    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    updateStatus();
    m_stack->setCurrentWidget(m_welcome);
}

MainWindow::~MainWindow()
{
    m_demoWatcher.waitForFinished();
}

void MainWindow::createPages()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding-top: 8px; border-right: 1px solid palette(mid); }"
        "QListWidget#navigation::item { padding: 8px 12px; }"));

    m_dataPage = new DataPage(m_session, this);
    connect(m_dataPage, &DataPage::importRequested, this, [this] { startImport(); });
    m_customersPage = new CustomersPage(m_session, this);
    connect(m_customersPage, &CustomersPage::importRequested, this, [this] { startImport(); });
    m_segmentsPage = new SegmentsPage(m_session, this);
    connect(m_segmentsPage, &SegmentsPage::importRequested, this, [this] { startImport(); });
    connect(m_segmentsPage, &SegmentsPage::showMembersRequested, this, [this](const QString &segment) {
        m_customersPage->showSegment(segment);
        showPage(CustomersPageIndex);
    });

    auto *recommendationsPage = new RecommendationsPage(m_session, this);
    connect(recommendationsPage, &RecommendationsPage::importRequested, this, [this] { startImport(); });
    auto *experimentsPage = new ExperimentsPage(m_session, this);
    connect(experimentsPage, &ExperimentsPage::importRequested, this, [this] { startImport(); });
    auto *campaignsPage = new CampaignsPage(m_session, this);
    connect(campaignsPage, &CampaignsPage::segmentsRequested, this, [this] { showPage(SegmentsPageIndex); });
    auto *reportsPage = new ReportsPage(m_session, this);
    connect(reportsPage, &ReportsPage::importRequested, this, [this] { startImport(); });
    const QList<QPair<QString, QWidget *>> pages = {
        {tr("Data"), m_dataPage},
        {tr("Customers"), m_customersPage},
        {tr("Segments"), m_segmentsPage},
        {tr("Recommendations"), recommendationsPage},
        {tr("Experiments"), experimentsPage},
        {tr("Campaigns"), campaignsPage},
        {tr("Reports"), reportsPage},
    };
    const QList<QStyle::StandardPixmap> icons = {
        QStyle::SP_DriveHDIcon, QStyle::SP_DirHomeIcon, QStyle::SP_FileDialogListView,
        QStyle::SP_DialogYesButton, QStyle::SP_FileDialogContentsView, QStyle::SP_ArrowRight,
        QStyle::SP_FileDialogDetailedView};
    for (int i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(style()->standardIcon(icons.value(i)), pages.at(i).first, m_navigation);
        item->setSizeHint(QSize(0, 36));
        m_pages->addWidget(pages.at(i).second);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(CustomersPageIndex);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *demoAction = file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    demoAction->setObjectName(QStringLiteral("openDemoAction"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, [this] { startImport(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_closeAction = file->addAction(tr("&Close Project"), this, [this] {
        m_session->close();
        m_welcome->refresh();
        m_stack->setCurrentWidget(m_welcome);
        updateStatus();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *preferences = file->addAction(PreferencesDialog::menuText(), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tailor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentProjects();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProject(const QString &path, bool create)
{
    QString error;
    // Checking a large project takes seconds: a busy dialog appears after half a second.
    QProgressDialog busy(tr("Checking %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, this);
    busy.setWindowTitle(tr("Opening project"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(500);
    const bool opened = m_session->open(path, create, &error);
    busy.reset();
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open project"), error);
        Settings::removeRecentProject(path);
        m_welcome->refresh();
        return false;
    }
    return true;
}

void MainWindow::onProjectOpened(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(DemoProject::defaultPath()).absoluteFilePath())
        Settings::addRecentProject(path);
    setWindowTitle(tr("%1 — Tailor").arg(QFileInfo(path).completeBaseName()));
    m_stack->setCurrentWidget(m_workspace);
    updateStatus();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"),
                                                QDir(Settings::lastImportDirectory()).filePath(tr("Untitled.tailor")),
                                                tr("Tailor projects (*.tailor)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tailor"), Qt::CaseInsensitive))
        path += QStringLiteral(".tailor");
    if (QFileInfo::exists(path)) {
        // The file dialog already confirmed the overwrite; never destroy data silently though.
        QMessageBox::warning(this, tr("New project"),
                             tr("%1 already exists. Open it with File > Open Project, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openProject(path, true))
        showPage(DataPageIndex);
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), Settings::lastImportDirectory(),
                                                      tr("Tailor projects (*.tailor);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openDemoProject()
{
    const QString path = DemoProject::defaultPath();
    if (QFileInfo::exists(path)) {
        emit demoProjectReady(openProject(path));
        return;
    }
    if (m_demoWatcher.isRunning())
        return;
    statusBar()->showMessage(tr("Building the demo project from a sample of UCI Online Retail…"));
    m_demoWatcher.setFuture(QtConcurrent::run([path](QPromise<QString> &promise) {
        // The sample ships as a Qt resource; the reader needs a real file.
        QTemporaryDir dir;
        const QString sample = dir.filePath(QStringLiteral("online_retail_sample.csv.gz"));
        if (!QFile::copy(QStringLiteral(":/demo/online_retail_sample.csv.gz"), sample)) {
            promise.addResult(DemoProject::tr("The demo data is missing from this installation."));
            return;
        }
        PromiseReporter<QString> reporter(promise);
        QString error;
        DemoProject::ensure(path, sample, reporter, &error);
        promise.addResult(error);
    }));
}

void MainWindow::startImport(const QString &file)
{
    if (!m_session->isOpen()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("Create or open a project first; imported data is stored in a project."));
        return;
    }
    auto *wizard = new ImportWizard(m_session->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        wizard->setFile(file);
    connect(wizard, &ImportWizard::importCompleted, m_session, &ProjectSession::notifyDataChanged);
    wizard->open();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_navigation->currentRow());
}

void MainWindow::updateStatus()
{
    const bool open = m_session->isOpen();
    m_importAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    if (!open) {
        m_pathLabel->setText(tr("No project open"));
        m_countsLabel->clear();
        setWindowTitle(tr("Tailor"));
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_session->path()));
    const ProjectCounts counts = m_session->counts();
    m_countsLabel->setText(tr("%L1 customers · %L2 products · %L3 order lines · %L4 ratings")
                               .arg(counts.customers).arg(counts.products).arg(counts.orderLines).arg(counts.ratings));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tailor"),
        tr("<h3>Tailor %1</h3>"
           "<p>A personalized-marketing studio: customer profiles, segments, recommendations, "
           "A/B tests and personalized campaigns, offline, in one project file.</p>"
           "<p><b>Data attributions</b></p>"
           "<p>The demo project is a sample of the <i>Online Retail</i> dataset by Daqing Chen, "
           "UCI Machine Learning Repository (2015), doi:10.24432/C5BW33, licensed under "
           "CC BY 4.0.</p>"
           "<p>Built with Qt %2, SQLite, Eigen and QuaZip.</p>")
            .arg(QStringLiteral(TAILOR_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isImportableFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral(".csv"), QStringLiteral(".tsv"), QStringLiteral(".txt"),
                                         QStringLiteral(".gz"), QStringLiteral(".xlsx"), QStringLiteral(".dat")};
    for (const QString &suffix : suffixes) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isImportableFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    startImport(urls.first().toLocalFile());
}
