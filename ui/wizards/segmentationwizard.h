#pragma once

#include "segments/rfm.h"

#include <QFutureWatcher>
#include <QWizard>

class QDateEdit;
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

    explicit SegmentationWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~SegmentationWizard() override;

    /** The last computed RFM result (empty until a run finished). */
    const RfmResult &rfmResult() const { return m_rfm; }
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

    QString m_projectPath;
    RfmResult m_rfm;
    bool m_saved = false;
    QFutureWatcher<RfmResult> m_runWatcher;
    QFutureWatcher<QString> m_saveWatcher;

    // Options
    QCheckBox *m_autoReference;
    QDateEdit *m_referenceDate;
    // Results
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QChartView *m_sizesChart;
    RfmHeatmap *m_heatmap;
    QTableView *m_summaryTable;
    SegmentSummaryModel *m_summaryModel;
};
