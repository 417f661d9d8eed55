#pragma once

#include "campaigns/campaignexporter.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/**
 * Exports one campaign: a format (CSV, CSV for Excel with a byte-order mark,
 * XLSX, Mailchimp, hashed audience), a file, and an Export button that runs
 * CampaignExporter in the background with progress and Cancel. Used by the
 * campaign wizard's last page and the Campaigns page's Export… dialog.
 */
class CampaignExportPanel : public QWidget
{
    Q_OBJECT
public:
    /** The formats in the order of the combo box. */
    enum class Choice { Csv, CsvExcel, Xlsx, Mailchimp, Hashed };

    explicit CampaignExportPanel(const QString &projectPath, QWidget *parent = nullptr);
    ~CampaignExportPanel() override;

    void setCampaign(const QString &name);
    QString campaign() const { return m_campaign; }
    void setChoice(Choice choice);
    Choice choice() const;
    void setPath(const QString &path);
    QString path() const;

    /** Starts exporting to path() in the background (no-op while running or without a path). */
    void startExport();
    void cancelExport();
    bool isRunning() const { return m_watcher.isRunning(); }
    /** The last finished export (status Error with an empty text before any). */
    const CampaignExportResult &lastResult() const { return m_result; }

signals:
    /** An export finished successfully. */
    void exported(const QString &file, qint64 rows);
    void runningChanged(bool running);

private:
    void browse();
    void onFormatChanged();
    void onFinished();
    void updateButtons();
    QString suffix() const;

    QString m_projectPath;
    QString m_campaign;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_resultLabel;
    QFutureWatcher<CampaignExportResult> m_watcher;
    CampaignExportResult m_result;
};
