#include "experimentwizard.h"

#include "jobs/promisereporter.h"
#include "project/project.h"
#include "segments/segmentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>

namespace {

constexpr int kMinArms = 2;
constexpr int kMaxArms = 6;

/** A wizard page whose completeness and validation the wizard decides. */
class DesignPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
};

QString warningHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#b45309'>%1</span>").arg(text.toHtmlEscaped());
}

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

ExperimentWizard::ExperimentWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
    , m_name(new QLineEdit(this))
    , m_audience(new QComboBox(this))
    , m_audienceSize(new QLabel(this))
    , m_nameHint(new QLabel(this))
    , m_arms(new QTableWidget(0, 2, this))
    , m_addArm(new QPushButton(tr("Add variant"), this))
    , m_removeArm(new QPushButton(tr("Remove"), this))
    , m_holdoutCheck(new QCheckBox(tr("Keep a holdout group that gets nothing:"), this))
    , m_holdout(new QDoubleSpinBox(this))
    , m_armsSummary(new QLabel(this))
    , m_metricName(new QLineEdit(this))
    , m_metricKind(new QComboBox(this))
    , m_baseline(new QDoubleSpinBox(this))
    , m_mde(new QDoubleSpinBox(this))
    , m_sd(new QDoubleSpinBox(this))
    , m_sdLabel(new QLabel(tr("Standard deviation per customer:"), this))
    , m_baselineLabel(new QLabel(this))
    , m_mdeLabel(new QLabel(this))
    , m_alpha(new QDoubleSpinBox(this))
    , m_power(new QDoubleSpinBox(this))
    , m_traffic(new QSpinBox(this))
    , m_powerResult(new QLabel(this))
    , m_audienceWarning(new QLabel(this))
    , m_review(new QLabel(this))
    , m_salt(new QLineEdit(this))
    , m_stratify(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Design experiment"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setMinimumSize(760, 560);

    // Audience
    auto *audiencePage = new DesignPage(this);
    audiencePage->setTitle(tr("Audience"));
    audiencePage->setSubTitle(tr("Who takes part: a saved segment or all customers. Every member is assigned to "
                                 "one arm."));
    m_name->setObjectName(QStringLiteral("experimentNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Spring newsletter subject line"));
    m_name->setMaxLength(80);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_audience->setToolTip(tr("Segments are made on the Segments page"));
    m_audience->addItem(tr("Loading…"));
    m_audience->setEnabled(false);
    m_audienceSize->setObjectName(QStringLiteral("audienceSizeLabel"));
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_nameHint->setWordWrap(true);
    auto *audienceForm = new QFormLayout(audiencePage);
    audienceForm->addRow(tr("Experiment name:"), m_name);
    audienceForm->addRow(QString(), m_nameHint);
    audienceForm->addRow(tr("Audience:"), m_audience);
    audienceForm->addRow(QString(), m_audienceSize);
    audiencePage->complete = [this] { return m_audienceLoaded && audienceSize() > 0 && nameIsValid(nullptr); };
    connect(m_name, &QLineEdit::textChanged, this, &ExperimentWizard::updateAudience);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ExperimentWizard::updateAudience);
    setPage(AudiencePageId, audiencePage);

    // Arms
    auto *armsPage = new DesignPage(this);
    armsPage->setTitle(tr("Arms"));
    armsPage->setSubTitle(tr("The first arm is the control; add 1 to 5 variants. Weights are relative: they are "
                             "normalized to shares that sum to 100%."));
    m_arms->setObjectName(QStringLiteral("armsTable"));
    m_arms->setHorizontalHeaderLabels({tr("Arm name"), tr("Weight")});
    m_arms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_arms->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_arms->verticalHeader()->hide();
    m_arms->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_arms->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addArm->setObjectName(QStringLiteral("addArmButton"));
    m_addArm->setToolTip(tr("Add a variant (up to 5)"));
    m_removeArm->setObjectName(QStringLiteral("removeArmButton"));
    m_removeArm->setToolTip(tr("Remove the selected variant (the control stays)"));
    connect(m_addArm, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (int row = 0; row < m_arms->rowCount(); ++row)
            names << (m_arms->item(row, 0) ? m_arms->item(row, 0)->text() : QString());
        QString name;
        for (char letter = 'A'; letter <= 'Z' && (name.isEmpty() || names.contains(name)); ++letter)
            name = tr("Variant %1").arg(QLatin1Char(letter));
        addArm(name, 1.0);
    });
    connect(m_removeArm, &QPushButton::clicked, this, [this] {
        const int row = m_arms->currentRow();
        if (row > 0 && m_arms->rowCount() > kMinArms) {
            m_arms->removeRow(row);
            updateArms();
        }
    });
    m_holdoutCheck->setObjectName(QStringLiteral("holdoutCheck"));
    m_holdoutCheck->setToolTip(tr("A holdout gets no treatment at all; it measures the effect of the whole programme "
                                  "and is left out of the comparisons with the control"));
    m_holdout->setObjectName(QStringLiteral("holdoutSpin"));
    m_holdout->setRange(1, 50);
    m_holdout->setDecimals(1);
    m_holdout->setValue(10);
    m_holdout->setSuffix(tr(" % of the audience"));
    m_holdout->setEnabled(false);
    connect(m_holdoutCheck, &QCheckBox::toggled, m_holdout, &QWidget::setEnabled);
    connect(m_holdoutCheck, &QCheckBox::toggled, this, &ExperimentWizard::updateArms);
    connect(m_holdout, &QDoubleSpinBox::valueChanged, this, &ExperimentWizard::updateArms);
    connect(m_arms, &QTableWidget::itemChanged, this, &ExperimentWizard::updateArms);
    connect(m_arms, &QTableWidget::itemSelectionChanged, this, &ExperimentWizard::updateArms);
    m_armsSummary->setObjectName(QStringLiteral("armsSummary"));
    m_armsSummary->setWordWrap(true);
    auto *armButtons = new QHBoxLayout;
    armButtons->addWidget(m_addArm);
    armButtons->addWidget(m_removeArm);
    armButtons->addStretch();
    auto *holdoutRow = new QHBoxLayout;
    holdoutRow->addWidget(m_holdoutCheck);
    holdoutRow->addWidget(m_holdout);
    holdoutRow->addStretch();
    auto *armsLayout = new QVBoxLayout(armsPage);
    armsLayout->addWidget(m_arms, 1);
    armsLayout->addLayout(armButtons);
    armsLayout->addLayout(holdoutRow);
    armsLayout->addWidget(m_armsSummary);
    armsPage->complete = [this] { return !designArms().isEmpty(); };
    setPage(ArmsPageId, armsPage);
    addArm(tr("Control"), 1.0);
    addArm(tr("Variant A"), 1.0);

    // Metric and power
    auto *metricPage = new DesignPage(this);
    metricPage->setTitle(tr("Primary metric and sample size"));
    metricPage->setSubTitle(tr("The smallest effect worth detecting decides how many customers each arm needs."));
    m_metricName->setObjectName(QStringLiteral("metricNameEdit"));
    m_metricName->setText(QStringLiteral("conversion"));
    m_metricName->setToolTip(tr("The outcome name the results will be imported or derived under (visit, "
                                "conversion, revenue…)"));
    m_metricKind->setObjectName(QStringLiteral("metricKindCombo"));
    m_metricKind->addItem(tr("Rate (visit, conversion: yes or no per customer)"), int(PowerInput::Metric::Rate));
    m_metricKind->addItem(tr("Mean (revenue per customer)"), int(PowerInput::Metric::Mean));
    m_baseline->setObjectName(QStringLiteral("baselineSpin"));
    m_mde->setObjectName(QStringLiteral("mdeSpin"));
    m_sd->setObjectName(QStringLiteral("sdSpin"));
    m_sd->setRange(0.01, 1e7);
    m_sd->setDecimals(2);
    m_sd->setValue(50);
    m_sd->setToolTip(tr("The spread of the metric between customers, from past data (e.g. the SD of revenue per "
                        "customer)"));
    m_alpha->setObjectName(QStringLiteral("alphaSpin"));
    m_alpha->setRange(0.001, 0.2);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setValue(0.05);
    m_alpha->setToolTip(tr("Two-sided significance level: the false-positive rate you accept"));
    m_power->setObjectName(QStringLiteral("powerSpin"));
    m_power->setRange(0.5, 0.99);
    m_power->setDecimals(2);
    m_power->setSingleStep(0.05);
    m_power->setValue(0.8);
    m_power->setToolTip(tr("The chance of detecting the effect when it is really there"));
    m_traffic->setObjectName(QStringLiteral("dailyTrafficSpin"));
    m_traffic->setRange(0, 100000000);
    m_traffic->setValue(1000);
    m_traffic->setGroupSeparatorShown(true);
    m_traffic->setSpecialValueText(tr("unknown"));
    m_traffic->setSuffix(tr(" customers per day"));
    m_traffic->setToolTip(tr("Customers entering the experiment per day, all arms together"));
    m_powerResult->setObjectName(QStringLiteral("powerResultLabel"));
    m_powerResult->setWordWrap(true);
    m_powerResult->setTextFormat(Qt::RichText);
    m_powerResult->setStyleSheet(QStringLiteral(
        "QLabel#powerResultLabel { background: #edf2ff; border: 1px solid #91a7ff; border-radius: 6px; padding: 8px; }"));
    m_audienceWarning->setObjectName(QStringLiteral("audienceWarning"));
    m_audienceWarning->setWordWrap(true);
    auto *metricForm = new QFormLayout(metricPage);
    metricForm->addRow(tr("Metric name:"), m_metricName);
    metricForm->addRow(tr("Kind:"), m_metricKind);
    metricForm->addRow(m_baselineLabel, m_baseline);
    metricForm->addRow(m_mdeLabel, m_mde);
    metricForm->addRow(m_sdLabel, m_sd);
    metricForm->addRow(tr("Significance level (α):"), m_alpha);
    metricForm->addRow(tr("Power (1 − β):"), m_power);
    metricForm->addRow(tr("Daily traffic:"), m_traffic);
    metricForm->addRow(m_powerResult);
    metricForm->addRow(m_audienceWarning);
    metricPage->complete = [this] { return powerResult().ok && !m_metricName->text().trimmed().isEmpty(); };
    const auto setKind = [this] {
        const bool rate = m_metricKind->currentData().toInt() == int(PowerInput::Metric::Rate);
        const QSignalBlocker b1(m_baseline);
        const QSignalBlocker b2(m_mde);
        if (rate) {
            m_baselineLabel->setText(tr("Baseline rate (control):"));
            m_baseline->setRange(0.1, 99.9);
            m_baseline->setDecimals(2);
            m_baseline->setSuffix(tr(" %"));
            m_baseline->setValue(10.0);
            m_baseline->setToolTip(tr("The rate you expect in the control arm, from past campaigns"));
            m_mdeLabel->setText(tr("Minimum detectable effect:"));
            m_mde->setRange(0.01, 50);
            m_mde->setDecimals(2);
            m_mde->setSuffix(tr(" percentage points"));
            m_mde->setValue(1.0);
            m_mde->setToolTip(tr("Absolute: 1 point takes a 10% rate to 11%"));
        } else {
            m_baselineLabel->setText(tr("Baseline mean (control):"));
            m_baseline->setRange(0, 1e7);
            m_baseline->setDecimals(2);
            m_baseline->setSuffix(QString());
            m_baseline->setValue(20.0);
            m_baseline->setToolTip(tr("The mean you expect in the control arm (for the relative effect shown)"));
            m_mdeLabel->setText(tr("Minimum detectable effect:"));
            m_mde->setRange(0.01, 1e7);
            m_mde->setDecimals(2);
            m_mde->setSuffix(tr(" per customer"));
            m_mde->setValue(2.0);
            m_mde->setToolTip(tr("Absolute difference of the means"));
        }
        m_sd->setVisible(!rate);
        m_sdLabel->setVisible(!rate);
        if (m_metricName->text() == QLatin1String("conversion") || m_metricName->text() == QLatin1String("revenue"))
            m_metricName->setText(rate ? QStringLiteral("conversion") : QStringLiteral("revenue"));
        updatePower();
    };
    connect(m_metricKind, &QComboBox::currentIndexChanged, this, setKind);
    for (QDoubleSpinBox *spin : {m_baseline, m_mde, m_sd, m_alpha, m_power})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExperimentWizard::updatePower);
    connect(m_traffic, &QSpinBox::valueChanged, this, &ExperimentWizard::updatePower);
    connect(m_metricName, &QLineEdit::textChanged, this, &ExperimentWizard::refreshComplete);
    setPage(MetricPageId, metricPage);
    setKind();

    // Review and create
    auto *reviewPage = new DesignPage(this);
    reviewPage->setTitle(tr("Review and create"));
    reviewPage->setSubTitle(tr("Finish creates the experiment and assigns every customer of the audience to an arm. "
                               "The assignment is deterministic: the same salt gives the same arms."));
    reviewPage->setFinalPage(true);
    m_review->setObjectName(QStringLiteral("reviewSummary"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_salt->setObjectName(QStringLiteral("saltEdit"));
    m_salt->setToolTip(tr("Customers are hashed with this salt to pick their arm (SHA-256). Keep it to reproduce "
                          "the assignment; change it to reshuffle."));
    m_salt->setText(QStringLiteral("exp-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    m_stratify->setObjectName(QStringLiteral("stratifyCombo"));
    m_stratify->addItem(tr("No stratification"), QString());
    m_stratify->addItem(tr("Country"), QStringLiteral("country"));
    m_stratify->addItem(tr("City"), QStringLiteral("city"));
    m_stratify->addItem(tr("Gender"), QStringLiteral("gender"));
    m_stratify->addItem(tr("RFM segment"), QStringLiteral("rfm_segment"));
    m_stratify->setToolTip(tr("Split every group (each country, say) exactly in the planned proportions, so the "
                              "arms are balanced on it"));
    m_progress->setObjectName(QStringLiteral("createProgress"));
    m_progress->setRange(0, PromiseReporter<CreateOutcome>::kSteps);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelCreateButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, &m_createWatcher, &QFutureWatcherBase::cancel);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    auto *reviewForm = new QFormLayout;
    reviewForm->addRow(tr("Salt:"), m_salt);
    reviewForm->addRow(tr("Stratify by:"), m_stratify);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addWidget(m_review);
    reviewLayout->addLayout(reviewForm);
    reviewLayout->addStretch();
    reviewLayout->addLayout(progressRow);
    reviewLayout->addWidget(m_status);
    reviewPage->initialize = [this] { updateReview(); };
    reviewPage->complete = [this] { return !m_createWatcher.isRunning() && !m_salt->text().trimmed().isEmpty(); };
    reviewPage->validate = [this] {
        if (m_created)
            return true;
        startCreate();
        return false; // the wizard closes when the assignment lands
    };
    connect(m_salt, &QLineEdit::textChanged, this, &ExperimentWizard::refreshComplete);
    setPage(ReviewPageId, reviewPage);

    connect(&m_audienceWatcher, &QFutureWatcherBase::finished, this, &ExperimentWizard::onAudienceLoaded);
    connect(&m_createWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_createWatcher, &QFutureWatcherBase::finished, this, &ExperimentWizard::onCreateFinished);
    m_audienceWatcher.setFuture(QtConcurrent::run([path = m_projectPath]() {
        AudienceOutcome outcome;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            outcome.error = project.errorString();
            return outcome;
        }
        outcome.customers = project.database().scalar(QStringLiteral("SELECT count(*) FROM customers"))
                                .value_or(0)
                                .toLongLong();
        outcome.segments = SegmentStore::list(project.database(), &outcome.error);
        QString error;
        for (const ExperimentInfo &info : ExperimentStore::list(project.database(), &error))
            outcome.experiments << info.name;
        return outcome;
    }));
    updateAudience();
}

ExperimentWizard::~ExperimentWizard()
{
    m_createWatcher.cancel();
    m_createWatcher.waitForFinished();
    m_audienceWatcher.waitForFinished();
}

void ExperimentWizard::done(int result)
{
    if (result == QDialog::Rejected && m_createWatcher.isRunning()) {
        m_createWatcher.cancel();
        m_createWatcher.waitForFinished();
    }
    QWizard::done(result);
}

void ExperimentWizard::refreshComplete()
{
    for (int id : pageIds())
        emit page(id)->completeChanged();
}

void ExperimentWizard::onAudienceLoaded()
{
    const AudienceOutcome outcome = m_audienceWatcher.result();
    const QSignalBlocker blocker(m_audience);
    m_audience->clear();
    if (!outcome.error.isEmpty() && outcome.customers == 0) {
        m_audience->addItem(tr("The project could not be read"));
        m_audienceSize->setText(errorHtml(outcome.error));
        return;
    }
    m_allCustomers = outcome.customers;
    m_existingExperiments = outcome.experiments;
    m_audience->addItem(tr("All customers (%L1)").arg(outcome.customers), QString());
    for (const SegmentInfo &segment : outcome.segments) {
        m_audience->addItem(tr("%1 (%L2)").arg(SegmentStore::displayName(segment.name)).arg(segment.size), segment.name);
        m_segmentSizes.insert(segment.name, segment.size);
    }
    m_audience->setEnabled(true);
    m_audienceLoaded = true;
    if (m_name->text().isEmpty()) {
        QString name = tr("Experiment %1").arg(outcome.experiments.size() + 1);
        for (int i = int(outcome.experiments.size()) + 2; m_existingExperiments.contains(name); ++i)
            name = tr("Experiment %1").arg(i);
        m_name->setText(name);
    }
    updateAudience();
    emit audienceLoaded();
}

qint64 ExperimentWizard::audienceSize() const
{
    if (!m_audienceLoaded)
        return -1;
    const QString name = segment();
    return name.isEmpty() ? m_allCustomers : m_segmentSizes.value(name);
}

QString ExperimentWizard::segment() const
{
    return m_audience->currentData().toString();
}

bool ExperimentWizard::nameIsValid(QString *error) const
{
    const QString name = m_name->text().trimmed();
    QString message;
    if (name.isEmpty())
        message = tr("Give the experiment a name.");
    else if (m_existingExperiments.contains(name))
        message = tr("The project already has an experiment named \"%1\".").arg(name);
    if (error)
        *error = message;
    return message.isEmpty();
}

void ExperimentWizard::updateAudience()
{
    QString error;
    m_nameHint->setText(nameIsValid(&error) || !m_audienceLoaded ? QString() : errorHtml(error));
    m_nameHint->setVisible(!m_nameHint->text().isEmpty());
    if (m_audienceLoaded) {
        const qint64 size = audienceSize();
        m_audienceSize->setText(size > 0 ? tr("%L1 customers will be assigned.").arg(size)
                                         : errorHtml(tr("This audience has no customers; pick another.")));
    } else {
        m_audienceSize->setText(tr("Counting customers…"));
    }
    updatePower();
}

int ExperimentWizard::addArm(const QString &name, double weight)
{
    if (m_arms->rowCount() >= kMaxArms)
        return -1;
    const QSignalBlocker blocker(m_arms);
    const int row = m_arms->rowCount();
    m_arms->insertRow(row);
    m_arms->setItem(row, 0, new QTableWidgetItem(name));
    auto *weightItem = new QTableWidgetItem;
    weightItem->setData(Qt::EditRole, weight);
    weightItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_arms->setItem(row, 1, weightItem);
    updateArms();
    return row;
}

QVector<DesignArm> ExperimentWizard::designArms(QString *error) const
{
    QVector<DesignArm> arms;
    QStringList names;
    double total = 0;
    QString message;
    if (m_arms->rowCount() < kMinArms || m_arms->rowCount() > kMaxArms)
        message = tr("Use a control and 1 to 5 variants.");
    for (int row = 0; row < m_arms->rowCount() && message.isEmpty(); ++row) {
        DesignArm arm;
        arm.name = m_arms->item(row, 0) ? m_arms->item(row, 0)->text().trimmed() : QString();
        bool ok = false;
        arm.weight = m_arms->item(row, 1) ? m_arms->item(row, 1)->data(Qt::EditRole).toString().toDouble(&ok) : 0;
        arm.isControl = row == 0;
        if (arm.name.isEmpty())
            message = tr("Arm %1 has no name.").arg(row + 1);
        else if (names.contains(arm.name, Qt::CaseInsensitive) || (m_holdoutCheck->isChecked()
                                                                   && arm.name.compare(tr("Holdout"), Qt::CaseInsensitive) == 0))
            message = tr("Two arms are named \"%1\".").arg(arm.name);
        else if (!ok || !(arm.weight > 0))
            message = tr("The weight of \"%1\" must be a positive number.").arg(arm.name);
        names << arm.name;
        total += arm.weight;
        arms.append(arm);
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    const double holdout = m_holdoutCheck->isChecked() ? m_holdout->value() / 100.0 : 0.0;
    for (DesignArm &arm : arms)
        arm.weight = arm.weight / total * (1.0 - holdout);
    if (holdout > 0) {
        DesignArm arm;
        arm.name = tr("Holdout");
        arm.weight = holdout;
        arm.isHoldout = true;
        arms.append(arm);
    }
    return arms;
}

void ExperimentWizard::updateArms()
{
    m_addArm->setEnabled(m_arms->rowCount() < kMaxArms);
    m_removeArm->setEnabled(m_arms->currentRow() > 0 && m_arms->rowCount() > kMinArms);
    if (m_arms->rowCount() > 0 && m_arms->item(0, 0))
        m_arms->item(0, 0)->setToolTip(tr("The control: every variant is compared with it"));
    QString error;
    const QVector<DesignArm> arms = designArms(&error);
    if (arms.isEmpty()) {
        m_armsSummary->setText(errorHtml(error));
    } else {
        QStringList shares;
        for (const DesignArm &arm : arms)
            shares << tr("%1 %2%").arg(arm.name.toHtmlEscaped(), QLocale().toString(arm.weight * 100.0, 'f', 1));
        m_armsSummary->setText(tr("Weights are normalized to sum to 100%: %1.").arg(shares.join(QStringLiteral(", "))));
    }
    updatePower();
    refreshComplete();
}

PowerInput ExperimentWizard::powerInput() const
{
    PowerInput input;
    const bool rate = m_metricKind->currentData().toInt() == int(PowerInput::Metric::Rate);
    input.metric = rate ? PowerInput::Metric::Rate : PowerInput::Metric::Mean;
    input.baseline = rate ? m_baseline->value() / 100.0 : m_baseline->value();
    input.mde = rate ? m_mde->value() / 100.0 : m_mde->value();
    input.sd = rate ? 0.0 : m_sd->value();
    input.alpha = m_alpha->value();
    input.power = m_power->value();
    input.dailyTraffic = m_traffic->value();
    int arms = 0;
    for (const DesignArm &arm : designArms())
        arms += arm.isHoldout ? 0 : 1;
    input.arms = qMax(2, arms);
    return input;
}

PowerResult ExperimentWizard::powerResult() const
{
    return PowerAnalysis::solve(powerInput());
}

double ExperimentWizard::minimumShare() const
{
    double share = 0;
    for (const DesignArm &arm : designArms()) {
        if (!arm.isHoldout && (share == 0 || arm.weight < share))
            share = arm.weight;
    }
    return share;
}

qint64 ExperimentWizard::requiredAudience() const
{
    const PowerResult power = powerResult();
    const double share = minimumShare();
    return power.ok && share > 0 ? qint64(std::ceil(double(power.nPerArm) / share)) : 0;
}

double ExperimentWizard::expectedDays() const
{
    // The smallest arm fills last: it gets its share of the daily traffic.
    const PowerResult power = powerResult();
    const double share = minimumShare();
    if (!power.ok || share <= 0 || m_traffic->value() <= 0)
        return 0;
    return std::ceil(double(power.nPerArm) / (double(m_traffic->value()) * share));
}

void ExperimentWizard::updatePower()
{
    const PowerResult power = powerResult();
    if (!power.ok) {
        m_powerResult->setText(errorHtml(power.errorString));
        m_audienceWarning->clear();
        refreshComplete();
        return;
    }
    const QLocale locale;
    const PowerInput input = powerInput();
    QString text = tr("<b>%L1 customers per arm</b> (effect size %2).").arg(power.nPerArm)
                       .arg(locale.toString(power.effectSize, 'f', 4));
    if (input.metric == PowerInput::Metric::Rate && input.baseline > 0)
        text += QLatin1Char(' ') + tr("Detects %1% → %2% (a %3% relative change).")
                                       .arg(locale.toString(input.baseline * 100, 'f', 2),
                                            locale.toString((input.baseline + input.mde) * 100, 'f', 2),
                                            locale.toString(input.mde / input.baseline * 100, 'f', 1));
    const qint64 required = requiredAudience();
    text += QStringLiteral("<br>") + tr("The audience needs at least %L1 customers with this split.").arg(required);
    const double days = expectedDays();
    text += QStringLiteral("<br>")
            + (days > 0 ? tr("Expected duration: <b>%L1 days</b> at %L2 customers per day.").arg(qint64(days))
                              .arg(m_traffic->value())
                        : tr("Give the daily traffic to see the expected duration."));
    m_powerResult->setText(text);
    const qint64 size = audienceSize();
    if (size > 0 && size < required)
        m_audienceWarning->setText(warningHtml(
            tr("The audience (%L1 customers) is too small: the smallest arm would get about %L2 customers, fewer "
               "than the %L3 needed. Choose a larger audience, a larger effect, or fewer arms.")
                .arg(size)
                .arg(qint64(double(size) * minimumShare()))
                .arg(power.nPerArm)));
    else
        m_audienceWarning->setText(size > 0 ? tr("The audience of %L1 customers is large enough.").arg(size)
                                            : QString());
    refreshComplete();
}

void ExperimentWizard::updateReview()
{
    const QVector<DesignArm> arms = designArms();
    const PowerResult power = powerResult();
    const qint64 size = audienceSize();
    QStringList armLines;
    for (const DesignArm &arm : arms) {
        QString role = arm.isControl ? tr(" (control)") : arm.isHoldout ? tr(" (holdout)") : QString();
        if (role.trimmed().compare(QStringLiteral("(%1)").arg(arm.name), Qt::CaseInsensitive) == 0)
            role.clear(); // "Control (control)"
        armLines << tr("<li>%1%2: %3%, about %L4 customers</li>")
                        .arg(arm.name.toHtmlEscaped(), role, QLocale().toString(arm.weight * 100.0, 'f', 1))
                        .arg(qint64(std::llround(double(size) * arm.weight)));
    }
    QString text = tr("<b>%1</b> on %2 (%L3 customers).")
                       .arg(m_name->text().trimmed().toHtmlEscaped(),
                            segment().isEmpty() ? tr("all customers")
                                                : tr("segment \"%1\"").arg(segment().toHtmlEscaped()))
                       .arg(size);
    text += QStringLiteral("<ul>%1</ul>").arg(armLines.join(QString()));
    text += tr("Primary metric: <b>%1</b>; %L2 customers per arm needed").arg(m_metricName->text().trimmed().toHtmlEscaped())
                .arg(power.nPerArm);
    const double days = expectedDays();
    if (days > 0)
        text += tr(", about %L1 days").arg(qint64(days));
    text += QLatin1Char('.');
    if (size > 0 && size < requiredAudience())
        text += QStringLiteral("<br>") + warningHtml(tr("The audience is smaller than the sample size needs; the test "
                                                        "will be underpowered."));
    m_review->setText(text);
    m_status->clear();
}

void ExperimentWizard::startCreate()
{
    if (m_createWatcher.isRunning())
        return;
    QString error;
    const QVector<DesignArm> arms = designArms(&error);
    if (arms.isEmpty()) {
        QMessageBox::warning(this, tr("Design experiment"), error);
        return;
    }
    const PowerInput input = powerInput();
    const PowerResult power = powerResult();
    ExperimentSpec spec;
    spec.name = m_name->text().trimmed();
    spec.segment = segment();
    spec.arms = arms;
    spec.salt = m_salt->text().trimmed();
    spec.stratifyBy = m_stratify->currentData().toString();
    const bool rate = input.metric == PowerInput::Metric::Rate;
    spec.design = QJsonObject{
        {QStringLiteral("metric"), m_metricName->text().trimmed()},
        {QStringLiteral("metric_kind"), rate ? QStringLiteral("rate") : QStringLiteral("mean")},
        {QStringLiteral("baseline"), input.baseline},
        {QStringLiteral("mde"), input.mde},
        {QStringLiteral("mde_text"), rate ? tr("%1 points").arg(QLocale().toString(input.mde * 100, 'f', 2))
                                          : QLocale().toString(input.mde, 'f', 2)},
        {QStringLiteral("alpha"), input.alpha},
        {QStringLiteral("power"), input.power},
        {QStringLiteral("n_per_arm"), power.nPerArm},
        {QStringLiteral("daily_traffic"), input.dailyTraffic},
        {QStringLiteral("days"), expectedDays()},
        {QStringLiteral("holdout"), m_holdoutCheck->isChecked() ? m_holdout->value() / 100.0 : 0.0},
        {QStringLiteral("weights"), QStringLiteral("normalized")},
    };
    if (!rate)
        spec.design.insert(QStringLiteral("sd"), input.sd);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Assigning customers…"));
    button(QWizard::BackButton)->setEnabled(false);
    m_createWatcher.setFuture(QtConcurrent::run([path = m_projectPath, spec](QPromise<CreateOutcome> &promise) {
        CreateOutcome outcome;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            outcome.error = project.errorString();
        } else {
            PromiseReporter<CreateOutcome> reporter(promise);
            outcome.info = ExperimentStore::create(project.database(), spec, reporter, &outcome.error);
        }
        promise.addResult(outcome);
    }));
    refreshComplete();
}

void ExperimentWizard::onCreateFinished()
{
    m_progress->hide();
    m_cancel->hide();
    button(QWizard::BackButton)->setEnabled(true);
    refreshComplete();
    if (m_createWatcher.isCanceled() || m_createWatcher.future().resultCount() == 0) {
        m_status->setText(tr("Cancelled; the project was not changed."));
        return;
    }
    const CreateOutcome outcome = m_createWatcher.result();
    if (!outcome.info) {
        m_status->setText(errorHtml(outcome.error));
        QMessageBox::critical(this, tr("Creating the experiment failed"), outcome.error);
        return;
    }
    m_created = true;
    emit experimentCreated(outcome.info->name);
    accept();
}
