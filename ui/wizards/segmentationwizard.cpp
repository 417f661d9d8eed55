#include "segmentationwizard.h"

#include "charts/clusterscatterchart.h"
#include "charts/kselectionchart.h"
#include "charts/rfmheatmap.h"
#include "jobs/promisereporter.h"
#include "project/project.h"
#include "segments/customerfeatures.h"
#include "segments/segmentstore.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QToolButton>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

/** Per-segment figures of a run: a handful of rows (segment, customers, three averages). */
class SegmentSummaryModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QString name;
        qint64 customers = 0;
        double values[8] = {};
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QStringList &headers, const QList<Row> &rows, const QList<int> &decimals)
    {
        beginResetModel();
        m_headers = headers;
        m_rows = rows;
        m_decimals = decimals;
        endResetModel();
    }
    void setRfm(const RfmResult &result)
    {
        QHash<QString, Row> byName;
        for (const RfmScore &score : result.customers) {
            Row &row = byName[score.segment];
            ++row.customers;
            row.values[0] += score.recencyDays;
            row.values[1] += score.frequency;
            row.values[2] += score.monetary;
        }
        QList<Row> rows;
        for (const QString &name : Rfm::segmentNames()) {
            if (!byName.contains(name))
                continue;
            Row row = byName.value(name);
            row.name = SegmentStore::displayName(name);
            for (double &value : row.values)
                value /= double(row.customers);
            rows.append(row);
        }
        setRows({SegmentationWizard::tr("Segment"), SegmentationWizard::tr("Customers"),
                 SegmentationWizard::tr("Avg. recency (days)"), SegmentationWizard::tr("Avg. orders"),
                 SegmentationWizard::tr("Avg. spend")}, rows, {0, 1, 2});
    }
    void setClv(const ClvResult &result)
    {
        QHash<qint64, const ClvRow *> byId;
        for (const ClvRow &row : result.customers)
            byId.insert(row.customerId, &row);
        QList<Row> rows;
        for (const SegmentDraft &tier : Clv::valueTiers(result)) {
            Row row;
            row.name = SegmentStore::displayName(tier.name);
            row.customers = tier.customerIds.size();
            for (qint64 id : tier.customerIds) {
                const ClvRow *c = byId.value(id);
                row.values[0] += c->predictedValue;
                row.values[1] += c->expectedPurchases;
                row.values[2] += c->probabilityAlive;
            }
            for (double &value : row.values)
                value = row.customers > 0 ? value / double(row.customers) : 0.0;
            rows.append(row);
        }
        setRows({SegmentationWizard::tr("Segment"), SegmentationWizard::tr("Customers"),
                 SegmentationWizard::tr("Avg. predicted 12-month value"),
                 SegmentationWizard::tr("Avg. expected purchases"), SegmentationWizard::tr("Avg. probability active")},
                rows, {2, 2, 2});
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_headers.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == Qt::DisplayRole) {
            const QLocale locale;
            if (index.column() == 0)
                return row.name;
            if (index.column() == 1)
                return locale.toString(row.customers);
            return locale.toString(row.values[index.column() - 2], 'f', m_decimals.value(index.column() - 2));
        }
        if (role == Qt::TextAlignmentRole && index.column() > 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return {};
    }

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QList<int> m_decimals;
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
    bool isComplete() const override { return m_wizard->hasResult() && !m_wizard->isRunning(); }
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
    , m_rfmRadio(new QRadioButton(tr("RFM: recency, frequency and monetary value"), this))
    , m_clvRadio(new QRadioButton(tr("Lifetime value: predicted 12-month value (BG/NBD and Gamma-Gamma)"), this))
    , m_ruleRadio(new QRadioButton(tr("Rule: customers who match conditions you set"), this))
    , m_kmeansRadio(new QRadioButton(tr("k-means clusters: groups of customers who look alike"), this))
    , m_rfmOptions(new QWidget(this))
    , m_clvOptions(new QWidget(this))
    , m_ruleOptions(new QWidget(this))
    , m_kmeansOptions(new QWidget(this))
    , m_autoK(new QCheckBox(tr("Choose the number of clusters by silhouette (3 to 8)"), this))
    , m_clusterCount(new QSpinBox(this))
    , m_featureHint(new QLabel(this))
    , m_ruleName(new QLineEdit(this))
    , m_ruleMatch(new QComboBox(this))
    , m_conditionRows(new QVBoxLayout)
    , m_rulePreview(new QLabel(this))
    , m_autoReference(new QCheckBox(tr("The day after the last order in the data"), this))
    , m_referenceDate(new QDateEdit(this))
    , m_penalizer(new QDoubleSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_sizesChart(new QChartView(this))
    , m_heatmap(new RfmHeatmap(this))
    , m_scatter(new ClusterScatterChart(this))
    , m_kChart(new KSelectionChart(this))
    , m_kmeansTabs(new QTabWidget(this))
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
    m_rfmRadio->setObjectName(QStringLiteral("methodRfm"));
    m_rfmRadio->setChecked(true);
    auto *rfmText = new QLabel(tr("Scores every customer with at least one purchase from 1 to 5 on how recently, how "
                                  "often and how much they bought, and names the segments marketers use: Champions, "
                                  "Loyal, At Risk, Can't Lose, Lost and more."), methodPage);
    rfmText->setWordWrap(true);
    rfmText->setContentsMargins(24, 0, 0, 8);
    m_clvRadio->setObjectName(QStringLiteral("methodClv"));
    auto *clvText = new QLabel(tr("Fits how often customers buy and how likely they are still active (BG/NBD) and how "
                                  "much they spend per purchase (Gamma-Gamma), predicts each customer's value for the "
                                  "next 12 months and groups them into high, medium and low value."), methodPage);
    clvText->setWordWrap(true);
    clvText->setContentsMargins(24, 0, 0, 8);
    auto *methodLayout = new QVBoxLayout(methodPage);
    methodLayout->addWidget(m_rfmRadio);
    methodLayout->addWidget(rfmText);
    methodLayout->addWidget(m_clvRadio);
    methodLayout->addWidget(clvText);
    m_ruleRadio->setObjectName(QStringLiteral("methodRule"));
    auto *ruleText = new QLabel(tr("Builds a segment from conditions on customer fields, RFM and lifetime-value scores, "
                                   "segment membership and purchases, for example customers in France who spent more "
                                   "than 500 and bought a lantern."), methodPage);
    ruleText->setWordWrap(true);
    ruleText->setContentsMargins(24, 0, 0, 8);
    methodLayout->addWidget(m_ruleRadio);
    methodLayout->addWidget(ruleText);
    m_kmeansRadio->setObjectName(QStringLiteral("methodKMeans"));
    auto *kmeansText = new QLabel(tr("Finds groups of similar customers from the measures you pick (recency, orders, "
                                     "spend, tenure, basket size, returns), describes each group in plain words and "
                                     "shows them on a scatter chart."), methodPage);
    kmeansText->setWordWrap(true);
    kmeansText->setContentsMargins(24, 0, 0, 8);
    methodLayout->addWidget(m_kmeansRadio);
    methodLayout->addWidget(kmeansText);
    methodLayout->addStretch();
    setPage(MethodPageId, methodPage);

    // Options
    auto *optionsPage = new QWizardPage(this);
    optionsPage->setTitle(tr("Options"));
    optionsPage->setSubTitle(tr("The defaults suit most data."));
    m_autoReference->setObjectName(QStringLiteral("autoReferenceCheck"));
    m_autoReference->setChecked(true);
    m_referenceDate->setObjectName(QStringLiteral("referenceDateEdit"));
    m_referenceDate->setCalendarPopup(true);
    m_referenceDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_referenceDate->setDate(QDate::currentDate());
    m_referenceDate->setEnabled(false);
    connect(m_autoReference, &QCheckBox::toggled, m_referenceDate, [this](bool on) { m_referenceDate->setEnabled(!on); });
    auto *rfmLayout = new QGridLayout(m_rfmOptions);
    rfmLayout->addWidget(new QLabel(tr("Recency is counted in days up to the reference date:"), m_rfmOptions), 0, 0, 1, 2);
    rfmLayout->addWidget(m_autoReference, 1, 0, 1, 2);
    rfmLayout->addWidget(m_referenceDate, 2, 0, Qt::AlignLeft);
    m_penalizer->setObjectName(QStringLiteral("penalizerSpin"));
    m_penalizer->setRange(0.0, 10.0);
    m_penalizer->setDecimals(3);
    m_penalizer->setSingleStep(0.001);
    m_penalizer->setToolTip(tr("An L2 penalty on the model parameters; a small value (0.001) steadies fits on small data."));
    auto *clvLayout = new QGridLayout(m_clvOptions);
    clvLayout->addWidget(new QLabel(tr("Penalizer:"), m_clvOptions), 0, 0);
    clvLayout->addWidget(m_penalizer, 0, 1, Qt::AlignLeft);
    auto *clvNote = new QLabel(tr("Purchases are counted per day; returns and anonymous lines are left out. "
                                  "Convergence of both fits is reported with the results."), m_clvOptions);
    clvNote->setWordWrap(true);
    clvLayout->addWidget(clvNote, 1, 0, 1, 2);
    // Rule builder
    m_ruleName->setObjectName(QStringLiteral("ruleNameEdit"));
    m_ruleName->setPlaceholderText(tr("e.g. Big spenders in France"));
    m_ruleMatch->setObjectName(QStringLiteral("ruleMatchCombo"));
    m_ruleMatch->addItem(tr("all of these conditions (AND)"), QStringLiteral("AND"));
    m_ruleMatch->addItem(tr("any of these conditions (OR)"), QStringLiteral("OR"));
    m_rulePreview->setObjectName(QStringLiteral("rulePreviewLabel"));
    m_rulePreview->setWordWrap(true);
    m_rulePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *addButton = new QPushButton(tr("Add condition"), m_ruleOptions);
    addButton->setObjectName(QStringLiteral("addConditionButton"));
    connect(addButton, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_ruleMatch, &QComboBox::currentIndexChanged, this, &SegmentationWizard::updateRulePreview);
    connect(m_ruleName, &QLineEdit::textChanged, this, &SegmentationWizard::updateRulePreview);
    auto *ruleLayout = new QGridLayout(m_ruleOptions);
    ruleLayout->addWidget(new QLabel(tr("Segment name:"), m_ruleOptions), 0, 0);
    ruleLayout->addWidget(m_ruleName, 0, 1);
    ruleLayout->addWidget(new QLabel(tr("Customers who match:"), m_ruleOptions), 1, 0);
    ruleLayout->addWidget(m_ruleMatch, 1, 1, Qt::AlignLeft);
    ruleLayout->addLayout(m_conditionRows, 2, 0, 1, 2);
    ruleLayout->addWidget(addButton, 3, 0, Qt::AlignLeft);
    ruleLayout->addWidget(m_rulePreview, 4, 0, 1, 2);
    ruleLayout->setColumnStretch(1, 1);
    addCondition(QStringLiteral("revenue"), QStringLiteral(">"), QStringLiteral("1000"));

    // k-means
    auto *kmeansLayout = new QGridLayout(m_kmeansOptions);
    kmeansLayout->addWidget(new QLabel(tr("Group customers on these measures:"), m_kmeansOptions), 0, 0, 1, 3);
    const QStringList features = CustomerFeatureTable::available();
    for (int i = 0; i < features.size(); ++i) {
        auto *check = new QCheckBox(CustomerFeatureTable::label(features.at(i)), m_kmeansOptions);
        check->setObjectName(QStringLiteral("feature_%1").arg(features.at(i)));
        check->setProperty("feature", features.at(i));
        check->setChecked(i < 3); // recency, frequency, monetary
        connect(check, &QCheckBox::toggled, this, [this] { m_featureHint->setVisible(checkedFeatures().isEmpty()); });
        m_featureChecks.append(check);
        kmeansLayout->addWidget(check, 1 + i / 3, i % 3);
    }
    m_featureHint->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(tr("Pick at least one measure.")));
    m_featureHint->hide();
    kmeansLayout->addWidget(m_featureHint, 4, 0, 1, 3);
    m_autoK->setObjectName(QStringLiteral("autoKCheck"));
    m_autoK->setChecked(true);
    m_autoK->setToolTip(tr("Tries 3 to 8 clusters and keeps the number whose clusters are best separated "
                           "(the highest silhouette). The results page shows the elbow curve too."));
    m_clusterCount->setObjectName(QStringLiteral("clusterCountSpin"));
    m_clusterCount->setRange(2, 20);
    m_clusterCount->setValue(5);
    m_clusterCount->setEnabled(false);
    connect(m_autoK, &QCheckBox::toggled, m_clusterCount, [this](bool on) { m_clusterCount->setEnabled(!on); });
    kmeansLayout->addWidget(m_autoK, 5, 0, 1, 3);
    kmeansLayout->addWidget(new QLabel(tr("Number of clusters:"), m_kmeansOptions), 6, 0);
    kmeansLayout->addWidget(m_clusterCount, 6, 1, Qt::AlignLeft);
    auto *kmeansNote = new QLabel(tr("Spend, orders and units are log-scaled and every measure is standardized, so no "
                                     "single measure dominates. Ten k-means++ starts; the best is kept."), m_kmeansOptions);
    kmeansNote->setWordWrap(true);
    kmeansLayout->addWidget(kmeansNote, 7, 0, 1, 3);

    auto *optionsLayout = new QVBoxLayout(optionsPage);
    optionsLayout->addWidget(m_rfmOptions);
    optionsLayout->addWidget(m_clvOptions);
    optionsLayout->addWidget(m_ruleOptions);
    optionsLayout->addWidget(m_kmeansOptions);
    optionsLayout->addStretch();
    auto updateOptions = [this] {
        m_rfmOptions->setVisible(method() == Method::Rfm);
        m_clvOptions->setVisible(method() == Method::LifetimeValue);
        m_ruleOptions->setVisible(method() == Method::Rule);
        m_kmeansOptions->setVisible(method() == Method::KMeans);
    };
    connect(m_rfmRadio, &QRadioButton::toggled, this, updateOptions);
    connect(m_clvRadio, &QRadioButton::toggled, this, updateOptions);
    connect(m_ruleRadio, &QRadioButton::toggled, this, updateOptions);
    connect(m_kmeansRadio, &QRadioButton::toggled, this, updateOptions);
    updateOptions();
    setPage(OptionsPageId, optionsPage);

    // Results
    auto *resultsPage = new SegmentResultsPage(this);
    resultsPage->setTitle(tr("Results"));
    resultsPage->setSubTitle(tr("Check the segments, then Finish to save them in the project "
                                "(segments of an earlier run of the same method are replaced)."));
    resultsPage->setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("segmentationProgress"));
    m_progress->setRange(0, PromiseReporter<Outcome>::kSteps);
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
    m_kmeansTabs->setObjectName(QStringLiteral("kmeansChartTabs"));
    m_kmeansTabs->addTab(m_scatter, tr("Clusters"));
    m_kmeansTabs->addTab(m_kChart, tr("Choosing k"));
    charts->addWidget(m_kmeansTabs, 3);
    m_scatter->setObjectName(QStringLiteral("clusterScatterChart"));
    m_kChart->setObjectName(QStringLiteral("kSelectionChart"));
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

