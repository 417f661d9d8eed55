#include "importsummarypage.h"

#include "dialogs/rejectedrowsexporter.h"

#include "importing/rejectedrowsexport.h"
#include "importwizard.h"
#include "models/querytablemodel.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ImportSummaryPage::ImportSummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_exporter(new RejectedRowsExporter(this))
    , m_summaryLabel(new QLabel(this))
    , m_warningsLabel(new QLabel(this))
    , m_countsBox(new QGroupBox(tr("Counts"), this))
    , m_countsGrid(new QGridLayout(m_countsBox))
    , m_reasonsLabel(new QLabel(this))
    , m_rejectedTitle(new QLabel(this))
    , m_rejectedTable(new QTableView(this))
    , m_rejectedModel(new QueryTableModel(this))
    , m_exportButton(new QPushButton(tr("&Export rejected rows…"), this))
    , m_exportStatus(new QLabel(this))
    , m_rejectedBox(new QGroupBox(tr("Rejected rows"), this))
    , m_noRejectsLabel(new QLabel(tr("✓ No row was rejected."), this))
{
    setTitle(tr("Import finished"));
    setSubTitle(tr("Every row of the file is accounted for below."));
    setFinalPage(true);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    QFont headline = m_summaryLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    headline.setBold(true);
    m_summaryLabel->setFont(headline);

    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid "
                                                  "#e0b000; border-radius: 4px; padding: 6px; }"));
    m_warningsLabel->hide();

    m_countsGrid->setHorizontalSpacing(24);
    m_countsGrid->setColumnStretch(4, 1);

    m_reasonsLabel->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasonsLabel->setTextFormat(Qt::PlainText);
    m_reasonsLabel->setWordWrap(true);
    m_rejectedTitle->setObjectName(QStringLiteral("rejectedTitleLabel"));
    m_rejectedTitle->setWordWrap(true);

    m_rejectedModel->setHeaders({tr("Line"), tr("Column"), tr("Reason"), tr("Raw text")});
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedTable->setModel(m_rejectedModel);
    m_rejectedTable->setAlternatingRowColors(true);
    m_rejectedTable->setWordWrap(false);
    m_rejectedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->verticalHeader()->hide();
    m_rejectedTable->verticalHeader()->setDefaultSectionSize(m_rejectedTable->fontMetrics().height() + 8);
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->setColumnWidth(0, 70);
    m_rejectedTable->setColumnWidth(1, 140);
    m_rejectedTable->setColumnWidth(2, 300);
    m_rejectedTable->setSortingEnabled(true);
    m_rejectedTable->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);

    m_exportButton->setObjectName(QStringLiteral("exportRejectedButton"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    m_exportStatus->setWordWrap(true);
    m_noRejectsLabel->setObjectName(QStringLiteral("noRejectsLabel"));
    m_noRejectsLabel->setStyleSheet(QStringLiteral("color: #1b7f3b;"));

    auto *rejectedHeader = new QHBoxLayout;
    rejectedHeader->addWidget(m_rejectedTitle, 1);
    rejectedHeader->addWidget(m_exportButton);
    auto *rejectedLayout = new QVBoxLayout(m_rejectedBox);
    rejectedLayout->addWidget(m_reasonsLabel);
    rejectedLayout->addLayout(rejectedHeader);
    rejectedLayout->addWidget(m_rejectedTable, 1);
    rejectedLayout->addWidget(m_exportStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_countsBox);
    layout->addWidget(m_noRejectsLabel);
    layout->addWidget(m_rejectedBox, 1);
    layout->addStretch(0);

    connect(m_exportButton, &QPushButton::clicked, this, &ImportSummaryPage::exportRejected);
    connect(m_exporter, &RejectedRowsExporter::finished, this, &ImportSummaryPage::onExportFinished);
}

ImportSummaryPage::~ImportSummaryPage() = default;

QString ImportSummaryPage::reasonLabel(const QString &code)
{
    if (code == QLatin1String("bad_number"))
        return tr("Not a number");
    if (code == QLatin1String("bad_date"))
        return tr("Not a date");
    if (code == QLatin1String("missing_value"))
        return tr("Required value missing");
    if (code == QLatin1String("wrong_column_count"))
        return tr("Wrong number of columns");
    if (code == QLatin1String("unreadable_record"))
        return tr("Unreadable line");
    if (code == QLatin1String("bad_value"))
        return tr("Invalid value");
    if (code == QLatin1String("duplicate_customer"))
        return tr("Customer listed twice");
    return code;
}

void ImportSummaryPage::initializePage()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard)
        return;
    const ImportResult &result = importWizard->importResult();
    const ImportOptions options = importWizard->options();
    m_projectPath = importWizard->projectPath();
    m_importId = result.importId;
    const QString fileName = QFileInfo(options.reader.path).fileName();

    m_summaryLabel->setText(tr("%L1 imported of %L2 rows read from %3.")
                                .arg(result.rowsImported)
                                .arg(result.rowsRead)
                                .arg(fileName));
    m_warningsLabel->setText(result.warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!result.warnings.isEmpty());

    clearCounts();
    const QLocale locale;
    addCount(tr("Imported"), locale.toString(result.rowsImported), QStringLiteral("imported"));
    addCount(tr("Exact duplicates dropped"), locale.toString(result.duplicates), QStringLiteral("duplicates"));
    addCount(tr("Left out by the options"), locale.toString(result.skipped), QStringLiteral("skipped"));
    addCount(tr("Rejected"), locale.toString(result.rowsRejected), QStringLiteral("rejected"));
    if (options.kind == ImportKind::Transactions) {
        addCount(tr("Lines without a customer (anonymous)"), locale.toString(result.anonymous),
                 QStringLiteral("anonymous"));
        addCount(tr("Returns"), locale.toString(result.returns), QStringLiteral("returns"));
    }
    const auto total = [&locale](qint64 count, qint64 added) {
        return added > 0 ? tr("%1 (%2 new)").arg(locale.toString(count), locale.toString(added))
                         : locale.toString(count);
    };
    addCount(tr("Customers in the project"), total(result.customers, result.customersAdded),
             QStringLiteral("customers"));
    addCount(tr("Products in the project"), total(result.products, result.productsAdded),
             QStringLiteral("products"));
    if (options.kind == ImportKind::Experiment && !result.experiment.isEmpty()) {
        addCount(tr("Experiment"), tr("%1 (arms: %2)").arg(result.experiment, result.arms.join(QStringLiteral(", "))),
                 QStringLiteral("experiment"));
    }
    addCount(tr("Time"), tr("%1 s").arg(locale.toString(result.seconds, 'f', result.seconds < 10 ? 2 : 1)),
             QStringLiteral("seconds"));

    QStringList reasons;
    for (auto it = result.rejectsByReason.cbegin(); it != result.rejectsByReason.cend(); ++it)
        reasons.append(tr("%1: %L2").arg(reasonLabel(it.key())).arg(it.value()));
    m_reasonsLabel->setText(reasons.isEmpty() ? QString() : tr("By reason: %1").arg(reasons.join(QStringLiteral("; "))));
    m_reasonsLabel->setVisible(!reasons.isEmpty());

    const bool rejected = result.rowsRejected > 0;
    m_rejectedTitle->setText(tr("Rejected rows: %L1. Each keeps its line number, the reason and its raw text "
                                "in the project.").arg(result.rowsRejected));
    m_rejectedBox->setVisible(rejected);
    m_noRejectsLabel->setVisible(!rejected);
    m_exportStatus->clear();
    if (rejected && m_importId > 0) {
        m_rejectedModel->setQuery(m_projectPath, RejectedRowsExport::rowQuery(m_importId));
    } else {
        m_rejectedModel->clear();
    }
}

