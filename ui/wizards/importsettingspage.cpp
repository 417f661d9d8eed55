#include "importsettingspage.h"

#include "importwizard.h"
#include "models/previewmodel.h"
#include "previewrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString delimiterName(const QString &delimiter)
{
    if (delimiter == QLatin1String(","))
        return ImportSettingsPage::tr("comma");
    if (delimiter == QLatin1String(";"))
        return ImportSettingsPage::tr("semicolon");
    if (delimiter == QLatin1String("\t"))
        return ImportSettingsPage::tr("tab");
    if (delimiter == QLatin1String("|"))
        return ImportSettingsPage::tr("pipe");
    return ImportSettingsPage::tr("“%1”").arg(delimiter);
}

} // namespace

ImportSettingsPage::ImportSettingsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_runner(new PreviewRunner(this))
    , m_model(new PreviewModel(this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(this))
    , m_sheetLabel(new QLabel(tr("&Sheet:"), this))
    , m_sheetCombo(new QComboBox(this))
    , m_detectedLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Tailor detected these settings. If the preview looks wrong, change them; "
                   "the preview follows."));

    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Detect"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"})
        m_encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));

    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("Detect"), QString());
    m_delimiterCombo->addItem(tr("Comma  ,"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon  ;"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Pipe  |"), QStringLiteral("|"));
    m_delimiterCombo->addItem(tr("Double colon  ::"), QStringLiteral("::"));

    m_headerCheck->setObjectName(QStringLiteral("headerCheck"));
    m_headerCheck->setTristate(true);
    m_headerCheck->setCheckState(Qt::PartiallyChecked);
    m_headerCheck->setToolTip(tr("Partly checked: detect whether the first row holds column names."));

    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setMinimumContentsLength(16);
    m_sheetLabel->setBuddy(m_sheetCombo);
    m_sheetLabel->hide();
    m_sheetCombo->hide();

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterCombo);

    auto *grid = new QGridLayout;
    grid->addWidget(encodingLabel, 0, 0);
    grid->addWidget(m_encodingCombo, 0, 1);
    grid->addWidget(delimiterLabel, 0, 2);
    grid->addWidget(m_delimiterCombo, 0, 3);
    grid->addWidget(m_headerCheck, 0, 4);
    grid->addWidget(m_sheetLabel, 1, 0);
    grid->addWidget(m_sheetCombo, 1, 1, 1, 3);
    grid->setColumnStretch(5, 1);
    grid->setHorizontalSpacing(12);

    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(120);

    m_errorLabel->setObjectName(QStringLiteral("previewErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; padding: 8px;"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_errorLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_stack, 1);

    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportSettingsPage::refresh);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportSettingsPage::refresh);
    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &ImportSettingsPage::refresh);
    connect(m_headerCheck, &QCheckBox::stateChanged, this, [this] {
        updateHeaderText();
        refresh();
    });
    connect(m_runner, &PreviewRunner::previewReady, this, &ImportSettingsPage::onPreviewReady);
    connect(m_runner, &PreviewRunner::previewFailed, this, &ImportSettingsPage::onPreviewFailed);
    updateHeaderText();
}

void ImportSettingsPage::applyTo(ImportOptions &options) const
{
    options.reader.encoding = m_encodingCombo->currentData().toString();
    options.reader.delimiter = m_delimiterCombo->currentData().toString();
    switch (m_headerCheck->checkState()) {
    case Qt::PartiallyChecked: options.reader.headerRow = -1; break;
    case Qt::Checked: options.reader.headerRow = 1; break;
    case Qt::Unchecked: options.reader.headerRow = 0; break;
    }
    if (m_sheetCombo->count() > 0)
        options.reader.sheet = m_sheetCombo->currentText();
}

