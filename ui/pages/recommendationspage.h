#pragma once

#include "recommend/associationrules.h"
#include "recommend/evaluator.h"
#include "recommend/interactiondata.h"
#include "recommend/recommendationstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class EmptyStatePage;
class MetricsBarChart;
class ProjectSession;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTableView;
class RecommendMetricsModel;
class RecommendRulesModel;

/**
 * The Recommendations page. The user picks an algorithm and its parameters,
 * evaluates it offline on a split of the project's purchases or ratings (a
 * metrics table and a grouped bar chart compare the algorithms evaluated),
 * generates the top N for every customer (stored in the project for profiles
 * and campaigns), and looks up "frequently bought together" products.
 *
 * The project's events are loaded once in the background (again after the
 * data changed) and shared read-only by the evaluation jobs; every job opens
 * its own connection. One evaluation or generation runs at a time, with
 * progress and Cancel.
 */
class RecommendationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~RecommendationsPage() override;

    /** The algorithms "Evaluate all" runs, in order (those of recommenderNames() that exist). */
    static QStringList mainAlgorithms();
    /** A friendly label and an explanation of an --algo name. */
    static QString algorithmLabel(const QString &algo);
    static QString algorithmDescription(const QString &algo);

    /** Selects @p algo in the algorithm list; false when unknown. */
    bool selectAlgorithm(const QString &algo);
    /** The chosen algorithm's parameters as createRecommender() options. */
    QVariantMap options(const QString &algo) const;

    /** Evaluates the selected algorithm, or every main one, with the current settings. */
    void evaluateSelected();
    void evaluateAll();
    /** Generates and stores the top N for all customers with the selected algorithm. */
    void generateForAll();
    /** Opens "Frequently bought together" for the product with @p sku. */
    void showFrequentlyBoughtTogether(const QString &sku);

    /** True while an evaluation or generation runs. */
    bool isBusy() const;
    bool isDataLoaded() const { return bool(m_data); }
    bool areRulesReady() const { return bool(m_rules); }
    RecommendMetricsModel *metricsModel() const { return m_metricsModel; }
    MetricsBarChart *chart() const { return m_chart; }

signals:
    /** Recommendations were stored for all customers. */
    void recommendationsGenerated(const GenerateResult &result);
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct DataOutcome
    {
        quint64 generation = 0;
        std::shared_ptr<const InteractionData> data;
        qint64 firstTime = 0;
        qint64 lastTime = 0;
        QString storedSummary;
        QString error;
    };
    struct EvalOutcome
    {
        QString algo;
        QString settings;
        std::optional<EvaluationResult> result;
        QString error;
    };
    struct GenerateOutcome
    {
        QString algo;
        std::optional<GenerateResult> result;
        QString error;
    };
    struct RulesOutcome
    {
        quint64 generation = 0;
        std::shared_ptr<const AssociationRules> rules;
        std::shared_ptr<const AssociationRules::Baskets> baskets;
        QString error;
    };

    QWidget *createSettingsPanel();
    QWidget *createResultsPanel();
    QWidget *createRulesTab();
    QWidget *createParameterForm(const QString &algo);
    void reload();
    /** Reloads now when the page is visible, otherwise when it is next shown. */
    void requestReload();
    void onDataLoaded();
    void updateState();
    void updateAlgorithm();
    void startEvaluation(const QStringList &algos);
    void onEvaluationResult(int index);
    void onEvaluationFinished();
    void onGenerateFinished();
    void setBusy(bool busy, const QString &status);
    QString splitDescription() const;
    void startRules();
    void onRulesLoaded();
    void lookUpProduct();
    void updateChart();

    ProjectSession *m_session;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QTabWidget *m_tabs;
    QLabel *m_dataLabel;

    QComboBox *m_algorithm;
    QLabel *m_algorithmDescription;
    QWidget *m_parameterStack;   ///< holds one parameter form per algorithm; only the current one is shown
    QScrollArea *m_settingsScroll = nullptr; ///< around the settings panel
    QHash<QString, QWidget *> m_parameterForms;
    QRadioButton *m_randomSplit;
    QRadioButton *m_timeSplit;
    QDoubleSpinBox *m_testFraction;
    QSpinBox *m_seed;
    QDateEdit *m_cutoff;
    QSpinBox *m_k;
    QPushButton *m_evaluateButton;
    QPushButton *m_evaluateAllButton;
    QSpinBox *m_topN;
    QPushButton *m_generateButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_jobStatus;
    QLabel *m_storedStatus;

    RecommendMetricsModel *m_metricsModel;
    QTableView *m_metricsTable;
    MetricsBarChart *m_chart;

    QLineEdit *m_productSearch;
    QCompleter *m_completer;
    QStringListModel *m_productList;
    QLabel *m_rulesStatus;
    RecommendRulesModel *m_rulesModel;
    QTableView *m_rulesTable;

    QFutureWatcher<DataOutcome> m_dataWatcher;
    QFutureWatcher<EvalOutcome> m_evalWatcher;
    QFutureWatcher<GenerateOutcome> m_generateWatcher;
    QFutureWatcher<RulesOutcome> m_rulesWatcher;
    quint64 m_dataGeneration = 0;
    quint64 m_rulesGeneration = 0;
    bool m_rulesStale = true;
    bool m_reloadPending = false;
    bool m_busy = false;
    QStringList m_evalQueue;     ///< algorithms of the running evaluation, in order
    QStringList m_evalErrors;
    std::shared_ptr<const InteractionData> m_data;
    std::shared_ptr<const AssociationRules> m_rules;
    std::shared_ptr<const AssociationRules::Baskets> m_baskets;
    QHash<QString, int> m_productIndex; ///< completer text and sku -> item index
    QString m_pendingSku;
};