SegmentationWizard::Method SegmentationWizard::method() const
{
    if (m_ruleRadio->isChecked())
        return Method::Rule;
    if (m_kmeansRadio->isChecked())
        return Method::KMeans;
    return m_clvRadio->isChecked() ? Method::LifetimeValue : Method::Rfm;
}

int SegmentationWizard::addCondition(const QString &field, const QString &op, const QString &value)
{
    ConditionRow row;
    row.row = new QWidget(m_ruleOptions);
    row.field = new QComboBox(row.row);
    for (const SegmentRule::Field &f : SegmentRule::fields())
        row.field->addItem(f.description, f.name);
    row.op = new QComboBox(row.row);
    const QList<QPair<QString, QString>> operators = {
        {tr("is"), QStringLiteral("=")}, {tr("is not"), QStringLiteral("!=")}, {tr("is more than"), QStringLiteral(">")},
        {tr("is at least"), QStringLiteral(">=")}, {tr("is less than"), QStringLiteral("<")},
        {tr("is at most"), QStringLiteral("<=")}, {tr("contains"), QStringLiteral("CONTAINS")},
        {tr("starts with"), QStringLiteral("STARTS_WITH")}};
    for (const auto &[label, code] : operators)
        row.op->addItem(label, code);
    row.value = new QLineEdit(row.row);
    row.value->setPlaceholderText(tr("value"));
    auto *remove = new QToolButton(row.row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    auto *layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.field, 2);
    layout->addWidget(row.op, 1);
    layout->addWidget(row.value, 2);
    layout->addWidget(remove);
    const int index = int(m_conditions.size());
    row.field->setObjectName(QStringLiteral("conditionField_%1").arg(index));
    row.op->setObjectName(QStringLiteral("conditionOperator_%1").arg(index));
    row.value->setObjectName(QStringLiteral("conditionValue_%1").arg(index));
    if (!field.isEmpty())
        row.field->setCurrentIndex(qMax(0, row.field->findData(field)));
    if (!op.isEmpty())
        row.op->setCurrentIndex(qMax(0, row.op->findData(op)));
    row.value->setText(value);
    connect(row.field, &QComboBox::currentIndexChanged, this, &SegmentationWizard::updateRulePreview);
    connect(row.op, &QComboBox::currentIndexChanged, this, &SegmentationWizard::updateRulePreview);
    connect(row.value, &QLineEdit::textChanged, this, &SegmentationWizard::updateRulePreview);
    QWidget *widget = row.row;
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (qsizetype i = 0; i < m_conditions.size(); ++i) {
            if (m_conditions.at(i).row == widget) {
                m_conditions.removeAt(i);
                break;
            }
        }
        widget->deleteLater();
        updateRulePreview();
    });
    m_conditionRows->addWidget(row.row);
    m_conditions.append(row);
    updateRulePreview();
    return index;
}

