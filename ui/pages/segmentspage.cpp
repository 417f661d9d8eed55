#include "segmentspage.h"

#include "mainwindow/projectsession.h"
#include "models/querytablemodel.h"
#include "pages/emptystatepage.h"
#include "segments/segmentstore.h"
#include "wizards/segmentationwizard.h"

#include <QDateTime>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

SegmentsPage::SegmentsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(tr("Segments"), QString(), this))
    , m_content(new QWidget(this))
    , m_model(new QueryTableModel(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    auto *title = new QLabel(tr("Segments"), m_content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *newButton = new QPushButton(tr("New segmentation…"), m_content);
    newButton->setObjectName(QStringLiteral("newSegmentationButton"));
    newButton->setToolTip(tr("Build RFM segments from the customers' orders"));
    auto *openButton = new QPushButton(tr("Show customers"), m_content);
    openButton->setObjectName(QStringLiteral("showSegmentMembersButton"));
    openButton->setToolTip(tr("Open the selected segment's members in the Customers page"));
    openButton->setEnabled(false);
    connect(newButton, &QPushButton::clicked, this, &SegmentsPage::startSegmentation);
    connect(openButton, &QPushButton::clicked, this, &SegmentsPage::openSelected);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_model->setHeaders({tr("Segment"), tr("Method"), tr("Customers"), tr("Created")});
    m_model->setFormatter(0, [](const QVariant &value) { return SegmentStore::displayName(value.toString()); });
    m_model->setFormatter(1, [](const QVariant &value) { return SegmentStore::methodLabel(value.toString()); });
    m_model->setFormatter(2, [](const QVariant &value) { return QLocale().toString(value.toLongLong()); });
    m_model->setFormatter(3, [](const QVariant &value) {
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    });
    m_table->setObjectName(QStringLiteral("segmentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // saved order until the user sorts
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, &SegmentsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, openButton,
            [this, openButton] { openButton->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_countLabel->setObjectName(QStringLiteral("segmentCountLabel"));

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_table, 1);

    m_empty->setAction(tr("New segmentation…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, [this] {
        if (m_session->counts().orderLines == 0)
            emit importRequested();
        else
            startSegmentation();
    });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_model, &QueryTableModel::rowCountKnown, this, &SegmentsPage::updateState);
    connect(m_session, &ProjectSession::projectOpened, this, &SegmentsPage::reload);
    connect(m_session, &ProjectSession::dataChanged, this, &SegmentsPage::reload);
    connect(m_session, &ProjectSession::countsChanged, this, [this] { updateState(m_model->rowCount()); });
    connect(m_session, &ProjectSession::projectClosed, m_model, &QueryTableModel::clear);
    updateState(0);
}

void SegmentsPage::reload()
{
    RowQuery query;
    query.select = QStringLiteral(
        "SELECT s.name, s.kind, (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id), s.created_at "
        "FROM segments s");
    query.orderBy = {QStringLiteral("s.name"), QStringLiteral("s.kind"), QStringLiteral("3"),
                     QStringLiteral("s.created_at")};
    query.tieBreaker = QStringLiteral("s.id");
    query.sortColumn = m_model->query().sortColumn; // keep the user's sort across reloads
    query.descending = m_model->query().descending;
    m_model->setQuery(m_session->path(), query);
}

void SegmentsPage::updateState(qint64 segments)
{
    if (segments > 0) {
        m_countLabel->setText(segments == 1 ? tr("1 saved segment. Double-click it to see its customers.")
                                            : tr("%L1 saved segments. Double-click one to see its customers.")
                                                  .arg(segments));
        m_stack->setCurrentWidget(m_content);
        return;
    }
    const bool hasOrders = m_session->counts().orderLines > 0;
    m_empty->setMessage(hasOrders ? tr("No segments yet. Build RFM segments from your customers' orders and save "
                                       "them for campaigns and experiments.")
                                  : tr("Import order data to see segments. RFM segments are built from your "
                                       "customers' orders."));
    m_empty->setAction(hasOrders ? tr("New segmentation…") : tr("Import data…"));
    m_stack->setCurrentWidget(m_empty);
}

void SegmentsPage::startSegmentation()
{
    if (!m_session->isOpen())
        return;
    auto *wizard = new SegmentationWizard(m_session->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SegmentationWizard::segmentsSaved, m_session, &ProjectSession::notifyDataChanged);
    wizard->open();
}

void SegmentsPage::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QVariantList values = m_model->rowValues(rows.first().row());
    if (!values.isEmpty())
        emit showMembersRequested(values.first().toString());
}
