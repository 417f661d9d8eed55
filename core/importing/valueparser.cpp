#include "valueparser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QVarLengthArray>

#include <cmath>

/** Translation context of the value parser's user-visible text. */
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)
};

namespace {

// ---------------------------------------------------------------------------
// Character classes. Everything here looks at UTF-16 code units directly;
// QChar's Unicode tables are slower and accept far more than we want.

/** 0..9 for ASCII and full-width digits, -1 otherwise. */
inline int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= 0xFF10 && c <= 0xFF19) // full-width ０..９
        return c - 0xFF10;
    return -1;
}

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/** Blanks that may group thousands: space, no-break, figure, thin and narrow no-break space. */
inline bool isGroupSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F;
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019;
}

/** $ € £ ¥ ￥ */
inline bool isCurrency(char16_t c)
{
    return c == u'$' || c == 0x20AC || c == 0x00A3 || c == 0x00A5 || c == 0xFFE5;
}

inline bool isMinus(char16_t c)
{
    return c == u'-' || c == 0x2212; // ASCII hyphen-minus, Unicode minus sign
}

inline char16_t toLowerAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

/** Case-insensitive comparison with a lower-case ASCII word. */
bool equalsAsciiWord(QStringView text, const char *word)
{
    qsizetype i = 0;
    for (; word[i]; ++i) {
        if (i >= text.size() || toLowerAscii(text[i].unicode()) != char16_t(word[i]))
            return false;
    }
    return i == text.size();
}

// ---------------------------------------------------------------------------
// Numbers

/** Exact powers of ten; 10^22 is the largest one a double holds exactly. */
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/** A number's text stripped of sign and currency: the digits, marks and exponent. */
struct NumberBody
{
    QStringView mantissa; // digits, decimal mark and group separators
    QStringView exponent; // after e/E: optional sign and digits; null when absent
    bool negative = false;
    bool valid = false;
};

/** Splits off sign, currency symbols and exponent; checks the characters used. */
NumberBody splitNumber(QStringView text)
{
    NumberBody body;
    const QStringView s = text.trimmed();
    qsizetype begin = 0;
    qsizetype end = s.size();
    bool signSeen = false;
    bool currencySeen = false;
    // A sign and a currency symbol may lead in either order: "-$5", "$-5", "€ 12".
    while (begin < end) {
        const char16_t c = s[begin].unicode();
        if (!signSeen && (c == u'+' || isMinus(c))) {
            signSeen = true;
            body.negative = c != u'+';
            ++begin;
        } else if (!currencySeen && isCurrency(c)) {
            currencySeen = true;
            ++begin;
            while (begin < end && isGroupSpace(s[begin].unicode()))
                ++begin;
        } else {
            break;
        }
    }
    // ... or the currency symbol trails: "12,50 €".
    if (!currencySeen && end > begin && isCurrency(s[end - 1].unicode())) {
        --end;
        while (end > begin && isGroupSpace(s[end - 1].unicode()))
            --end;
    }
    if (begin >= end)
        return body;
    const QStringView rest = s.sliced(begin, end - begin);
    qsizetype e = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const char16_t c = rest[i].unicode();
        if (c == u'e' || c == u'E') {
            e = i;
            break;
        }
        if (digitValue(c) < 0 && c != u'.' && c != u',' && !isGroupSpace(c) && !isApostrophe(c))
            return body;
    }
    if (e >= 0) {
        body.mantissa = rest.first(e);
        body.exponent = rest.sliced(e + 1);
        qsizetype i = 0;
        if (i < body.exponent.size() && (body.exponent[i] == u'+' || isMinus(body.exponent[i].unicode())))
            ++i;
        if (i == body.exponent.size())
            return body;
        for (; i < body.exponent.size(); ++i) {
            if (digitValue(body.exponent[i].unicode()) < 0)
                return body;
        }
    } else {
        body.mantissa = rest;
    }
    body.valid = !body.mantissa.isEmpty();
    return body;
}

/** Counts of the decimal-mark candidates in a mantissa. */
struct MarkScan
{
    int dots = 0;
    int commas = 0;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
};