QString SegmentationWizard::ruleExpression() const
{
    QStringList parts;
    const QList<SegmentRule::Field> fields = SegmentRule::fields();
    for (const ConditionRow &row : m_conditions) {
        const QString field = row.field->currentData().toString();
        const QString value = row.value->text().trimmed();
        bool numeric = false;
        for (const SegmentRule::Field &f : fields) {
            if (f.name == field)
                numeric = f.numeric;
        }
        bool isNumber = false;
        value.toDouble(&isNumber);
        // Values are quoted unless a number field gets a number; the compiler binds them as parameters.
        const QString literal = numeric && isNumber ? value
                                                    : QStringLiteral("\"%1\"").arg(QString(value).replace(
                                                          QLatin1Char('"'), QStringLiteral("\"\"")));
        parts.append(QStringLiteral("%1 %2 %3").arg(field, row.op->currentData().toString(), literal));
    }
    return parts.join(QStringLiteral(" %1 ").arg(m_ruleMatch->currentData().toString()));
}

void SegmentationWizard::updateRulePreview()
{
    const QString expression = ruleExpression();
    CompiledRule compiled;
    QString error;
    if (m_conditions.isEmpty())
        m_rulePreview->setText(tr("Add at least one condition."));
    else if (!SegmentRule::compile(expression, &compiled, &error))
        m_rulePreview->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(error.toHtmlEscaped()));
    else
        m_rulePreview->setText(tr("Rule: <code>%1</code>").arg(expression.toHtmlEscaped()));
}