void ImportSummaryPage::addCount(const QString &label, const QString &value, const QString &name)
{
    // Two label/value pairs per row keep the box short.
    const int index = int(m_countWidgets.size() / 2);
    const int row = index / 2;
    const int column = (index % 2) * 2;
    auto *labelWidget = new QLabel(label, m_countsBox);
    labelWidget->setForegroundRole(QPalette::PlaceholderText);
    auto *valueWidget = new QLabel(value, m_countsBox);
    valueWidget->setObjectName(QStringLiteral("count_%1").arg(name));
    valueWidget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = valueWidget->font();
    font.setBold(true);
    valueWidget->setFont(font);
    m_countsGrid->addWidget(labelWidget, row, column);
    m_countsGrid->addWidget(valueWidget, row, column + 1);
    m_countWidgets << labelWidget << valueWidget;
}

void ImportSummaryPage::clearCounts()
{
    for (QWidget *widget : std::as_const(m_countWidgets))
        delete widget;
    m_countWidgets.clear();
}

void ImportSummaryPage::exportRejected()
{
    if (!m_exporter->start(this, m_projectPath, m_importId))
        return;
    m_exportButton->setEnabled(false);
    m_exportStatus->setStyleSheet(QString());
    m_exportStatus->setText(tr("Exporting…"));
}

void ImportSummaryPage::onExportFinished(qint64 rows, const QString &path, const QString &error)
{
    m_exportButton->setEnabled(true);
    if (rows < 0) {
        m_exportStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_exportStatus->setText(tr("The export failed: %1").arg(error));
        return;
    }
    m_exportStatus->setStyleSheet(QString());
    m_exportStatus->setText(tr("Rejected rows written to %1 (%L2 rows).").arg(QDir::toNativeSeparators(path)).arg(rows));
}