MarkScan scanMarks(QStringView mantissa)
{
    MarkScan scan;
    for (qsizetype i = 0; i < mantissa.size(); ++i) {
        if (mantissa[i] == u'.') {
            ++scan.dots;
            scan.lastDot = i;
        } else if (mantissa[i] == u',') {
            ++scan.commas;
            scan.lastComma = i;
        }
    }
    return scan;
}

/** Digits after position @p pos up to the end, or -1 when anything but digits follows. */
int digitsAfter(QStringView mantissa, qsizetype pos)
{
    int n = 0;
    for (qsizetype i = pos + 1; i < mantissa.size(); ++i) {
        if (digitValue(mantissa[i].unicode()) < 0)
            return -1;
        ++n;
    }
    return n;
}

/** True when a non-zero digit comes before position @p pos. */
bool nonZeroBefore(QStringView mantissa, qsizetype pos)
{
    for (qsizetype i = 0; i < pos; ++i) {
        if (digitValue(mantissa[i].unicode()) > 0)
            return true;
    }
    return false;
}

/** The decimal mark (u'.' or u','), or 0 when the number has none, for @p style. */
char16_t decimalMark(QStringView mantissa, const MarkScan &scan, NumberStyle style)
{
    switch (style) {
    case NumberStyle::Dot:
        return u'.';
    case NumberStyle::Comma:
        return u',';
    case NumberStyle::Auto:
        break;
    }
    if (scan.dots > 0 && scan.commas > 0)
        return scan.lastDot > scan.lastComma ? u'.' : u',';
    if (scan.dots == 1)
        return u'.';
    if (scan.commas == 1) {
        // "1,234" groups thousands, "3,5" and "0,125" are decimals.
        const bool thousands = digitsAfter(mantissa, scan.lastComma) == 3 && nonZeroBefore(mantissa, scan.lastComma);
        return thousands ? 0 : u',';
    }
    return 0; // a mark seen twice or more groups thousands
}

/**
 * The common case of parseNumber(), in a quarter of its time: "[-]digits[.digits]" in ASCII
 * with at most 15 digits. False when @p text is anything else (parseNumber() then reads it),
 * and for "1.234" under the comma style, where the dot groups thousands. The value is
 * parseMantissa()'s: an exact integer divided by an exact power of ten.
 */
bool parsePlainDecimal(QStringView text, NumberStyle style, double *out)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    const bool negative = size > 0 && text[0] == u'-';
    if (negative)
        ++i;
    quint64 digits = 0;
    int count = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (isAsciiDigit(c)) {
            digits = digits * 10 + quint64(c - u'0');
            ++count;
            if (inFraction)
                ++fractionDigits;
        } else if (c == u'.' && !inFraction && count > 0 && style != NumberStyle::Comma) {
            inFraction = true;
        } else {
            return false;
        }
    }
    if (count == 0 || count > 15 || (inFraction && fractionDigits == 0))
        return false;
    double value = double(digits);
    if (fractionDigits > 0)
        value /= kPow10[fractionDigits];
    *out = negative && value != 0 ? -value : value;
    return true;
}

