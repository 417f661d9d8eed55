#include "importing/sha256.h"

#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define TAILOR_SHA_EXTENSIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
alignas(16) constexpr uint32_t RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// FIPS 180-4, 5.3.3.
constexpr std::array<uint32_t, 8> InitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

inline uint32_t rotateRight(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compressPortable(uint32_t *state, const unsigned char *data, size_t count)
{
    for (; count > 0; --count, data += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; ++i) {
            const unsigned char *p = data + 4 * i;
            w[i] = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
        }
        for (int i = 16; i < 64; ++i) {
            const uint32_t s0 = rotateRight(w[i - 15], 7) ^ rotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const uint32_t s1 = rotateRight(w[i - 2], 17) ^ rotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; ++i) {
            const uint32_t s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
            const uint32_t choose = (e & f) ^ (~e & g);
            const uint32_t t1 = h + s1 + choose + RoundConstants[i] + w[i];
            const uint32_t s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
            const uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + s0 + majority;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef TAILOR_SHA_EXTENSIONS
bool processorHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

/**
 * The SHA extensions keep the eight working variables in two registers, as
 * (A, B, E, F) and (C, D, G, H); each sha256rnds2 runs two rounds, and
 * sha256msg1/sha256msg2 extend the message schedule four words at a time.
 */
__attribute__((target("sha,sse4.1,ssse3")))
void compressShaExtensions(uint32_t *state, const unsigned char *data, size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    abcd = _mm_shuffle_epi32(abcd, 0xB1);                 // C D A B (high to low lanes reversed)
    efgh = _mm_shuffle_epi32(efgh, 0x1B);                 // E F G H
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);        // A B E F
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);     // C D G H

    for (; count > 0; --count, data += 64) {
        const __m128i savedAbef = abef;
        const __m128i savedCdgh = cdgh;
        __m128i w[4]; // the last four groups of four schedule words
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group & 3];
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)),
                                         byteSwap);
            } else {
                // words holds W[t-16..t-13]; the others W[t-12..t-1].
                const __m128i back1 = w[(group - 1) & 3];
                const __m128i back2 = w[(group - 2) & 3];
                const __m128i back3 = w[(group - 3) & 3];
                __m128i next = _mm_sha256msg1_epu32(words, back3);        // + sigma0(W[t-15..t-12])
                next = _mm_add_epi32(next, _mm_alignr_epi8(back1, back2, 4)); // + W[t-7..t-4]
                words = _mm_sha256msg2_epu32(next, back1);                 // + sigma1(W[t-2..t+1])
            }
            __m128i message = _mm_add_epi32(
                words, _mm_load_si128(reinterpret_cast<const __m128i *>(RoundConstants + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

bool Sha256::hasHardwareSupport()
{
#ifdef TAILOR_SHA_EXTENSIONS
    static const bool supported = processorHasShaExtensions();
    return supported;
#else
    return false;
#endif
}

Sha256::Sha256(Implementation implementation)
    : m_compress(&compressPortable), m_state(InitialState)
{
#ifdef TAILOR_SHA_EXTENSIONS
    if (implementation == Implementation::Fastest && hasHardwareSupport())
        m_compress = &compressShaExtensions;
#else
    Q_UNUSED(implementation)
#endif
}

void Sha256::addData(QByteArrayView data)
{
    auto bytes = reinterpret_cast<const unsigned char *>(data.data());
    size_t size = size_t(data.size());
    m_length += size;
    if (m_buffered > 0) {
        const size_t take = std::min(size, m_buffer.size() - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < m_buffer.size())
            return;
        m_compress(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    const size_t blocks = size / 64;
    if (blocks > 0)
        m_compress(m_state.data(), bytes, blocks);
    bytes += blocks * 64;
    size -= blocks * 64;
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_buffered = size;
    }
}

QByteArray Sha256::result()
{
    // Padding: a one bit, zeros up to 56 bytes into the last block, then the length in bits.
    const uint64_t bits = m_length * 8;
    unsigned char padding[72] = {0x80};
    const size_t zeros = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        padding[zeros + size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(padding), qsizetype(zeros + 8)));

    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[size_t(i)] >> 24);
        digest[4 * i + 1] = char(m_state[size_t(i)] >> 16);
        digest[4 * i + 2] = char(m_state[size_t(i)] >> 8);
        digest[4 * i + 3] = char(m_state[size_t(i)]);
    }
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data, Implementation implementation)
{
    Sha256 sha(implementation);
    sha.addData(data);
    return sha.result();
}
