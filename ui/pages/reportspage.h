#pragma once

#include "reports/reportbuilder.h"
#include "reports/reportexporter.h"

#include <QFutureWatcher>
#include <QWidget>

class EmptyStatePage;
class ProjectSession;
class QCheckBox;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

/**
 * The Reports page: choose the sections of the project report, preview it, and
 * "Export report…" as a zip (PDF, HTML, chart PNGs, CSV tables) in the
 * background with progress and Cancel; the result offers "Open folder".
 */
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /** The sections and options as the checkboxes say. */
    ReportOptions options() const;
    /** Asks for a file name (non-blocking dialog), then exports. */
    void chooseExportFile();
    /** Exports the report to @p path in the background (needs an open project). */
    void exportTo(const QString &path);
    /** The last export's result (empty until one finished). */
    ReportExportResult lastExport() const { return m_lastExport; }
    bool isExporting() const { return m_exportWatcher.isRunning(); }

signals:
    void importRequested();
    /** An export finished and wrote @p file. */
    void reportExported(const QString &file);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onProjectChanged();
    void updateState();
    void schedulePreview();
    void startPreview();
    void onPreviewFinished();
    void onExportFinished();
    void openFolder();

    ProjectSession *m_session;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QWidget *m_content;
    QCheckBox *m_dataCheck;
    QCheckBox *m_segmentsCheck;
    QCheckBox *m_recommendationsCheck;
    QCheckBox *m_evaluationCheck;
    QCheckBox *m_experimentsCheck;
    QCheckBox *m_campaignsCheck;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolderButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QLabel *m_previewLabel;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    QFileDialog *m_fileDialog = nullptr;
    QFutureWatcher<ReportPreview> m_previewWatcher;
    QFutureWatcher<ReportExportResult> m_exportWatcher;
    quint64 m_previewGeneration = 0;
    bool m_previewDirty = true;
    ReportExportResult m_lastExport;
};
