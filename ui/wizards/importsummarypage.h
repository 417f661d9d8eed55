#pragma once

class RejectedRowsExporter;

#include "importing/importoptions.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QueryTableModel;

/**
 * Import wizard, step 6: what the import did (counts, rejects by reason, the
 * project's totals) and the rejected rows, which can be exported to CSV.
 */
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(QWidget *parent = nullptr);
    ~ImportSummaryPage() override;

    /** Readable, translated label of a rejected-row reason code ("bad_date" -> "Not a date"). */
    static QString reasonLabel(const QString &code);

    void initializePage() override;

private:

    void addCount(const QString &label, const QString &value, const QString &name);
    void clearCounts();
    void exportRejected();
    void onExportFinished(qint64 rows, const QString &path, const QString &error);

    RejectedRowsExporter *m_exporter;
    QLabel *m_summaryLabel;
    QLabel *m_warningsLabel;
    QGroupBox *m_countsBox;
    QGridLayout *m_countsGrid;
    QList<QWidget *> m_countWidgets;
    QLabel *m_reasonsLabel;
    QLabel *m_rejectedTitle;
    QTableView *m_rejectedTable;
    QueryTableModel *m_rejectedModel;
    QPushButton *m_exportButton;
    QLabel *m_exportStatus;
    QGroupBox *m_rejectedBox;
    QLabel *m_noRejectsLabel;
    QString m_projectPath;
    qint64 m_importId = 0;
};
