#include "experimentspage.h"

#include "charts/experimentarmchart.h"
#include "charts/experimentliftchart.h"
#include "jobs/promisereporter.h"
#include "mainwindow/projectsession.h"
#include "models/experimentlistmodel.h"
#include "models/experimentresultsmodel.h"
#include "pages/emptystatepage.h"
#include "project/project.h"
#include "wizards/experimentwizard.h"
#include "segments/segmentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QJsonObject>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QLabel *boxLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(12, 8, 12, 8);
    return label;
}

} // namespace

ExperimentsPage::ExperimentsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(tr("Experiments"), QString(), this))
    , m_content(new QWidget(this))
    , m_listModel(new ExperimentListModel(this))
    , m_list(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_noSelection(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailInfo(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_control(new QComboBox(this))
    , m_correction(new QComboBox(this))
    , m_covariate(new QComboBox(this))
    , m_sequential(new QCheckBox(tr("Sequential monitoring"), this))
    , m_acrossOutcomes(new QCheckBox(tr("Correct across all outcomes"), this))
    , m_analyzeButton(new QPushButton(tr("Analyze"), this))
    , m_exportButton(new QPushButton(tr("Export assignments…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_banner(boxLabel(this, QStringLiteral("experimentWarningBanner")))
    , m_verdicts(boxLabel(this, QStringLiteral("experimentVerdicts")))
    , m_resultsHint(new QLabel(this))
    , m_resultsModel(new ExperimentResultsModel(this))
    , m_results(new QTableView(this))
    , m_armChart(new ExperimentArmChart(this))
    , m_liftChart(new ExperimentLiftChart(this))
    , m_timelineNote(new QLabel(this))
{
    // Header
    auto *title = new QLabel(tr("Experiments"), m_content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *designButton = new QPushButton(tr("Design experiment…"), m_content);
    designButton->setObjectName(QStringLiteral("designExperimentButton"));
    designButton->setToolTip(tr("Plan a new A/B test: audience, arms, metric and sample size, then assign customers"));
    connect(designButton, &QPushButton::clicked, this, &ExperimentsPage::startDesign);
    m_exportButton->setObjectName(QStringLiteral("exportAssignmentsButton"));
    m_exportButton->setToolTip(tr("Write the selected experiment's customer_key,arm assignments to a CSV file"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &ExperimentsPage::chooseExportFile);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_exportButton);
    header->addWidget(designButton);

    // List
    m_list->setObjectName(QStringLiteral("experimentsTable"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ExperimentListModel::NameColumn, QHeaderView::Stretch);
    m_list->setMinimumWidth(300);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExperimentsPage::showSelected);

    // Detail: title, options
    QFont detailFont = m_detailTitle->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.2);
    detailFont.setBold(true);
    m_detailTitle->setFont(detailFont);
    m_detailTitle->setObjectName(QStringLiteral("experimentTitle"));
    m_detailInfo->setObjectName(QStringLiteral("experimentInfo"));
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setForegroundRole(QPalette::PlaceholderText);
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_metric->setToolTip(tr("The outcome to analyse"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_control->setObjectName(QStringLiteral("controlCombo"));
    m_control->setToolTip(tr("The arm every other arm is compared with"));
    m_control->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_correction->setObjectName(QStringLiteral("correctionCombo"));
    m_correction->addItem(tr("Holm"), int(AnalysisOptions::Correction::Holm));
    m_correction->addItem(tr("Benjamini-Hochberg"), int(AnalysisOptions::Correction::BenjaminiHochberg));
    m_correction->addItem(tr("None"), int(AnalysisOptions::Correction::None));
    m_correction->setToolTip(tr("How p-values are adjusted for comparing several variants with the control: Holm "
                                "controls the chance of any false positive, Benjamini-Hochberg the share of false "
                                "discoveries"));
    m_covariate->setObjectName(QStringLiteral("covariateCombo"));
    m_covariate->setToolTip(tr("CUPED: a pre-experiment measure that explains part of the outcome's variance. "
                               "Adjusting for it narrows the intervals without biasing the difference."));
    m_covariate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sequential->setObjectName(QStringLiteral("sequentialCheck"));
    m_sequential->setToolTip(tr("Read the results as always-valid (a confidence sequence), so looking at them "
                                "repeatedly while the test runs does not inflate false positives"));
    m_acrossOutcomes->setObjectName(QStringLiteral("acrossOutcomesCheck"));
    m_acrossOutcomes->setToolTip(tr("Analyse every outcome of the experiment together and adjust the p-values for "
                                    "all their variant comparisons at once, so that looking at several outcomes "
                                    "does not inflate false positives"));
    m_analyzeButton->setObjectName(QStringLiteral("analyzeButton"));
    m_analyzeButton->setToolTip(tr("Analyse the selected metric (runs in the background)"));
    m_analyzeButton->setDefault(true);
    connect(m_analyzeButton, &QPushButton::clicked, this, &ExperimentsPage::analyze);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, &m_analysisWatcher, &QFutureWatcherBase::cancel);

    auto *options = new QGridLayout;
    options->addWidget(new QLabel(tr("Metric:"), this), 0, 0);
    options->addWidget(m_metric, 0, 1);
    options->addWidget(new QLabel(tr("Control:"), this), 0, 2);
    options->addWidget(m_control, 0, 3);
    options->addWidget(new QLabel(tr("Correction:"), this), 0, 4);
    options->addWidget(m_correction, 0, 5);
    options->addWidget(new QLabel(tr("CUPED covariate:"), this), 1, 0);
    options->addWidget(m_covariate, 1, 1);
    options->addWidget(m_sequential, 1, 2);
    options->addWidget(m_acrossOutcomes, 1, 3);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_analyzeButton);
    options->addLayout(runRow, 1, 4, 1, 2, Qt::AlignRight);
    options->setColumnStretch(6, 1);

    m_banner->hide();
    m_verdicts->setStyleSheet(QStringLiteral(
        "QLabel#experimentVerdicts { background: #edf2ff; border: 1px solid #91a7ff; border-radius: 6px; "
        "color: #1c2a5a; }"));
    QFont verdictFont = m_verdicts->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.1);
    m_verdicts->setFont(verdictFont);
    m_verdicts->hide();
    m_resultsHint->setObjectName(QStringLiteral("resultsHint"));
    m_resultsHint->setWordWrap(true);
    m_resultsHint->setForegroundRole(QPalette::PlaceholderText);

    m_results->setObjectName(QStringLiteral("experimentResultsTable"));
    m_results->setModel(m_resultsModel);
    m_results->verticalHeader()->hide();
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_armChart->setObjectName(QStringLiteral("armRateChart"));
    m_liftChart->setObjectName(QStringLiteral("liftDistributionChart"));
    m_timelineNote->setObjectName(QStringLiteral("timelineNote"));
    m_timelineNote->setWordWrap(true);
    m_timelineNote->setForegroundRole(QPalette::PlaceholderText);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_armChart, 1);
    charts->addWidget(m_liftChart, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addLayout(options);
    detailLayout->addWidget(m_banner);
    detailLayout->addWidget(m_verdicts);
    detailLayout->addWidget(m_resultsHint);
    detailLayout->addWidget(m_results);
    detailLayout->addLayout(charts, 1);
    detailLayout->addWidget(m_timelineNote);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_noSelection->setObjectName(QStringLiteral("noExperimentSelected"));
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setForegroundRole(QPalette::PlaceholderText);
    m_noSelection->setText(tr("Select an experiment on the left to analyse it."));
    m_detailStack->addWidget(m_noSelection);
    m_detailStack->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1000});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_empty->setAction(tr("Design experiment…"));
    m_empty->setMessage(tr("No experiments yet. Design an A/B test on a segment or on all customers, or import an "
                           "experiment's results (Import an experiment… with one row per customer, an arm column "
                           "and outcome columns)."));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, [this] {
        if (m_session->counts().customers == 0)
            emit importRequested();
        else
            startDesign();
    });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, &ExperimentsPage::onListLoaded);
    connect(&m_analysisWatcher, &QFutureWatcherBase::finished, this, &ExperimentsPage::onAnalysisFinished);
    connect(&m_analysisWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_analysisWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &ExperimentsPage::onExportFinished);
    connect(m_session, &ProjectSession::projectOpened, this, &ExperimentsPage::reload);
    connect(m_session, &ProjectSession::dataChanged, this, &ExperimentsPage::reload);
    connect(m_session, &ProjectSession::countsChanged, this, &ExperimentsPage::updateState);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_analysisWatcher.cancel();
        m_looks.clear();
        m_listModel->setExperiments({});
        updateState();
    });
    updateState();
    if (m_session->isOpen())
        reload();
}

