#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class CustomerProfilePanel;
class CustomerTableModel;
class EmptyStatePage;
class ProjectSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

/**
 * The Customers page: a searchable, sortable list of every customer (any
 * number of them: rows load in chunks in the background, search and sort run
 * in SQL) and the profile of the selected customer beside it. Without
 * customers it shows an empty state that asks for an import.
 */
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    /** Delay between the last keystroke and the search, in milliseconds. */
    static constexpr int kSearchDelayMs = 250;

    explicit CustomersPage(ProjectSession *session, QWidget *parent = nullptr);
    ~CustomersPage() override;

    /** Selects the customer with @p customerKey and shows its profile. */
    void showCustomer(const QString &customerKey);
    /** Lists only the members of saved segment @p name; an empty name lists everyone. */
    void showSegment(const QString &name);

    QTableView *table() const { return m_table; }
    CustomerTableModel *model() const { return m_model; }
    CustomerProfilePanel *profilePanel() const { return m_panel; }

signals:
    /** The user asked to import data (from the empty state). */
    void importRequested();

private:
    struct TotalResult
    {
        quint64 generation = 0;
        qint64 total = -1;
        bool hasNames = true;
        bool hasEmails = true;
        QString error;
    };

    void reload();
    void clearProject();
    void applySearch();
    void countAll();
    void onTotalCounted();
    void onRowCountKnown();
    void onCurrentRowChanged();
    void onRowsLoaded();
    void selectPendingKey();
    void updateCountLabel();
    void updateEmptyState();

    ProjectSession *m_session;
    CustomerTableModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_emptyPage;
    QWidget *m_content;
    QLineEdit *m_searchEdit;
    QLabel *m_countLabel;
    QPushButton *m_segmentChip;
    QTableView *m_table;
    CustomerProfilePanel *m_panel;
    QSplitter *m_splitter;
    QTimer m_searchTimer;

    QFutureWatcher<TotalResult> m_totalWatcher;
    quint64 m_totalGeneration = 0;
    qint64 m_total = -1;        ///< customers in the project; -1 while unknown
    QString m_totalError;
    qint64 m_matches = -1;      ///< rows of the current search; -1 while counting
    QString m_pendingKey;       ///< showCustomer() key to select once its row loads
    int m_pendingRow = -1;      ///< selected row whose values have not loaded yet
};
