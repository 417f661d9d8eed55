#pragma once

#include <QSet>
#include <QString>

/**
 * Makes coupon codes: a prefix followed by random characters from an
 * unambiguous alphabet (no 0/O, 1/I/L): Alphabet.
 *
 * Codes are reproducible: the characters are drawn from a generator seeded by
 * (seed, customer id, attempt), so the same seed and the same audience give the
 * same codes whatever the order of the calls. They are unique: a code already
 * reserved (codes of the other campaigns of the project, see reserve()) or
 * already made by this generator is drawn again with the next attempt.
 *
 * Not thread-safe.
 */
class CouponGenerator
{
public:
    /** The 31 characters codes are made of. */
    static constexpr const char *Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    explicit CouponGenerator(quint64 seed, int length = 8);

    /** Marks codes as taken (for example every coupon stored in the project). */
    void reserve(const QSet<QString> &codes);
    void reserve(const QString &code) { m_used.insert(code); }

    /** A new unique code for @p customerId: @p prefix + length() characters. */
    QString next(qint64 customerId, const QString &prefix);

    int length() const { return m_length; }
    /** Draws that collided with a taken code and were repeated. */
    qint64 collisions() const { return m_collisions; }

private:
    quint64 m_seed;
    int m_length;
    qint64 m_collisions = 0;
    QSet<QString> m_used;
};
