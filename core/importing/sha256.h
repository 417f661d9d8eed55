#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

/**
 * SHA-256 (FIPS 180-4), incremental. On x86-64 processors with the SHA
 * extensions it uses them (the 48 MB Online Retail file: 0.04 s of CPU, against
 * 0.35 s with QCryptographicHash); elsewhere it runs a portable implementation.
 *
 * A file's checksum is computed beside every import, so its speed is the
 * import's: on two cores, the portable hash of a 48 MB file takes a third of a
 * core for the whole import.
 *
 * Thread-safety: one object per thread; the static functions are reentrant.
 */
class Sha256
{
public:
    enum class Implementation {
        Fastest,  ///< the SHA extensions when the processor has them
        Portable, ///< plain C++, on any processor
    };

    explicit Sha256(Implementation implementation = Implementation::Fastest);

    void addData(QByteArrayView data);
    /** The 32-byte digest. The object must not be fed afterwards. */
    QByteArray result();

    static QByteArray hash(QByteArrayView data, Implementation implementation = Implementation::Fastest);
    /** True when this processor has the SHA extensions (Fastest then uses them). */
    static bool hasHardwareSupport();

private:
    using CompressFunction = void (*)(uint32_t *state, const unsigned char *blocks, size_t count);

    CompressFunction m_compress;
    std::array<uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_buffer;
    size_t m_buffered = 0;
    uint64_t m_length = 0; ///< bytes fed so far
};