ExperimentsPage::~ExperimentsPage()
{
    m_analysisWatcher.cancel();
    m_analysisWatcher.waitForFinished();
    m_listWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void ExperimentsPage::reload()
{
    if (!m_session->isOpen())
        return;
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = currentExperiment();
    // A newer load replaces the watched future, so a stale list never lands.
    m_listWatcher.setFuture(QtConcurrent::run([path = m_session->path()]() {
        ListOutcome outcome;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen))
            outcome.error = project.errorString();
        else
            outcome.experiments = ExperimentStore::list(project.database(), &outcome.error);
        return outcome;
    }));
}

void ExperimentsPage::onListLoaded()
{
    if (m_listWatcher.isCanceled() || m_listWatcher.future().resultCount() == 0)
        return;
    const ListOutcome outcome = m_listWatcher.result();
    if (!outcome.error.isEmpty() && outcome.experiments.isEmpty()) {
        QMessageBox::warning(this, tr("Experiments"), tr("The experiments could not be read: %1").arg(outcome.error));
    }
    const QString keep = m_pendingSelection;
    m_pendingSelection.clear();
    m_listModel->setExperiments(outcome.experiments);
    updateState();
    const int row = keep.isEmpty() ? -1 : m_listModel->rowOf(keep);
    if (row >= 0)
        m_list->selectRow(row);
    else if (m_listModel->rowCount() > 0)
        m_list->selectRow(0);
    else
        showSelected();
    emit experimentsLoaded(m_listModel->rowCount());
}