std::optional<double> parseMantissa(const NumberBody &body, char16_t mark)
{
    // Builds "-123.45e6" in ASCII while computing the fast-path mantissa.
    QVarLengthArray<char, 64> ascii;
    if (body.negative)
        ascii.append('-');
    quint64 digits = 0;
    int significant = 0;
    int fractionDigits = 0;
    bool anyDigit = false;
    bool inFraction = false;
    int groupLength = -1;  // digits since the last group separator; -1 before the first one
    int leadLength = 0;    // digits before the first group separator
    bool lastWasSeparator = false;

    for (qsizetype i = 0; i < body.mantissa.size(); ++i) {
        const char16_t c = body.mantissa[i].unicode();
        const int d = digitValue(c);
        if (d >= 0) {
            anyDigit = true;
            lastWasSeparator = false;
            ascii.append(char('0' + d));
            if (inFraction) {
                ++fractionDigits;
            } else if (groupLength >= 0) {
                if (++groupLength > 3)
                    return std::nullopt;
            } else {
                ++leadLength;
            }
            if (significant > 0 || d != 0)
                ++significant;
            if (significant <= 18)
                digits = digits * 10 + quint64(d);
            continue;
        }
        if (mark != 0 && c == mark) {
            if (inFraction || lastWasSeparator || (groupLength >= 0 && groupLength != 3))
                return std::nullopt;
            inFraction = true;
            ascii.append('.');
            continue;
        }
        // Any other accepted character is a group separator: only between digit
        // groups of the integer part, the first group 1..3 digits, later ones 3.
        if (inFraction || lastWasSeparator || leadLength == 0 || leadLength > 3
            || (groupLength >= 0 && groupLength != 3))
            return std::nullopt;
        groupLength = 0;
        lastWasSeparator = true;
    }
    if (!anyDigit || lastWasSeparator || (!inFraction && groupLength >= 0 && groupLength != 3))
        return std::nullopt;

    int exponent = 0;
    if (!body.exponent.isNull()) {
        bool negativeExponent = false;
        qsizetype i = 0;
        if (body.exponent[0] == u'+' || isMinus(body.exponent[0].unicode())) {
            negativeExponent = body.exponent[0] != u'+';
            ++i;
        }
        for (; i < body.exponent.size(); ++i) {
            exponent = exponent * 10 + digitValue(body.exponent[i].unicode());
            if (exponent > 9999)
                return std::nullopt;
        }
        if (negativeExponent)
            exponent = -exponent;
        ascii.append('e');
        const QByteArray e = QByteArray::number(exponent);
        ascii.append(e.constData(), e.size());
    }

    // Clinger's fast path: an exact integer times or divided by an exact power
    // of ten rounds correctly. That covers nearly every price and quantity.
    const int scale = exponent - fractionDigits;
    double value = 0;
    if (significant <= 15 && scale >= -22 && scale <= 22) {
        value = double(digits);
        value = scale >= 0 ? value * kPow10[scale] : value / kPow10[-scale];
        if (body.negative)
            value = -value;
    } else {
        bool ok = false;
        value = QByteArrayView(ascii.constData(), ascii.size()).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(value))
        return std::nullopt;
    if (value == 0)
        value = 0; // no "-0"
    return value;
}

// ---------------------------------------------------------------------------
// Dates

/** A forward-only reader over a trimmed cell. */
struct Cursor
{
    QStringView s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    char16_t peek() const { return pos < s.size() ? s[pos].unicode() : char16_t(0); }

    /** Reads up to @p maxDigits digits; returns how many were read (0 = none). */
    int number(int maxDigits, int *value)
    {
        int n = 0;
        int v = 0;
        while (pos < s.size() && n < maxDigits) {
            const int d = digitValue(s[pos].unicode());
            if (d < 0)
                break;
            v = v * 10 + d;
            ++n;
            ++pos;
        }
        // More digits than allowed: not this form.
        if (n == maxDigits && pos < s.size() && digitValue(s[pos].unicode()) >= 0)
            return 0;
        *value = v;
        return n;
    }

    void skipSpaces()
    {
        while (pos < s.size() && isGroupSpace(s[pos].unicode()))
            ++pos;
    }

    bool accept(char16_t c)
    {
        if (peek() != c || atEnd())
            return false;
        ++pos;
        return true;
    }
};

