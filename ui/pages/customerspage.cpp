#include "customerspage.h"

#include "mainwindow/projectsession.h"
#include "models/customertablemodel.h"
#include "pages/emptystatepage.h"
#include "profiles/customerlistquery.h"
#include "project/database.h"
#include "segments/segmentstore.h"
#include "widgets/customerprofilepanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

CustomersPage::CustomersPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CustomerTableModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new EmptyStatePage(tr("Customers"),
                                     tr("Import order data to see customers. Each customer gets a profile with "
                                        "orders, revenue, favourite products and monthly spend."),
                                     this))
    , m_content(new QWidget(this))
    , m_searchEdit(new QLineEdit(m_content))
    , m_countLabel(new QLabel(m_content))
    , m_table(new QTableView(m_content))
    , m_panel(new CustomerProfilePanel(m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
{
    m_emptyPage->setAction(tr("Import data…"));
    m_emptyPage->setObjectName(QStringLiteral("customersEmptyState"));
    connect(m_emptyPage, &EmptyStatePage::actionTriggered, this, &CustomersPage::importRequested);

    auto *title = new QLabel(tr("Customers"), m_content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_searchEdit->setObjectName(QStringLiteral("customerSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search id, name, email or country"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_searchEdit->setMaximumWidth(420);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed); // fixed heights keep a million rows cheap
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true); // no blank band on wide windows
    columns->setSortIndicator(-1, Qt::AscendingOrder); // import order until a header is clicked
    m_table->setSortingEnabled(true);
    // Fixed widths from typical values: sizing to contents would read rows that are not loaded.
    const QStringList samples = {QStringLiteral("0000000"), QStringLiteral("Firstname Lastnam"),
                                 QStringLiteral("name@example.com"), QStringLiteral("United Kingdom"),
                                 QStringLiteral("0000"), QStringLiteral("000,000.00"),
                                 QStringLiteral("0000-00-00"), QStringLiteral("0000-00-00")};
    for (int column = 0; column < samples.size(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(fontMetrics().horizontalAdvance(samples.at(column)),
                               fontMetrics().horizontalAdvance(header) + 16); // room for the sort arrow
        columns->resizeSection(column, width + 20);
    }

    m_segmentChip = new QPushButton(m_content);
    m_segmentChip->setObjectName(QStringLiteral("segmentFilterButton"));
    m_segmentChip->setToolTip(tr("Show every customer again"));
    m_segmentChip->hide();
    connect(m_segmentChip, &QPushButton::clicked, this, [this] { showSegment(QString()); });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_segmentChip);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_countLabel, 1);
    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);

    m_panel->setMinimumWidth(380);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_panel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({800, 460});

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addWidget(title);
    contentLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applySearch();
    });
    connect(&m_searchTimer, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_model, &QueryTableModel::rowCountKnown, this, &CustomersPage::onRowCountKnown);
    connect(m_model, &QueryTableModel::rowsLoaded, this, &CustomersPage::onRowsLoaded);
    connect(m_model, &QueryTableModel::loadFailed, this, [this](const QString &error) {
        m_countLabel->setText(tr("The customers could not be read: %1").arg(error));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::onCurrentRowChanged);
    connect(&m_totalWatcher, &QFutureWatcherBase::finished, this, &CustomersPage::onTotalCounted);

    connect(m_session, &ProjectSession::projectOpened, this, [this] {
        m_searchEdit->blockSignals(true);
        m_searchEdit->clear();
        m_searchEdit->blockSignals(false);
        m_searchTimer.stop();
        m_pendingKey.clear();
        m_panel->clear();
        m_countLabel->clear();
        reload();
    });
    connect(m_session, &ProjectSession::dataChanged, this, [this] {
        reload();
        m_panel->reload();
    });
    connect(m_session, &ProjectSession::projectClosed, this, &CustomersPage::clearProject);

    if (m_session->isOpen())
        reload();
}

CustomersPage::~CustomersPage()
{
    m_totalWatcher.waitForFinished();
}

void CustomersPage::reload()
{
    if (!m_session->isOpen()) {
        clearProject();
        return;
    }
    if (m_countLabel->text().isEmpty())
        m_countLabel->setText(tr("Counting customers…"));
    m_matches = -1;
    m_pendingRow = -1;
    m_model->setProject(m_session->path(), m_searchEdit->text());
    countAll();
}

void CustomersPage::clearProject()
{
    ++m_totalGeneration; // drops a count in flight
    m_searchTimer.stop();
    m_total = -1;
    m_totalError.clear();
    m_matches = -1;
    m_pendingKey.clear();
    m_pendingRow = -1;
    m_model->setProject(QString(), QString());
    m_panel->clear();
    m_countLabel->clear();
    m_stack->setCurrentWidget(m_emptyPage);
}

void CustomersPage::applySearch()
{
    if (!m_session->isOpen())
        return;
    const QString search = m_searchEdit->text().trimmed();
    if (search == m_model->search() && m_matches >= 0) {
        selectPendingKey();
        return;
    }
    m_matches = -1;
    m_pendingRow = -1;
    m_model->setSearch(search);
}

