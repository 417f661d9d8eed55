#pragma once

#include "segments/clv.h"
#include "segments/kmeanssegmentation.h"
#include "segments/rfm.h"
#include "segments/segmentrule.h"

#include <QFutureWatcher>
#include <QWizard>

class QDateEdit;
class QSpinBox;
class QTabWidget;
class ClusterScatterChart;
class KSelectionChart;
class QDoubleSpinBox;
class QRadioButton;
class QComboBox;
class QLineEdit;
class QVBoxLayout;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QChartView;
class RfmHeatmap;
class SegmentSummaryModel;

/**
 * Segmentation wizard: choose the method and its options, run it in the
 * background with progress and Cancel, look at the results (segment sizes, the
 * RFM heat map, per-segment averages) and save them as named segments.
 */
class SegmentationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MethodPageId, OptionsPageId, ResultsPageId };
    enum class Method { Rfm, LifetimeValue, Rule, KMeans };

    /** What one run produced: the result of the chosen method. */
    struct Outcome
    {
        Method method = Method::Rfm;
        RfmResult rfm;
        ClvResult clv;
        KMeansSegmentationResult kmeans;
        QString ruleName;
        QString ruleExpression;
        QList<qint64> ruleMembers;
        double ruleAverageRevenue = 0;
        double ruleAverageOrders = 0;
        QString error;
        bool cancelled = false;
    };

    explicit SegmentationWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~SegmentationWizard() override;

    /** The last computed RFM result (empty until an RFM run finished). */
    const RfmResult &rfmResult() const { return m_outcome.rfm; }
    /** The last computed lifetime-value result (empty until such a run finished). */
    const ClvResult &clvResult() const { return m_outcome.clv; }
    /** The last computed k-means result (empty until such a run finished). */
    const KMeansSegmentationResult &kmeansResult() const { return m_outcome.kmeans; }
    Method method() const;
    /** The rule text built from the condition rows (Rule method). */
    QString ruleExpression() const;
    /** Adds a condition row to the rule builder; returns its index. */
    int addCondition(const QString &field = QString(), const QString &op = QString(), const QString &value = QString());
    bool isRunning() const { return m_runWatcher.isRunning() || m_saveWatcher.isRunning(); }

    void done(int result) override;

signals:
    /** Segments were saved to the project. */
    void segmentsSaved(int count);

private:
    friend class SegmentResultsPage;
    void startRun();
    void onRunFinished();
    void startSave();
    void onSaveFinished();

    bool hasResult() const;
    void showRfm();
    void showClv();
    void showRule();
    void showKMeans();
    QStringList checkedFeatures() const;
    void updateRulePreview();
    void setSizesChart(const QList<QPair<QString, qint64>> &sizes);

    QString m_projectPath;
    Outcome m_outcome;
    bool m_saved = false;
    QFutureWatcher<Outcome> m_runWatcher;
    QFutureWatcher<QString> m_saveWatcher;

    // Method and options
    QRadioButton *m_rfmRadio;
    QRadioButton *m_clvRadio;
    QRadioButton *m_ruleRadio;
    QRadioButton *m_kmeansRadio;
    QWidget *m_rfmOptions;
    QWidget *m_clvOptions;
    QWidget *m_ruleOptions;
    QWidget *m_kmeansOptions;
    QList<QCheckBox *> m_featureChecks;
    QCheckBox *m_autoK;
    QSpinBox *m_clusterCount;
    QLabel *m_featureHint;
    QLineEdit *m_ruleName;
    QComboBox *m_ruleMatch;
    QVBoxLayout *m_conditionRows;
    QLabel *m_rulePreview;
    struct ConditionRow
    {
        QWidget *row;
        QComboBox *field;
        QComboBox *op;
        QLineEdit *value;
    };
    QList<ConditionRow> m_conditions;
    QCheckBox *m_autoReference;
    QDateEdit *m_referenceDate;
    QDoubleSpinBox *m_penalizer;
    // Results
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QChartView *m_sizesChart;
    RfmHeatmap *m_heatmap;
    ClusterScatterChart *m_scatter;
    KSelectionChart *m_kChart;
    QTabWidget *m_kmeansTabs;
    QTableView *m_summaryTable;
    SegmentSummaryModel *m_summaryModel;
};
