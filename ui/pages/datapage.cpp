#include "datapage.h"

#include "importing/rejectedrowsexport.h"
#include "dialogs/rejectedrowsexporter.h"
#include "mainwindow/projectsession.h"
#include "models/querytablemodel.h"
#include "importing/columnmapping.h"

#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

DataPage::DataPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_importsModel(new QueryTableModel(this))
    , m_rejectedModel(new QueryTableModel(this))
    , m_rejectedTitle(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export rejected rows…"), this))
    , m_exporter(new RejectedRowsExporter(this))
{
    connect(m_exporter, &RejectedRowsExporter::finished, this,
            [this](qint64 rows, const QString &path, const QString &error) {
                m_exportButton->setEnabled(true);
                if (rows < 0)
                    QMessageBox::critical(this, tr("Export failed"), error);
                else if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
                    mainWindow->statusBar()->showMessage(
                        tr("%L1 rejected rows were written to %2.").arg(rows).arg(QDir::toNativeSeparators(path)), 8000);
            });
    auto *title = new QLabel(tr("Data"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *importButton = new QPushButton(tr("Import data…"), this);
    importButton->setObjectName(QStringLiteral("importDataButton"));
    importButton->setToolTip(tr("Import customers, orders, products, ratings or an experiment (Ctrl+I)"));
    connect(importButton, &QPushButton::clicked, this, &DataPage::importRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(importButton);

    auto *tables = new QGroupBox(tr("Tables"), this);
    auto *grid = new QGridLayout(tables);
    const QStringList names = {tr("Customers"), tr("Products"), tr("Order lines"), tr("Ratings"),
                               tr("Experiments"), tr("Imports"), tr("Rejected rows")};
    for (int i = 0; i < names.size(); ++i) {
        auto *name = new QLabel(names.at(i), tables);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("0"), tables);
        QFont valueFont = value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
        valueFont.setBold(true);
        value->setFont(valueFont);
        value->setObjectName(QStringLiteral("count_%1").arg(i));
        grid->addWidget(value, 0, i);
        grid->addWidget(name, 1, i);
        m_countLabels.append(value);
    }

    m_importsModel->setHeaders({tr("File"), tr("Kind"), tr("Imported at"), tr("Read"), tr("Imported"),
                                tr("Rejected"), tr("Duplicates"), tr("Anonymous"), tr("Returns"), tr("Seconds")});
    m_importsModel->setFormatter(1, [](const QVariant &value) { return importRunKindLabel(value.toString()); });
    m_importsModel->setFormatter(2, [](const QVariant &value) {
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    });
    for (int c = 3; c <= 8; ++c)
        m_importsModel->setFormatter(c, [](const QVariant &value) { return QLocale().toString(value.toLongLong()); });
    m_importsView = makeTable(m_importsModel, this);
    m_importsView->setObjectName(QStringLiteral("importsView"));
    m_rejectedModel->setHeaders({tr("Line"), tr("Column"), tr("Reason"), tr("Raw text")});
    m_rejectedView = makeTable(m_rejectedModel, this);
    m_rejectedView->setObjectName(QStringLiteral("rejectedView"));
    m_rejectedView->setSortingEnabled(true);
    m_rejectedView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_exportButton->setEnabled(false);
    m_exportButton->setObjectName(QStringLiteral("exportRejectedButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &DataPage::exportRejected);

    auto *importsBox = new QGroupBox(tr("Import history"), this);
    auto *importsLayout = new QVBoxLayout(importsBox);
    importsLayout->addWidget(m_importsView);
    auto *rejectedBox = new QGroupBox(tr("Rejected rows"), this);
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    auto *rejectedHeader = new QHBoxLayout;
    rejectedHeader->addWidget(m_rejectedTitle, 1);
    rejectedHeader->addWidget(m_exportButton);
    rejectedLayout->addLayout(rejectedHeader);
    rejectedLayout->addWidget(m_rejectedView);
    m_rejectedTitle->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(importsBox);
    splitter->addWidget(rejectedBox);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(tables);
    layout->addWidget(splitter, 1);

    connect(m_importsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::onImportSelected);
    connect(m_importsModel, &QueryTableModel::rowsLoaded, this, [this] {
        if (!m_importsView->selectionModel()->hasSelection() && m_importsModel->rowCount() > 0)
            m_importsView->selectRow(0);
        m_importsView->resizeColumnsToContents();
    });
    connect(m_session, &ProjectSession::projectOpened, this, &DataPage::reload);
    connect(m_session, &ProjectSession::dataChanged, this, &DataPage::reload);
    connect(m_session, &ProjectSession::countsChanged, this, &DataPage::showCounts);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_importsModel->clear();
        m_rejectedModel->clear();
        showCounts(ProjectCounts());
    });
    onImportSelected();
}

void DataPage::reload()
{
    RowQuery query;
    query.select = QStringLiteral(
        "SELECT file_name, kind, started_at, rows_read, rows_imported, rows_rejected, duplicates, anonymous, "
        "returns, round(seconds, 2), id FROM import_runs");
    query.orderBy = {QStringLiteral("file_name"), QStringLiteral("kind"), QStringLiteral("id")};
    query.sortColumn = 2;
    query.descending = true;
    m_selectedImport = 0;
    m_importsModel->setQuery(m_session->path(), query);
    onImportSelected();
}

void DataPage::showCounts(const ProjectCounts &counts)
{
    const QList<qint64> values = {counts.customers, counts.products, counts.orderLines, counts.ratings,
                                  counts.experiments, counts.imports, counts.rejectedRows};
    for (int i = 0; i < values.size() && i < m_countLabels.size(); ++i)
        m_countLabels.at(i)->setText(QLocale().toString(values.at(i)));
}

void DataPage::onImportSelected()
{
    const QModelIndexList rows = m_importsView->selectionModel()->selectedRows();
    const QVariantList values = rows.isEmpty() ? QVariantList() : m_importsModel->rowValues(rows.first().row());
    if (values.isEmpty()) {
        m_selectedImport = 0;
        m_rejectedModel->clear();
        m_rejectedTitle->setText(tr("Select an import to see the rows it did not import."));
        m_exportButton->setEnabled(false);
        return;
    }
    m_selectedImport = values.value(10).toLongLong();
    const qint64 rejected = values.value(5).toLongLong();
    m_rejectedTitle->setText(rejected == 0
                                 ? tr("Every row of %1 was imported or accounted for; none was rejected.")
                                       .arg(values.value(0).toString())
                                 : tr("%L1 rows of %2 were not imported. Each keeps its line number, the reason and "
                                      "its raw text.").arg(rejected).arg(values.value(0).toString()));
    m_exportButton->setEnabled(rejected > 0);
    m_rejectedModel->setQuery(m_session->path(), RejectedRowsExport::rowQuery(m_selectedImport));
}

void DataPage::exportRejected()
{
    if (m_exporter->start(this, m_session->path(), m_selectedImport))
        m_exportButton->setEnabled(false);
}