bool SegmentationWizard::hasResult() const
{
    if (m_outcome.cancelled || !m_outcome.error.isEmpty())
        return false;
    switch (m_outcome.method) {
    case Method::Rfm: return m_outcome.rfm.isOk() && !m_outcome.rfm.customers.isEmpty();
    case Method::LifetimeValue: return !m_outcome.clv.customers.isEmpty();
    case Method::Rule: return true; // an empty rule segment is a valid answer
    case Method::KMeans: return m_outcome.kmeans.isOk() && !m_outcome.kmeans.clusters.isEmpty();
    }
    return false;
}

void SegmentationWizard::startRun()
{
    m_outcome = Outcome();
    m_outcome.error = tr("Not run yet.");
    m_saved = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Working…"));
    m_sizesChart->setChart(new QChart);
    m_heatmap->setScores({});
    m_heatmap->setVisible(method() == Method::Rfm);
    m_scatter->clear();
    m_kChart->setChart(new QChart);
    m_kmeansTabs->setVisible(method() == Method::KMeans);
    m_kmeansTabs->setCurrentIndex(0);
    m_kmeansTabs->setTabEnabled(1, m_autoK->isChecked());
    m_summaryModel->setRows({}, {}, {});
    RfmOptions rfmOptions;
    if (!m_autoReference->isChecked())
        rfmOptions.referenceDate = m_referenceDate->date();
    ClvOptions clvOptions;
    clvOptions.penalizer = m_penalizer->value();
    KMeansSegmentationOptions kmeansOptions;
    kmeansOptions.features = checkedFeatures();
    kmeansOptions.k = m_autoK->isChecked() ? 0 : m_clusterCount->value();
    m_runWatcher.setFuture(QtConcurrent::run([path = m_projectPath, method = method(), rfmOptions, clvOptions,
                                              kmeansOptions,
                                              ruleName = m_ruleName->text().trimmed(),
                                              ruleExpression = ruleExpression()](QPromise<Outcome> &promise) {
        Outcome outcome;
        outcome.method = method;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            outcome.error = project.errorString();
        } else {
            PromiseReporter<Outcome> reporter(promise);
            if (method == Method::Rfm) {
                outcome.rfm = Rfm::compute(project.database(), rfmOptions, reporter);
                outcome.cancelled = outcome.rfm.cancelled;
                outcome.error = outcome.rfm.errorString;
            } else if (method == Method::KMeans) {
                outcome.kmeans = KMeansSegmentation::run(project.database(), kmeansOptions, reporter);
                outcome.cancelled = outcome.kmeans.cancelled;
                outcome.error = outcome.kmeans.errorString;
            } else if (method == Method::Rule) {
                CompiledRule rule;
                if (SegmentStore::isValidName(ruleName, &outcome.error)
                    && SegmentRule::compile(ruleExpression, &rule, &outcome.error)) {
                    outcome.ruleMembers = SegmentRule::members(project.database(), rule, &outcome.error);
                    Statement totals = project.database().prepare(QStringLiteral(
                        "SELECT avg(c.revenue), avg(c.order_count) FROM customers c "
                        "LEFT JOIN customer_scores s ON s.customer_id = c.id WHERE %1").arg(rule.where));
                    totals.bindAll(rule.params);
                    if (totals.step()) {
                        outcome.ruleAverageRevenue = totals.columnDouble(0);
                        outcome.ruleAverageOrders = totals.columnDouble(1);
                    }
                }
                outcome.ruleName = ruleName;
                outcome.ruleExpression = ruleExpression;
            } else {
                outcome.clv = Clv::compute(project.database(), clvOptions, reporter);
                outcome.cancelled = outcome.clv.cancelled;
                // Non-convergence still gives customers; it is shown as a warning, not an error.
                if (outcome.clv.customers.isEmpty())
                    outcome.error = outcome.clv.errorString.isEmpty() ? tr("No customer could be modelled.")
                                                                      : outcome.clv.errorString;
            }
        }
        promise.addResult(outcome);
    }));
    static_cast<SegmentResultsPage *>(page(ResultsPageId))->emitCompleteChanged();
}

