#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

/**
 * Preferences: the user interface language ("System default", "English",
 * "简体中文"). OK stores the choice in Settings::language(); the new language
 * is used from the next start (the dialog says so when the choice differs from
 * the language in effect). MainWindow opens it from File > Preferences….
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /** Compares the choice with the language in effect (TranslationLoader::activeLanguage()). */
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** Text for the menu action that opens this dialog ("&Preferences…"). */
    static QString menuText();

    /** The chosen Settings::language() value: "", "en" or "zh_CN". */
    QString language() const;
    void setLanguage(const QString &language);
    /** True when the chosen language is not the one in effect, so a restart is needed. */
    bool needsRestart() const;

    void accept() override;

private:
    void updateRestartNote();

    QString m_currentLanguage;
    QComboBox *m_languageCombo;
    QLabel *m_restartNote;
};
