#pragma once

#include "campaigns/campaignbuilder.h"
#include "experiments/experimentstore.h"
#include "segments/segmentstore.h"

#include <QFutureWatcher>
#include <QWizard>

class CampaignExportPanel;
class CampaignOffersModel;
class CampaignWizardPage;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

/**
 * The campaign wizard: (1) audience: name, a saved segment or an experiment
 * arm, channel, holdout and frequency cap; (2) offer rules, budget and
 * recommendations; (3) subject and body templates in English and Simplified
 * Chinese with a field palette, live syntax errors and a live preview for a
 * customer of the audience; (4) summary: the campaign is built and saved in
 * the background (progress, Cancel) and its exclusions, offers and missing
 * fields are shown; (5) export in any format with progress and Cancel.
 *
 * All database work runs off the GUI thread on its own connection.
 */
class CampaignWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AudiencePageId, OffersPageId, MessagePageId, SummaryPageId, ExportPageId };

    /** What the wizard needs from the project, loaded in the background when it opens. */
    struct ProjectLists
    {
        QList<SegmentInfo> segments;
        QVector<ExperimentInfo> experiments;
        QStringList campaigns;
        bool hasRecommendations = false;
        QString error;
    };
    /** A customer of the audience, for the preview. */
    struct PreviewCustomer
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString country;
    };

    explicit CampaignWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~CampaignWizard() override;

    /** The campaign as chosen on the pages so far. */
    CampaignOptions options() const;
    /** The last build (status Error until one finished). */
    const CampaignResult &result() const { return m_result; }
    /** Name of the campaign saved by this wizard; empty before the summary page built it. */
    QString savedCampaign() const { return m_builtName; }
    /** True once the project's segments, experiments and campaigns are loaded. */
    bool isLoaded() const { return m_loaded; }
    bool isRunning() const;
    /** Customers offered for the preview (the first 200 matches of the search). */
    const QList<PreviewCustomer> &previewCustomers() const { return m_previewCustomers; }
    /** The preview shown last (ok false until one arrived). */
    const CampaignPreview &lastPreview() const { return m_preview; }
    CampaignExportPanel *exportPanel() const { return m_exportPanel; }

    void done(int result) override;

signals:
    /** The campaign was built and saved to the project. */
    void campaignSaved(const QString &name);
    /** A file of the campaign was exported. */
    void campaignExported(const QString &name, const QString &file);
    /** The preview of the chosen customer was rendered (or failed). */
    void previewUpdated();

private:
    void buildAudiencePage();
    void buildOffersPage();
    void buildMessagePage();
    void buildSummaryPage();
    void buildExportPage();

    void onListsLoaded();
    void updateAudienceHint();
    bool isAudienceComplete() const;
    void updateRecommendationsHint();
    void checkTemplates();
    bool templatesValid() const;
    void insertField(const QString &token);
    void reloadPreviewCustomers();
    void onPreviewCustomersLoaded();
    void schedulePreview();
    void startPreview();
    void onPreviewFinished();
    void startBuild();
    void onBuildFinished();
    void showSummary();

    QString m_projectPath;
    bool m_loaded = false;
    ProjectLists m_lists;
    QFutureWatcher<ProjectLists> m_listsWatcher;

    // (1) audience
    CampaignWizardPage *m_audiencePage;
    QLineEdit *m_name;
    QRadioButton *m_fromSegment;
    QRadioButton *m_fromArm;
    QComboBox *m_segment;
    QComboBox *m_arm;
    QComboBox *m_channel;
    QSpinBox *m_holdout;
    QCheckBox *m_linkExperiment;
    QSpinBox *m_frequencyCap;
    QLabel *m_audienceHint;

    // (2) offers
    CampaignWizardPage *m_offersPage;
    CampaignOffersModel *m_offersModel;
    QTableView *m_offersTable;
    QDoubleSpinBox *m_budget;
    QCheckBox *m_recommendations;
    QLabel *m_recommendationsHint;
    QLabel *m_offersError;

    // (3) message
    CampaignWizardPage *m_messagePage;
    struct LanguageEditors
    {
        QString language;
        QLineEdit *subject = nullptr;
        QPlainTextEdit *body = nullptr;
        QLabel *error = nullptr;
        bool valid = true;
    };
    QList<LanguageEditors> m_editors;
    QTabWidget *m_templateTabs;
    QComboBox *m_languageMode;
    QListWidget *m_palette;
    QWidget *m_lastEditor = nullptr;
    QLineEdit *m_previewSearch;
    QComboBox *m_previewCustomer;
    QLabel *m_previewMeta;
    QLabel *m_previewSubject;
    QPlainTextEdit *m_previewBody;
    QTimer *m_previewTimer;
    QTimer *m_searchTimer;
    QList<PreviewCustomer> m_previewCustomers;
    QFutureWatcher<QList<PreviewCustomer>> m_customersWatcher;
    quint64 m_customersGeneration = 0;
    CampaignPreview m_preview;
    QFutureWatcher<CampaignPreview> m_previewWatcher;
    bool m_previewPending = false;

    // (4) summary
    CampaignWizardPage *m_summaryPage;
    QProgressBar *m_buildProgress;
    QPushButton *m_buildCancel;
    QLabel *m_buildStatus;
    QLabel *m_summaryCounts;
    QLabel *m_summaryOffers;
    QLabel *m_summaryWarnings;
    CampaignResult m_result;
    QString m_builtName;
    QFutureWatcher<CampaignResult> m_buildWatcher;

    // (5) export
    CampaignExportPanel *m_exportPanel;
    int m_pendingDone = -1;
};
