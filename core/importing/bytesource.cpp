#include "bytesource.h"

#include <QDir>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 InputBufferSize = 256 * 1024;
// zlib counts in uInt; keep each inflate call well inside that range.
constexpr qint64 MaxInflateChunk = qint64(1) << 30;
} // namespace

ByteSource::ByteSource() = default;

ByteSource::~ByteSource()
{
    close();
}

bool ByteSource::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        const QString message = tr("Cannot open %1: %2").arg(displayName(), m_file.errorString());
        if (error)
            *error = message;
        m_error = message;
        return false;
    }
    m_fileSize = m_file.size();

    const QByteArray magic = m_file.peek(2);
    m_gzip = magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (m_gzip) {
        m_zstream = std::make_unique<z_stream>();
        *m_zstream = z_stream{};
        // 15 window bits + 16: expect a gzip header and check the CRC trailer.
        if (inflateInit2(m_zstream.get(), 15 + 16) != Z_OK) {
            m_zstream.reset();
            m_file.close();
            const QString message = tr("Cannot open %1: out of memory").arg(displayName());
            if (error)
                *error = message;
            m_error = message;
            return false;
        }
        m_input.resize(InputBufferSize);
    }
    return true;
}

void ByteSource::close()
{
    if (m_zstream) {
        inflateEnd(m_zstream.get());
        m_zstream.reset();
    }
    if (m_file.isOpen())
        m_file.close();
    m_error.clear();
    m_fileSize = 0;
    m_gzip = false;
    m_dataEnd = false;
    m_inputEof = false;
    m_memberEnded = false;
    m_input.clear();
    m_peekBuffer.clear();
    m_peekPos = 0;
}

bool ByteSource::isOpen() const
{
    return m_file.isOpen();
}

QString ByteSource::path() const
{
    return m_path;
}

bool ByteSource::isGzip() const
{
    return m_gzip;
}

qint64 ByteSource::read(char *data, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    const qsizetype buffered = m_peekBuffer.size() - m_peekPos;
    if (buffered <= 0)
        return readUnbuffered(data, maxSize);

    const qint64 n = std::min<qint64>(buffered, maxSize);
    memcpy(data, m_peekBuffer.constData() + m_peekPos, size_t(n));
    m_peekPos += n;
    if (m_peekPos < m_peekBuffer.size())
        return n;
    m_peekBuffer.clear();
    m_peekPos = 0;
    // Fill the rest of the request so reads stay aligned to the caller's block size.
    if (n == maxSize)
        return n;
    const qint64 more = readUnbuffered(data + n, maxSize - n);
    if (more < 0)
        return n; // the error is reported by the next read()
    return n + more;
}

QByteArray ByteSource::peek(qint64 maxSize)
{
    if (m_peekPos > 0) {
        m_peekBuffer.remove(0, m_peekPos);
        m_peekPos = 0;
    }
    while (m_peekBuffer.size() < maxSize && !m_dataEnd) {
        const qsizetype old = m_peekBuffer.size();
        m_peekBuffer.resize(qsizetype(maxSize));
        const qint64 n = readUnbuffered(m_peekBuffer.data() + old, maxSize - old);
        m_peekBuffer.resize(old + qsizetype(std::max<qint64>(n, 0)));
        if (n <= 0)
            break;
    }
    return m_peekBuffer.left(qsizetype(maxSize));
}

bool ByteSource::atEnd() const
{
    return m_dataEnd && m_peekPos >= m_peekBuffer.size();
}

qint64 ByteSource::compressedPos() const
{
    if (!m_file.isOpen())
        return 0;
    qint64 pos = m_file.pos();
    if (m_zstream)
        pos -= m_zstream->avail_in;
    return std::clamp<qint64>(pos, 0, m_fileSize);
}

qint64 ByteSource::fileSize() const
{
    return m_fileSize;
}

QString ByteSource::errorString() const
{
    return m_error;
}

qint64 ByteSource::readUnbuffered(char *data, qint64 maxSize)
{
    if (!m_error.isEmpty()) {
        m_dataEnd = true;
        return -1;
    }
    if (m_dataEnd || !m_file.isOpen())
        return 0;
    if (!m_gzip) {
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            setError(tr("Cannot read %1: %2").arg(displayName(), m_file.errorString()));
            m_dataEnd = true;
            return -1;
        }
        if (n == 0)
            m_dataEnd = true;
        return n;
    }
    return inflateSome(data, maxSize);
}

qint64 ByteSource::inflateSome(char *data, qint64 maxSize)
{
    z_stream *z = m_zstream.get();
    const qint64 wanted = std::min(maxSize, MaxInflateChunk);
    z->next_out = reinterpret_cast<Bytef *>(data);
    z->avail_out = uInt(wanted);

    QString failure;
    while (z->avail_out > 0) {
        if (z->avail_in == 0 && !m_inputEof) {
            const qint64 n = m_file.read(m_input.data(), m_input.size());
            if (n < 0) {
                failure = tr("Cannot read %1: %2").arg(displayName(), m_file.errorString());
                break;
            }
            if (n == 0)
                m_inputEof = true;
            z->next_in = reinterpret_cast<Bytef *>(m_input.data());
            z->avail_in = uInt(n);
        }
        if (m_memberEnded) {
            // Another gzip member may follow; anything else is trailing junk
            // that gzip(1) also ignores.
            if (z->avail_in == 0 && m_inputEof) {
                m_dataEnd = true;
                break;
            }
            if (z->avail_in > 0 && z->next_in[0] != 0x1f) {
                m_dataEnd = true;
                break;
            }
            inflateReset(z);
            m_memberEnded = false;
        }
        const int ret = inflate(z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            m_memberEnded = true;
            continue;
        }
        if (ret == Z_OK)
            continue;
        if (ret == Z_BUF_ERROR) { // no progress: needs more input
            if (z->avail_in == 0 && m_inputEof) {
                failure = tr("%1 is truncated: the compressed data ends unexpectedly. "
                             "Copy or download the file again.")
                              .arg(displayName());
                break;
            }
            continue;
        }
        if (ret == Z_MEM_ERROR) {
            failure = tr("Cannot read %1: out of memory").arg(displayName());
        } else {
            const QString detail = z->msg ? QString::fromLatin1(z->msg) : QString::number(ret);
            failure = tr("%1 is not a valid gzip file (%2). The file may be damaged.")
                          .arg(displayName(), detail);
        }
        break;
    }

    const qint64 produced = wanted - qint64(z->avail_out);
    if (!failure.isEmpty()) {
        setError(failure);
        if (produced > 0) {
            // Hand out what was inflated; the error follows on the next read().
            return produced;
        }
        m_dataEnd = true;
        return -1;
    }
    return produced;
}

void ByteSource::setError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString ByteSource::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}
