#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

/**
 * Installs the translators for the user interface language: Qt's own strings
 * (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, e.g. the wizard and
 * dialog buttons) and Tailor's strings (tailor_<lang>.qm, compiled from
 * resources/translations/tailor_<lang>.ts and embedded under :/i18n).
 *
 * The language comes from Settings::language(): "" follows the system locale,
 * "en" is the untranslated source text, "zh_CN" is Simplified Chinese. Loading
 * another language removes the translators installed before; widgets built
 * earlier keep their text until they are rebuilt (Tailor asks for a restart).
 * The destructor removes the translators. Use from the GUI thread only.
 */
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    /** The languages Tailor ships, source language first: "en", "zh_CN". */
    static QStringList availableLanguages();
    /** The shipped language that @p setting means; "" resolves through the system locale (default "en"). */
    static QString resolveLanguage(const QString &setting);
    /** The language's name in itself ("English", "简体中文"). */
    static QString nativeName(const QString &language);

    /**
     * Installs the translators for @p setting (a Settings::language() value) and
     * makes its locale the default one for explicit choices. Returns false when
     * Tailor's own translation for a non-English language could not be loaded;
     * the UI then stays in English.
     */
    bool load(const QString &setting);
    /** The language in effect after the last load() ("en" before any). */
    QString currentLanguage() const { return m_language; }
    /** The language of the translators installed now by any loader ("en" when none is). */
    static QString activeLanguage();

private:
    void removeTranslators();

    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_appTranslator = nullptr;
    QString m_language = QStringLiteral("en");
    static QString s_activeLanguage;
};