void ImportSettingsPage::initializePage()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    const QString path = importWizard ? importWizard->options(ImportWizard::FilePageId).reader.path : QString();
    if (path != m_path) {
        // Another file: start from detection again.
        m_path = path;
        const QSignalBlocker encodingBlocker(m_encodingCombo);
        const QSignalBlocker delimiterBlocker(m_delimiterCombo);
        const QSignalBlocker headerBlocker(m_headerCheck);
        const QSignalBlocker sheetBlocker(m_sheetCombo);
        m_encodingCombo->setCurrentIndex(0);
        m_delimiterCombo->setCurrentIndex(0);
        m_headerCheck->setCheckState(Qt::PartiallyChecked);
        m_sheetCombo->clear();
        m_sheetLabel->hide();
        m_sheetCombo->hide();
        m_preview = ImportPreview();
        m_model->clear();
        updateHeaderText();
    }
    refresh();
}

void ImportSettingsPage::cleanupPage()
{
    // Keep the user's choices when they go back to the file page.
}

bool ImportSettingsPage::isComplete() const
{
    return m_previewOk && !m_runner->isBusy();
}

void ImportSettingsPage::refresh()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard)
        return;
    m_previewOk = false;
    m_detectedLabel->setText(tr("Reading the first rows…"));
    m_runner->request(importWizard->options(ImportWizard::SettingsPageId));
    emit completeChanged();
}

void ImportSettingsPage::onPreviewReady(const ImportPreview &preview, const QStringList &sheets)
{
    m_preview = preview;
    m_previewOk = true;
    m_model->setPreview(preview.header, preview.rows, preview.columnTypes);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(60, m_table->columnWidth(c), 260));

    const bool xlsx = preview.settings.format == SourceFormat::Xlsx;
    m_encodingCombo->setEnabled(!xlsx);
    m_delimiterCombo->setEnabled(!xlsx);
    if (xlsx && m_sheetCombo->count() == 0 && !sheets.isEmpty()) {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->addItems(sheets);
        m_sheetCombo->setCurrentIndex(std::max(0, int(sheets.indexOf(preview.settings.sheet))));
    }
    m_sheetLabel->setVisible(xlsx);
    m_sheetCombo->setVisible(xlsx);

    QString text = describe(preview.settings);
    if (preview.rows.isEmpty())
        text += QLatin1Char(' ') + tr("The file has no data rows.");
    else
        text += QLatin1Char(' ') + tr("Rows shown: %L1.").arg(preview.rows.size());
    m_detectedLabel->setText(text);
    updateHeaderText();
    m_stack->setCurrentWidget(m_table);
    emit completeChanged();
}

void ImportSettingsPage::onPreviewFailed(const QString &error)
{
    m_previewOk = false;
    m_model->clear();
    m_detectedLabel->setText(tr("The file could not be read with these settings."));
    m_errorLabel->setText(error.isEmpty() ? tr("The file could not be read.") : error);
    m_stack->setCurrentWidget(m_errorLabel);
    emit completeChanged();
}

void ImportSettingsPage::updateHeaderText()
{
    if (m_headerCheck->checkState() != Qt::PartiallyChecked || !m_previewOk) {
        m_headerCheck->setText(tr("First row is a &header"));
        return;
    }
    m_headerCheck->setText(m_preview.settings.hasHeader ? tr("First row is a &header (detected: yes)")
                                                        : tr("First row is a &header (detected: no)"));
}

QString ImportSettingsPage::describe(const DetectedSettings &settings) const
{
    QStringList parts;
    if (settings.format == SourceFormat::Xlsx) {
        parts << tr("Excel workbook");
        if (!settings.sheet.isEmpty())
            parts << tr("sheet “%1”").arg(settings.sheet);
    } else {
        if (settings.format == SourceFormat::CsvGzip)
            parts << tr("gzip-compressed");
        parts << settings.encoding;
        parts << delimiterName(settings.delimiter);
    }
    parts << (settings.hasHeader ? tr("header row") : tr("no header row"));
    const bool allDetected = m_encodingCombo->currentIndex() == 0 && m_delimiterCombo->currentIndex() == 0
                             && m_headerCheck->checkState() == Qt::PartiallyChecked;
    return allDetected ? tr("Detected: %1.").arg(parts.join(QStringLiteral(", ")))
                       : tr("Reading as: %1.").arg(parts.join(QStringLiteral(", ")));
}