void SegmentationWizard::setSizesChart(const QList<QPair<QString, qint64>> &sizes)
{
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Customers"));
    QStringList names;
    qint64 largest = 0;
    for (auto it = sizes.crbegin(); it != sizes.crend(); ++it) {
        names.append(SegmentStore::displayName(it->first));
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
    // Qt Charts hides category labels that overlap; with eleven RFM segments and the
    // taller CJK fonts every other name vanished. Tighter margins and a slightly
    // smaller label font leave each name its row.
    QFont labelFont = categories->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    categories->setLabelsFont(labelFont);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, double(largest) * 1.15 + 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_sizesChart->setChart(chart);
}

void SegmentationWizard::showRfm()
{
    const RfmResult &rfm = m_outcome.rfm;
    m_status->setText(tr("Customers scored: %L1 (reference date %2). Left out: %L3 whose lines are all "
                         "returns, %L4 without orders. Heat map cells show customers and average spend.")
                          .arg(rfm.customers.size())
                          .arg(QLocale().toString(rfm.referenceDate, QLocale::ShortFormat))
                          .arg(rfm.excludedOnlyReturns)
                          .arg(rfm.excludedNoOrders));
    setSizesChart(rfm.segmentSizes());
    m_heatmap->setScores(rfm.customers);
    m_summaryModel->setRfm(rfm);
}

void SegmentationWizard::showClv()
{
    const ClvResult &clv = m_outcome.clv;
    const auto fit = [](bool converged) { return converged ? tr("converged") : tr("did NOT converge"); };
    QString text = tr("Customers modelled: %L1 (observed up to %2).<br>BG/NBD r = %3, α = %4, a = %5, b = %6 (%7). "
                      "Gamma-Gamma p = %8, q = %9, v = %10 (%11).")
                       .arg(clv.customers.size())
                       .arg(QLocale().toString(clv.observationEnd, QLocale::ShortFormat))
                       .arg(clv.bgnbd.r, 0, 'f', 4).arg(clv.bgnbd.alpha, 0, 'f', 3).arg(clv.bgnbd.a, 0, 'f', 4)
                       .arg(clv.bgnbd.b, 0, 'f', 4).arg(fit(clv.bgnbd.converged))
                       .arg(clv.gammaGamma.p, 0, 'f', 3).arg(clv.gammaGamma.q, 0, 'f', 3)
                       .arg(clv.gammaGamma.v, 0, 'f', 2).arg(fit(clv.gammaGamma.converged));
    if (!clv.errorString.isEmpty())
        text += QStringLiteral("<br><span style='color:#b45309'>%1</span>").arg(clv.errorString.toHtmlEscaped());
    m_status->setText(text);
    QList<QPair<QString, qint64>> sizes;
    for (const SegmentDraft &tier : Clv::valueTiers(clv))
        sizes.append({tier.name, qint64(tier.customerIds.size())});
    setSizesChart(sizes);
    m_summaryModel->setClv(clv);
}

void SegmentationWizard::showRule()
{
    m_status->setText(tr("%L1 customers match <code>%2</code>. Finish saves them as the segment \"%3\".")
                          .arg(m_outcome.ruleMembers.size())
                          .arg(m_outcome.ruleExpression.toHtmlEscaped(), m_outcome.ruleName.toHtmlEscaped()));
    setSizesChart({{m_outcome.ruleName, qint64(m_outcome.ruleMembers.size())}});
    SegmentSummaryModel::Row row;
    row.name = m_outcome.ruleName;
    row.customers = m_outcome.ruleMembers.size();
    row.values[0] = m_outcome.ruleAverageRevenue;
    row.values[1] = m_outcome.ruleAverageOrders;
    m_summaryModel->setRows({tr("Segment"), tr("Customers"), tr("Avg. spend"), tr("Avg. orders")}, {row}, {2, 1});
}

QStringList SegmentationWizard::checkedFeatures() const
{
    QStringList features;
    for (QCheckBox *check : m_featureChecks) {
        if (check->isChecked())
            features.append(check->property("feature").toString());
    }
    return features;
}

void SegmentationWizard::showKMeans()
{
    const KMeansSegmentationResult &result = m_outcome.kmeans;
    QString text = tr("%L1 clusters of %L2 customers; inertia %L3 after %L4 iterations (%5); silhouette %L6.")
                       .arg(result.k)
                       .arg(std::accumulate(result.clusters.cbegin(), result.clusters.cend(), qint64(0),
                                            [](qint64 sum, const KMeansCluster &c) { return sum + c.customerIds.size(); }))
                       .arg(result.inertia, 0, 'f', 1)
                       .arg(result.iterations)
                       .arg(result.converged ? tr("converged") : tr("stopped at the iteration limit"))
                       .arg(result.silhouette, 0, 'f', 3);
    if (!result.silhouetteByK.isEmpty() && result.silhouetteByK.size() > 1)
        text += QStringLiteral("<br>") + tr("k = %1 has the best silhouette of the %2 values tried.")
                                             .arg(result.k).arg(result.silhouetteByK.size());
    m_status->setText(text);
    // Short labels on the chart; the table below names each cluster in full.
    QList<QPair<QString, qint64>> sizes;
    for (int c = 0; c < result.clusters.size(); ++c)
        sizes.append({tr("Cluster %1").arg(c + 1), qint64(result.clusters.at(c).customerIds.size())});
    setSizesChart(sizes);
    m_scatter->setResult(result);
    if (result.silhouetteByK.size() > 1)
        m_kChart->setResult(result);
    QStringList headers{tr("Segment"), tr("Customers")};
    QList<int> decimals;
    for (const QString &feature : result.features) {
        headers.append(tr("Avg. %1").arg(CustomerFeatureTable::label(feature)));
        decimals.append(feature == QLatin1String("return_rate") ? 3 : 1);
    }
    QList<SegmentSummaryModel::Row> rows;
    for (const KMeansCluster &cluster : result.clusters) {
        SegmentSummaryModel::Row row;
        row.name = cluster.name;
        row.customers = cluster.customerIds.size();
        for (int f = 0; f < cluster.featureMeans.size() && f < 8; ++f)
            row.values[f] = cluster.featureMeans.at(f);
        rows.append(row);
    }
    SegmentSummaryModel::Row overall;
    overall.name = tr("All customers");
    for (const KMeansCluster &cluster : result.clusters)
        overall.customers += cluster.customerIds.size();
    for (int f = 0; f < result.overallMeans.size() && f < 8; ++f)
        overall.values[f] = result.overallMeans.at(f);
    rows.append(overall);
    m_summaryModel->setRows(headers, rows, decimals);
}

void SegmentationWizard::onRunFinished()
{
    m_cancel->hide();
    m_progress->hide();
    if (m_runWatcher.isCanceled() || m_runWatcher.future().resultCount() == 0) {
        m_outcome.cancelled = true;
    } else {
        m_outcome = m_runWatcher.result();
    }
    if (m_outcome.cancelled)
        m_status->setText(tr("Cancelled. Nothing was changed; go Back to run again."));
    else if (!m_outcome.error.isEmpty())
        m_status->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(m_outcome.error.toHtmlEscaped()));
    else if (m_outcome.method == Method::Rfm)
        showRfm();
    else if (m_outcome.method == Method::Rule)
        showRule();
    else if (m_outcome.method == Method::KMeans)
        showKMeans();
    else
        showClv();
    static_cast<SegmentResultsPage *>(page(ResultsPageId))->emitCompleteChanged();
}

