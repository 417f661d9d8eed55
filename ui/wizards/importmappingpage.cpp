#include "importmappingpage.h"

#include "importwizard.h"
#include "previewrunner.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace {

constexpr int kSampleCount = 3;
constexpr int kSampleChars = 22;      // longer sample values are shortened with an ellipsis
constexpr int kSampleLineChars = 40;  // characters of samples shown per field

const QString kBad = QStringLiteral("color: #b00020;");
const QString kGood = QStringLiteral("color: #1b7f3b;");

QString elided(const QString &value)
{
    return value.size() > kSampleChars ? value.left(kSampleChars - 1) + QChar(0x2026) : value;
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_runner(new PreviewRunner(this))
    , m_fieldsWidget(new QWidget(this))
    , m_grid(new QGridLayout(m_fieldsWidget))
    , m_missingLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_experimentLabel(new QLabel(tr("E&xperiment name:"), this))
    , m_experimentEdit(new QLineEdit(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which column of the file fills each field. Fields marked * are required; "
                   "“— not imported —” leaves a field out."));

    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnMinimumWidth(3, fontMetrics().horizontalAdvance(tr("%1 of %2 values are not numbers")
                                                                          .arg(50)
                                                                          .arg(50)) + 8);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fieldsWidget);

    m_missingLabel->setObjectName(QStringLiteral("missingRequiredLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setStyleSheet(kBad);
    m_missingLabel->hide();
    m_statusLabel->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_experimentEdit->setObjectName(QStringLiteral("experimentNameEdit"));
    m_experimentLabel->setBuddy(m_experimentEdit);
    auto *experimentRow = new QHBoxLayout;
    experimentRow->addWidget(m_experimentLabel);
    experimentRow->addWidget(m_experimentEdit, 1);
    m_experimentLabel->hide();
    m_experimentEdit->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(experimentRow);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_statusLabel);

    connect(m_runner, &PreviewRunner::previewReady, this, &ImportMappingPage::onPreviewReady);
    connect(m_runner, &PreviewRunner::previewFailed, this, &ImportMappingPage::onPreviewFailed);
}

void ImportMappingPage::applyTo(ImportOptions &options) const
{
    for (const FieldRow &row : m_rows) {
        const int column = selectedColumn(row);
        if (column == m_autoMapping.value(row.field.key, -1))
            continue;
        // An empty column name leaves a field that was mapped automatically out.
        QString name;
        if (column >= 0) {
            // A name that occurs twice in the header would find its first column: use the number then.
            name = m_header.value(column);
            if (m_header.count(name) > 1)
                name = QString::number(column + 1);
        }
        options.mapOverrides.insert(row.field.key, name);
    }
    if (options.kind == ImportKind::Experiment)
        options.experimentName = m_experimentEdit->text().trimmed();
}

QStringList ImportMappingPage::missingRequired() const
{
    QStringList labels;
    for (const FieldRow &row : m_rows) {
        if (row.field.required && selectedColumn(row) < 0)
            labels.append(row.field.label);
    }
    return labels;
}

void ImportMappingPage::initializePage()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard)
        return;
    const ImportOptions options = importWizard->options(ImportWizard::SettingsPageId);
    const ImportPreview &preview = importWizard->settingsPreview();
    const QString signature = QStringList{options.reader.path, importKindName(options.kind),
                                          preview.header.join(QChar(0x1f))}
                                  .join(QChar(0x1e));
    const bool experiment = options.kind == ImportKind::Experiment;
    m_experimentLabel->setVisible(experiment);
    m_experimentEdit->setVisible(experiment);
    m_experimentEdit->setPlaceholderText(QFileInfo(options.reader.path).completeBaseName());
    if (signature != m_signature) {
        m_signature = signature;
        rebuild(preview, options.kind);
    } else {
        requestPreview();
    }
}

void ImportMappingPage::cleanupPage()
{
    // Keep the user's mapping when they go back; it is rebuilt only for another file or kind.
}

bool ImportMappingPage::isComplete() const
{
    return !m_rows.isEmpty() && missingRequired().isEmpty();
}

void ImportMappingPage::clearRows()
{
    for (QWidget *widget : std::as_const(m_rowWidgets))
        delete widget;
    m_rowWidgets.clear();
    m_rows.clear();
}