inline bool isDateSeparator(char16_t c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

/** 00..68 -> 2000..2068, 69..99 -> 1969..1999 (the POSIX strptime pivot). */
inline int expandYear(int twoDigits)
{
    return twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The numeric parts of a date, before deciding which is which. */
struct DateFields
{
    enum Form { None, YearFirst, DayMonthFirst };
    Form form = None;
    int a = 0, b = 0, c = 0;   // in written order
    int lenA = 0, lenC = 0;
};

/** Reads the date part ("2010-12-01", "4/9/12", "2012年9月4日") from @p cur. */
DateFields readDate(Cursor &cur)
{
    DateFields f;
    f.lenA = cur.number(4, &f.a);
    if (f.lenA == 0)
        return f;
    const char16_t sep = cur.peek();
    if (sep == u'年') {
        if (f.lenA != 4)
            return f;
        ++cur.pos;
        cur.skipSpaces();
        if (cur.number(2, &f.b) == 0 || !cur.accept(u'月'))
            return f;
        cur.skipSpaces();
        if (cur.number(2, &f.c) == 0 || !(cur.accept(u'日') || cur.accept(u'号')))
            return f;
        f.lenC = 2;
        f.form = DateFields::YearFirst;
        return f;
    }
    if (!isDateSeparator(sep))
        return f;
    ++cur.pos;
    if (cur.number(2, &f.b) == 0 || !cur.accept(sep))
        return f;
    f.lenC = cur.number(4, &f.c);
    if (f.lenA == 4) {
        if (f.lenC == 0 || f.lenC > 2)
            return f;
        f.form = DateFields::YearFirst;
    } else if (f.lenA <= 2 && (f.lenC == 2 || f.lenC == 4)) {
        f.form = DateFields::DayMonthFirst;
    }
    return f;
}

/** Reads "H:MM[:SS[.zzz]][ AM|PM][Z|±HH[:MM]]" up to the end of @p cur. */
std::optional<QTime> readTime(Cursor &cur)
{
    int h = 0, m = 0, s = 0, ms = 0;
    if (cur.number(2, &h) == 0 || !cur.accept(u':'))
        return std::nullopt;
    if (cur.number(2, &m) != 2)
        return std::nullopt;
    if (cur.accept(u':')) {
        if (cur.number(2, &s) != 2)
            return std::nullopt;
        if (cur.peek() == u'.' || cur.peek() == u',') {
            ++cur.pos;
            int n = 0;
            while (!cur.atEnd() && digitValue(cur.peek()) >= 0) {
                if (n < 3)
                    ms = ms * 10 + digitValue(cur.peek());
                ++n;
                ++cur.pos;
            }
            if (n == 0)
                return std::nullopt;
            for (; n < 3; ++n)
                ms *= 10;
        }
    }
    cur.skipSpaces();
    // AM / PM, also written "a.m." / "p.m."
    const char16_t marker = toLowerAscii(cur.peek());
    if (marker == u'a' || marker == u'p') {
        ++cur.pos;
        cur.accept(u'.');
        if (toLowerAscii(cur.peek()) != u'm')
            return std::nullopt;
        ++cur.pos;
        cur.accept(u'.');
        if (h < 1 || h > 12)
            return std::nullopt;
        if (marker == u'a')
            h = h == 12 ? 0 : h;
        else
            h = h == 12 ? 12 : h + 12;
        cur.skipSpaces();
    }
    // A zone designator is accepted and ignored: the wall clock is kept as written.
    if (cur.peek() == u'Z' || cur.peek() == u'z') {
        ++cur.pos;
    } else if (cur.peek() == u'+' || isMinus(cur.peek())) {
        ++cur.pos;
        int zh = 0, zm = 0;
        if (cur.number(2, &zh) != 2)
            return std::nullopt;
        cur.accept(u':');
        if (!cur.atEnd() && cur.number(2, &zm) != 2)
            return std::nullopt;
        if (zh > 14 || zm > 59)
            return std::nullopt;
    }
    if (!cur.atEnd() || !QTime::isValid(h, m, s, ms))
        return std::nullopt;
    return QTime(h, m, s, ms);
}

} // namespace

QStringView normalizeIdView(QStringView text)
{
    const QStringView s = text.trimmed();
    // Digits, then the first dot, then zeros only.
    qsizetype dot = 0;
    while (dot < s.size() && isAsciiDigit(s[dot].unicode()))
        ++dot;
    if (dot == 0 || dot >= s.size() - 1 || s[dot] != u'.')
        return s;
    for (qsizetype i = dot + 1; i < s.size(); ++i) {
        if (s[i] != u'0')
            return s;
    }
    return s.first(dot);
}

QString normalizeId(QStringView text)
{
    return normalizeIdView(text).toString();
}

std::optional<double> parseNumber(QStringView text, NumberStyle style)
{
    double plain = 0;
    if (parsePlainDecimal(text, style, &plain))
        return plain;
    const NumberBody body = splitNumber(text);
    if (!body.valid)
        return std::nullopt;
    const MarkScan scan = scanMarks(body.mantissa);
    const char16_t mark = decimalMark(body.mantissa, scan, style);
    if ((mark == u'.' && scan.dots > 1) || (mark == u',' && scan.commas > 1))
        return std::nullopt;
    return parseMantissa(body, mark);
}

NumberStyle detectNumberStyle(const QStringList &samples)
{
    int dotVotes = 0;
    int commaVotes = 0;
    for (const QString &sample : samples) {
        const NumberBody body = splitNumber(sample);
        if (!body.valid)
            continue;
        const MarkScan scan = scanMarks(body.mantissa);
        NumberStyle vote = NumberStyle::Auto;
        if (scan.dots > 0 && scan.commas > 0) {
            vote = scan.lastDot > scan.lastComma ? NumberStyle::Dot : NumberStyle::Comma;
        } else if (scan.dots > 1) {
            vote = NumberStyle::Comma;
        } else if (scan.commas > 1) {
            vote = NumberStyle::Dot;
        } else if (scan.commas == 1 || scan.dots == 1) {
            // One mark: it decides unless it could be a thousands separator ("1,234", "1.234").
            const qsizetype pos = scan.commas == 1 ? scan.lastComma : scan.lastDot;
            const bool couldGroup = digitsAfter(body.mantissa, pos) == 3 && nonZeroBefore(body.mantissa, pos);
            if (!couldGroup)
                vote = scan.commas == 1 ? NumberStyle::Comma : NumberStyle::Dot;
        }
        if (vote == NumberStyle::Auto || !parseNumber(sample, vote))
            continue;
        if (vote == NumberStyle::Dot)
            ++dotVotes;
        else
            ++commaVotes;
    }
    if (commaVotes > dotVotes)
        return NumberStyle::Comma;
    if (dotVotes > commaVotes)
        return NumberStyle::Dot;
    return NumberStyle::Auto;
}

std::optional<QDateTime> parseDateTime(QStringView text, DateOrder order)
{
    Cursor cur{text.trimmed()};
    const DateFields f = readDate(cur);
    int year = 0, month = 0, day = 0;
    switch (f.form) {
    case DateFields::None:
        return std::nullopt;
    case DateFields::YearFirst:
        year = f.a;
        month = f.b;
        day = f.c;
        break;
    case DateFields::DayMonthFirst:
        if (order == DateOrder::YMD && f.lenA == 2 && f.lenC == 2) {
            year = expandYear(f.a);
            month = f.b;
            day = f.c;
            break;
        }
        year = f.lenC == 4 ? f.c : expandYear(f.c);
        bool monthFirst = order == DateOrder::MDY;
        if (order != DateOrder::DMY && order != DateOrder::MDY)
            monthFirst = f.a <= 12 && f.b > 12; // Auto (and YMD that does not fit): DMY unless impossible
        month = monthFirst ? f.a : f.b;
        day = monthFirst ? f.b : f.a;
        break;
    }
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (cur.atEnd())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    // Date and time are separated by blanks or a 'T'; 年月日 may run straight into the time.
    const qsizetype before = cur.pos;
    cur.skipSpaces();
    const char16_t last = cur.s[before - 1].unicode();
    if (cur.pos == before && !cur.accept(u'T') && last != u'日' && last != u'号')
        return std::nullopt;
    const std::optional<QTime> time = readTime(cur);
    if (!time)
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}

std::optional<QDateTime> fromExcelSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6)
        return std::nullopt;
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const int seconds = int(totalSeconds % 86400);
    QDate date;
    if (date1904) {
        if (days > 2957003)
            return std::nullopt;
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Excel counts a 29 February 1900 that never was: serial 60. Serials
        // before it count from 1899-12-31, later ones from 1899-12-30.
        if (days < 1 || days > 2958465 || days == 60)
            return std::nullopt;
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    return QDateTime(date, QTime(0, 0).addSecs(seconds), Qt::UTC);
}