void ExperimentsPage::updateState()
{
    if (m_listModel->rowCount() > 0) {
        m_stack->setCurrentWidget(m_content);
        return;
    }
    const bool hasCustomers = m_session->counts().customers > 0;
    m_empty->setMessage(hasCustomers
                            ? tr("No experiments yet. Design an A/B test on a segment or on all customers: Tailor "
                                 "sizes it and assigns customers to arms. To analyse a test run elsewhere, use "
                                 "Import an experiment… (one row per customer with an arm column and outcomes).")
                            : tr("Import customers first, or import an experiment's results (one row per customer "
                                 "with an arm column and outcome columns), then analyse it here."));
    m_empty->setAction(hasCustomers ? tr("Design experiment…") : tr("Import an experiment…"));
    // EmptyStatePage centres its word-wrapped message, and a centred label in a box layout
    // gets a one-line height; reserve the wrapped height so a long message is not clipped.
    for (QLabel *label : m_empty->findChildren<QLabel *>()) {
        if (label->wordWrap()) {
            const int width = qMin(label->maximumWidth(), 520);
            label->setMinimumWidth(width);
            label->setMinimumHeight(label->heightForWidth(width));
        }
    }
    m_stack->setCurrentWidget(m_empty);
}

void ExperimentsPage::selectExperiment(const QString &name)
{
    const int row = m_listModel->rowOf(name);
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_pendingSelection = name;
}

QString ExperimentsPage::currentExperiment() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_listModel->experiment(rows.first().row()).name;
}

