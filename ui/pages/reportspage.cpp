#include "reportspage.h"

#include "jobs/promisereporter.h"
#include "mainwindow/projectsession.h"
#include "pages/emptystatepage.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

/** Shows the preview HTML with the chart images from memory. */
class PreviewBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    void setReport(const QString &html, const QHash<QString, QImage> &images)
    {
        m_images = images;
        setHtml(html);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource) {
            const auto it = m_images.constFind(name.toString());
            if (it != m_images.constEnd())
                return *it;
        }
        return QTextBrowser::loadResource(type, name);
    }

private:
    QHash<QString, QImage> m_images;
};

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ReportsPage::ReportsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(tr("Reports"), QString(), this))
    , m_content(new QWidget(this))
    , m_dataCheck(new QCheckBox(tr("Data summary"), m_content))
    , m_segmentsCheck(new QCheckBox(tr("Segments"), m_content))
    , m_recommendationsCheck(new QCheckBox(tr("Recommendations"), m_content))
    , m_evaluationCheck(new QCheckBox(tr("Evaluate the recommender offline (slower)"), m_content))
    , m_experimentsCheck(new QCheckBox(tr("Experiments"), m_content))
    , m_campaignsCheck(new QCheckBox(tr("Campaigns"), m_content))
    , m_exportButton(new QPushButton(tr("Export report…"), m_content))
    , m_cancelButton(new QPushButton(tr("Cancel"), m_content))
    , m_openFolderButton(new QPushButton(tr("Open folder"), m_content))
    , m_progress(new QProgressBar(m_content))
    , m_statusLabel(new QLabel(m_content))
    , m_previewLabel(new QLabel(m_content))
    , m_preview(new PreviewBrowser(m_content))
    , m_previewTimer(new QTimer(this))
{
    auto *title = new QLabel(tr("Reports"), m_content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("A report of the project for colleagues: a PDF and an HTML page with charts, "
                                "plus the tables as CSV, in one zip file."),
                             m_content);
    intro->setWordWrap(true);

    const struct { QCheckBox *box; const char *name; QString tip; } checks[] = {
        {m_dataCheck, "sectionDataCheck", tr("Counts, imports, revenue by month, top countries and products")},
        {m_segmentsCheck, "sectionSegmentsCheck", tr("Saved segments, the RFM distribution and averages per segment")},
        {m_recommendationsCheck, "sectionRecommendationsCheck",
         tr("Coverage and the most recommended products of the stored recommendations")},
        {m_evaluationCheck, "evaluationCheck",
         tr("Fits a recommender on 75 % of each customer's purchases and scores the rest; can take minutes")},
        {m_experimentsCheck, "sectionExperimentsCheck",
         tr("Each experiment's first outcome against its control: arms, verdicts and warnings")},
        {m_campaignsCheck, "sectionCampaignsCheck", tr("Audience, exclusions, exports and response rates")},
    };
    auto *sectionsBox = new QGroupBox(tr("Sections"), m_content);
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    for (const auto &check : checks) {
        check.box->setObjectName(QString::fromLatin1(check.name));
        check.box->setToolTip(check.tip);
        check.box->setChecked(check.box != m_evaluationCheck);
        if (check.box == m_evaluationCheck) {
            auto *indented = new QHBoxLayout;
            indented->addSpacing(22);
            indented->addWidget(check.box);
            sectionsLayout->addLayout(indented);
        } else {
            sectionsLayout->addWidget(check.box);
        }
        connect(check.box, &QCheckBox::toggled, this, &ReportsPage::updateState);
        connect(check.box, &QCheckBox::toggled, this, &ReportsPage::schedulePreview);
    }

    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setToolTip(tr("Write the report as a zip file: report.pdf, report.html, charts and tables"));
    m_exportButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelButton->setToolTip(tr("Stop the export; no file is written"));
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show the folder of the exported report"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, PromiseReporter<ReportExportResult>::kSteps);
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton->hide();
    m_progress->hide();
    m_openFolderButton->hide();
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::chooseExportFile);
    connect(m_cancelButton, &QPushButton::clicked, &m_exportWatcher, &QFutureWatcherBase::cancel);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ReportsPage::openFolder);

    auto *left = new QVBoxLayout;
    left->addWidget(sectionsBox);
    left->addWidget(m_exportButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    left->addLayout(progressRow);
    left->addWidget(m_statusLabel);
    left->addWidget(m_openFolderButton, 0, Qt::AlignLeft);
    left->addStretch();

    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumWidth(420);
    m_previewLabel->setObjectName(QStringLiteral("previewStatusLabel"));
    auto *right = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("<b>Preview</b>"), m_content);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(previewTitle);
    previewHeader->addStretch();
    previewHeader->addWidget(m_previewLabel);
    right->addLayout(previewHeader);
    right->addWidget(m_preview, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    m_empty->setAction(tr("Import data…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &ReportsPage::importRequested);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPage::startPreview);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportsPage::onPreviewFinished);
    connect(&m_exportWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &ReportsPage::onExportFinished);

    connect(m_session, &ProjectSession::projectOpened, this, &ReportsPage::onProjectChanged);
    connect(m_session, &ProjectSession::dataChanged, this, &ReportsPage::onProjectChanged);
    connect(m_session, &ProjectSession::projectClosed, this, &ReportsPage::onProjectChanged);
    connect(m_session, &ProjectSession::countsChanged, this, &ReportsPage::updateState);
    updateState();
}

ReportsPage::~ReportsPage()
{
    m_previewWatcher.cancel();
    m_exportWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

ReportOptions ReportsPage::options() const
{
    ReportOptions options;
    options.dataSummary = m_dataCheck->isChecked();
    options.segments = m_segmentsCheck->isChecked();
    options.recommendations = m_recommendationsCheck->isChecked();
    options.evaluateRecommendations = m_recommendationsCheck->isChecked() && m_evaluationCheck->isChecked();
    options.experiments = m_experimentsCheck->isChecked();
    options.campaigns = m_campaignsCheck->isChecked();
    return options;
}

void ReportsPage::updateState()
{
    const bool open = m_session->isOpen();
    const ProjectCounts counts = m_session->counts();
    const bool hasData = counts.customers > 0 || counts.orderLines > 0;
    if (!open || !hasData) {
        m_empty->setMessage(open ? tr("Import customers or orders to make a report. The report summarises the data, "
                                      "segments, recommendations, experiments and campaigns.")
                                 : tr("Open or create a project to make a report."));
        m_empty->setAction(open ? tr("Import data…") : QString());
        m_stack->setCurrentWidget(open && hasData ? m_content : m_empty);
    }
    if (open && hasData)
        m_stack->setCurrentWidget(m_content);
    const ReportOptions o = options();
    const bool anySection = o.dataSummary || o.segments || o.recommendations || o.experiments || o.campaigns;
    const bool busy = m_exportWatcher.isRunning();
    m_evaluationCheck->setEnabled(m_recommendationsCheck->isChecked() && !busy);
    m_exportButton->setEnabled(open && anySection && !busy);
    m_exportButton->setToolTip(anySection ? tr("Write the report as a zip file: report.pdf, report.html, charts and tables")
                                          : tr("Choose at least one section"));
    for (QCheckBox *box : {m_dataCheck, m_segmentsCheck, m_recommendationsCheck, m_experimentsCheck, m_campaignsCheck})
        box->setEnabled(!busy);
}

void ReportsPage::onProjectChanged()
{
    m_previewWatcher.cancel();
    ++m_previewGeneration;
    m_preview->clear();
    m_openFolderButton->hide();
    m_statusLabel->clear();
    m_previewDirty = true;
    updateState();
    if (isVisible() && m_session->isOpen())
        schedulePreview();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewDirty && m_session->isOpen())
        schedulePreview();
}

void ReportsPage::schedulePreview()
{
    m_previewDirty = true;
    if (isVisible() && m_session->isOpen())
        m_previewTimer->start();
}

void ReportsPage::startPreview()
{
    if (!m_session->isOpen())
        return;
    m_previewDirty = false;
    m_previewWatcher.cancel();
    const quint64 generation = ++m_previewGeneration;
    m_previewWatcher.setProperty("generation", generation);
    m_previewLabel->setText(tr("Updating…"));
    ReportOptions options = this->options();
    options.evaluateRecommendations = false; // the preview stays fast; the export evaluates
    const QString path = m_session->path();
    m_previewWatcher.setFuture(QtConcurrent::run([path, options](QPromise<ReportPreview> &promise) {
        PromiseReporter<ReportPreview> reporter(promise);
        promise.addResult(ReportExporter::preview(path, options, reporter));
    }));
}

void ReportsPage::onPreviewFinished()
{
    if (m_previewWatcher.isCanceled() || m_previewWatcher.future().resultCount() == 0
        || m_previewWatcher.property("generation").toULongLong() != m_previewGeneration)
        return;
    const ReportPreview preview = m_previewWatcher.result();
    if (preview.cancelled)
        return;
    if (!preview.errorString.isEmpty()) {
        m_previewLabel->setText(tr("Preview failed"));
        m_preview->setPlainText(preview.errorString);
        return;
    }
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    static_cast<PreviewBrowser *>(m_preview)->setReport(preview.html, preview.images);
    m_preview->verticalScrollBar()->setValue(scroll);
    m_previewLabel->setText(options().evaluateRecommendations
                                ? tr("The offline evaluation is computed when you export.")
                                : QString());
}

void ReportsPage::chooseExportFile()
{
    if (!m_session->isOpen() || isExporting())
        return;
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    QString dir = m_lastExport.file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                              : QFileInfo(m_lastExport.file).absolutePath();
    const QString name = tr("%1 report.zip").arg(QFileInfo(m_session->path()).completeBaseName());
    m_fileDialog = new QFileDialog(this, tr("Export report"), QDir(dir).filePath(name), tr("Zip archives (*.zip)"));
    m_fileDialog->setObjectName(QStringLiteral("exportFileDialog"));
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(QStringLiteral("zip"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &ReportsPage::exportTo);
    m_fileDialog->open();
}

void ReportsPage::exportTo(const QString &path)
{
    if (!m_session->isOpen() || isExporting() || path.isEmpty())
        return;
    const ReportOptions options = this->options();
    const QString projectPath = m_session->path();
    m_openFolderButton->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_statusLabel->setText(options.evaluateRecommendations
                               ? tr("Writing the report; the recommender evaluation can take a few minutes…")
                               : tr("Writing the report…"));
    m_exportWatcher.setFuture(QtConcurrent::run([projectPath, options, path](QPromise<ReportExportResult> &promise) {
        PromiseReporter<ReportExportResult> reporter(promise);
        promise.addResult(ReportExporter::exportBundle(projectPath, options, path, reporter));
    }));
    updateState();
}

void ReportsPage::onExportFinished()
{
    m_progress->hide();
    m_cancelButton->hide();
    updateState();
    if (m_exportWatcher.isCanceled() || m_exportWatcher.future().resultCount() == 0) {
        m_statusLabel->setText(tr("Export cancelled. No file was written."));
        return;
    }
    const ReportExportResult result = m_exportWatcher.result();
    if (result.cancelled) {
        m_statusLabel->setText(tr("Export cancelled. No file was written."));
        return;
    }
    if (!result.errorString.isEmpty()) {
        m_statusLabel->setText(tr("The export failed."));
        QMessageBox::critical(this, tr("Export failed"), result.errorString);
        return;
    }
    m_lastExport = result;
    m_statusLabel->setText(tr("Saved %1 (%2): a %n-page PDF, HTML, charts and tables.", nullptr, result.pdfPages)
                               .arg(QDir::toNativeSeparators(result.file), formatBytes(result.bytes)));
    m_openFolderButton->show();
    emit reportExported(result.file);
}

void ReportsPage::openFolder()
{
    if (!m_lastExport.file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastExport.file).absolutePath()));
}