std::optional<QDateTime> fromEpochSeconds(qint64 seconds)
{
    constexpr qint64 kYear1 = -62135596800LL;      // 0001-01-01T00:00:00Z
    constexpr qint64 kYear10000 = 253402300800LL;  // 10000-01-01T00:00:00Z
    if (seconds < kYear1 || seconds >= kYear10000)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

void DateOrderDetector::add(QStringView value)
{
    const QStringView s = value.trimmed();
    if (s.isEmpty())
        return;
    ++m_values;

    // Plain numbers: Excel serials or epoch seconds.
    bool plain = true;
    int dots = 0;
    for (QChar ch : s) {
        if (ch == u'.')
            ++dots;
        else if (!isAsciiDigit(ch.unicode()))
            plain = false;
    }
    if (plain && dots <= 1 && s.front() != u'.' && s.back() != u'.') {
        if (dots == 0 && s.size() <= 18) {
            const qint64 v = s.toLongLong();
            if (v >= 100000000LL && v <= 4102444800LL) // 1973-03-03 .. 2100-01-01
                ++m_epochs;
            else if (s.size() == 4 && v >= 1000 && v <= 2999) // a year (serials 1000..2999 are 1902..1908)
                ++m_other;
            else if (v >= 1 && v <= 2958465)
                ++m_serials;
            else
                ++m_other;
        } else {
            const double v = s.toDouble();
            if (v >= 1 && v < 2958466)
                ++m_serials;
            else
                ++m_other;
        }
        return;
    }

    Cursor cur{s};
    const DateFields f = readDate(cur);
    switch (f.form) {
    case DateFields::None:
        ++m_other;
        break;
    case DateFields::YearFirst:
        ++m_ymd;
        break;
    case DateFields::DayMonthFirst:
        if (f.a > 12 && f.a <= 31 && f.b >= 1 && f.b <= 12)
            ++m_dmy;
        else if (f.b > 12 && f.b <= 31 && f.a >= 1 && f.a <= 12)
            ++m_mdy;
        else if (f.a >= 1 && f.a <= 12 && f.b >= 1 && f.b <= 12)
            ++m_undecided;
        else
            ++m_other;
        break;
    }
}

DateColumnGuess DateOrderDetector::result() const
{
    DateColumnGuess guess;
    const qint64 textual = m_ymd + m_dmy + m_mdy + m_undecided;
    if (textual == 0) {
        // No textual date: serials or epoch seconds when they are most of the
        // values (a few stray texts or out-of-range numbers are tolerated).
        if (m_epochs * 2 > m_values)
            guess.epochSeconds = true;
        else if (m_serials * 2 > m_values)
            guess.excelSerial = true;
        return guess;
    }
    if (m_dmy > 0 || m_mdy > 0) {
        guess.order = m_mdy > m_dmy ? DateOrder::MDY : DateOrder::DMY;
        guess.ambiguous = m_dmy > 0 && m_mdy > 0;
    } else if (m_undecided > 0) {
        guess.order = DateOrder::DMY;
        guess.ambiguous = true;
    } else {
        guess.order = DateOrder::YMD;
    }
    return guess;
}

DateColumnGuess detectDateOrder(const QStringList &samples)
{
    DateOrderDetector detector;
    for (const QString &sample : samples)
        detector.add(sample);
    return detector.result();
}

CellType guessType(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return CellType::Empty;
    qsizetype i = (s[0] == u'+' || s[0] == u'-') ? 1 : 0;
    bool integer = i < s.size();
    for (; integer && i < s.size(); ++i)
        integer = isAsciiDigit(s[i].unicode());
    if (integer)
        return CellType::Integer;
    if (parseNumber(s, NumberStyle::Auto))
        return CellType::Number;
    if (parseDateTime(s, DateOrder::Auto))
        return CellType::Date;
    if (parseBool(s))
        return CellType::Boolean;
    return CellType::Text;
}

QString cellTypeName(CellType type)
{
    switch (type) {
    case CellType::Empty: return ValueParser::tr("Empty");
    case CellType::Integer: return ValueParser::tr("Integer");
    case CellType::Number: return ValueParser::tr("Number");
    case CellType::Date: return ValueParser::tr("Date");
    case CellType::Boolean: return ValueParser::tr("Yes/No");
    case CellType::Text: return ValueParser::tr("Text");
    }
    return ValueParser::tr("Text");
}

std::optional<bool> parseBool(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.size() == 1) {
        switch (toLowerAscii(s[0].unicode())) {
        case u'1': case u'y': case u't': case u'是':
            return true;
        case u'0': case u'n': case u'f': case u'否':
            return false;
        default:
            return std::nullopt;
        }
    }
    if (equalsAsciiWord(s, "true") || equalsAsciiWord(s, "yes"))
        return true;
    if (equalsAsciiWord(s, "false") || equalsAsciiWord(s, "no"))
        return false;
    return std::nullopt;
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
}