void ExperimentsPage::showSelected()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_exportButton->setEnabled(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_detailStack->setCurrentWidget(m_noSelection);
        return;
    }
    if (m_analysisWatcher.isRunning())
        m_analysisWatcher.cancel();
    const ExperimentInfo &info = m_listModel->experiment(rows.first().row());
    m_detailStack->setCurrentIndex(1);
    m_detailTitle->setText(info.name);
    QStringList arms;
    qint64 customers = 0;
    for (const ExperimentArmInfo &arm : info.arms) {
        customers += arm.n;
        QString text = arm.weight > 0 ? tr("%1 (%L2, planned %3%)").arg(arm.name).arg(arm.n)
                                            .arg(QLocale().toString(arm.weight * 100.0, 'f', 1))
                                      : tr("%1 (%L2)").arg(arm.name).arg(arm.n);
        arms << text.toHtmlEscaped();
    }
    QString text = tr("%L1 customers in %2 arms: %3.").arg(customers).arg(info.arms.size()).arg(arms.join(QStringLiteral(", ")));
    text += QLatin1Char(' ')
            + (info.segment.isEmpty() ? tr("Audience: all customers or imported.")
                                      : tr("Audience: segment \"%1\".").arg(SegmentStore::displayName(info.segment).toHtmlEscaped()));
    if (!info.salt.isEmpty())
        text += QLatin1Char(' ') + tr("Salt: %1.").arg(info.salt.toHtmlEscaped());
    const QJsonObject design = info.design;
    if (design.contains(QStringLiteral("n_per_arm")))
        text += QLatin1Char(' ')
                + tr("Planned: %L1 per arm to detect %2 on %3.")
                      .arg(design.value(QStringLiteral("n_per_arm")).toVariant().toLongLong())
                      .arg(design.value(QStringLiteral("mde_text")).toString().toHtmlEscaped(),
                           design.value(QStringLiteral("metric")).toString().toHtmlEscaped());
    m_detailInfo->setText(text);

    m_metric->clear();
    m_metric->addItems(info.outcomes);
    const QString planned = design.value(QStringLiteral("metric")).toString();
    if (info.outcomes.contains(planned))
        m_metric->setCurrentText(planned);
    m_control->clear();
    int controlIndex = 0;
    for (int i = 0; i < info.arms.size(); ++i) {
        if (info.arms.at(i).isHoldout)
            continue;
        m_control->addItem(info.arms.at(i).name);
        if (info.arms.at(i).isControl)
            controlIndex = m_control->count() - 1;
    }
    m_control->setCurrentIndex(controlIndex);
    m_covariate->clear();
    m_covariate->addItem(tr("None"), QString());
    for (const QString &covariate : info.covariates)
        m_covariate->addItem(covariate, covariate);
    m_covariate->setEnabled(!info.covariates.isEmpty());
    m_acrossOutcomes->setEnabled(info.outcomes.size() > 1);
    m_analyzeButton->setEnabled(!info.outcomes.isEmpty());
    m_metric->setEnabled(!info.outcomes.isEmpty());
    clearResult(info.outcomes.isEmpty()
                    ? tr("This experiment has no outcomes yet. Import its results (Import an experiment…, one row "
                         "per customer with the arm and outcome columns) once the test has run.")
                    : tr("Choose the metric and the control, then Analyze."));
}

void ExperimentsPage::clearResult(const QString &hint)
{
    m_result = AnalysisResult();
    m_resultsModel->clear();
    m_results->hide();
    m_banner->hide();
    m_verdicts->hide();
    m_armChart->clear();
    m_liftChart->clear();
    m_armChart->hide();
    m_liftChart->hide();
    m_timelineNote->hide();
    m_resultsHint->setText(hint);
    m_resultsHint->show();
}

