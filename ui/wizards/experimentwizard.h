#pragma once

#include "experiments/experimentdesign.h"
#include "experiments/experimentstore.h"
#include "experiments/poweranalysis.h"
#include "segments/segmentstore.h"

#include <QFutureWatcher>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

/**
 * Experiment design wizard: the audience (a saved segment or all customers),
 * the arms and their split (a control and 1 to 5 variants, an optional
 * holdout), the primary metric with the sample size per arm and the expected
 * duration (power analysis, live), and a review that creates the experiment
 * and assigns its customers deterministically (salt, optional strata) in the
 * background with progress and Cancel.
 */
class ExperimentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AudiencePageId, ArmsPageId, MetricPageId, ReviewPageId };

    explicit ExperimentWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~ExperimentWizard() override;

    /** Customers in the chosen audience (-1 until the audience list is loaded). */
    qint64 audienceSize() const;
    /** The chosen segment, empty for all customers. */
    QString segment() const;
    /** The arms as they will be stored: weights normalized, holdout added; empty with @p error when invalid. */
    QVector<DesignArm> designArms(QString *error = nullptr) const;
    /** The power analysis of the current inputs. */
    PowerResult powerResult() const;
    /** Inputs of powerResult(). */
    PowerInput powerInput() const;
    /** Expected duration in days with the planned split (0 when daily traffic is unknown). */
    double expectedDays() const;
    /** Customers the audience needs so that the smallest arm reaches the sample size. */
    qint64 requiredAudience() const;
    bool isAudienceLoaded() const { return m_audienceLoaded; }
    bool isRunning() const { return m_createWatcher.isRunning(); }
    /** Adds an arm row; returns its row. */
    int addArm(const QString &name, double weight);

    void done(int result) override;

signals:
    /** The experiment @p name was created and its customers assigned. */
    void experimentCreated(const QString &name);
    void audienceLoaded();

private:
    struct AudienceOutcome
    {
        qint64 customers = 0;
        QList<SegmentInfo> segments;
        QStringList experiments;
        QString error;
    };
    struct CreateOutcome
    {
        std::optional<ExperimentInfo> info;
        QString error;
    };

    void onAudienceLoaded();
    void updateAudience();
    void updateArms();
    void updatePower();
    void updateReview();
    void startCreate();
    void onCreateFinished();
    bool nameIsValid(QString *error) const;
    double minimumShare() const;
    void refreshComplete();

    QString m_projectPath;
    bool m_audienceLoaded = false;
    bool m_created = false;
    QStringList m_existingExperiments;
    QHash<QString, qint64> m_segmentSizes;
    qint64 m_allCustomers = 0;
    QFutureWatcher<AudienceOutcome> m_audienceWatcher;
    QFutureWatcher<CreateOutcome> m_createWatcher;

    // Audience
    QLineEdit *m_name;
    QComboBox *m_audience;
    QLabel *m_audienceSize;
    QLabel *m_nameHint;
    // Arms
    QTableWidget *m_arms;
    QPushButton *m_addArm;
    QPushButton *m_removeArm;
    QCheckBox *m_holdoutCheck;
    QDoubleSpinBox *m_holdout;
    QLabel *m_armsSummary;
    // Metric and power
    QLineEdit *m_metricName;
    QComboBox *m_metricKind;
    QDoubleSpinBox *m_baseline;
    QDoubleSpinBox *m_mde;
    QDoubleSpinBox *m_sd;
    QLabel *m_sdLabel;
    QLabel *m_baselineLabel;
    QLabel *m_mdeLabel;
    QDoubleSpinBox *m_alpha;
    QDoubleSpinBox *m_power;
    QSpinBox *m_traffic;
    QLabel *m_powerResult;
    QLabel *m_audienceWarning;
    // Review
    QLabel *m_review;
    QLineEdit *m_salt;
    QComboBox *m_stratify;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
};
