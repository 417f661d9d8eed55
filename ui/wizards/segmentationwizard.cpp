#include "segmentationwizard.h"

#include "charts/rfmheatmap.h"
#include "jobs/promisereporter.h"
#include "project/project.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

/** Per-segment averages of an RFM run: a handful of rows. */
class SegmentSummaryModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QString name;
        qint64 customers = 0;
        double recency = 0, frequency = 0, monetary = 0;
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const RfmResult &result)
    {
        beginResetModel();
        m_rows.clear();
        QHash<QString, Row> rows;
        for (const RfmScore &score : result.customers) {
            Row &row = rows[score.segment];
            ++row.customers;
            row.recency += score.recencyDays;
            row.frequency += score.frequency;
            row.monetary += score.monetary;
        }
        for (const QString &name : Rfm::segmentNames()) {
            if (!rows.contains(name))
                continue;
            Row row = rows.value(name);
            row.name = name;
            row.recency /= row.customers;
            row.frequency /= row.customers;
            row.monetary /= row.customers;
            m_rows.append(row);
        }
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Row &row = m_rows.at(index.row());
        const QLocale locale;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0: return SegmentationWizard::tr(qPrintable(row.name));
            case 1: return locale.toString(row.customers);
            case 2: return locale.toString(row.recency, 'f', 0);
            case 3: return locale.toString(row.frequency, 'f', 1);
            case 4: return locale.toString(row.monetary, 'f', 2);
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() > 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QStringList headers = {SegmentationWizard::tr("Segment"), SegmentationWizard::tr("Customers"),
                                     SegmentationWizard::tr("Avg. recency (days)"),
                                     SegmentationWizard::tr("Avg. orders"), SegmentationWizard::tr("Avg. spend")};
        return headers.value(section);
    }

private:
    QList<Row> m_rows;
};

/** The results page is complete once a run finished. */
class SegmentResultsPage : public QWizardPage
{
public:
    explicit SegmentResultsPage(SegmentationWizard *wizard) : m_wizard(wizard) {}
    void initializePage() override { m_wizard->startRun(); }
    void cleanupPage() override
    {
        if (m_wizard->m_runWatcher.isRunning())
            m_wizard->m_runWatcher.cancel();
    }
    bool isComplete() const override { return m_wizard->m_rfm.isOk() && !m_wizard->m_rfm.customers.isEmpty()
                                              && !m_wizard->isRunning(); }
    bool validatePage() override
    {
        if (m_wizard->m_saved)
            return true;
        m_wizard->startSave();
        return false; // finishes when the save lands
    }
    void emitCompleteChanged() { emit completeChanged(); }

private:
    SegmentationWizard *m_wizard;
};

