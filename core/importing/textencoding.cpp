#include "textencoding.h"

namespace {

constexpr QLatin1String Utf8Name("UTF-8");
constexpr QLatin1String Utf16LeName("UTF-16LE");
constexpr QLatin1String Utf16BeName("UTF-16BE");
constexpr QLatin1String Gb18030Name("GB18030");
constexpr QLatin1String Latin1Name("ISO-8859-1");

bool isUtf16(const QString &encoding)
{
    return encoding == Utf16LeName || encoding == Utf16BeName;
}

bool isAllowedControl(uchar b)
{
    // tab, line feed, form feed, carriage return, and the DOS end-of-file mark
    return b == 0x09 || b == 0x0a || b == 0x0c || b == 0x0d || b == 0x1a;
}

bool tooManyControls(qsizetype controls, qsizetype total)
{
    return total > 0 && controls * 20 > total; // more than 5 %
}

} // namespace

TextEncoding::Decoder::Decoder(const QString &encoding)
    : m_encoding(TextEncoding::canonicalName(encoding))
{
    if (m_encoding == Utf8Name)
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
    else if (m_encoding == Utf16LeName)
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
    else if (m_encoding == Utf16BeName)
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
    else if (m_encoding == Latin1Name)
        m_decoder = QStringDecoder(QStringDecoder::Latin1);
    else if (m_encoding == Gb18030Name)
        m_decoder = QStringDecoder("GB18030"); // ICU
    if (!m_decoder.isValid())
        m_encoding.clear();
}

bool TextEncoding::Decoder::isValid() const
{
    return m_decoder.isValid();
}

QString TextEncoding::Decoder::encoding() const
{
    return m_encoding;
}

void TextEncoding::Decoder::decode(QByteArrayView bytes, QString &out)
{
    if (bytes.isEmpty() || !m_decoder.isValid())
        return;
    m_bytes += bytes.size();
    const qsizetype old = out.size();
    out.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(out.data() + old, bytes);
    out.resize(end - out.constData());
    if (!m_started && out.size() > old) {
        m_started = true;
        // Qt drops UTF-8/UTF-16 BOMs itself; GB18030's BOM arrives as U+FEFF.
        if (out.at(old) == QChar::ByteOrderMark)
            out.remove(old, 1);
    }
    m_error = m_error || m_decoder.hasError();
}

void TextEncoding::Decoder::finish(QString &out)
{
    if (m_finished || !m_decoder.isValid())
        return;
    m_finished = true;
    // QStringDecoder keeps an incomplete trailing character pending forever.
    // Feeding a line feed forces it out as U+FFFD; the line feed is dropped again.
    QByteArray lineFeed;
    if (m_encoding == Utf16LeName) {
        if (m_bytes % 2 != 0) {
            out.append(QChar::ReplacementCharacter);
            m_error = true;
            return;
        }
        lineFeed = QByteArray("\n\0", 2);
    } else if (m_encoding == Utf16BeName) {
        if (m_bytes % 2 != 0) {
            out.append(QChar::ReplacementCharacter);
            m_error = true;
            return;
        }
        lineFeed = QByteArray("\0\n", 2);
    } else {
        lineFeed = QByteArray("\n", 1);
    }
    QString tail = m_decoder.decode(lineFeed);
    if (tail.endsWith(QLatin1Char('\n')))
        tail.chop(1);
    out.append(tail);
    m_error = m_error || m_decoder.hasError();
}

bool TextEncoding::Decoder::hasError() const
{
    return m_error;
}

QString TextEncoding::canonicalName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return QString(Utf8Name);
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") || key == QLatin1String("unicode"))
        return QString(Utf16LeName);
    if (key == QLatin1String("utf16be"))
        return QString(Utf16BeName);
    if (key == QLatin1String("gb18030") || key == QLatin1String("gbk") || key == QLatin1String("gb2312")
        || key == QLatin1String("cp936") || key == QLatin1String("windows936")
        || key == QLatin1String("euccn"))
        return QString(Gb18030Name);
    if (key == QLatin1String("iso88591") || key == QLatin1String("latin1") || key == QLatin1String("l1"))
        return QString(Latin1Name);
    return {};
}

QStringList TextEncoding::supportedEncodings()
{
    return {Utf8Name, Utf16LeName, Utf16BeName, Gb18030Name, Latin1Name};
}

