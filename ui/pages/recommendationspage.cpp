#include "recommendationspage.h"

#include "charts/metricsbarchart.h"
#include "jobs/promisereporter.h"
#include "mainwindow/projectsession.h"
#include "models/recommendmetricsmodel.h"
#include "models/recommendrulesmodel.h"
#include "pages/emptystatepage.h"
#include "project/database.h"
#include "recommend/datasplit.h"
#include "recommend/recommender.h"

#include <QComboBox>
#include <QShowEvent>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

/** One tunable parameter of an algorithm, shown as a spin box in its form. */
struct ParameterSpec
{
    const char *algo;
    const char *key;     ///< createRecommender() option name
    const char *label;
    const char *toolTip;
    bool integer;
    double minimum;
    double maximum;
    double value;        ///< the model's default
    double step;
    int decimals;
};

const ParameterSpec kParameters[] = {
    {"itemknn", "neighbors", QT_TRANSLATE_NOOP("RecommendationsPage", "Neighbours:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "How many of the most similar products vote for each recommendation."),
     true, 5, 1000, 100, 5, 0},
    {"itemknn", "shrink", QT_TRANSLATE_NOOP("RecommendationsPage", "Shrinkage:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Damps similarities that rest on few shared customers (0 = off)."),
     false, 0, 1000, 10, 5, 1},
    {"userknn", "neighbors", QT_TRANSLATE_NOOP("RecommendationsPage", "Neighbours:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "How many of the most similar customers vote for each recommendation."),
     true, 5, 1000, 50, 5, 0},
    {"ease", "lambda", QT_TRANSLATE_NOOP("RecommendationsPage", "Regularization (λ):"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Larger values give smoother, more popular recommendations; smaller "
                                              "values follow the data more closely."),
     false, 1, 100000, 400, 50, 0},
    {"als", "factors", QT_TRANSLATE_NOOP("RecommendationsPage", "Factors:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Size of the taste profile learned for each customer and product."),
     true, 2, 512, 32, 4, 0},
    {"als", "iterations", QT_TRANSLATE_NOOP("RecommendationsPage", "Iterations:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Alternating least-squares sweeps; more take longer."),
     true, 1, 100, 10, 1, 0},
    {"als", "reg", QT_TRANSLATE_NOOP("RecommendationsPage", "Regularization (λ):"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Penalty on large factors; guards against overfitting."),
     false, 0.001, 1000, 10, 1, 3},
    {"als", "alpha", QT_TRANSLATE_NOOP("RecommendationsPage", "Confidence (α):"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "How much more a purchase counts than a product never bought."),
     false, 0, 1000, 5, 1, 2},
    {"bpr", "factors", QT_TRANSLATE_NOOP("RecommendationsPage", "Factors:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Size of the taste profile learned for each customer and product."),
     true, 2, 512, 64, 4, 0},
    {"bpr", "epochs", QT_TRANSLATE_NOOP("RecommendationsPage", "Epochs:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Passes over the purchases; more take longer."), true, 1, 1000, 40, 5, 0},
    {"bpr", "learningRate", QT_TRANSLATE_NOOP("RecommendationsPage", "Learning rate:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Step size of stochastic gradient descent."), false, 0.0001, 1, 0.05,
     0.005, 4},
    {"mf", "factors", QT_TRANSLATE_NOOP("RecommendationsPage", "Factors:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Size of the taste profile learned for each customer and product."),
     true, 2, 512, 50, 5, 0},
    {"mf", "epochs", QT_TRANSLATE_NOOP("RecommendationsPage", "Epochs:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Passes over the ratings; more take longer."), true, 1, 1000, 60, 5, 0},
    {"mf", "learningRate", QT_TRANSLATE_NOOP("RecommendationsPage", "Learning rate:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Step size of stochastic gradient descent."), false, 0.0001, 1, 0.007,
     0.001, 4},
    {"mf", "reg", QT_TRANSLATE_NOOP("RecommendationsPage", "Regularization (λ):"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "Penalty on large factors and biases; guards against overfitting."),
     false, 0, 10, 0.08, 0.01, 3},
    {"hybrid", "weight", QT_TRANSLATE_NOOP("RecommendationsPage", "Weight of the first model:"),
     QT_TRANSLATE_NOOP("RecommendationsPage", "1 uses only the first model, 0 only the second."), false, 0, 1, 0.7,
     0.05, 2},
};

/** Baskets that a rule needs at least (with 0.2 % of all orders as the floor). */
constexpr double kRuleMinSupport = 0.002;
constexpr int kRuleMinBaskets = 3;
constexpr double kRuleMinConfidence = 0.05;
constexpr int kRulesShown = 50;

QString dateText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date().toString(Qt::ISODate);
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RecommendationsPage::RecommendationsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(tr("Recommendations"), QString(), this))
    , m_tabs(new QTabWidget(this))
    , m_dataLabel(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_algorithmDescription(new QLabel(this))
    , m_parameterStack(new QWidget(this))
    , m_randomSplit(new QRadioButton(tr("Hold out a random share of each customer's events"), this))
    , m_timeSplit(new QRadioButton(tr("Hold out everything from a date on"), this))
    , m_testFraction(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_cutoff(new QDateEdit(this))
    , m_k(new QSpinBox(this))
    , m_evaluateButton(new QPushButton(tr("Evaluate"), this))
    , m_evaluateAllButton(new QPushButton(tr("Evaluate all"), this))
    , m_topN(new QSpinBox(this))
    , m_generateButton(new QPushButton(tr("Generate for all customers"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_jobStatus(new QLabel(this))
    , m_storedStatus(new QLabel(this))
    , m_metricsModel(new RecommendMetricsModel(this))
    , m_metricsTable(new QTableView(this))
    , m_chart(new MetricsBarChart(this))
    , m_productSearch(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_productList(new QStringListModel(this))
    , m_rulesStatus(new QLabel(this))
    , m_rulesModel(new RecommendRulesModel(this))
    , m_rulesTable(new QTableView(this))
{
    auto *content = new QWidget(this);
    auto *title = new QLabel(tr("Recommendations"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_dataLabel->setObjectName(QStringLiteral("recommendDataLabel"));
    m_dataLabel->setWordWrap(true);

    auto *evaluateTab = new QWidget(m_tabs);
    auto *splitter = new QSplitter(Qt::Horizontal, evaluateTab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSettingsPanel());
    splitter->addWidget(createResultsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *evaluateLayout = new QVBoxLayout(evaluateTab);
    evaluateLayout->setContentsMargins(8, 8, 8, 8);
    evaluateLayout->addWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("recommendTabs"));
    m_tabs->addTab(evaluateTab, tr("Evaluate and generate"));
    m_tabs->addTab(createRulesTab(), tr("Frequently bought together"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_rulesStale)
            startRules();
    });

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_dataLabel);
    layout->addWidget(m_tabs, 1);

    m_empty->setAction(tr("Import data…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &RecommendationsPage::importRequested);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&m_dataWatcher, &QFutureWatcherBase::finished, this, &RecommendationsPage::onDataLoaded);
    connect(&m_evalWatcher, &QFutureWatcherBase::resultReadyAt, this, &RecommendationsPage::onEvaluationResult);
    connect(&m_evalWatcher, &QFutureWatcherBase::finished, this, &RecommendationsPage::onEvaluationFinished);
    connect(&m_evalWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_generateWatcher, &QFutureWatcherBase::finished, this, &RecommendationsPage::onGenerateFinished);
    connect(&m_generateWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_rulesWatcher, &QFutureWatcherBase::finished, this, &RecommendationsPage::onRulesLoaded);

    // Loading every purchase is the page's own work: do it when the page is looked at.
    connect(m_session, &ProjectSession::projectOpened, this, &RecommendationsPage::requestReload);
    connect(m_session, &ProjectSession::dataChanged, this, &RecommendationsPage::requestReload);
    connect(m_session, &ProjectSession::countsChanged, this, &RecommendationsPage::updateState);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_evalWatcher.cancel();
        m_generateWatcher.cancel();
        ++m_dataGeneration;
        ++m_rulesGeneration;
        m_data.reset();
        m_rules.reset();
        m_baskets.reset();
        m_rulesStale = true;
        m_metricsModel->clear();
        m_rulesModel->clear();
        updateChart();
        updateState();
    });
    updateAlgorithm();
    if (m_session->isOpen())
        reload();
    else
        updateState();
}

RecommendationsPage::~RecommendationsPage()
{
    m_evalWatcher.cancel();
    m_generateWatcher.cancel();
    m_dataWatcher.cancel();
    m_rulesWatcher.cancel();
    m_evalWatcher.waitForFinished();
    m_generateWatcher.waitForFinished();
    m_dataWatcher.waitForFinished();
    m_rulesWatcher.waitForFinished();
}

QStringList RecommendationsPage::mainAlgorithms()
{
    QStringList main;
    const QStringList available = recommenderNames();
    for (const QString &algo : {QStringLiteral("popularity"), QStringLiteral("itemknn"), QStringLiteral("userknn"),
                                QStringLiteral("ease"), QStringLiteral("als"), QStringLiteral("bpr")}) {
        if (available.contains(algo))
            main.append(algo);
    }
    return main;
}

QString RecommendationsPage::algorithmLabel(const QString &algo)
{
    return recommenderLabel(algo);
}

QString RecommendationsPage::algorithmDescription(const QString &algo)
{
    if (algo == QLatin1String("popularity"))
        return tr("Recommends the products bought by the most customers, the same for everyone. The baseline every "
                  "other algorithm should beat.");
    if (algo == QLatin1String("itemknn"))
        return tr("Recommends products often bought by the same customers as the products this customer bought. "
                  "Easy to explain: \"because you bought X\".");
    if (algo == QLatin1String("userknn"))
        return tr("Finds the customers whose purchases look most like this customer's and recommends what they "
                  "bought.");
    if (algo == QLatin1String("ease"))
        return tr("A linear model that learns how every product predicts every other one. Often the most accurate on "
                  "catalogues up to some 20,000 products.");
    if (algo == QLatin1String("als"))
        return tr("Learns a small taste profile for every customer and product from purchases (implicit alternating "
                  "least squares). Scales to large catalogues.");
    if (algo == QLatin1String("bpr"))
        return tr("Learns taste profiles by ranking each customer's products above products they did not buy "
                  "(Bayesian personalized ranking).");
    if (algo == QLatin1String("mf"))
        return tr("Predicts rating values from ratings (biased matrix factorization); reports RMSE and MAE. Meant "
                  "for rating data such as stars.");
    if (algo == QLatin1String("content"))
        return tr("Recommends products of the categories and descriptions this customer bought most. Works for new "
                  "products nobody bought yet.");
    if (algo == QLatin1String("hybrid"))
        return tr("Blends the scores of two algorithms with a weight, for example EASE and ALS.");
    if (algo == QLatin1String("auto"))
        return tr("Picks EASE for catalogues up to 20,000 products and ALS above, with their default settings.");
    return QString();
}

QWidget *RecommendationsPage::createSettingsPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);

    auto *algorithmBox = new QGroupBox(tr("Algorithm"), panel);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    auto *formsLayout = new QVBoxLayout(m_parameterStack);
    formsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &algo : recommenderNames()) {
        m_algorithm->addItem(algorithmLabel(algo), algo);
        m_algorithm->setItemData(m_algorithm->count() - 1, algorithmDescription(algo), Qt::ToolTipRole);
        QWidget *form = createParameterForm(algo);
        m_parameterForms.insert(algo, form);
        formsLayout->addWidget(form);
        form->hide();
    }
    m_algorithm->setCurrentIndex(std::max(0, m_algorithm->findData(QStringLiteral("ease"))));
    m_algorithmDescription->setObjectName(QStringLiteral("algorithmDescriptionLabel"));
    m_algorithmDescription->setWordWrap(true);
    m_algorithmDescription->setForegroundRole(QPalette::PlaceholderText);
    m_parameterStack->setObjectName(QStringLiteral("parameterStack"));
    auto *algorithmLayout = new QVBoxLayout(algorithmBox);
    algorithmLayout->addWidget(m_algorithm);
    algorithmLayout->addWidget(m_algorithmDescription);
    algorithmLayout->addWidget(m_parameterStack);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &RecommendationsPage::updateAlgorithm);

    auto *evaluationBox = new QGroupBox(tr("Offline evaluation"), panel);
    m_randomSplit->setObjectName(QStringLiteral("randomSplitRadio"));
    m_randomSplit->setToolTip(tr("Per customer, a random share of the purchases is hidden from training; the "
                                 "algorithm should find them again."));
    m_randomSplit->setChecked(true);
    m_timeSplit->setObjectName(QStringLiteral("timeSplitRadio"));
    m_timeSplit->setToolTip(tr("Trains on the events before the date and tests on the events from it on, as if "
                               "the recommendations had been made on that day."));
    m_testFraction->setObjectName(QStringLiteral("testFractionSpin"));
    m_testFraction->setRange(0.05, 0.9);
    m_testFraction->setSingleStep(0.05);
    m_testFraction->setDecimals(2);
    m_testFraction->setValue(0.25);
    m_testFraction->setToolTip(tr("Share of each customer's events held out for testing."));
    m_seed->setObjectName(QStringLiteral("splitSeedSpin"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same seed gives the same split, so algorithms are compared on equal terms."));
    m_cutoff->setObjectName(QStringLiteral("cutoffDateEdit"));
    m_cutoff->setCalendarPopup(true);
    m_cutoff->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_cutoff->setEnabled(false);
    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(1, 100);
    m_k->setValue(10);
    m_k->setToolTip(tr("Length of the recommendation list that is scored (the k of precision@k)."));
    auto *randomRow = new QHBoxLayout;
    randomRow->setContentsMargins(20, 0, 0, 0);
    randomRow->addWidget(new QLabel(tr("Share:"), evaluationBox));
    randomRow->addWidget(m_testFraction);
    randomRow->addSpacing(8);
    randomRow->addWidget(new QLabel(tr("Seed:"), evaluationBox));
    randomRow->addWidget(m_seed);
    randomRow->addStretch();
    auto *timeRow = new QHBoxLayout;
    timeRow->setContentsMargins(20, 0, 0, 0);
    timeRow->addWidget(new QLabel(tr("Test from:"), evaluationBox));
    timeRow->addWidget(m_cutoff);
    timeRow->addStretch();
    auto *kRow = new QHBoxLayout;
    kRow->addWidget(new QLabel(tr("Top k:"), evaluationBox));
    kRow->addWidget(m_k);
    kRow->addStretch();
    connect(m_randomSplit, &QRadioButton::toggled, this, [this](bool on) {
        m_testFraction->setEnabled(on);
        m_seed->setEnabled(on);
        m_cutoff->setEnabled(!on);
    });
    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluateButton->setToolTip(tr("Train the selected algorithm on the training events and score it on the "
                                    "held-out ones"));
    m_evaluateAllButton->setObjectName(QStringLiteral("evaluateAllButton"));
    m_evaluateAllButton->setToolTip(tr("Evaluate %1 one after another, each with the parameters set for it")
                                        .arg([] {
                                            QStringList labels;
                                            for (const QString &algo : mainAlgorithms())
                                                labels.append(algorithmLabel(algo));
                                            return QLocale().createSeparatedList(labels);
                                        }()));
    connect(m_evaluateButton, &QPushButton::clicked, this, &RecommendationsPage::evaluateSelected);
    connect(m_evaluateAllButton, &QPushButton::clicked, this, &RecommendationsPage::evaluateAll);
    auto *evaluateButtons = new QHBoxLayout;
    evaluateButtons->addStretch();
    evaluateButtons->addWidget(m_evaluateAllButton);
    evaluateButtons->addWidget(m_evaluateButton);
    auto *evaluationLayout = new QVBoxLayout(evaluationBox);
    evaluationLayout->addWidget(m_randomSplit);
    evaluationLayout->addLayout(randomRow);
    evaluationLayout->addWidget(m_timeSplit);
    evaluationLayout->addLayout(timeRow);
    evaluationLayout->addLayout(kRow);
    evaluationLayout->addLayout(evaluateButtons);

    auto *generateBox = new QGroupBox(tr("Recommendations for every customer"), panel);
    m_topN->setObjectName(QStringLiteral("topNSpin"));
    m_topN->setRange(1, 100);
    m_topN->setValue(10);
    m_topN->setToolTip(tr("How many products to store per customer. Customer profiles show them and campaigns "
                          "use them as offers."));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setToolTip(tr("Train the selected algorithm on all events and store each customer's top N, "
                                    "replacing the stored recommendations"));
    connect(m_generateButton, &QPushButton::clicked, this, &RecommendationsPage::generateForAll);
    m_storedStatus->setObjectName(QStringLiteral("storedRecommendationsLabel"));
    m_storedStatus->setWordWrap(true);
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(new QLabel(tr("Products per customer:"), generateBox));
    topRow->addWidget(m_topN);
    topRow->addStretch();
    auto *generateLayout = new QVBoxLayout(generateBox);
    generateLayout->addLayout(topRow);
    generateLayout->addWidget(m_generateButton, 0, Qt::AlignRight);
    generateLayout->addWidget(m_storedStatus);

    m_progress->setObjectName(QStringLiteral("recommendProgress"));
    m_progress->setRange(0, PromiseReporter<int>::kSteps);
    m_progress->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelRecommendButton"));
    m_cancelButton->setToolTip(tr("Stop the running job; stored recommendations stay as they were"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_evalWatcher.cancel();
        m_generateWatcher.cancel();
        m_jobStatus->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    });
    m_jobStatus->setObjectName(QStringLiteral("recommendJobStatus"));
    m_jobStatus->setWordWrap(true);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    layout->addWidget(algorithmBox);
    layout->addWidget(evaluationBox);
    layout->addWidget(generateBox);
    layout->addLayout(progressRow);
    layout->addWidget(m_jobStatus);
    layout->addStretch();
    setBusy(false, QString());

    auto *scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->sizeHint().width() + 20);
    m_settingsScroll = scroll;
    return scroll;
}

QWidget *RecommendationsPage::createParameterForm(const QString &algo)
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    if (algo == QLatin1String("hybrid")) {
        const QStringList parts = recommenderNames();
        for (const char *key : {"a", "b"}) {
            auto *combo = new QComboBox(form);
            combo->setObjectName(QStringLiteral("param_hybrid_%1").arg(QLatin1String(key)));
            combo->setProperty("optionKey", QString::fromLatin1(key));
            for (const QString &part : parts) {
                if (part != QLatin1String("hybrid") && part != QLatin1String("auto"))
                    combo->addItem(algorithmLabel(part), part);
            }
            combo->setCurrentIndex(std::max(0, combo->findData(key[0] == 'a' ? QStringLiteral("ease")
                                                                           : QStringLiteral("als"))));
            combo->setToolTip(tr("Blended algorithm; it uses its default settings."));
            layout->addRow(key[0] == 'a' ? tr("First model:") : tr("Second model:"), combo);
        }
    }
    for (const ParameterSpec &spec : kParameters) {
        if (algo != QLatin1String(spec.algo))
            continue;
        QWidget *field = nullptr;
        if (spec.integer) {
            auto *spin = new QSpinBox(form);
            spin->setRange(int(spec.minimum), int(spec.maximum));
            spin->setSingleStep(int(spec.step));
            spin->setValue(int(spec.value));
            field = spin;
        } else {
            auto *spin = new QDoubleSpinBox(form);
            spin->setDecimals(spec.decimals);
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSingleStep(spec.step);
            spin->setValue(spec.value);
            field = spin;
        }
        field->setObjectName(QStringLiteral("param_%1_%2").arg(QLatin1String(spec.algo), QLatin1String(spec.key)));
        field->setProperty("optionKey", QString::fromLatin1(spec.key));
        field->setToolTip(tr(spec.toolTip));
        field->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000.000")));
        layout->addRow(tr(spec.label), field);
    }
    if (layout->rowCount() == 0)
        layout->addRow(hintLabel(tr("No parameters to set."), form));
    return form;
}

QWidget *RecommendationsPage::createResultsPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    auto *heading = new QLabel(tr("Evaluated algorithms"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_metricsTable->setObjectName(QStringLiteral("metricsTable"));
    m_metricsTable->setModel(m_metricsModel);
    m_metricsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_metricsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsTable->setAlternatingRowColors(true);
    m_metricsTable->setWordWrap(false);
    m_metricsTable->verticalHeader()->hide();
    m_metricsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_metricsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_metricsTable->horizontalHeader()->setStretchLastSection(true);
    m_metricsTable->resizeColumnsToContents();
    m_metricsTable->horizontalHeader()->setMinimumSectionSize(60);
    m_chart->setObjectName(QStringLiteral("metricsChart"));
    layout->addWidget(heading);
    layout->addWidget(hintLabel(tr("Each algorithm is trained on the training events and asked for its top k for "
                                   "every test customer; the scores count how many held-out events it found. "
                                   "Evaluating an algorithm again replaces its row."), panel));
    layout->addWidget(m_metricsTable, 2);
    layout->addWidget(m_chart, 3);
    return panel;
}

QWidget *RecommendationsPage::createRulesTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(hintLabel(tr("Products that are often in the same order, mined from all orders (association "
                                   "rules). Use them for cross-selling on a product page or in a basket reminder."),
                                tab));
    m_productSearch->setObjectName(QStringLiteral("productSearchEdit"));
    m_productSearch->setPlaceholderText(tr("Type a product name or SKU…"));
    m_productSearch->setClearButtonEnabled(true);
    m_productSearch->setEnabled(false);
    m_completer->setModel(m_productList);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_productSearch->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RecommendationsPage::lookUpProduct);
    connect(m_productSearch, &QLineEdit::returnPressed, this, &RecommendationsPage::lookUpProduct);
    auto *showButton = new QPushButton(tr("Show"), tab);
    showButton->setObjectName(QStringLiteral("showRulesButton"));
    showButton->setEnabled(false);
    connect(showButton, &QPushButton::clicked, this, &RecommendationsPage::lookUpProduct);
    connect(m_productSearch, &QLineEdit::textChanged, showButton,
            [this, showButton](const QString &text) { showButton->setEnabled(m_rules && !text.trimmed().isEmpty()); });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(new QLabel(tr("Product:"), tab));
    searchRow->addWidget(m_productSearch, 1);
    searchRow->addWidget(showButton);
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_rulesStatus->setWordWrap(true);
    m_rulesTable->setObjectName(QStringLiteral("rulesTable"));
    m_rulesTable->setModel(m_rulesModel);
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->setAlternatingRowColors(true);
    m_rulesTable->setWordWrap(false);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rulesTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(RecommendRulesModel::ProductColumn, QHeaderView::Stretch);
    layout->addLayout(searchRow);
    layout->addWidget(m_rulesStatus);
    layout->addWidget(m_rulesTable, 1);
    return tab;
}

void RecommendationsPage::updateAlgorithm()
{
    const QString algo = m_algorithm->currentData().toString();
    m_algorithmDescription->setText(algorithmDescription(algo));
    // Only the current algorithm's form takes space.
    for (auto it = m_parameterForms.cbegin(); it != m_parameterForms.cend(); ++it)
        it.value()->setVisible(it.key() == algo);
    // The horizontal scroll bar is off: widen the panel when a form needs more room
    // (the hybrid's two model choices are long, in Chinese especially), never narrow it.
    if (m_settingsScroll) {
        if (QWidget *panel = m_settingsScroll->widget()) {
            const int needed = panel->minimumSizeHint().width() + 20;
            if (needed > m_settingsScroll->minimumWidth())
                m_settingsScroll->setMinimumWidth(needed);
        }
    }
}

bool RecommendationsPage::selectAlgorithm(const QString &algo)
{
    const int index = m_algorithm->findData(algo);
    if (index < 0)
        return false;
    m_algorithm->setCurrentIndex(index);
    return true;
}

QVariantMap RecommendationsPage::options(const QString &algo) const
{
    QVariantMap options;
    QWidget *form = m_parameterForms.value(algo);
    if (!form)
        return options;
    for (QWidget *field : form->findChildren<QWidget *>()) {
        const QString key = field->property("optionKey").toString();
        if (key.isEmpty())
            continue;
        if (auto *spin = qobject_cast<QSpinBox *>(field))
            options.insert(key, spin->value());
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(field))
            options.insert(key, spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            options.insert(key, combo->currentData().toString());
    }
    return options;
}

void RecommendationsPage::requestReload()
{
    if (isVisible()) {
        reload();
        return;
    }
    m_data.reset();
    ++m_dataGeneration; // a load still running is stale
    m_reloadPending = true;
}

void RecommendationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadPending)
        reload();
}

void RecommendationsPage::reload()
{
    m_reloadPending = false;
    if (!m_session->isOpen())
        return;
    m_data.reset();
    m_rulesStale = true;
    const quint64 generation = ++m_dataGeneration;
    const QString path = m_session->path();
    m_dataLabel->setText(tr("Loading the project's purchases and ratings…"));
    m_dataWatcher.setFuture(QtConcurrent::run([path, generation](QPromise<DataOutcome> &promise) {
        PromiseReporter<DataOutcome> reporter(promise);
        DataOutcome outcome;
        outcome.generation = generation;
        Database db; // this job's own connection
        if (!db.open(path, Database::OpenMode::ReadOnly)) {
            outcome.error = db.errorString();
            promise.addResult(outcome);
            return;
        }
        QString error;
        std::optional<InteractionData> data = InteractionData::load(db, InteractionData::Source::Auto, reporter,
                                                                    &error);
        if (!data) {
            outcome.error = error;
            promise.addResult(outcome);
            return;
        }
        for (const Interaction &event : data->events) {
            if (event.time <= 0)
                continue;
            outcome.firstTime = outcome.firstTime == 0 ? event.time : std::min(outcome.firstTime, event.time);
            outcome.lastTime = std::max(outcome.lastTime, event.time);
        }
        outcome.data = std::make_shared<const InteractionData>(std::move(*data));
        if (const std::optional<StoredSummary> stored = RecommendationStore::latestSummary(db)) {
            const QLocale locale;
            const QDateTime when = QDateTime::fromString(stored->createdAt, Qt::ISODate).toLocalTime();
            outcome.storedSummary = RecommendationsPage::tr(
                "Stored: up to %1 products for each of %2 customers (%3 rows), computed with %4 on %5.")
                                        .arg(locale.toString(stored->perCustomer), locale.toString(stored->customers),
                                             locale.toString(stored->rows), RecommendationsPage::algorithmLabel(stored->algo),
                                             locale.toString(when, QLocale::ShortFormat));
        }
        promise.addResult(outcome);
    }));
    updateState();
}

void RecommendationsPage::onDataLoaded()
{
    if (m_dataWatcher.isCanceled() || m_dataWatcher.future().resultCount() == 0)
        return;
    const DataOutcome outcome = m_dataWatcher.result();
    if (outcome.generation != m_dataGeneration)
        return;
    if (!outcome.data) {
        m_dataLabel->setText(tr("The purchases could not be read: %1").arg(outcome.error));
        updateState();
        return;
    }
    m_data = outcome.data;
    const QLocale locale;
    const InteractionData &data = *m_data;
    QString text = data.hasRatings()
        ? tr("Learning from %1 ratings by %2 customers of %3 products")
        : tr("Learning from %1 purchases by %2 customers of %3 products");
    text = text.arg(locale.toString(qint64(data.events.size())), locale.toString(data.userCount()),
                    locale.toString(data.itemCount()));
    if (outcome.lastTime > 0) {
        text = tr("%1, %2 to %3.").arg(text, dateText(outcome.firstTime), dateText(outcome.lastTime));
        const QDate first = QDateTime::fromSecsSinceEpoch(outcome.firstTime, QTimeZone::utc()).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(outcome.lastTime, QTimeZone::utc()).date();
        m_cutoff->setDateRange(first.addDays(1), last);
        // Test on the last fifth of the period by default.
        m_cutoff->setDate(first.addDays(qint64(first.daysTo(last) * 0.8)));
        m_timeSplit->setEnabled(true);
    } else {
        text += QLatin1Char('.');
        m_timeSplit->setEnabled(false);
        m_timeSplit->setToolTip(tr("The events have no dates."));
        m_randomSplit->setChecked(true);
    }
    m_dataLabel->setText(text);
    m_storedStatus->setText(outcome.storedSummary.isEmpty()
                                ? tr("Nothing stored yet. Generate to fill customer profiles and campaign offers.")
                                : outcome.storedSummary);
    if (m_tabs->currentIndex() == 1 && m_rulesStale)
        startRules();
    updateState();
}

void RecommendationsPage::updateState()
{
    if (!m_session->isOpen()) {
        m_empty->setMessage(tr("Open or create a project to get recommendations."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const ProjectCounts counts = m_session->counts();
    const bool hasEvents = m_data ? !m_data->events.empty() : (counts.orderLines + counts.ratings > 0
                                                               || m_dataWatcher.isRunning());
    if (!hasEvents) {
        m_empty->setMessage(tr("Import orders or ratings to get recommendations. Tailor learns from what each "
                               "customer bought or rated which products to offer them next."));
        m_stack->setCurrentIndex(0);
    } else {
        m_stack->setCurrentIndex(1);
    }
    const bool ready = m_data && !m_data->events.empty() && !isBusy();
    m_evaluateButton->setEnabled(ready);
    m_evaluateAllButton->setEnabled(ready);
    m_generateButton->setEnabled(ready);
}

bool RecommendationsPage::isBusy() const
{
    return m_busy;
}

void RecommendationsPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy; // until the job's finished() is handled, not only until its thread ends
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
    m_jobStatus->setText(status);
    m_algorithm->setEnabled(!busy);
    m_parameterStack->setEnabled(!busy);
    const bool ready = !busy && m_data && !m_data->events.empty();
    m_evaluateButton->setEnabled(ready);
    m_evaluateAllButton->setEnabled(ready);
    m_generateButton->setEnabled(ready);
}

QString RecommendationsPage::splitDescription() const
{
    const QLocale locale;
    if (m_randomSplit->isChecked())
        return tr("%1 % of each customer's events held out (seed %2), k = %3")
            .arg(locale.toString(m_testFraction->value() * 100, 'f', 0)).arg(m_seed->value()).arg(m_k->value());
    return tr("events from %1 on held out, k = %2").arg(m_cutoff->date().toString(Qt::ISODate)).arg(m_k->value());
}

void RecommendationsPage::evaluateSelected()
{
    startEvaluation({m_algorithm->currentData().toString()});
}

void RecommendationsPage::evaluateAll()
{
    startEvaluation(mainAlgorithms());
}

void RecommendationsPage::startEvaluation(const QStringList &algos)
{
    if (!m_data || m_data->events.empty() || isBusy() || algos.isEmpty())
        return;
    struct Job
    {
        QString algo;
        QVariantMap options;
        QString settings;
    };
    QList<Job> jobs;
    for (const QString &algo : algos) {
        const QVariantMap options = this->options(algo);
        QStringList parts;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            parts.append(QStringLiteral("%1 = %2").arg(it.key(), it.value().toString()));
        const QString settings = parts.isEmpty()
            ? tr("%1; %2").arg(algorithmLabel(algo), splitDescription())
            : tr("%1 (%2); %3").arg(algorithmLabel(algo), parts.join(QStringLiteral(", ")), splitDescription());
        jobs.append({algo, options, settings});
    }
    m_evalQueue = algos;
    m_evalErrors.clear();
    const bool random = m_randomSplit->isChecked();
    const double fraction = m_testFraction->value();
    const quint64 seed = quint64(m_seed->value());
    const qint64 cutoff = QDateTime(m_cutoff->date(), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const int k = m_k->value();
    std::shared_ptr<const InteractionData> data = m_data;
    setBusy(true, algos.size() == 1 ? tr("Evaluating %1…").arg(algorithmLabel(algos.first()))
                                    : tr("Evaluating %1 (1 of %2)…").arg(algorithmLabel(algos.first())).arg(algos.size()));
    m_evalWatcher.setFuture(QtConcurrent::run([jobs, data, random, fraction, seed, cutoff, k](
                                                  QPromise<EvalOutcome> &promise) {
        const DataSplit split = random ? DataSplit::userRandom(*data, fraction, seed) : DataSplit::byTime(*data, cutoff);
        for (const Job &job : jobs) {
            if (promise.isCanceled())
                return;
            PromiseReporter<EvalOutcome> reporter(promise);
            EvalOutcome outcome;
            outcome.algo = job.algo;
            outcome.settings = job.settings;
            std::unique_ptr<Recommender> model = createRecommender(job.algo, job.options);
            if (!model) {
                outcome.error = RecommendationsPage::tr("Unknown algorithm \"%1\".").arg(job.algo);
            } else {
                outcome.result = Evaluator::evaluate(*model, *data, split, k, reporter, &outcome.error);
                if (!outcome.result && outcome.error.isEmpty())
                    return; // cancelled
            }
            promise.addResult(outcome);
        }
    }));
}

void RecommendationsPage::onEvaluationResult(int index)
{
    const EvalOutcome outcome = m_evalWatcher.resultAt(index);
    if (outcome.result) {
        const int row = m_metricsModel->addOrReplace({outcome.algo, algorithmLabel(outcome.algo), outcome.settings,
                                                      *outcome.result});
        m_metricsTable->selectRow(row);
        // Numbers at their full width; long algorithm names are elided (the tooltip has the settings).
        m_metricsTable->resizeColumnsToContents();
        const int nameWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16;
        if (m_metricsTable->columnWidth(RecommendMetricsModel::AlgorithmColumn) > nameWidth)
            m_metricsTable->setColumnWidth(RecommendMetricsModel::AlgorithmColumn, nameWidth);
        updateChart();
    } else {
        m_evalErrors.append(tr("%1: %2").arg(algorithmLabel(outcome.algo), outcome.error));
    }
    const int next = index + 1;
    if (next < m_evalQueue.size()) {
        m_progress->setValue(0);
        m_jobStatus->setText(tr("Evaluating %1 (%2 of %3)…")
                                 .arg(algorithmLabel(m_evalQueue.at(next))).arg(next + 1).arg(m_evalQueue.size()));
    }
}

void RecommendationsPage::onEvaluationFinished()
{
    const bool cancelled = m_evalWatcher.isCanceled();
    const int done = m_evalWatcher.future().resultCount();
    QString status;
    if (cancelled)
        status = done == 1 ? tr("Evaluation cancelled after one algorithm.")
                           : tr("Evaluation cancelled after %L1 algorithms.").arg(done);
    else if (m_evalErrors.isEmpty())
        status = done == 1 ? tr("Evaluated one algorithm. Hover over its name to see the settings used.")
                           : tr("Evaluated %L1 algorithms. Hover over a name to see the settings used.").arg(done);
    else
        status = tr("Evaluation finished with errors.");
    setBusy(false, status);
    m_evalQueue.clear();
    if (!m_evalErrors.isEmpty() && !cancelled)
        QMessageBox::critical(this, tr("Evaluation failed"), m_evalErrors.join(QLatin1Char('\n')));
}

void RecommendationsPage::updateChart()
{
    QList<MetricsBarChart::Entry> entries;
    int k = -1;
    for (const RecommendMetricsModel::Row &row : m_metricsModel->rows()) {
        const EvaluationResult &r = row.result;
        entries.append({row.label, {r.precision, r.recall, r.ndcg, r.map, r.hitRate}});
        k = k == -1 || k == r.k ? r.k : 0;
    }
    m_chart->setEntries(entries, std::max(0, k));
}

void RecommendationsPage::generateForAll()
{
    if (!m_data || m_data->events.empty() || isBusy())
        return;
    const QString algo = m_algorithm->currentData().toString();
    const QVariantMap options = this->options(algo);
    const int n = m_topN->value();
    const QString path = m_session->path();
    setBusy(true, tr("Training %1 on all events and ranking every customer…").arg(algorithmLabel(algo)));
    m_generateWatcher.setFuture(QtConcurrent::run([path, algo, options, n](QPromise<GenerateOutcome> &promise) {
        PromiseReporter<GenerateOutcome> reporter(promise);
        GenerateOutcome outcome;
        outcome.algo = algo;
        Database db; // this job's own connection
        if (!db.open(path, Database::OpenMode::ReadWrite)) {
            outcome.error = db.errorString();
        } else {
            outcome.result = RecommendationStore::generate(db, algo, options, n, reporter, &outcome.error);
            if (!outcome.result && outcome.error.isEmpty())
                return; // cancelled: the table is as it was
        }
        promise.addResult(outcome);
    }));
}

void RecommendationsPage::onGenerateFinished()
{
    if (m_generateWatcher.isCanceled() || m_generateWatcher.future().resultCount() == 0) {
        setBusy(false, tr("Generation cancelled. The stored recommendations are unchanged."));
        return;
    }
    const GenerateOutcome outcome = m_generateWatcher.result();
    if (!outcome.result) {
        setBusy(false, tr("Generation failed."));
        QMessageBox::critical(this, tr("Recommendations not generated"), outcome.error);
        return;
    }
    const GenerateResult &result = *outcome.result;
    const QLocale locale;
    setBusy(false, tr("Stored %1 recommendations for %2 customers with %3 in %4 s (training %5 s).")
                       .arg(locale.toString(result.rows), locale.toString(result.customers),
                            algorithmLabel(outcome.algo), locale.toString(result.seconds, 'f', 1),
                            locale.toString(result.fitSeconds, 'f', 1)));
    m_storedStatus->setText(tr("Stored: up to %1 products for each of %2 customers (%3 rows), computed with %4 on %5.")
                                .arg(locale.toString(m_topN->value()), locale.toString(result.customers),
                                     locale.toString(result.rows), algorithmLabel(outcome.algo),
                                     locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    emit recommendationsGenerated(result);
    m_session->notifyDataChanged(); // profiles and campaigns read the stored lists
}

void RecommendationsPage::startRules()
{
    if (!m_session->isOpen() || m_rulesWatcher.isRunning())
        return;
    m_rulesStale = false;
    m_rules.reset();
    m_baskets.reset();
    m_productSearch->setEnabled(false);
    m_rulesModel->clear();
    m_rulesStatus->setText(tr("Finding products bought together in all orders…"));
    const quint64 generation = ++m_rulesGeneration;
    const QString path = m_session->path();
    m_rulesWatcher.setFuture(QtConcurrent::run([path, generation](QPromise<RulesOutcome> &promise) {
        PromiseReporter<RulesOutcome> reporter(promise);
        RulesOutcome outcome;
        outcome.generation = generation;
        Database db; // this job's own connection
        if (!db.open(path, Database::OpenMode::ReadOnly)) {
            outcome.error = db.errorString();
            promise.addResult(outcome);
            return;
        }
        std::optional<AssociationRules::Baskets> baskets = AssociationRules::basketsFromDatabase(db, reporter,
                                                                                                 &outcome.error);
        if (!baskets) {
            if (!outcome.error.isEmpty())
                promise.addResult(outcome);
            return;
        }
        auto rules = std::make_shared<AssociationRules>();
        if (!baskets->baskets.empty()) {
            AssociationRules::Options options;
            options.minSupport = std::min(1.0, std::max(kRuleMinSupport,
                                                        double(kRuleMinBaskets) / double(baskets->baskets.size())));
            options.minConfidence = kRuleMinConfidence;
            if (!rules->mine(baskets->baskets, int(baskets->skus.size()), options, reporter, &outcome.error)) {
                if (!outcome.error.isEmpty())
                    promise.addResult(outcome);
                return;
            }
        }
        outcome.rules = rules;
        outcome.baskets = std::make_shared<const AssociationRules::Baskets>(std::move(*baskets));
        promise.addResult(outcome);
    }));
}

void RecommendationsPage::onRulesLoaded()
{
    if (m_rulesWatcher.isCanceled() || m_rulesWatcher.future().resultCount() == 0)
        return;
    const RulesOutcome outcome = m_rulesWatcher.result();
    if (outcome.generation != m_rulesGeneration)
        return;
    if (!outcome.rules) {
        m_rulesStale = true;
        m_rulesStatus->setText(tr("The orders could not be read: %1").arg(outcome.error));
        return;
    }
    m_rules = outcome.rules;
    m_baskets = outcome.baskets;
    // Completions: "name (SKU)", most often bought first.
    const int items = int(m_baskets->skus.size());
    std::vector<int> order(static_cast<size_t>(items));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_rules->itemSupport(a) > m_rules->itemSupport(b); });
    QStringList completions;
    completions.reserve(items);
    m_productIndex.clear();
    for (int item : order) {
        const QString sku = m_baskets->skus.at(item);
        const QString name = m_baskets->names.value(item).trimmed();
        const QString text = name.isEmpty() ? sku : tr("%1 (%2)").arg(name, sku);
        completions.append(text);
        m_productIndex.insert(text.toLower(), item);
        m_productIndex.insert(sku.toLower(), item);
        if (!name.isEmpty() && !m_productIndex.contains(name.toLower()))
            m_productIndex.insert(name.toLower(), item);
    }
    m_productList->setStringList(completions);
    m_productSearch->setEnabled(true);
    m_rulesStatus->setText(tr("%1 rules from %2 orders. Type a product to see what is bought with it.")
                               .arg(QLocale().toString(m_rules->ruleCount()),
                                    QLocale().toString(m_rules->basketCount())));
    if (!m_pendingSku.isEmpty()) {
        m_productSearch->setText(std::exchange(m_pendingSku, QString()));
        lookUpProduct();
    } else if (!m_productSearch->text().trimmed().isEmpty()) {
        lookUpProduct();
    }
}

void RecommendationsPage::showFrequentlyBoughtTogether(const QString &sku)
{
    m_tabs->setCurrentIndex(1);
    if (!m_rules) {
        m_pendingSku = sku;
        if (m_rulesStale)
            startRules();
        return;
    }
    m_productSearch->setText(sku);
    lookUpProduct();
}

void RecommendationsPage::lookUpProduct()
{
    if (!m_rules || !m_baskets)
        return;
    const QString text = m_productSearch->text().trimmed();
    if (text.isEmpty())
        return;
    int item = m_productIndex.value(text.toLower(), -1);
    if (item < 0) {
        // The most popular product whose name or SKU contains the text.
        const QStringList matches = m_productList->stringList().filter(text, Qt::CaseInsensitive);
        if (!matches.isEmpty())
            item = m_productIndex.value(matches.first().toLower(), -1);
    }
    if (item < 0) {
        m_rulesModel->clear();
        m_rulesStatus->setText(tr("No product matches \"%1\".").arg(text));
        return;
    }
    const QString sku = m_baskets->skus.at(item);
    const QString name = m_baskets->names.value(item).trimmed();
    const QString product = name.isEmpty() ? sku : tr("%1 (%2)").arg(name, sku);
    const std::vector<AssociationRules::Suggestion> suggestions = m_rules->rulesFor(item, kRulesShown);
    m_rulesModel->setSuggestions(suggestions, m_baskets->names, m_baskets->skus);
    const QLocale locale;
    const double support = m_rules->itemSupport(item);
    const QString share = tr("%1 is in %2 % of the orders.")
                              .arg(product, locale.toString(support * 100.0, 'f', support < 0.01 ? 2 : 1));
    if (suggestions.empty())
        m_rulesStatus->setText(tr("%1 No product is bought with it often enough (in at least %2 % of the orders "
                                  "that hold it).").arg(share, locale.toString(kRuleMinConfidence * 100.0, 'f', 0)));
    else
        m_rulesStatus->setText(tr("%1 Customers who bought it also bought:").arg(share));
}