void ImportMappingPage::rebuild(const ImportPreview &preview, ImportKind kind)
{
    clearRows();
    m_header = preview.header;
    m_autoMapping = preview.mapping;
    m_preview = preview;
    m_previewFresh = true;

    const QStringList titles = {tr("Field"), tr("Column in the file"), tr("Sample values"), tr("Check")};
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QLabel(titles.at(c), m_fieldsWidget);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        title->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(title, 0, c);
        m_rowWidgets.append(title);
    }

    const QList<TargetField> fields = targetFields(kind);
    int gridRow = 1;
    for (const TargetField &field : fields) {
        FieldRow row;
        row.field = field;
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, m_fieldsWidget);
        label->setObjectName(QStringLiteral("mappingLabel_%1").arg(field.key));
        if (field.required) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            label->setToolTip(tr("Required"));
        }
        row.combo = new QComboBox(m_fieldsWidget);
        row.combo->setObjectName(QStringLiteral("mapping_%1").arg(field.key));
        row.combo->setMinimumContentsLength(22);
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.combo->setAccessibleName(field.label);
        row.combo->addItem(tr("— not imported —"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            row.combo->addItem(m_header.at(c), c);
        const int mapped = m_autoMapping.value(field.key, -1);
        row.combo->setCurrentIndex(mapped >= 0 && mapped < m_header.size() ? mapped + 1 : 0);
        label->setBuddy(row.combo);
        row.samples = new QLabel(m_fieldsWidget);
        row.samples->setObjectName(QStringLiteral("samples_%1").arg(field.key));
        row.samples->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.samples->setForegroundRole(QPalette::PlaceholderText);
        row.check = new QLabel(m_fieldsWidget);
        row.check->setObjectName(QStringLiteral("check_%1").arg(field.key));

        m_grid->addWidget(label, gridRow, 0);
        m_grid->addWidget(row.combo, gridRow, 1);
        m_grid->addWidget(row.samples, gridRow, 2);
        m_grid->addWidget(row.check, gridRow, 3);
        m_rowWidgets << label << row.combo << row.samples << row.check;
        QComboBox *combo = row.combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { onMappingChanged(combo); });
        m_rows.append(row);
        ++gridRow;
    }
    m_grid->setRowStretch(gridRow, 1);
    if (!m_rows.isEmpty())
        setFocusProxy(m_rows.first().combo);

    m_statusLabel->clear();
    updateDetails();
    updateMissing();
    emit completeChanged();
}

void ImportMappingPage::onMappingChanged(QComboBox *changed)
{
    // Each column feeds at most one field (as in the core): the field that had it loses it.
    const int column = changed->currentData().toInt();
    if (column >= 0) {
        for (const FieldRow &row : std::as_const(m_rows)) {
            if (row.combo != changed && selectedColumn(row) == column) {
                const QSignalBlocker blocker(row.combo);
                row.combo->setCurrentIndex(0);
            }
        }
    }
    updateMissing();
    emit completeChanged();
    requestPreview();
}

void ImportMappingPage::requestPreview()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard)
        return;
    m_previewFresh = false;
    updateDetails();
    m_runner->request(importWizard->options(ImportWizard::MappingPageId));
}

void ImportMappingPage::onPreviewReady(const ImportPreview &preview)
{
    m_preview = preview;
    m_previewFresh = true;
    m_statusLabel->clear();
    updateDetails();
}

void ImportMappingPage::onPreviewFailed(const QString &error)
{
    m_previewFresh = false;
    m_statusLabel->setText(error);
    updateDetails();
}

void ImportMappingPage::updateDetails()
{
    for (const FieldRow &row : std::as_const(m_rows)) {
        const int column = selectedColumn(row);
        if (column < 0) {
            row.samples->clear();
            row.samples->setToolTip(QString());
            row.check->clear();
            continue;
        }
        QStringList samples;
        QSet<QString> seen;
        int nonEmpty = 0;
        for (const QStringList &values : std::as_const(m_preview.rows)) {
            const QString value = values.value(column).trimmed();
            if (value.isEmpty())
                continue;
            ++nonEmpty;
            if (samples.size() < kSampleCount && !seen.contains(value)) {
                seen.insert(value);
                samples.append(value);
            }
        }
        // Show what fits the column; the tooltip has every sample in full.
        QStringList shown;
        int length = 0;
        for (const QString &sample : std::as_const(samples)) {
            const QString text = elided(sample);
            if (!shown.isEmpty() && length + text.size() > kSampleLineChars)
                break;
            shown.append(text);
            length += int(text.size()) + 2;
        }
        row.samples->setText(shown.join(QStringLiteral(", ")));
        row.samples->setToolTip(samples.join(QLatin1Char('\n')));

        if (!m_previewFresh) {
            row.check->setStyleSheet(QString());
            row.check->setText(tr("checking…"));
            continue;
        }
        if (nonEmpty == 0) {
            row.check->setStyleSheet(row.field.required ? kBad : QString());
            row.check->setText(tr("no values in the preview"));
            continue;
        }
        const int failures = m_preview.failures.value(row.field.key, 0);
        QString text;
        switch (row.field.kind) {
        case FieldKind::Number:
            text = failures > 0 ? tr("%n of %1 values are not numbers", nullptr, failures).arg(nonEmpty)
                                : tr("✓ numbers");
            break;
        case FieldKind::Date:
            text = failures > 0 ? tr("%n of %1 values are not dates", nullptr, failures).arg(nonEmpty)
                                : tr("✓ dates");
            break;
        case FieldKind::Bool:
            text = failures > 0 ? tr("%n of %1 values are not yes/no", nullptr, failures).arg(nonEmpty)
                                : tr("✓ yes/no");
            break;
        default:
            text = tr("✓ %L1 of %L2 rows filled").arg(nonEmpty).arg(m_preview.rows.size());
            break;
        }
        row.check->setStyleSheet(failures > 0 ? kBad : kGood);
        row.check->setText(text);
    }
}

void ImportMappingPage::updateMissing()
{
    const QStringList missing = missingRequired();
    m_missingLabel->setVisible(!missing.isEmpty());
    m_missingLabel->setText(tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", "))));
}

int ImportMappingPage::selectedColumn(const FieldRow &row)
{
    return row.combo->currentData().toInt();
}
