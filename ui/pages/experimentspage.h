#pragma once

#include "experiments/experimentanalysis.h"
#include "experiments/experimentstore.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class EmptyStatePage;
class ExperimentArmChart;
class ExperimentListModel;
class ExperimentLiftChart;
class ExperimentResultsModel;
class ProjectSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

/**
 * The Experiments page: the project's experiments on the left; on the right
 * the selected one's analysis (metric, control, correction, CUPED covariate),
 * run in the background: warnings banner, verdicts, a results table per arm
 * and comparison, and charts (rate per arm with confidence intervals, lift
 * distribution). "Design experiment…" opens the design wizard; "Export
 * assignments…" writes customer_key,arm as CSV.
 */
class ExperimentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ExperimentsPage() override;

    QTableView *experimentTable() const { return m_list; }
    QTableView *resultsTable() const { return m_results; }
    /** Selects the experiment @p name in the list once it is loaded. */
    void selectExperiment(const QString &name);
    /** The selected experiment's name, or empty. */
    QString currentExperiment() const;
    /** The last finished analysis (ok == false before the first). */
    const AnalysisResult &lastResult() const { return m_result; }
    bool isAnalyzing() const { return m_analysisWatcher.isRunning(); }

    /** Opens the experiment design wizard (needs an open project). */
    void startDesign();
    /** Analyses the selected experiment with the chosen options, in the background. */
    void analyze();
    /** Writes the selected experiment's assignments to @p path (CSV) in the background. */
    void exportAssignments(const QString &path);

signals:
    /** The user wants to import data (an experiment file). */
    void importRequested();
    void experimentsLoaded(int count);
    void analysisFinished(bool ok);
    void assignmentsExported(qint64 rows, const QString &path);

private:
    struct ListOutcome
    {
        QVector<ExperimentInfo> experiments;
        QString error;
    };
    struct ExportOutcome
    {
        qint64 rows = -1;
        QString path;
        QString error;
    };

    void reload();
    void onListLoaded();
    void updateState();
    void showSelected();
    void onAnalysisFinished();
    void chooseExportFile();
    void onExportFinished();
    void showResult(const AnalysisResult &result);
    void clearResult(const QString &hint);
    void setBanner(const AnalysisResult &result);

    ProjectSession *m_session;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QWidget *m_content;
    ExperimentListModel *m_listModel;
    QTableView *m_list;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    QLabel *m_detailTitle;
    QLabel *m_detailInfo;
    QComboBox *m_metric;
    QComboBox *m_control;
    QComboBox *m_correction;
    QComboBox *m_covariate;
    QCheckBox *m_sequential;
    QCheckBox *m_acrossOutcomes;
    QPushButton *m_analyzeButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_banner;
    QLabel *m_verdicts;
    QLabel *m_resultsHint;
    ExperimentResultsModel *m_resultsModel;
    QTableView *m_results;
    ExperimentArmChart *m_armChart;
    ExperimentLiftChart *m_liftChart;
    QLabel *m_timelineNote;

    QFutureWatcher<ListOutcome> m_listWatcher;
    QFutureWatcher<AnalysisResult> m_analysisWatcher;
    QFutureWatcher<ExportOutcome> m_exportWatcher;
    QString m_pendingSelection;
    QString m_analysisKey;
    QHash<QString, int> m_looks; ///< analyses per experiment and metric this session (peeking)
    AnalysisResult m_result;
};
