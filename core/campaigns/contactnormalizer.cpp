#include "contactnormalizer.h"

#include <QCryptographicHash>
#include <QHash>

QString ContactNormalizer::normalizeEmail(const QString &email)
{
    const QString trimmed = email.trimmed().toLower();
    if (!trimmed.contains(QLatin1Char('@')))
        return QString();
    return trimmed;
}

QString ContactNormalizer::callingCode(const QString &country)
{
    // Countries of UCI Online Retail, plus China and Taiwan (zh_CN customers).
    static const QHash<QString, QString> codes = {
        {QStringLiteral("united kingdom"), QStringLiteral("44")}, {QStringLiteral("uk"), QStringLiteral("44")},
        {QStringLiteral("channel islands"), QStringLiteral("44")}, {QStringLiteral("germany"), QStringLiteral("49")},
        {QStringLiteral("france"), QStringLiteral("33")}, {QStringLiteral("eire"), QStringLiteral("353")},
        {QStringLiteral("ireland"), QStringLiteral("353")}, {QStringLiteral("spain"), QStringLiteral("34")},
        {QStringLiteral("netherlands"), QStringLiteral("31")}, {QStringLiteral("belgium"), QStringLiteral("32")},
        {QStringLiteral("switzerland"), QStringLiteral("41")}, {QStringLiteral("portugal"), QStringLiteral("351")},
        {QStringLiteral("australia"), QStringLiteral("61")}, {QStringLiteral("norway"), QStringLiteral("47")},
        {QStringLiteral("italy"), QStringLiteral("39")}, {QStringLiteral("finland"), QStringLiteral("358")},
        {QStringLiteral("cyprus"), QStringLiteral("357")}, {QStringLiteral("sweden"), QStringLiteral("46")},
        {QStringLiteral("austria"), QStringLiteral("43")}, {QStringLiteral("denmark"), QStringLiteral("45")},
        {QStringLiteral("japan"), QStringLiteral("81")}, {QStringLiteral("poland"), QStringLiteral("48")},
        {QStringLiteral("israel"), QStringLiteral("972")}, {QStringLiteral("usa"), QStringLiteral("1")},
        {QStringLiteral("united states"), QStringLiteral("1")}, {QStringLiteral("canada"), QStringLiteral("1")},
        {QStringLiteral("hong kong"), QStringLiteral("852")}, {QStringLiteral("singapore"), QStringLiteral("65")},
        {QStringLiteral("iceland"), QStringLiteral("354")}, {QStringLiteral("greece"), QStringLiteral("30")},
        {QStringLiteral("malta"), QStringLiteral("356")}, {QStringLiteral("united arab emirates"), QStringLiteral("971")},
        {QStringLiteral("rsa"), QStringLiteral("27")}, {QStringLiteral("south africa"), QStringLiteral("27")},
        {QStringLiteral("lebanon"), QStringLiteral("961")}, {QStringLiteral("lithuania"), QStringLiteral("370")},
        {QStringLiteral("brazil"), QStringLiteral("55")}, {QStringLiteral("czech republic"), QStringLiteral("420")},
        {QStringLiteral("bahrain"), QStringLiteral("973")}, {QStringLiteral("saudi arabia"), QStringLiteral("966")},
        {QStringLiteral("china"), QStringLiteral("86")}, {QStringLiteral("taiwan"), QStringLiteral("886")},
    };
    return codes.value(country.trimmed().toLower());
}

QString ContactNormalizer::normalizePhone(const QString &phone, const QString &country)
{
    QString trimmed = phone.trimmed();
    // "+44 (0)20 ..." writes the national trunk prefix in brackets; it is not dialled from abroad.
    trimmed.remove(QLatin1String("(0)"));
    QString digits;
    digits.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    if (digits.isEmpty())
        return QString();
    QString full;
    if (trimmed.startsWith(QLatin1Char('+'))) {
        full = digits;
    } else if (digits.startsWith(QLatin1String("00"))) {
        full = digits.mid(2);
    } else {
        const QString code = callingCode(country);
        if (code.isEmpty())
            return QString();
        QString national = digits;
        // The trunk prefix "0" of national numbers is not part of E.164 (Italy keeps it).
        if (code != QLatin1String("39")) {
            while (national.startsWith(QLatin1Char('0')))
                national.remove(0, 1);
        }
        // A national number already written with its country code but no "+".
        if (national.startsWith(code) && national.size() - code.size() >= 8 && national.size() > 10)
            full = national;
        else
            full = code + national;
    }
    if (full.isEmpty() || full.startsWith(QLatin1Char('0')) || full.size() < 8 || full.size() > 15)
        return QString();
    return QLatin1Char('+') + full;
}

QByteArray ContactNormalizer::sha256Hex(const QString &text)
{
    if (text.isEmpty())
        return QByteArray();
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}
