#include "preferencesdialog.h"

#include "mainwindow/translationloader.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_currentLanguage(TranslationLoader::activeLanguage())
    , m_languageCombo(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    const QString system = TranslationLoader::nativeName(TranslationLoader::resolveLanguage(QString()));
    m_languageCombo->addItem(tr("System default (%1)").arg(system), QString());
    // Language names are written in their own language so anyone can find theirs.
    for (const QString &language : TranslationLoader::availableLanguages())
        m_languageCombo->addItem(TranslationLoader::nativeName(language), language);
    m_languageCombo->setToolTip(tr("The language of menus, pages and messages. "
                                   "\"System default\" follows the language of your computer."));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The new language is used the next time you start Tailor."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setLanguage(Settings::language());
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(420);
}

QString PreferencesDialog::menuText()
{
    return tr("&Preferences…");
}

QString PreferencesDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    m_languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

bool PreferencesDialog::needsRestart() const
{
    return TranslationLoader::resolveLanguage(language()) != m_currentLanguage;
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(needsRestart());
}

void PreferencesDialog::accept()
{
    Settings::setLanguage(language());
    QDialog::accept();
}
