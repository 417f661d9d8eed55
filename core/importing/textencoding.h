#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

/**
 * Text encoding detection and streaming decoding for imported files.
 *
 * Canonical encoding names are "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" and
 * "ISO-8859-1". canonicalName() maps user spellings ("utf8", "GBK", "gb2312",
 * "latin1", ...) to them. GBK and GB2312 are subsets of GB18030 and are read as
 * GB18030 (decoded through ICU).
 *
 * The static functions are reentrant. A Decoder object is not thread-safe.
 */
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
public:
    /** Result of detect(). */
    struct Detection
    {
        /** Canonical encoding name; "UTF-8" when nothing better is known. */
        QString encoding;
        /** Length in bytes of the byte order mark at the start of the sample (0 if none). */
        int bomLength = 0;
        /** True when the sample looks like binary data rather than text. */
        bool isBinary = false;
    };

    /**
     * Streaming decoder: feed consecutive byte chunks in file order with
     * decode(), then call finish() once at the end of the data. A multi-byte
     * character split across chunks decodes correctly. Invalid bytes become
     * U+FFFD and set hasError(). A byte order mark at the start is removed.
     */
    class Decoder
    {
    public:
        /** Creates a decoder for a canonical (or alias) encoding name; check isValid(). */
        explicit Decoder(const QString &encoding);

        /** False when the encoding is unknown or not available on this system. */
        bool isValid() const;
        /** Canonical name of the encoding, empty when invalid. */
        QString encoding() const;

        /** Decodes @p bytes and appends the text to @p out. */
        void decode(QByteArrayView bytes, QString &out);
        /** Flushes an incomplete character at the end of the data as U+FFFD into @p out. */
        void finish(QString &out);
        /** True once any invalid byte sequence was seen (sticky). */
        bool hasError() const;

    private:
        QStringDecoder m_decoder;
        QString m_encoding;
        qint64 m_bytes = 0;
        bool m_started = false;
        bool m_finished = false;
        bool m_error = false;
    };

    /**
     * Maps an encoding name to its canonical spelling. Returns an empty string
     * for an encoding the importer does not support.
     */
    static QString canonicalName(const QString &name);
    /** The canonical names of all supported encodings, UTF-8 first. */
    static QStringList supportedEncodings();

    /**
     * Detects the encoding of @p sample, the first bytes of a file (64 KiB is
     * plenty). @p isComplete says the sample is the whole file, so an
     * incomplete multi-byte character at its end is an error rather than a cut.
     *
     * Order: byte order mark; otherwise valid UTF-8 (including pure ASCII);
     * otherwise valid GB18030; otherwise UTF-8 (decoding then marks the bad
     * bytes). UTF-16 without a BOM is recognised by its zero bytes. The sample
     * is binary when it has NUL bytes and is not UTF-16, or when more than 5% of
     * its bytes are control characters other than tab, line feed, carriage
     * return and form feed.
     */
    static Detection detect(QByteArrayView sample, bool isComplete);

    /**
     * True when @p sample does not look like text in @p encoding (a canonical
     * name): NUL bytes outside UTF-16 or too many control bytes.
     */
    static bool looksBinary(QByteArrayView sample, const QString &encoding);

    /** True when @p data is well-formed UTF-8; an incomplete final character is accepted unless @p isComplete. */
    static bool isValidUtf8(QByteArrayView data, bool isComplete);
    /** True when @p data is well-formed GB18030; an incomplete final character is accepted unless @p isComplete. */
    static bool isValidGb18030(QByteArrayView data, bool isComplete);
    /** True when @p data contains a byte >= 0x80. */
    static bool hasNonAscii(QByteArrayView data);
};
