#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

struct z_stream_s;

/**
 * Streaming byte input from a plain file or a gzip-compressed file.
 *
 * The format is detected from the content (the gzip magic bytes 1f 8b), not
 * from the file name. A gzip file is inflated on the fly, one buffer at a time,
 * so memory use does not depend on the file size. Concatenated gzip members
 * (as written by `cat a.gz b.gz`) are read as one stream; bytes after the last
 * member that do not start a new member are ignored, as gzip(1) does.
 *
 * Errors (unreadable file, corrupt or truncated gzip data) make read() return -1
 * and set errorString(); the text is translated and names the file.
 *
 * Not thread-safe; use from one thread. Not copyable.
 */
class ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(ByteSource)
    Q_DISABLE_COPY(ByteSource)
public:
    ByteSource();
    ~ByteSource();

    /**
     * Opens @p path for reading and detects gzip compression.
     * Returns false and sets @p error (if not null) when the file cannot be opened.
     * Re-opening closes the previous file first.
     */
    bool open(const QString &path, QString *error);
    /** Closes the file and frees the inflate state. */
    void close();
    /** True between a successful open() and close(). */
    bool isOpen() const;

    /** Path given to open(). */
    QString path() const;
    /** True when the file starts with the gzip magic bytes and is being inflated. */
    bool isGzip() const;

    /**
     * Reads up to @p maxSize (decompressed) bytes into @p data.
     * Returns the number of bytes read, 0 at the end of the data, or -1 on an
     * error (see errorString()). Bytes returned by peek() are returned again here.
     */
    qint64 read(char *data, qint64 maxSize);

    /**
     * Returns up to @p maxSize bytes from the current position without consuming
     * them, for sniffing the encoding and format. Fewer bytes are returned at the
     * end of the data; on an error the bytes read so far are returned and
     * errorString() is set.
     */
    QByteArray peek(qint64 maxSize);

    /** True when all data has been returned by read(). */
    bool atEnd() const;

    /**
     * Bytes of the file consumed so far, for progress: the compressed position
     * for a gzip file. Between 0 and fileSize(); read-ahead makes it run ahead
     * of the bytes returned by read() by at most one buffer.
     */
    qint64 compressedPos() const;
    /** Size of the file on disk in bytes (compressed size for gzip). */
    qint64 fileSize() const;

    /** Empty unless an error occurred. Translated. */
    QString errorString() const;

private:
    qint64 readUnbuffered(char *data, qint64 maxSize);
    qint64 inflateSome(char *data, qint64 maxSize);
    void setError(const QString &message);
    QString displayName() const;

    QFile m_file;
    QString m_path;
    QString m_error;
    qint64 m_fileSize = 0;
    bool m_gzip = false;
    bool m_dataEnd = false;          ///< the underlying stream is exhausted
    bool m_inputEof = false;         ///< the compressed file is fully read
    bool m_memberEnded = false;      ///< inflate reached the end of a gzip member
    std::unique_ptr<z_stream_s> m_zstream;
    QByteArray m_input;              ///< compressed input buffer
    QByteArray m_peekBuffer;         ///< bytes returned by peek() but not yet by read()
    qsizetype m_peekPos = 0;
};
