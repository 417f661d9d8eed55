#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const char *const kResourceDirectory = ":/i18n";
} // namespace

QString TranslationLoader::s_activeLanguage = QStringLiteral("en");

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

TranslationLoader::~TranslationLoader()
{
    removeTranslators();
    s_activeLanguage = QStringLiteral("en");
}

QString TranslationLoader::activeLanguage()
{
    return s_activeLanguage;
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString TranslationLoader::resolveLanguage(const QString &setting)
{
    if (availableLanguages().contains(setting))
        return setting;
    if (!setting.isEmpty())
        return QStringLiteral("en"); // an unknown stored value: stay readable
    // Follow the system's preferred UI languages in order; Traditional Chinese
    // (zh-TW, zh-HK, zh-Hant) is not shipped and falls through to the next one.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
        if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QString TranslationLoader::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void TranslationLoader::removeTranslators()
{
    for (QTranslator **translator : {&m_qtTranslator, &m_appTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool TranslationLoader::load(const QString &setting)
{
    removeTranslators();
    m_language = resolveLanguage(setting);
    // An explicit choice also formats numbers and dates for that language;
    // following the system keeps the system's formats.
    QLocale::setDefault(setting.isEmpty() ? QLocale::system() : QLocale(m_language));
    s_activeLanguage = QStringLiteral("en");
    if (m_language == QLatin1String("en"))
        return true; // the source text is English

    const QLocale locale(m_language);
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qtTranslator = qt;
    } else {
        delete qt; // Qt's own strings stay English; Tailor's are still translated
    }

    auto *app = new QTranslator(this);
    if (!app->load(QStringLiteral("tailor_%1").arg(m_language), QLatin1String(kResourceDirectory))) {
        delete app;
        removeTranslators(); // no half-translated UI
        m_language = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(app);
    m_appTranslator = app;
    s_activeLanguage = m_language;
    return true;
}
