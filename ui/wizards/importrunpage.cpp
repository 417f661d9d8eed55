#include "importrunpage.h"

#include "importing/importer.h"
#include "importwizard.h"
#include "jobs/promisereporter.h"
#include "project/project.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_titleLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel &import"), this))
    , m_messageLabel(new QLabel(this))
    , m_importAnywayButton(new QPushButton(tr("Import &anyway"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The import runs in one transaction: if you cancel, nothing is changed."));

    m_titleLabel->setObjectName(QStringLiteral("importTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, PromiseReporter<ImportResult>::kSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(false);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_messageLabel->setObjectName(QStringLiteral("importMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_importAnywayButton->setObjectName(QStringLiteral("importAnywayButton"));
    m_importAnywayButton->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);
    auto *anywayRow = new QHBoxLayout;
    anywayRow->addWidget(m_importAnywayButton);
    anywayRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    layout->addLayout(progressRow);
    layout->addWidget(m_rateLabel);
    layout->addSpacing(12);
    layout->addWidget(m_messageLabel);
    layout->addLayout(anywayRow);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progressBar, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, &ImportRunPage::onProgressText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunPage::onFinished);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_importAnywayButton, &QPushButton::clicked, this, [this] { start(true); });
}

ImportRunPage::~ImportRunPage()
{
    cancelAndWait();
}

void ImportRunPage::cancelAndWait()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportRunPage::initializePage()
{
    m_state = State::Idle;
    m_progressBar->setValue(0);
    m_rateLabel->clear();
    m_messageLabel->hide();
    m_importAnywayButton->hide();
    // Start once the wizard has shown the page and updated its buttons, so
    // the Back button can be disabled for the run.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this && m_state == State::Idle)
            start(false);
    });
}

void ImportRunPage::cleanupPage()
{
    cancelAndWait();
    m_state = State::Idle;
}

bool ImportRunPage::isComplete() const
{
    return m_state == State::Done;
}

void ImportRunPage::start(bool force)
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard || m_watcher.isRunning())
        return;
    ImportOptions options = importWizard->options();
    options.force = force;
    const QString projectPath = importWizard->projectPath();

    m_titleLabel->setText(tr("Importing %1 into the project…").arg(QFileInfo(options.reader.path).fileName()));
    m_progressBar->setValue(0);
    m_rateLabel->setText(tr("Starting…"));
    m_messageLabel->hide();
    m_importAnywayButton->hide();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_timer.start();
    setState(State::Running);

    m_watcher.setFuture(QtConcurrent::run([options, projectPath](QPromise<ImportResult> &promise) {
        Project project;
        if (!project.open(projectPath, Project::OpenMode::Reopen)) {
            ImportResult failed;
            failed.status = ImportResult::Status::Error;
            failed.errorString = project.errorString();
            promise.addResult(failed);
            return;
        }
        PromiseReporter<ImportResult> reporter(promise);
        promise.addResult(Importer().run(project.database(), options, reporter));
    }));
}

void ImportRunPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancelButton->setEnabled(false);
    m_rateLabel->setText(tr("Cancelling; undoing the changes…"));
    m_watcher.cancel();
}

void ImportRunPage::onProgressText(const QString &text)
{
    if (m_state != State::Running || m_watcher.isCanceled())
        return;
    bool ok = false;
    const qint64 rows = text.toLongLong(&ok);
    if (!ok)
        return;
    const double seconds = m_timer.elapsed() / 1000.0;
    if (seconds < 0.2) {
        m_rateLabel->setText(tr("%L1 rows read").arg(rows));
        return;
    }
    m_rateLabel->setText(tr("%L1 rows read · %L2 rows per second").arg(rows).arg(qRound64(rows / seconds)));
}

void ImportRunPage::onFinished()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    m_cancelButton->hide();
    const bool hasResult = !m_watcher.isCanceled() && m_watcher.future().resultCount() > 0;
    const ImportResult result = hasResult ? m_watcher.result() : ImportResult();
    if (!hasResult || result.status == ImportResult::Status::Cancelled) {
        m_rateLabel->clear();
        showMessage(tr("Import cancelled; the project is unchanged."), false);
        setState(State::Cancelled);
        return;
    }
    switch (result.status) {
    case ImportResult::Status::Ok:
        m_progressBar->setValue(m_progressBar->maximum());
        m_rateLabel->setText(tr("%L1 rows read in %2 s").arg(result.rowsRead).arg(result.seconds, 0, 'f', 1));
        setState(State::Done);
        if (importWizard) {
            importWizard->setResult(result);
            if (importWizard->currentPage() == this)
                importWizard->next();
        }
        return;
    case ImportResult::Status::AlreadyImported:
        m_rateLabel->clear();
        showMessage(tr("This file was already imported into the project, so nothing was changed. "
                       "Choose “Import anyway” to import it a second time, or close the wizard."),
                    false);
        m_importAnywayButton->show();
        m_importAnywayButton->setFocus();
        setState(State::AlreadyImported);
        return;
    case ImportResult::Status::Error:
    case ImportResult::Status::Cancelled:
        break;
    }
    m_rateLabel->clear();
    showMessage(tr("<b>The import failed; the project is unchanged.</b><br>%1<br><br>Go back to change the "
                   "settings, or close the wizard.")
                    .arg(result.errorString.toHtmlEscaped()),
                true);
    setState(State::Failed);
}

void ImportRunPage::setState(State state)
{
    m_state = state;
    emit completeChanged();
    // QWizard re-enables Back on completeChanged(); keep it off while the import runs.
    if (wizard() && wizard()->currentPage() == this) {
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(state != State::Running);
    }
}

void ImportRunPage::showMessage(const QString &message, bool error)
{
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_messageLabel->setTextFormat(error ? Qt::RichText : Qt::PlainText);
    m_messageLabel->setText(message);
    m_messageLabel->show();
}