void ExperimentsPage::analyze()
{
    const QString experiment = currentExperiment();
    if (experiment.isEmpty() || m_metric->currentText().isEmpty() || !m_session->isOpen())
        return;
    const ExperimentInfo &info = m_listModel->experiment(m_listModel->rowOf(experiment));
    AnalysisOptions options;
    options.metric = m_metric->currentText();
    options.control = m_control->currentText();
    options.covariate = m_covariate->currentData().toString();
    options.correction = AnalysisOptions::Correction(m_correction->currentData().toInt());
    options.sequential = m_sequential->isChecked();
    const QJsonObject design = info.design;
    if (design.value(QStringLiteral("metric")).toString() == options.metric) {
        options.plannedMde = design.value(QStringLiteral("mde")).toDouble();
        options.plannedPower = design.value(QStringLiteral("power")).toDouble(0.8);
        options.alpha = design.value(QStringLiteral("alpha")).toDouble(0.05);
    }
    m_analysisKey = experiment + QLatin1Char('\n') + options.metric;
    options.looks = m_looks.value(m_analysisKey) + 1;
    // The selected outcome first (its result is shown), then the others, corrected together.
    QVector<AnalysisOptions> analyses{options};
    if (m_acrossOutcomes->isEnabled() && m_acrossOutcomes->isChecked()) {
        for (const QString &outcome : info.outcomes) {
            if (outcome == options.metric)
                continue;
            AnalysisOptions other;
            other.metric = outcome;
            other.control = options.control;
            other.correction = options.correction;
            other.sequential = options.sequential;
            analyses.append(other);
        }
    }

    m_analyzeButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_resultsHint->setText(tr("Analysing %1…").arg(options.metric));
    m_analysisWatcher.setFuture(QtConcurrent::run([path = m_session->path(), experiment,
                                                   analyses](QPromise<AnalysisResult> &promise) {
        AnalysisResult result;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            result.errorString = project.errorString();
        } else {
            PromiseReporter<AnalysisResult> reporter(promise);
            result = ExperimentStore::analyzeMetrics(project.database(), experiment, analyses, reporter).first();
        }
        promise.addResult(result);
    }));
}

void ExperimentsPage::onAnalysisFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_analyzeButton->setEnabled(m_metric->count() > 0);
    if (m_analysisWatcher.isCanceled() || m_analysisWatcher.future().resultCount() == 0) {
        m_resultsHint->setText(tr("Analysis cancelled."));
        emit analysisFinished(false);
        return;
    }
    const AnalysisResult result = m_analysisWatcher.result();
    if (!result.ok) {
        clearResult(tr("The analysis failed."));
        QMessageBox::critical(this, tr("Analysis failed"), result.errorString);
        emit analysisFinished(false);
        return;
    }
    m_looks[m_analysisKey] += 1;
    showResult(result);
    emit analysisFinished(true);
}

void ExperimentsPage::setBanner(const AnalysisResult &result)
{
    // Red for a sample ratio mismatch (the results cannot be trusted), amber for
    // power and peeking, green when the split is as planned and nothing else is wrong.
    QString background = QStringLiteral("#ebfbee");
    QString border = QStringLiteral("#8ce99a");
    QString color = QStringLiteral("#1b4d2b");
    QStringList lines;
    if (result.srmDetected) {
        background = QStringLiteral("#fff5f5");
        border = QStringLiteral("#ff8787");
        color = QStringLiteral("#8a1c1c");
    } else if (result.underpowered || result.peeking || !result.warnings.isEmpty()) {
        background = QStringLiteral("#fff9db");
        border = QStringLiteral("#fcc419");
        color = QStringLiteral("#6b4e00");
    }
    if (!result.srmDetected)
        lines << tr("<b>Sample ratio OK</b>: the arm sizes match the planned split (chi-square p = %1).")
                     .arg(QLocale().toString(result.srmPValue, 'f', 3));
    for (const QString &warning : result.warnings) {
        QString prefix = QStringLiteral("⚠ ");
        if (result.srmDetected && warning.contains(tr("Sample ratio mismatch")))
            prefix = QStringLiteral("⛔ ");
        lines << prefix + warning.toHtmlEscaped();
    }
    m_banner->setStyleSheet(QStringLiteral("QLabel#experimentWarningBanner { background: %1; border: 1px solid %2; "
                                           "border-radius: 6px; color: %3; }")
                                .arg(background, border, color));
    m_banner->setText(lines.join(QStringLiteral("<br>")));
    m_banner->setProperty("severity", result.srmDetected ? QStringLiteral("error")
                                      : (result.underpowered || result.peeking || !result.warnings.isEmpty())
                                          ? QStringLiteral("warning")
                                          : QStringLiteral("ok"));
    m_banner->show();
}