void SegmentationWizard::startSave()
{
    if (m_saveWatcher.isRunning())
        return;
    m_status->setText(tr("Saving segments…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_saveWatcher.setFuture(QtConcurrent::run([path = m_projectPath, outcome = m_outcome]() {
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen))
            return project.errorString();
        QString error;
        if (outcome.method == Method::Rfm) {
            Rfm::save(project.database(), outcome.rfm, &error);
        } else if (outcome.method == Method::KMeans) {
            KMeansSegmentation::save(project.database(), outcome.kmeans, &error);
        } else if (outcome.method == Method::Rule) {
            const QString definition = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("where"), outcome.ruleExpression}}).toJson(QJsonDocument::Compact));
            SegmentStore::save(project.database(),
                               {{outcome.ruleName, QStringLiteral("rule"), definition, outcome.ruleMembers}}, QString(),
                               &error);
        } else {
            Clv::saveWithSegments(project.database(), outcome.clv, &error);
        }
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
    if (m_outcome.method == Method::Rule) {
        count = 1;
    } else if (m_outcome.method == Method::KMeans) {
        count = int(m_outcome.kmeans.clusters.size());
    } else if (m_outcome.method == Method::Rfm) {
        for (const auto &entry : m_outcome.rfm.segmentSizes())
            count += entry.second > 0 ? 1 : 0;
    } else {
        for (const SegmentDraft &tier : Clv::valueTiers(m_outcome.clv))
            count += tier.customerIds.isEmpty() ? 0 : 1;
    }
    emit segmentsSaved(count);
    QWizard::done(QDialog::Accepted);
}