SegmentationWizard::SegmentationWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
    , m_autoReference(new QCheckBox(tr("The day after the last order in the data"), this))
    , m_referenceDate(new QDateEdit(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_sizesChart(new QChartView(this))
    , m_heatmap(new RfmHeatmap(this))
    , m_summaryTable(new QTableView(this))
    , m_summaryModel(new SegmentSummaryModel(this))
{
    setWindowTitle(tr("New segmentation"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setMinimumSize(960, 700);

    // Method
    auto *methodPage = new QWizardPage(this);
    methodPage->setTitle(tr("Choose how to segment"));
    methodPage->setSubTitle(tr("Segments group customers so that campaigns and experiments can target them."));
    auto *rfm = new QRadioButton(tr("RFM: recency, frequency and monetary value"), methodPage);
    rfm->setObjectName(QStringLiteral("methodRfm"));
    rfm->setChecked(true);
    auto *rfmText = new QLabel(tr("Scores every customer with at least one purchase from 1 to 5 on how recently, how "
                                  "often and how much they bought, and names the segments marketers use: Champions, "
                                  "Loyal, At Risk, Can't Lose, Lost and more."), methodPage);
    rfmText->setWordWrap(true);
    rfmText->setContentsMargins(24, 0, 0, 0);
    auto *methodLayout = new QVBoxLayout(methodPage);
    methodLayout->addWidget(rfm);
    methodLayout->addWidget(rfmText);
    methodLayout->addStretch();
    setPage(MethodPageId, methodPage);

    // Options
    auto *optionsPage = new QWizardPage(this);
    optionsPage->setTitle(tr("RFM options"));
    optionsPage->setSubTitle(tr("Recency is counted in days up to the reference date."));
    m_autoReference->setObjectName(QStringLiteral("autoReferenceCheck"));
    m_autoReference->setChecked(true);
    m_referenceDate->setObjectName(QStringLiteral("referenceDateEdit"));
    m_referenceDate->setCalendarPopup(true);
    m_referenceDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_referenceDate->setDate(QDate::currentDate());
    m_referenceDate->setEnabled(false);
    connect(m_autoReference, &QCheckBox::toggled, m_referenceDate, [this](bool on) { m_referenceDate->setEnabled(!on); });
    auto *optionsLayout = new QGridLayout(optionsPage);
    optionsLayout->addWidget(new QLabel(tr("Reference date:"), optionsPage), 0, 0);
    optionsLayout->addWidget(m_autoReference, 0, 1);
    optionsLayout->addWidget(m_referenceDate, 1, 1, Qt::AlignLeft);
    optionsLayout->setRowStretch(2, 1);
    optionsLayout->setColumnStretch(1, 1);
    setPage(OptionsPageId, optionsPage);

    // Results
    auto *resultsPage = new SegmentResultsPage(this);
    resultsPage->setTitle(tr("Results"));
    resultsPage->setSubTitle(tr("Check the segments, then Finish to save them in the project "
                                "(previous RFM segments are replaced)."));
    resultsPage->setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("segmentationProgress"));
    m_progress->setRange(0, PromiseReporter<RfmResult>::kSteps);
    m_cancel->setObjectName(QStringLiteral("cancelSegmentationButton"));
    m_status->setObjectName(QStringLiteral("segmentationStatus"));
    m_status->setWordWrap(true);
    connect(m_cancel, &QPushButton::clicked, &m_runWatcher, &QFutureWatcherBase::cancel);
    m_sizesChart->setObjectName(QStringLiteral("segmentSizesChart"));
    m_sizesChart->setRenderHint(QPainter::Antialiasing);
    m_sizesChart->setMinimumHeight(300);
    m_summaryTable->setObjectName(QStringLiteral("segmentSummaryTable"));
    m_summaryTable->setModel(m_summaryModel);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryTable->setAlternatingRowColors(true);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_sizesChart, 3);
    charts->addWidget(m_heatmap, 2);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->addLayout(progressRow);
    resultsLayout->addWidget(m_status);
    resultsLayout->addLayout(charts, 3);
    resultsLayout->addWidget(m_summaryTable, 2);
    setPage(ResultsPageId, resultsPage);

    connect(&m_runWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_runWatcher, &QFutureWatcherBase::finished, this, &SegmentationWizard::onRunFinished);
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &SegmentationWizard::onSaveFinished);
}

SegmentationWizard::~SegmentationWizard()
{
    m_runWatcher.cancel();
    m_runWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

void SegmentationWizard::done(int result)
{
    if (result == QDialog::Rejected && m_runWatcher.isRunning()) {
        m_runWatcher.cancel();
        m_runWatcher.waitForFinished();
    }
    if (m_saveWatcher.isRunning())
        return; // a save in progress finishes first
    QWizard::done(result);
}

void SegmentationWizard::startRun()
{
    m_rfm = RfmResult();
    m_saved = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Scoring customers…"));
    m_sizesChart->setChart(new QChart);
    m_heatmap->setScores({});
    m_summaryModel->setResult(RfmResult());
    RfmOptions options;
    if (!m_autoReference->isChecked())
        options.referenceDate = m_referenceDate->date();
    m_runWatcher.setFuture(QtConcurrent::run([path = m_projectPath, options](QPromise<RfmResult> &promise) {
        Project project;
        RfmResult result;
        if (!project.open(path, Project::OpenMode::OpenExisting)) {
            result.errorString = project.errorString();
        } else {
            PromiseReporter<RfmResult> reporter(promise);
            result = Rfm::compute(project.database(), options, reporter);
        }
        promise.addResult(result);
    }));
    static_cast<SegmentResultsPage *>(page(ResultsPageId))->emitCompleteChanged();
}

void SegmentationWizard::onRunFinished()
{
    m_cancel->hide();
    m_progress->hide();
    if (m_runWatcher.isCanceled() || m_runWatcher.future().resultCount() == 0) {
        m_status->setText(tr("Cancelled. Nothing was changed; go Back to run again."));
    } else {
        m_rfm = m_runWatcher.result();
        if (m_rfm.cancelled) {
            m_status->setText(tr("Cancelled. Nothing was changed; go Back to run again."));
        } else if (!m_rfm.isOk()) {
            m_status->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(m_rfm.errorString.toHtmlEscaped()));
        } else {
            m_status->setText(tr("Customers scored: %L1 (reference date %2). Left out: %L3 whose lines are all "
                                 "returns, %L4 without orders. Heat map cells show customers and average spend.")
                                  .arg(m_rfm.customers.size())
                                  .arg(QLocale().toString(m_rfm.referenceDate, QLocale::ShortFormat))
                                  .arg(m_rfm.excludedOnlyReturns)
                                  .arg(m_rfm.excludedNoOrders));
            auto *series = new QHorizontalBarSeries;
            auto *set = new QBarSet(tr("Customers"));
            QStringList names;
            const auto sizes = m_rfm.segmentSizes();
            qint64 largest = 0;
            for (auto it = sizes.crbegin(); it != sizes.crend(); ++it) {
                names.append(tr(qPrintable(it->first)));
                *set << double(it->second);
                largest = qMax(largest, it->second);
            }
            set->setColor(QColor(0x3b, 0x5b, 0xdb));
            set->setLabelColor(Qt::black);
            series->append(set);
            series->setLabelsVisible(true);
            series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            auto *chart = new QChart;
            chart->addSeries(series);
            chart->setTitle(tr("Customers per segment"));
            chart->legend()->hide();
            auto *categories = new QBarCategoryAxis;
            categories->append(names);
            categories->setTruncateLabels(false);
            chart->addAxis(categories, Qt::AlignLeft);
            series->attachAxis(categories);
            auto *values = new QValueAxis;
            values->setRange(0, double(largest) * 1.15 + 1);
            values->setLabelFormat(QStringLiteral("%d"));
            chart->addAxis(values, Qt::AlignBottom);
            series->attachAxis(values);
            m_sizesChart->setChart(chart);
            m_heatmap->setScores(m_rfm.customers);
            m_summaryModel->setResult(m_rfm);
        }
    }
    static_cast<SegmentResultsPage *>(page(ResultsPageId))->emitCompleteChanged();
}

void SegmentationWizard::startSave()
{
    if (m_saveWatcher.isRunning())
        return;
    m_status->setText(tr("Saving segments…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_saveWatcher.setFuture(QtConcurrent::run([path = m_projectPath, result = m_rfm]() {
        Project project;
        if (!project.open(path, Project::OpenMode::OpenExisting))
            return project.errorString();
        QString error;
        Rfm::save(project.database(), result, &error);
        return error;
    }));
}

void SegmentationWizard::onSaveFinished()
{
    const QString error = m_saveWatcher.result();
    button(QWizard::BackButton)->setEnabled(true);
    if (!error.isEmpty()) {
        button(QWizard::FinishButton)->setEnabled(true);
        m_status->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(error.toHtmlEscaped()));
        QMessageBox::critical(this, tr("Cannot save segments"), error);
        return;
    }
    m_saved = true;
    int count = 0;
    for (const auto &entry : m_rfm.segmentSizes())
        count += entry.second > 0 ? 1 : 0;
    emit segmentsSaved(count);
    QWizard::done(QDialog::Accepted);
}