void ExperimentsPage::showResult(const AnalysisResult &result)
{
    m_result = result;
    setBanner(result);
    QStringList verdicts;
    for (const QString &verdict : result.verdicts)
        verdicts << QStringLiteral("• ") + verdict.toHtmlEscaped();
    QString verdictText = verdicts.join(QStringLiteral("<br>"));
    if (!result.covariate.isEmpty())
        verdictText += QStringLiteral("<br><i>%1</i>")
                           .arg(tr("CUPED on %1 reduced the variance by %2%.")
                                    .arg(result.covariate.toHtmlEscaped())
                                    .arg(QLocale().toString(result.varianceReduction * 100.0, 'f', 1)));
    m_verdicts->setText(verdictText);
    m_verdicts->setVisible(!verdictText.isEmpty());
    m_resultsHint->setText(result.isRate ? tr("%1 analysed as a rate; %2% intervals; p-values adjusted by %3.")
                                               .arg(result.metric)
                                               .arg(qRound(result.confidence * 100))
                                               .arg(m_correction->currentText())
                                         : tr("%1 analysed as a mean per customer; %2% intervals; p-values "
                                              "adjusted by %3.")
                                               .arg(result.metric)
                                               .arg(qRound(result.confidence * 100))
                                               .arg(m_correction->currentText()));
    if (result.familyMetrics > 1) {
        m_resultsHint->setText(m_resultsHint->text() + QLatin1Char(' ')
                               + tr("Adjusted across %1 comparisons of %2 outcomes.")
                                     .arg(result.familySize)
                                     .arg(result.familyMetrics));
    }
    m_resultsModel->setResult(result);
    m_results->show();
    m_results->resizeColumnsToContents();
    // Fit the few rows without a scroll bar.
    int height = m_results->horizontalHeader()->height() + 2 * m_results->frameWidth();
    for (int row = 0; row < m_resultsModel->rowCount(); ++row)
        height += m_results->rowHeight(row);
    m_results->setFixedHeight(height + (m_results->horizontalScrollBar()->isVisible() ? 18 : 2));
    m_armChart->setResult(result);
    m_armChart->show();
    m_liftChart->setResult(result);
    m_liftChart->setVisible(!result.comparisons.isEmpty());
    m_timelineNote->setText(tr("Cumulative lift over time is not shown: this experiment's outcomes carry no dates "
                               "(one value per customer)."));
    m_timelineNote->show();
}

void ExperimentsPage::chooseExportFile()
{
    const QString experiment = currentExperiment();
    if (experiment.isEmpty())
        return;
    QString base = experiment;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export assignments"), QDir::home().filePath(base + QStringLiteral("_assignments.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportAssignments(path);
}

void ExperimentsPage::exportAssignments(const QString &path)
{
    const QString experiment = currentExperiment();
    if (experiment.isEmpty() || m_exportWatcher.isRunning())
        return;
    m_exportButton->setEnabled(false);
    m_exportWatcher.setFuture(QtConcurrent::run([project = m_session->path(), experiment, path]() {
        ExportOutcome outcome;
        outcome.path = path;
        Project db;
        if (!db.open(project, Project::OpenMode::Reopen)) {
            outcome.error = db.errorString();
            return outcome;
        }
        if (const auto rows = ExperimentStore::exportAssignments(db.database(), experiment, path, &outcome.error))
            outcome.rows = *rows;
        return outcome;
    }));
}

void ExperimentsPage::onExportFinished()
{
    m_exportButton->setEnabled(!currentExperiment().isEmpty());
    const ExportOutcome outcome = m_exportWatcher.result();
    if (outcome.rows < 0) {
        QMessageBox::critical(this, tr("Export failed"), outcome.error);
        return;
    }
    m_resultsHint->setText(tr("Exported %L1 assignments to %2.").arg(outcome.rows).arg(QDir::toNativeSeparators(outcome.path)));
    emit assignmentsExported(outcome.rows, outcome.path);
}

void ExperimentsPage::startDesign()
{
    if (!m_session->isOpen())
        return;
    auto *wizard = new ExperimentWizard(m_session->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ExperimentWizard::experimentCreated, this, [this](const QString &name) {
        m_pendingSelection = name;
        m_session->notifyDataChanged();
    });
    wizard->open();
}
