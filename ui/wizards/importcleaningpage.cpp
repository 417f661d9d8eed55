#include "importcleaningpage.h"

#include "importwizard.h"
#include "previewrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DMY: return ImportCleaningPage::tr("day-month-year");
    case DateOrder::MDY: return ImportCleaningPage::tr("month-day-year");
    case DateOrder::YMD: return ImportCleaningPage::tr("year-month-day");
    case DateOrder::Auto: break;
    }
    return ImportCleaningPage::tr("automatic");
}

bool hasDateField(ImportKind kind)
{
    const QList<TargetField> fields = targetFields(kind);
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const TargetField &field) { return field.kind == FieldKind::Date; });
}

} // namespace

ImportCleaningPage::ImportCleaningPage(QWidget *parent)
    : QWizardPage(parent)
    , m_runner(new PreviewRunner(this))
    , m_dropDuplicatesCheck(new QCheckBox(tr("Drop &exact duplicate rows"), this))
    , m_ordersBox(new QGroupBox(tr("Order lines"), this))
    , m_returnsCombo(new QComboBox(this))
    , m_anonymousCombo(new QComboBox(this))
    , m_datesBox(new QGroupBox(tr("Dates"), this))
    , m_dateOrderCombo(new QComboBox(this))
    , m_detectedDatesLabel(new QLabel(this))
    , m_dateNote(new QLabel(this))
{
    setTitle(tr("Choose how to clean the data"));
    setSubTitle(tr("Nothing is lost: rows left out are counted, and rows that cannot be read are kept "
                   "with their line number and reason."));
    setButtonText(QWizard::NextButton, tr("&Import"));

    m_dropDuplicatesCheck->setObjectName(QStringLiteral("dropDuplicatesCheck"));
    m_dropDuplicatesCheck->setChecked(true);
    auto *duplicatesHint = new QLabel(tr("A row identical to an earlier row of the same file is counted as a "
                                         "duplicate and not imported again."), this);
    duplicatesHint->setWordWrap(true);
    duplicatesHint->setForegroundRole(QPalette::PlaceholderText);
    auto *rowsBox = new QGroupBox(tr("Rows"), this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_dropDuplicatesCheck);
    rowsLayout->addWidget(duplicatesHint);

    m_returnsCombo->setObjectName(QStringLiteral("returnsCombo"));
    m_returnsCombo->addItem(tr("Keep them, marked as returns"), int(ReturnsPolicy::Keep));
    m_returnsCombo->addItem(tr("Leave them out"), int(ReturnsPolicy::Skip));
    m_anonymousCombo->setObjectName(QStringLiteral("anonymousCombo"));
    m_anonymousCombo->addItem(tr("Keep them as anonymous sales"), true);
    m_anonymousCombo->addItem(tr("Leave them out"), false);
    auto *ordersForm = new QFormLayout(m_ordersBox);
    ordersForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *returnsLabel = new QLabel(tr("&Returns (negative quantities, cancelled invoices):"), m_ordersBox);
    returnsLabel->setBuddy(m_returnsCombo);
    ordersForm->addRow(returnsLabel, m_returnsCombo);
    auto *anonymousLabel = new QLabel(tr("Lines without a &customer:"), m_ordersBox);
    anonymousLabel->setBuddy(m_anonymousCombo);
    ordersForm->addRow(anonymousLabel, m_anonymousCombo);

    m_dateOrderCombo->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrderCombo->addItem(tr("Automatic"), int(DateOrder::Auto));
    m_dateOrderCombo->addItem(tr("Day-month-year (31/12/2024)"), int(DateOrder::DMY));
    m_dateOrderCombo->addItem(tr("Month-day-year (12/31/2024)"), int(DateOrder::MDY));
    m_dateOrderCombo->addItem(tr("Year-month-day (2024-12-31)"), int(DateOrder::YMD));
    m_detectedDatesLabel->setObjectName(QStringLiteral("detectedDatesLabel"));
    m_detectedDatesLabel->setWordWrap(true);
    m_detectedDatesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_dateNote->setObjectName(QStringLiteral("dateNoteLabel"));
    m_dateNote->setWordWrap(true);
    m_dateNote->setText(tr("<b>Please choose the date order.</b> Every date in the first rows fits both "
                           "day/month and month/day (such as 04/09/2012), so Tailor cannot tell them apart. "
                           "Left on Automatic, they are read as day-month-year."));
    m_dateNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0b000;"
                                             " border-radius: 4px; padding: 8px; }"));
    m_dateNote->hide();
    auto *datesForm = new QFormLayout(m_datesBox);
    datesForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *dateOrderLabel = new QLabel(tr("Date &order:"), m_datesBox);
    dateOrderLabel->setBuddy(m_dateOrderCombo);
    datesForm->addRow(dateOrderLabel, m_dateOrderCombo);
    datesForm->addRow(m_detectedDatesLabel);
    datesForm->addRow(m_dateNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rowsBox);
    layout->addWidget(m_ordersBox);
    layout->addWidget(m_datesBox);
    layout->addStretch(1);

    connect(m_dateOrderCombo, &QComboBox::currentIndexChanged, this, &ImportCleaningPage::updateDateNote);
    connect(m_runner, &PreviewRunner::previewReady, this, &ImportCleaningPage::onPreviewReady);
}

void ImportCleaningPage::applyTo(ImportOptions &options) const
{
    options.dropDuplicates = m_dropDuplicatesCheck->isChecked();
    if (options.kind == ImportKind::Transactions) {
        options.returns = ReturnsPolicy(m_returnsCombo->currentData().toInt());
        options.keepAnonymous = m_anonymousCombo->currentData().toBool();
    }
    options.dateOrder = DateOrder(m_dateOrderCombo->currentData().toInt());
}

void ImportCleaningPage::initializePage()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard)
        return;
    const ImportOptions options = importWizard->options(ImportWizard::MappingPageId);
    m_ordersBox->setVisible(options.kind == ImportKind::Transactions);
    const bool dates = hasDateField(options.kind);
    m_datesBox->setVisible(dates);
    m_datesKnown = false;
    m_dates = DateColumnGuess();
    m_detectedDatesLabel->setText(tr("Checking the dates in the first rows…"));
    updateDateNote();
    if (dates)
        m_runner->request(options);
}

void ImportCleaningPage::cleanupPage()
{
    // Keep the choices when the user goes back.
}

void ImportCleaningPage::onPreviewReady(const ImportPreview &preview)
{
    m_dates = preview.dates;
    m_datesKnown = true;
    if (preview.dates.excelSerial)
        m_detectedDatesLabel->setText(tr("The dates are Excel serial numbers; the order does not matter."));
    else if (preview.dates.epochSeconds)
        m_detectedDatesLabel->setText(tr("The dates are Unix timestamps; the order does not matter."));
    else if (preview.dates.order == DateOrder::Auto)
        m_detectedDatesLabel->setText(tr("No dates to check in the first rows."));
    else if (preview.dates.ambiguous)
        m_detectedDatesLabel->setText(tr("The first rows do not settle the order."));
    else
        m_detectedDatesLabel->setText(tr("The first rows are written %1.").arg(dateOrderName(preview.dates.order)));
    updateDateNote();
}

void ImportCleaningPage::updateDateNote()
{
    const bool automatic = DateOrder(m_dateOrderCombo->currentData().toInt()) == DateOrder::Auto;
    m_dateNote->setVisible(m_datesKnown && m_dates.ambiguous && automatic);
}