TextEncoding::Detection TextEncoding::detect(QByteArrayView sample, bool isComplete)
{
    Detection result;
    const auto *d = reinterpret_cast<const uchar *>(sample.data());
    const qsizetype n = sample.size();

    if (n >= 3 && d[0] == 0xef && d[1] == 0xbb && d[2] == 0xbf) {
        result.encoding = Utf8Name;
        result.bomLength = 3;
    } else if (n >= 2 && d[0] == 0xff && d[1] == 0xfe) {
        result.encoding = Utf16LeName;
        result.bomLength = 2;
    } else if (n >= 2 && d[0] == 0xfe && d[1] == 0xff) {
        result.encoding = Utf16BeName;
        result.bomLength = 2;
    } else if (n >= 4 && d[0] == 0x84 && d[1] == 0x31 && d[2] == 0x95 && d[3] == 0x33) {
        result.encoding = Gb18030Name;
        result.bomLength = 4;
    }
    if (!result.encoding.isEmpty()) {
        result.isBinary = looksBinary(sample.sliced(result.bomLength), result.encoding);
        return result;
    }

    // UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte.
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        zeroEven += d[i] == 0;
        zeroOdd += d[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (units >= 2) {
        if (zeroOdd * 10 >= units * 3 && zeroEven * 20 < units)
            result.encoding = Utf16LeName;
        else if (zeroEven * 10 >= units * 3 && zeroOdd * 20 < units)
            result.encoding = Utf16BeName;
    }
    if (!result.encoding.isEmpty()) {
        result.isBinary = looksBinary(sample, result.encoding);
        return result;
    }

    if (isValidUtf8(sample, isComplete))
        result.encoding = Utf8Name;
    else if (isValidGb18030(sample, isComplete))
        result.encoding = Gb18030Name;
    else
        result.encoding = Utf8Name; // decoding marks the invalid bytes per record
    result.isBinary = looksBinary(sample, result.encoding);
    return result;
}

bool TextEncoding::looksBinary(QByteArrayView sample, const QString &encoding)
{
    const QString canonical = canonicalName(encoding);
    qsizetype controls = 0;
    if (isUtf16(canonical)) {
        const bool le = canonical == Utf16LeName;
        const auto *d = reinterpret_cast<const uchar *>(sample.data());
        const qsizetype units = sample.size() / 2;
        for (qsizetype i = 0; i < units; ++i) {
            const uint unit = le ? (d[2 * i] | (uint(d[2 * i + 1]) << 8))
                                 : ((uint(d[2 * i]) << 8) | d[2 * i + 1]);
            if (unit == 0)
                return true;
            if (unit < 0x20 && !isAllowedControl(uchar(unit)))
                ++controls;
        }
        return tooManyControls(controls, units);
    }
    for (const char c : sample) {
        const auto b = uchar(c);
        if (b >= 0x20)
            continue;
        if (b == 0)
            return true;
        if (!isAllowedControl(b))
            ++controls;
    }
    return tooManyControls(controls, sample.size());
}

bool TextEncoding::isValidUtf8(QByteArrayView data, bool isComplete)
{
    const auto *d = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = d[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uchar lo = 0x80;
        uchar hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            len = 2;
        } else if (b == 0xe0) {
            len = 3;
            lo = 0xa0;
        } else if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef) {
            len = 3;
        } else if (b == 0xed) {
            len = 3;
            hi = 0x9f; // no surrogates
        } else if (b == 0xf0) {
            len = 4;
            lo = 0x90;
        } else if (b >= 0xf1 && b <= 0xf3) {
            len = 4;
        } else if (b == 0xf4) {
            len = 4;
            hi = 0x8f;
        } else {
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return !isComplete;
            const uchar c = d[i + k];
            const uchar kLo = k == 1 ? lo : uchar(0x80);
            const uchar kHi = k == 1 ? hi : uchar(0xbf);
            if (c < kLo || c > kHi)
                return false;
        }
        i += len;
    }
    return true;
}

bool TextEncoding::isValidGb18030(QByteArrayView data, bool isComplete)
{
    const auto *d = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = d[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xff)
            return false;
        if (i + 1 >= n)
            return !isComplete;
        const uchar c = d[i + 1];
        if ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe)) {
            i += 2;
            continue;
        }
        if (c < 0x30 || c > 0x39)
            return false;
        if (i + 2 >= n)
            return !isComplete;
        if (d[i + 2] < 0x81 || d[i + 2] > 0xfe)
            return false;
        if (i + 3 >= n)
            return !isComplete;
        if (d[i + 3] < 0x30 || d[i + 3] > 0x39)
            return false;
        i += 4;
    }
    return true;
}

bool TextEncoding::hasNonAscii(QByteArrayView data)
{
    for (const char c : data) {
        if (uchar(c) >= 0x80)
            return true;
    }
    return false;
}
