#include "campaignspage.h"

#include "charts/campaignrateschart.h"
#include "jobs/promisereporter.h"
#include "mainwindow/projectsession.h"
#include "models/querytablemodel.h"
#include "pages/emptystatepage.h"
#include "project/project.h"
#include "segments/segmentstore.h"
#include "widgets/campaignexportpanel.h"
#include "wizards/campaignwizard.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

CampaignsPage::CampaignsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(tr("Campaigns"), QString(), this))
    , m_content(new QWidget(this))
    , m_model(new CampaignListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_exportsModel(new QueryTableModel(this))
    , m_exportsTable(new QTableView(this))
    , m_ratesChart(new CampaignRatesChart(this))
    , m_status(new QLabel(this))
    , m_importProgress(new QProgressBar(this))
    , m_importCancel(new QPushButton(tr("Cancel"), this))
    , m_newButton(new QPushButton(tr("New campaign…"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_importButton(new QPushButton(tr("Import responses…"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
{
    auto *title = new QLabel(tr("Campaigns"), m_content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_newButton->setToolTip(tr("Choose an audience, offers and a message, then export the list"));
    m_exportButton->setObjectName(QStringLiteral("exportCampaignButton"));
    m_exportButton->setToolTip(tr("Export the selected campaign as CSV, XLSX, Mailchimp or a hashed audience"));
    m_importButton->setObjectName(QStringLiteral("importResponsesButton"));
    m_importButton->setToolTip(tr("Read opens, clicks, purchases and revenue per customer (CSV, .csv.gz or XLSX) "
                                  "for the selected campaign"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCampaignButton"));
    m_deleteButton->setToolTip(tr("Delete the selected campaign with its members, exports and responses"));
    connect(m_newButton, &QPushButton::clicked, this, &CampaignsPage::startNewCampaign);
    connect(m_exportButton, &QPushButton::clicked, this, &CampaignsPage::exportSelected);
    connect(m_importButton, &QPushButton::clicked, this, &CampaignsPage::chooseResponsesFile);
    connect(m_deleteButton, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_deleteButton);
    header->addWidget(m_importButton);
    header->addWidget(m_exportButton);
    header->addWidget(m_newButton);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignListModel::SortRole);
    m_table->setObjectName(QStringLiteral("campaignsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    const int digits = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Converted__"));
    for (int c = CampaignListModel::AudienceColumn; c < CampaignListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, digits);
    m_table->setColumnWidth(CampaignListModel::SegmentColumn, 170);
    m_table->setColumnWidth(CampaignListModel::CreatedColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("12/31/26, 12:00 PM____")));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsPage::showSelected);
    m_countLabel->setObjectName(QStringLiteral("campaignCountLabel"));

    // Details of the selected campaign
    QFont detailFont = m_detailTitle->font();
    detailFont.setBold(true);
    m_detailTitle->setFont(detailFont);
    m_detailTitle->setObjectName(QStringLiteral("campaignDetailTitle"));
    m_exportsModel->setHeaders({tr("Exported"), tr("Format"), tr("Rows"), tr("File")});
    m_exportsModel->setFormatter(0, [](const QVariant &value) {
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    });
    m_exportsModel->setFormatter(1, [](const QVariant &value) {
        const QString format = value.toString();
        if (format == QLatin1String("csv"))
            return tr("CSV");
        if (format == QLatin1String("xlsx"))
            return tr("XLSX");
        if (format == QLatin1String("mailchimp"))
            return tr("Mailchimp");
        if (format == QLatin1String("hashed"))
            return tr("Hashed audience");
        return format;
    });
    m_exportsModel->setFormatter(2, [](const QVariant &value) { return QLocale().toString(value.toLongLong()); });
    m_exportsModel->setFormatter(3, [](const QVariant &value) { return QDir::toNativeSeparators(value.toString()); });
    m_exportsTable->setObjectName(QStringLiteral("exportHistoryTable"));
    m_exportsTable->setModel(m_exportsModel);
    m_exportsTable->verticalHeader()->hide();
    m_exportsTable->setAlternatingRowColors(true);
    m_exportsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exportsTable->horizontalHeader()->setStretchLastSection(true);
    m_exportsTable->setColumnWidth(0, m_table->columnWidth(CampaignListModel::CreatedColumn));
    m_exportsTable->setColumnWidth(1, 120);
    m_exportsTable->setColumnWidth(2, 80);
    m_exportsTable->setTextElideMode(Qt::ElideMiddle);
    m_ratesChart->setObjectName(QStringLiteral("responseRatesChart"));
    m_rateLabel->setObjectName(QStringLiteral("responseRatesLabel"));
    m_rateLabel->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("campaignStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importProgress->setObjectName(QStringLiteral("importResponsesProgress"));
    m_importProgress->setRange(0, PromiseReporter<ResponseImportResult>::kSteps);
    m_importProgress->setMaximumWidth(260);
    m_importProgress->hide();
    m_importCancel->setObjectName(QStringLiteral("importResponsesCancel"));
    m_importCancel->hide();
    connect(m_importCancel, &QPushButton::clicked, &m_importWatcher, &QFutureWatcherBase::cancel);
    connect(&m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_importProgress, &QProgressBar::setValue);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &CampaignsPage::onImportFinished);

    auto *exportsBox = new QGroupBox(tr("Export history"), m_content);
    (new QVBoxLayout(exportsBox))->addWidget(m_exportsTable);
    auto *ratesBox = new QGroupBox(tr("Response rates"), m_content);
    auto *ratesLayout = new QVBoxLayout(ratesBox);
    ratesLayout->addWidget(m_rateLabel);
    ratesLayout->addWidget(m_ratesChart, 1);
    auto *details = new QWidget(m_content);
    auto *detailBoxes = new QHBoxLayout;
    detailBoxes->addWidget(exportsBox, 3);
    detailBoxes->addWidget(ratesBox, 2);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(detailBoxes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_importProgress);
    statusRow->addWidget(m_importCancel);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    connect(m_empty, &EmptyStatePage::actionTriggered, this, [this] {
        if (m_segments == 0)
            emit segmentsRequested();
        else
            startNewCampaign();
    });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &CampaignsPage::onLoaded);
    connect(&m_deleteWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_deleteWatcher.result();
        if (!error.isEmpty())
            QMessageBox::critical(this, tr("Delete failed"), error);
        else
            setStatus(tr("Campaign deleted."));
        m_session->notifyDataChanged();
    });
    connect(m_session, &ProjectSession::projectOpened, this, &CampaignsPage::reload);
    connect(m_session, &ProjectSession::dataChanged, this, &CampaignsPage::reload);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_loaded = false;
        m_segments = 0;
        m_model->setRows({});
        m_exportsModel->clear();
        updateState();
    });
    updateState();
    if (m_session->isOpen())
        reload();
}

CampaignsPage::~CampaignsPage()
{
    m_importWatcher.cancel();
    m_importWatcher.waitForFinished();
    m_deleteWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
}

void CampaignsPage::reload()
{
    if (!m_session->isOpen())
        return;
    m_loadWatcher.setFuture(QtConcurrent::run([path = m_session->path()] {
        LoadResult result;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            result.error = project.errorString();
            return result;
        }
        QString error;
        result.segments = SegmentStore::list(project.database(), &error).size();
        const QList<CampaignInfo> campaigns = CampaignStore::list(project.database(), &error);
        if (!error.isEmpty())
            result.error = error;
        for (const CampaignInfo &info : campaigns)
            result.rows.append({info, CampaignStore::rates(project.database(), info.id)});
        return result;
    }));
}

void CampaignsPage::onLoaded()
{
    const LoadResult result = m_loadWatcher.result();
    if (!result.error.isEmpty())
        setStatus(tr("Could not read the campaigns: %1").arg(result.error), true);
    const QString keep = m_pendingSelection.isEmpty() ? selectedCampaign() : m_pendingSelection;
    m_pendingSelection.clear();
    m_segments = result.segments;
    m_model->setRows(result.rows);
    m_loaded = true;
    updateState();
    if (!keep.isEmpty())
        selectCampaign(keep);
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
    emit campaignsLoaded(int(result.rows.size()));
}

void CampaignsPage::updateState()
{
    const int campaigns = m_model->rowCount();
    if (campaigns > 0) {
        m_countLabel->setText(campaigns == 1 ? tr("1 campaign.") : tr("%L1 campaigns.").arg(campaigns));
        m_stack->setCurrentWidget(m_content);
        updateButtons();
        return;
    }
    if (!m_session->isOpen() || !m_loaded) {
        m_empty->setMessage(tr("Open a project to see its campaigns."));
        m_empty->setAction(QString());
    } else if (m_segments == 0) {
        m_empty->setMessage(tr("Build segments first: a campaign goes to a saved segment."));
        m_empty->setAction(tr("Go to Segments"));
    } else {
        m_empty->setMessage(tr("No campaigns yet: give a segment personalized offers and messages."));
        m_empty->setAction(tr("New campaign…"));
    }
    m_stack->setCurrentWidget(m_empty);
    updateButtons();
}

void CampaignsPage::updateButtons()
{
    const bool selected = !selectedCampaign().isEmpty();
    m_newButton->setEnabled(m_session->isOpen() && m_segments > 0);
    m_exportButton->setEnabled(selected);
    m_importButton->setEnabled(selected && !m_importWatcher.isRunning());
    m_deleteButton->setEnabled(selected && !m_importWatcher.isRunning() && !m_deleteWatcher.isRunning());
}

QString CampaignsPage::selectedCampaign() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return m_proxy->mapToSource(rows.first()).siblingAtColumn(CampaignListModel::NameColumn).data().toString();
}

bool CampaignsPage::selectCampaign(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void CampaignsPage::showSelected()
{
    updateButtons();
    const QString name = selectedCampaign();
    if (name.isEmpty()) {
        m_detailTitle->setText(tr("Select a campaign to see its exports and responses."));
        m_exportsModel->clear();
        m_ratesChart->clear();
        m_rateLabel->clear();
        return;
    }
    const CampaignListModel::Row &row = m_model->rows().at(m_model->rowOf(name));
    const QLocale locale;
    m_detailTitle->setText(tr("%1 — %2 customers contacted, %3 held out")
                               .arg(name, locale.toString(row.info.audience), locale.toString(row.info.holdout)));
    RowQuery query;
    query.select = QStringLiteral(
        "SELECT x.exported_at, x.format, x.rows, x.file_path FROM campaign_exports x "
        "JOIN campaigns c ON c.id = x.campaign_id WHERE c.name = ?");
    query.params << name;
    query.orderBy = {QStringLiteral("x.exported_at"), QStringLiteral("x.format"), QStringLiteral("x.rows"),
                     QStringLiteral("x.file_path")};
    query.sortColumn = 0;
    query.descending = true;
    query.tieBreaker = QStringLiteral("x.id");
    m_exportsModel->setQuery(m_session->path(), query);
    const CampaignRates &rates = row.rates;
    m_ratesChart->setRates(rates);
    if (rates.responses > 0) {
        m_rateLabel->setText(tr("%1 of %2 contacted members responded: %3 opened, %4 clicked, %5 converted; "
                                "revenue %6.")
                                 .arg(locale.toString(rates.responses), locale.toString(rates.members),
                                      locale.toString(rates.opened), locale.toString(rates.clicked),
                                      locale.toString(rates.converted), locale.toString(rates.revenue, 'f', 2)));
    } else {
        m_rateLabel->setText(QString());
    }
}

void CampaignsPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void CampaignsPage::startNewCampaign()
{
    if (!m_session->isOpen())
        return;
    auto *wizard = new CampaignWizard(m_session->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CampaignWizard::campaignSaved, this, [this](const QString &name) {
        m_pendingSelection = name;
        m_session->notifyDataChanged();
    });
    connect(wizard, &CampaignWizard::campaignExported, this, [this](const QString &name) {
        m_pendingSelection = name;
        reload();
    });
    wizard->open();
}

void CampaignsPage::exportSelected()
{
    const QString name = selectedCampaign();
    if (name.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("campaignExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export “%1”").arg(name));
    auto *panel = new CampaignExportPanel(m_session->path(), dialog);
    panel->setObjectName(QStringLiteral("campaignExportPanel"));
    panel->setCampaign(name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog, panel] {
        if (panel->isRunning())
            panel->cancelExport();
        else
            dialog->reject();
    });
    connect(panel, &CampaignExportPanel::exported, this, [this, name](const QString &file, qint64 rows) {
        setStatus(tr("Exported %1 rows of “%2” to %3.")
                      .arg(QLocale().toString(rows), name, QDir::toNativeSeparators(file)));
        m_pendingSelection = name;
        reload();
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    layout->addStretch();
    layout->addWidget(buttons);
    dialog->resize(620, dialog->sizeHint().height());
    dialog->open();
}

void CampaignsPage::chooseResponsesFile()
{
    if (selectedCampaign().isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import responses"), QString(),
        tr("Response files (*.csv *.csv.gz *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importResponses(path);
}

void CampaignsPage::importResponses(const QString &path)
{
    const QString name = selectedCampaign();
    if (name.isEmpty() || m_importWatcher.isRunning())
        return;
    m_importCampaign = name;
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importCancel->show();
    setStatus(tr("Importing responses for “%1” from %2…").arg(name, QFileInfo(path).fileName()));
    m_importWatcher.setFuture(QtConcurrent::run(
        [project = m_session->path(), name, path](QPromise<ResponseImportResult> &promise) {
            ResponseImportResult result;
            Project p;
            if (!p.open(project, Project::OpenMode::Reopen)) {
                result.errorString = p.errorString();
            } else {
                PromiseReporter<ResponseImportResult> reporter(promise);
                result = ResponseImporter().run(p.database(), name, path, reporter);
            }
            promise.addResult(result);
        }));
    updateButtons();
}

void CampaignsPage::onImportFinished()
{
    m_importProgress->hide();
    m_importCancel->hide();
    ResponseImportResult result;
    if (m_importWatcher.future().resultCount() > 0)
        result = m_importWatcher.result();
    else
        result.status = ResponseImportResult::Status::Cancelled;
    const QLocale locale;
    if (result.status == ResponseImportResult::Status::Ok) {
        QStringList parts;
        parts << tr("Imported %1 responses for “%2” (%3 rows read).")
                     .arg(locale.toString(result.imported), m_importCampaign, locale.toString(result.rowsRead));
        if (result.unknownCustomers > 0)
            parts << (result.unknownCustomers == 1
                          ? tr("1 row names a customer not in the project (%1).")
                                .arg(result.unknownExamples.value(0))
                          : tr("%1 rows name customers not in the project (for example %2).")
                                .arg(locale.toString(result.unknownCustomers),
                                     result.unknownExamples.mid(0, 3).join(QStringLiteral(", "))));
        if (result.notMembers > 0)
            parts << (result.notMembers == 1 ? tr("1 customer is not a member of the campaign.")
                                             : tr("%1 customers are not members of the campaign.")
                                                   .arg(locale.toString(result.notMembers)));
        if (result.rejected > 0)
            parts << (result.rejected == 1 ? tr("1 row had no customer or an unreadable value.")
                                           : tr("%1 rows had no customer or an unreadable value.")
                                                 .arg(locale.toString(result.rejected)));
        if (result.experimentId > 0)
            parts << tr("The linked experiment's outcomes were updated.");
        setStatus(parts.join(QLatin1Char(' ')));
        m_pendingSelection = m_importCampaign;
        m_session->notifyDataChanged();
    } else if (result.status == ResponseImportResult::Status::Cancelled) {
        setStatus(tr("Import cancelled. Nothing was changed."));
    } else {
        setStatus(tr("The responses could not be imported."), true);
        QMessageBox::critical(this, tr("Import failed"), result.errorString);
    }
    updateButtons();
    emit responsesImported(result);
}

void CampaignsPage::deleteSelected()
{
    const QString name = selectedCampaign();
    if (name.isEmpty() || m_deleteWatcher.isRunning())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete campaign"),
                    tr("Delete “%1” with its members, export history and responses? Exported files are not "
                       "touched.").arg(name),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_deleteWatcher.setFuture(QtConcurrent::run([path = m_session->path(), name] {
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen))
            return project.errorString();
        QString error;
        if (!CampaignStore::remove(project.database(), name, &error))
            return error.isEmpty() ? tr("The campaign could not be deleted.") : error;
        return QString();
    }));
    updateButtons();
}