void CustomersPage::countAll()
{
    const quint64 generation = ++m_totalGeneration;
    m_totalWatcher.setFuture(QtConcurrent::run([path = m_session->path(), generation] {
        TotalResult result;
        result.generation = generation;
        Database db; // this job's own connection
        if (!db.open(path, Database::OpenMode::ReadOnly)) {
            result.error = db.errorString();
            return result;
        }
        result.total = CustomerListQuery::countAll(db, &result.error);
        result.hasNames = CustomerListQuery::hasValues(db, CustomerListQuery::NameColumn);
        result.hasEmails = CustomerListQuery::hasValues(db, CustomerListQuery::EmailColumn);
        return result;
    }));
}

void CustomersPage::onTotalCounted()
{
    if (m_totalWatcher.isCanceled() || m_totalWatcher.future().resultCount() == 0)
        return;
    const TotalResult result = m_totalWatcher.result();
    if (result.generation != m_totalGeneration)
        return;
    m_total = result.total;
    m_totalError = result.error;
    // Data sets without names or emails (Online Retail) get the room for the other columns.
    m_table->setColumnHidden(CustomerListQuery::NameColumn, !result.hasNames);
    m_table->setColumnHidden(CustomerListQuery::EmailColumn, !result.hasEmails);
    updateEmptyState();
    updateCountLabel();
}

void CustomersPage::onRowCountKnown()
{
    m_matches = m_model->rowCount();
    updateCountLabel();
    if (!m_pendingKey.isEmpty()) {
        if (m_matches == 0)
            m_pendingKey.clear();
        else
            m_model->index(0, 0).data(); // asks for the first chunk even when the page is hidden
    }
}

void CustomersPage::onRowsLoaded()
{
    selectPendingKey();
    if (m_pendingRow >= 0 && m_pendingRow < m_model->rowCount()) {
        const qint64 id = m_model->customerId(m_pendingRow);
        if (id > 0) {
            m_pendingRow = -1;
            if (id != m_panel->customerId())
                m_panel->loadCustomer(m_session->path(), id);
        }
    }
}

void CustomersPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_session->isOpen())
        return; // the list was reset: keep the profile on display
    const qint64 id = m_model->customerId(current.row());
    if (id <= 0) {
        m_pendingRow = current.row(); // shown once the row's chunk lands
        return;
    }
    m_pendingRow = -1;
    if (id != m_panel->customerId() || !m_panel->profile())
        m_panel->loadCustomer(m_session->path(), id);
}

void CustomersPage::selectPendingKey()
{
    if (m_pendingKey.isEmpty() || m_matches <= 0)
        return;
    const int rows = int(qMin<qint64>(m_model->rowCount(), QueryTableModel::kChunkSize));
    if (m_model->customerId(0) <= 0)
        return; // the first chunk has not landed yet
    for (int row = 0; row < rows; ++row) {
        if (m_model->customerKey(row) == m_pendingKey) {
            m_pendingKey.clear();
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    m_pendingKey.clear(); // not among the first matches; the profile is loaded by key anyway
}

void CustomersPage::showCustomer(const QString &customerKey)
{
    if (!m_session->isOpen() || customerKey.trimmed().isEmpty())
        return;
    m_pendingKey = customerKey.trimmed();
    m_panel->loadCustomerByKey(m_session->path(), m_pendingKey);
    m_searchEdit->blockSignals(true);
    m_searchEdit->setText(m_pendingKey);
    m_searchEdit->blockSignals(false);
    m_searchTimer.stop();
    applySearch();
}

void CustomersPage::showSegment(const QString &name)
{
    m_segmentChip->setText(tr("Segment: %1  ✕").arg(SegmentStore::displayName(name)));
    m_segmentChip->setVisible(!name.isEmpty());
    m_matches = -1;
    m_pendingRow = -1;
    m_model->setSegment(name);
}

void CustomersPage::updateEmptyState()
{
    if (!m_session->isOpen() || m_total == 0)
        m_stack->setCurrentWidget(m_emptyPage);
    else if (m_total > 0 || !m_totalError.isEmpty())
        m_stack->setCurrentWidget(m_content);
}

void CustomersPage::updateCountLabel()
{
    if (!m_session->isOpen()) {
        m_countLabel->clear();
        return;
    }
    if (!m_totalError.isEmpty()) {
        m_countLabel->setText(m_totalError);
        return;
    }
    if (m_matches < 0 || m_total < 0)
        return; // keep the last count until both counts of the new query land
    if (!m_model->segment().isEmpty())
        m_countLabel->setText(tr("%L1 customers in %2").arg(m_matches).arg(SegmentStore::displayName(m_model->segment())));
    else if (m_model->search().isEmpty())
        m_countLabel->setText(m_matches == 1 ? tr("1 customer") : tr("%L1 customers").arg(m_matches));
    else
        m_countLabel->setText(m_total == 1 ? tr("%L1 of 1 customer matches").arg(m_matches)
                                           : tr("%L1 of %L2 customers match").arg(m_matches).arg(m_total));
}
