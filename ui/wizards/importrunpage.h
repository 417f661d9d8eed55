#pragma once

#include "importing/importoptions.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

/**
 * Import wizard, step 5: runs the import in the background with progress,
 * rows per second and Cancel, then moves on to the summary by itself.
 *
 * The job opens its own connection to the project. Cancel (here, or closing
 * the wizard) stops it; the core rolls the import back.
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(QWidget *parent = nullptr);
    ~ImportRunPage() override;

    /** True while an import runs. */
    bool isRunning() const { return m_state == State::Running; }
    /** Cancels a running import and blocks until it has rolled back. */
    void cancelAndWait();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    enum class State { Idle, Running, Done, Cancelled, Failed, AlreadyImported };

    void start(bool force);
    void cancel();
    void onProgressText(const QString &text);
    void onFinished();
    void setState(State state);
    void showMessage(const QString &message, bool error);

    QFutureWatcher<ImportResult> m_watcher;
    QElapsedTimer m_timer;
    QLabel *m_titleLabel;
    QProgressBar *m_progressBar;
    QLabel *m_rateLabel;
    QPushButton *m_cancelButton;
    QLabel *m_messageLabel;
    QPushButton *m_importAnywayButton;
    State m_state = State::Idle;
};
