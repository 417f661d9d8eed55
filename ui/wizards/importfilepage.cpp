#include "importfilepage.h"

#include "settings/settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_kindDescription(new QLabel(this))
    , m_fieldsLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Tailor reads CSV, tab-separated and text files (also gzip-compressed) and Excel workbooks."));

    m_pathEdit->setObjectName(QStringLiteral("filePathEdit"));
    m_pathEdit->setPlaceholderText(tr("Path of the file to import"));
    m_pathEdit->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Transactions (order lines)"), int(ImportKind::Transactions));
    m_kindCombo->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kindCombo->addItem(tr("Products"), int(ImportKind::Products));
    m_kindCombo->addItem(tr("Ratings"), int(ImportKind::Ratings));
    m_kindCombo->addItem(tr("Experiment results"), int(ImportKind::Experiment));
    m_kindDescription->setObjectName(QStringLiteral("kindDescriptionLabel"));
    m_kindDescription->setWordWrap(true);
    m_kindDescription->setForegroundRole(QPalette::PlaceholderText);
    m_kindDescription->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_fieldsLabel->setObjectName(QStringLiteral("kindFieldsLabel"));
    m_fieldsLabel->setWordWrap(true);
    m_fieldsLabel->setTextFormat(Qt::RichText);
    m_fieldsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_errorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, pathRow);
    auto *kindLabel = new QLabel(tr("&The file holds:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_kindCombo, 0, Qt::AlignLeft);
    kindColumn->addWidget(m_kindDescription);
    form->addRow(kindLabel, kindColumn);

    auto *fieldsBox = new QGroupBox(tr("Columns Tailor looks for"), this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_fieldsLabel);
    auto *formatsHint = new QLabel(tr("Column names do not need to match exactly: the next steps show what "
                                      "was recognised, and you can pick columns yourself. The encoding "
                                      "(UTF-8, UTF-16, GB18030), the delimiter and the header row are "
                                      "detected."), fieldsBox);
    formatsHint->setWordWrap(true);
    formatsHint->setForegroundRole(QPalette::PlaceholderText);
    fieldsLayout->addWidget(formatsHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addSpacing(8);
    layout->addWidget(fieldsBox);
    layout->addStretch(1);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        m_errorLabel->hide();
        emit completeChanged();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::showKindDescription);
    showKindDescription();
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kindCombo->currentData().toInt());
}

void ImportFilePage::applyTo(ImportOptions &options) const
{
    options.reader.path = filePath();
    options.kind = kind();
}

bool ImportFilePage::isComplete() const
{
    return !filePath().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QFileInfo info(filePath());
    if (!info.exists()) {
        showError(tr("The file “%1” does not exist. Check the path or choose the file with Browse.")
                      .arg(QDir::toNativeSeparators(filePath())));
        return false;
    }
    if (!info.isFile()) {
        showError(tr("“%1” is a folder, not a file.").arg(QDir::toNativeSeparators(filePath())));
        return false;
    }
    if (!info.isReadable()) {
        showError(tr("The file “%1” cannot be read; check its permissions.").arg(QDir::toNativeSeparators(filePath())));
        return false;
    }
    m_errorLabel->hide();
    return true;
}

void ImportFilePage::browse()
{
    QString directory = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty() || !QFileInfo(directory).isDir())
        directory = Settings::lastImportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters = {
        tr("Data files (*.csv *.tsv *.txt *.gz *.xlsx)"),
        tr("CSV and text files (*.csv *.tsv *.txt)"),
        tr("Compressed files (*.gz)"),
        tr("Excel workbooks (*.xlsx)"),
        tr("All files (*)"),
    };
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), directory,
                                                      filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    Settings::setLastImportDirectory(QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportFilePage::showKindDescription()
{
    QStringList required;
    QStringList optional;
    for (const TargetField &field : targetFields(kind()))
        (field.required ? required : optional).append(field.label.toHtmlEscaped());
    QString fields = tr("<b>Required:</b> %1").arg(required.join(QStringLiteral(", ")));
    if (!optional.isEmpty())
        fields += QStringLiteral("<br>") + tr("<b>Optional:</b> %1").arg(optional.join(QStringLiteral(", ")));
    m_fieldsLabel->setText(fields);

    switch (kind()) {
    case ImportKind::Transactions:
        m_kindDescription->setText(tr("One row per order line: order, customer, product, quantity, price and date. "
                                      "Customers and products are added as they appear."));
        break;
    case ImportKind::Customers:
        m_kindDescription->setText(tr("One row per customer with an ID and details such as name, e-mail, "
                                      "birth year, income or signup date."));
        break;
    case ImportKind::Products:
        m_kindDescription->setText(tr("One row per product with its code (SKU), name, category and price."));
        break;
    case ImportKind::Ratings:
        m_kindDescription->setText(tr("One row per rating: which customer rated which product, the score and "
                                      "optionally when."));
        break;
    case ImportKind::Experiment:
        m_kindDescription->setText(tr("One row per customer of a test: the arm (group) they were in and the "
                                      "outcomes measured, such as visits or spend."));
        break;
    }
}

void ImportFilePage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}
