#pragma once

#include "campaigns/responseimporter.h"
#include "models/campaignlistmodel.h"

#include <QFutureWatcher>
#include <QWidget>

class CampaignRatesChart;
class EmptyStatePage;
class ProjectSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QueryTableModel;

/**
 * The Campaigns page: the saved campaigns with audience, holdout, exclusions,
 * exports and response rates; for the selected one its export history and a
 * response-rate chart. "New campaign…" opens the campaign wizard, "Export…"
 * a format dialog, "Import responses…" reads a response file in the
 * background, "Delete" removes a campaign. Without segments the page says to
 * build segments first.
 */
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    QTableView *table() const { return m_table; }
    CampaignListModel *campaignModel() const { return m_model; }
    /** Name of the selected campaign; empty when none is selected. */
    QString selectedCampaign() const;
    /** Selects the campaign named @p name (once the list has it); false when it is not listed. */
    bool selectCampaign(const QString &name);
    /** True once the first load after opening the project landed. */
    bool isLoaded() const { return m_loaded; }

    /** Opens the campaign wizard (needs an open project). */
    void startNewCampaign();
    /** Opens the export dialog for the selected campaign. */
    void exportSelected();
    /** Asks for a response file and imports it into the selected campaign. */
    void chooseResponsesFile();
    /** Imports @p path into the selected campaign in the background; the result shows in the status line. */
    void importResponses(const QString &path);
    bool isImporting() const { return m_importWatcher.isRunning(); }
    /** Asks, then deletes the selected campaign. */
    void deleteSelected();
    /** Reloads the list from the project (in the background). */
    void reload();

signals:
    /** The user wants to build segments (the empty state's action). */
    void segmentsRequested();
    /** The list landed after a reload. */
    void campaignsLoaded(int count);
    /** A response import finished (successfully or not). */
    void responsesImported(const ResponseImportResult &result);

private:
    struct LoadResult
    {
        qint64 segments = 0;
        QList<CampaignListModel::Row> rows;
        QString error;
    };
    void onLoaded();
    void updateState();
    void showSelected();
    void onImportFinished();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);

    ProjectSession *m_session;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QWidget *m_content;
    CampaignListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_detailTitle;
    QLabel *m_rateLabel;
    QueryTableModel *m_exportsModel;
    QTableView *m_exportsTable;
    CampaignRatesChart *m_ratesChart;
    QLabel *m_status;
    QProgressBar *m_importProgress;
    QPushButton *m_importCancel;
    QPushButton *m_newButton;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QPushButton *m_deleteButton;
    QFutureWatcher<LoadResult> m_loadWatcher;
    QFutureWatcher<ResponseImportResult> m_importWatcher;
    QFutureWatcher<QString> m_deleteWatcher;
    QString m_importCampaign;
    QString m_pendingSelection;
    quint64 m_generation = 0;
    quint64 m_loadedGeneration = 0;
    qint64 m_segments = 0;
    bool m_loaded = false;
};
