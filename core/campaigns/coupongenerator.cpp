#include "coupongenerator.h"

#include <cstring>

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

CouponGenerator::CouponGenerator(quint64 seed, int length)
    : m_seed(seed), m_length(qBound(4, length, 32))
{
}

void CouponGenerator::reserve(const QSet<QString> &codes)
{
    m_used.unite(codes);
}

QString CouponGenerator::next(qint64 customerId, const QString &prefix)
{
    const int alphabetSize = int(std::strlen(Alphabet));
    for (quint64 attempt = 0;; ++attempt) {
        quint64 state = m_seed ^ (quint64(customerId) * 0xD1B54A32D192ED03ull) ^ (attempt * 0x8CB92BA72F3D8DD7ull);
        splitMix64(state);
        QString code = prefix;
        code.reserve(prefix.size() + m_length);
        quint64 bits = 0;
        for (int i = 0; i < m_length; ++i) {
            // Rejection sampling keeps every character equally likely.
            quint64 value = 0;
            do {
                if (bits == 0)
                    bits = splitMix64(state);
                value = bits & 31u;
                bits >>= 5;
            } while (value >= quint64(alphabetSize));
            code.append(QLatin1Char(Alphabet[value]));
        }
        if (!m_used.contains(code)) {
            m_used.insert(code);
            return code;
        }
        ++m_collisions;
    }
}
