#pragma once

#include <QByteArray>
#include <QString>

/**
 * Normalizes contact details the way ad platforms (Google Customer Match,
 * Meta custom audiences) require before hashing, and hashes them.
 *
 * - E-mail: surrounding white space trimmed, lower-cased. Nothing else is
 *   changed (no removal of dots or "+tags", the platforms do not ask for it).
 * - Phone: E.164, "+" followed by the country calling code and the national
 *   number, digits only. A number that starts with "+" or "00" keeps its own
 *   country code. A national number (leading trunk "0" dropped) gets the
 *   calling code of the customer's country from a small table that covers the
 *   countries of UCI Online Retail plus China and Taiwan (callingCode()).
 *   A number that cannot be made E.164 (no digits, unknown country, fewer than
 *   8 or more than 15 digits in total) gives an empty string: it is left out.
 *
 * All functions are pure and thread-safe.
 */
class ContactNormalizer
{
public:
    /** Trimmed, lower-case e-mail; empty when @p email has no "@". */
    static QString normalizeEmail(const QString &email);

    /** E.164 form of @p phone ("+441234567890"), or empty when it cannot be normalized. */
    static QString normalizePhone(const QString &phone, const QString &country);

    /** Calling code (digits, no "+") of an English country name as used by Online Retail; empty when unknown. */
    static QString callingCode(const QString &country);

    /** Lower-case hex SHA-256 of the UTF-8 bytes of @p text; empty for empty text. */
    static QByteArray sha256Hex(const QString &text);
};
