#include "campaignexportpanel.h"

#include "jobs/promisereporter.h"
#include "project/project.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

CampaignExportPanel::CampaignExportPanel(const QString &projectPath, QWidget *parent)
    : QWidget(parent)
    , m_projectPath(projectPath)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_resultLabel(new QLabel(this))
{
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->addItem(tr("CSV (UTF-8)"));
    m_format->setItemData(0, tr("Plain UTF-8 CSV for other tools"), Qt::ToolTipRole);
    m_format->addItem(tr("CSV for Excel (UTF-8 with BOM)"));
    m_format->setItemData(1, tr("Excel opens accented and Chinese text correctly with the byte-order mark"),
                          Qt::ToolTipRole);
    m_format->addItem(tr("Excel workbook (XLSX)"));
    m_format->addItem(tr("Mailchimp import CSV"));
    m_format->setItemData(3, tr("E-mail address, names, tags and merge fields; members without an e-mail are "
                                "skipped"), Qt::ToolTipRole);
    m_format->addItem(tr("Hashed audience (SHA-256, for ad platforms)"));
    m_format->setItemData(4, tr("Normalized, hashed e-mail and phone; no names or other data leave the project"),
                          Qt::ToolTipRole);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setPlaceholderText(tr("Choose where to save the file"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the campaign's contacted members (holdout excluded) to the file"));
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, PromiseReporter<CampaignExportResult>::kSteps);
    m_progress->hide();
    m_cancel->hide();
    m_resultLabel->setObjectName(QStringLiteral("exportResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_export);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_resultLabel);

    connect(m_format, &QComboBox::currentIndexChanged, this, &CampaignExportPanel::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &CampaignExportPanel::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &CampaignExportPanel::browse);
    connect(m_export, &QPushButton::clicked, this, &CampaignExportPanel::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignExportPanel::cancelExport);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CampaignExportPanel::onFinished);
    updateButtons();
}

CampaignExportPanel::~CampaignExportPanel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void CampaignExportPanel::setCampaign(const QString &name)
{
    m_campaign = name;
    if (m_path->text().isEmpty() || QFileInfo(m_path->text()).completeBaseName() != name) {
        QString base = name;
        base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
        const QString dir = m_path->text().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path->text()).absolutePath();
        m_path->setText(QDir(dir).filePath(base + suffix()));
    }
    m_resultLabel->clear();
    updateButtons();
}

void CampaignExportPanel::setChoice(Choice choice)
{
    m_format->setCurrentIndex(int(choice));
}

CampaignExportPanel::Choice CampaignExportPanel::choice() const
{
    return Choice(qMax(0, m_format->currentIndex()));
}

void CampaignExportPanel::setPath(const QString &path)
{
    m_path->setText(path);
}

QString CampaignExportPanel::path() const
{
    return m_path->text().trimmed();
}

QString CampaignExportPanel::suffix() const
{
    return choice() == Choice::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
}

void CampaignExportPanel::onFormatChanged()
{
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    QString base = info.completeBaseName();
    const QString tag = choice() == Choice::Mailchimp ? QStringLiteral("-mailchimp")
        : choice() == Choice::Hashed ? QStringLiteral("-hashed") : QString();
    base.remove(QRegularExpression(QStringLiteral("-(mailchimp|hashed)$")));
    m_path->setText(QDir(info.absolutePath()).filePath(base + tag + suffix()));
}

void CampaignExportPanel::browse()
{
    const QString filter = choice() == Choice::Xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export campaign"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void CampaignExportPanel::startExport()
{
    if (isRunning() || m_campaign.isEmpty() || path().isEmpty())
        return;
    CampaignExportOptions options;
    options.campaign = m_campaign;
    options.path = QDir::fromNativeSeparators(path());
    switch (choice()) {
    case Choice::Csv: options.format = CampaignExportFormat::Csv; break;
    case Choice::CsvExcel: options.format = CampaignExportFormat::Csv; options.bom = true; break;
    case Choice::Xlsx: options.format = CampaignExportFormat::Xlsx; break;
    case Choice::Mailchimp: options.format = CampaignExportFormat::Mailchimp; break;
    case Choice::Hashed: options.format = CampaignExportFormat::Hashed; break;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_resultLabel->setStyleSheet(QString());
    m_resultLabel->setText(tr("Exporting…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_projectPath, options](QPromise<CampaignExportResult> &promise) {
        CampaignExportResult result;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            result.errorString = project.errorString();
        } else {
            PromiseReporter<CampaignExportResult> reporter(promise);
            result = CampaignExporter().run(project.database(), options, reporter);
        }
        promise.addResult(result);
    }));
    updateButtons();
    emit runningChanged(true);
}

void CampaignExportPanel::cancelExport()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    m_resultLabel->setText(tr("Cancelling…"));
    m_watcher.cancel();
}

void CampaignExportPanel::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    CampaignExportResult result;
    if (m_watcher.future().resultCount() > 0)
        result = m_watcher.result();
    else
        result.status = CampaignExportResult::Status::Cancelled;
    m_result = result;
    const QLocale locale;
    if (result.status == CampaignExportResult::Status::Ok) {
        QStringList parts;
        const QString file = QDir::toNativeSeparators(result.file.isEmpty() ? path() : result.file);
        parts << (result.rows == 1 ? tr("Exported 1 row to %1.").arg(file)
                                   : tr("Exported %1 rows to %2.").arg(locale.toString(result.rows), file));
        if (result.holdout > 0)
            parts << tr("%1 holdout members were left out.").arg(locale.toString(result.holdout));
        if (result.skipped > 0)
            parts << tr("%1 members without a usable contact were skipped.").arg(locale.toString(result.skipped));
        m_resultLabel->setStyleSheet(QStringLiteral("color: palette(text);"));
        m_resultLabel->setText(parts.join(QLatin1Char(' ')));
        emit exported(result.file.isEmpty() ? path() : result.file, result.rows);
    } else if (result.status == CampaignExportResult::Status::Cancelled) {
        m_resultLabel->setText(tr("Export cancelled. No file was written."));
    } else {
        m_resultLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_resultLabel->setText(tr("Export failed."));
        QMessageBox::critical(this, tr("Export failed"), result.errorString);
    }
    updateButtons();
    emit runningChanged(false);
}

void CampaignExportPanel::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !m_campaign.isEmpty() && !path().isEmpty());
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
}
