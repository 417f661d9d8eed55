#include "campaignexporter.h"

#include "campaigns/contactnormalizer.h"
#include "campaigns/xlsxwriter.h"
#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <charconv>
#include <cmath>
#include <cstring>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int ChunkRows = 4096;
// CSV formats read members in ranges of customer ids of about this many members.
constexpr qint64 RangeMembers = 16384;
// Formatted ranges waiting to be written, at most (bounds memory to a few MB each).
constexpr size_t RangesAhead = 6;

// Columns of the member query.
enum Column {
    Key, FirstName, LastName, Name, Email, Phone, Country, Language, Segment, Offer, Coupon, Discount,
    Subject, Message, Rec1Sku, Rec1Name, Rec2Sku, Rec2Name, Rec3Sku, Rec3Name, ColumnCount
};

/** RAII sqlite3_stmt for the export's hot loop (raw UTF-8, no QString round trip). */
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

inline bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/** The first byte in [p, end) that is one of @p Set, or end; 16 bytes at a time where it can. */
template <char... Set>
const char *findAnyOf(const char *p, const char *end)
{
#ifdef __SSE2__
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(Set)))), ...);
        if (const int mask = _mm_movemask_epi8(hits))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (((*p == Set) || ...))
            return p;
    }
    return end;
}

/**
 * The sku and name of the first three items of a member's rec_items JSON
 * (an array of {sku, name, score} objects), read in one pass instead of six
 * json_extract() calls. A field is null when the item or key is missing, as
 * with json_extract(); malformed JSON leaves every field null.
 */
class RecItems
{
public:
    static constexpr int Items = 3;
    static constexpr int Fields = 2 * Items; // sku, name per item, in the column order

    void parse(const char *data, int size)
    {
        for (int f = 0; f < Fields; ++f) {
            m_set[f] = false;
            m_values[f] = QByteArrayView();
        }
        if (!data)
            return;
        m_p = data;
        m_end = data + size;
        if (!parseArray()) {
            for (int f = 0; f < Fields; ++f)
                m_set[f] = false;
        }
    }

    bool isNull(int field) const { return !m_set[field]; }
    QByteArrayView value(int field) const { return m_values[field]; }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool parseArray()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '[')
            return false;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']')
            return true;
        for (int index = 0;; ++index) {
            skipSpace();
            if (index < Items && m_p < m_end && *m_p == '{') {
                if (!parseItem(index))
                    return false;
            } else if (!skipValue()) {
                return false;
            }
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ']')
                return true;
            if (*m_p++ != ',')
                return false;
        }
    }

    bool parseItem(int index)
    {
        ++m_p; // {
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            QByteArrayView key;
            std::string &keyScratch = m_keyScratch;
            if (!parseString(key, keyScratch))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p++ != ':')
                return false;
            skipSpace();
            int field = -1;
            if (key == QByteArrayView("sku"))
                field = 2 * index;
            else if (key == QByteArrayView("name"))
                field = 2 * index + 1;
            if (field >= 0 && !m_set[field]) {
                if (!parseFieldValue(field))
                    return false;
            } else if (!skipValue()) {
                return false;
            }
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p++ != ',')
                return false;
        }
    }

    /** A string as its text, true/false as 1/0, null as null, numbers, arrays and objects as their JSON text. */
    bool parseFieldValue(int field)
    {
        if (m_p < m_end && *m_p == '"') {
            if (!parseString(m_values[field], m_scratch[field]))
                return false;
            m_set[field] = true;
            return true;
        }
        const char *start = m_p;
        if (!skipValue())
            return false;
        const QByteArrayView token(start, m_p - start);
        if (token == QByteArrayView("null"))
            return true;
        m_values[field] = token == QByteArrayView("true") ? QByteArrayView("1")
                          : token == QByteArrayView("false") ? QByteArrayView("0")
                                                             : token;
        m_set[field] = true;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char32_t &code)
    {
        if (m_end - m_p < 4)
            return false;
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return false;
            code = code * 16 + char32_t(h);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(std::string &out, char32_t code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    /** Parses a JSON string at m_p: a view of the source when it has no escapes, else decoded into @p scratch. */
    bool parseString(QByteArrayView &value, std::string &scratch)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *start = ++m_p;
        m_p = findAnyOf<'"', '\\'>(m_p, m_end);
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            value = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        scratch.assign(start, size_t(m_p - start));
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                const char *run = findAnyOf<'"', '\\'>(m_p, m_end);
                scratch.append(m_p, size_t(run - m_p));
                m_p = run;
                continue;
            }
            if (++m_p == m_end)
                return false;
            const char escape = *m_p++;
            switch (escape) {
            case '"': scratch += '"'; break;
            case '\\': scratch += '\\'; break;
            case '/': scratch += '/'; break;
            case 'b': scratch += '\b'; break;
            case 'f': scratch += '\f'; break;
            case 'n': scratch += '\n'; break;
            case 'r': scratch += '\r'; break;
            case 't': scratch += '\t'; break;
            case 'u': {
                char32_t code;
                if (!parseHex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char *mark = m_p;
                    m_p += 2;
                    char32_t low;
                    if (parseHex4(low) && low >= 0xDC00 && low <= 0xDFFF)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_p = mark;
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    code = 0xFFFD; // a lone surrogate cannot be UTF-8
                appendUtf8(scratch, code);
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        value = QByteArrayView(scratch.data(), qsizetype(scratch.size()));
        return true;
    }

    /** Skips any JSON value (nested arrays and objects included). */
    bool skipValue()
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            QByteArrayView ignored;
            return parseString(ignored, m_keyScratch);
        }
        if (*m_p == '[' || *m_p == '{') {
            int depth = 0;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    QByteArrayView ignored;
                    if (!parseString(ignored, m_keyScratch))
                        return false;
                    continue;
                }
                ++m_p;
                if (c == '[' || c == '{') {
                    ++depth;
                } else if (c == ']' || c == '}') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\t'
               && *m_p != '\n' && *m_p != '\r')
            ++m_p;
        return m_p > start;
    }

    const char *m_p = nullptr;
    const char *m_end = nullptr;
    bool m_set[Fields] = {};
    QByteArrayView m_values[Fields];
    std::string m_scratch[Fields];
    std::string m_keyScratch;
};

/** The campaign and the member span every read of one export shares. */
struct MemberQuery
{
    qint64 campaignId = 0;
    QByteArray sourceSegment; ///< the segment of members without an RFM segment of their own
    qint64 audience = 0;
    qint64 firstId = 0;
    qint64 lastId = -1;
};

/**
 * The members of a campaign (holdout left out) in customer id order, one id
 * range at a time, with their customer fields and RFM segment.
 *
 * A dense campaign (at least one member in four customer ids) is read as a merge
 * of three ordered scans: members, customers and scores over the range. A
 * sparse one is read with a join, which finds each member's customer and score
 * by a seek. Both give the same rows: a member without a customer row is left
 * out, and a member without an RFM segment gets the source segment.
 */
class MemberSource
{
public:
    MemberSource(sqlite3 *db, const MemberQuery &query)
        : m_query(query),
          m_merge(query.lastId >= query.firstId && query.audience * 4 >= query.lastId - query.firstId + 1),
          m_members(db, m_merge ? QByteArray("SELECT customer_id, language, offer, coupon, discount, subject, message, "
                                             "rec_items FROM campaign_members WHERE campaign_id = ?1 AND is_holdout = 0 "
                                             "AND customer_id BETWEEN ?2 AND ?3 ORDER BY customer_id")
                                : QByteArray("SELECT c.customer_key, c.first_name, c.last_name, c.name, c.email, "
                                             "c.phone, c.country, m.language, coalesce(nullif(s.rfm_segment, ''), ?4), "
                                             "m.offer, m.coupon, m.discount, m.subject, m.message, m.rec_items "
                                             "FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
                                             "LEFT JOIN customer_scores s ON s.customer_id = m.customer_id "
                                             "WHERE m.campaign_id = ?1 AND m.is_holdout = 0 "
                                             "AND m.customer_id BETWEEN ?2 AND ?3 ORDER BY m.customer_id")),
          m_customers(db, m_merge ? QByteArray("SELECT id, customer_key, first_name, last_name, name, email, phone, "
                                               "country FROM customers WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
                                  : QByteArray()),
          m_scores(db, m_merge ? QByteArray("SELECT customer_id, rfm_segment FROM customer_scores "
                                            "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id")
                               : QByteArray())
    {
        // Where each column of the export comes from: statement and index.
        for (int c = 0; c < ColumnCount; ++c) {
            m_column[c] = {m_members.get(), c};
            if (!m_merge)
                continue;
            if (c <= Country)
                m_column[c] = {m_customers.get(), c + 1};
            else if (c == Segment)
                m_column[c] = {m_scores.get(), 1};
            else
                m_column[c] = {m_members.get(), c == Language ? 1 : c - Offer + 2};
        }
        m_recItems = m_merge ? 7 : Rec1Sku;
    }

    bool isValid() const { return m_members.get() && (!m_merge || (m_customers.get() && m_scores.get())); }

    /** Starts reading the members with ids in @p range. */
    void start(qint64 from, qint64 to)
    {
        sqlite3_reset(m_members.get());
        sqlite3_bind_int64(m_members.get(), 1, m_query.campaignId);
        sqlite3_bind_int64(m_members.get(), 2, from);
        sqlite3_bind_int64(m_members.get(), 3, to);
        if (!m_merge) {
            sqlite3_bind_text(m_members.get(), 4, m_query.sourceSegment.constData(), int(m_query.sourceSegment.size()),
                              SQLITE_STATIC);
            return;
        }
        for (Cursor *cursor : {&m_customer, &m_score}) {
            sqlite3_reset(cursor->statement);
            sqlite3_bind_int64(cursor->statement, 1, from);
            sqlite3_bind_int64(cursor->statement, 2, to);
            cursor->id = std::numeric_limits<qint64>::min();
            cursor->done = false;
        }
    }

    /** The next member: SQLITE_ROW, SQLITE_DONE, or SQLite's error code. */
    int next()
    {
        for (;;) {
            const int rc = sqlite3_step(m_members.get());
            if (rc != SQLITE_ROW || !m_merge)
                return rc;
            const qint64 id = sqlite3_column_int64(m_members.get(), 0);
            int error = SQLITE_OK;
            if (!seek(m_customer, id, error)) {
                if (error != SQLITE_OK)
                    return error;
                continue; // no customer row: left out, as by the join
            }
            // NULL and '' are no segment (as nullif() would say, without copying each one).
            m_ownSegment = seek(m_score, id, error) && hasSegment(m_scores.get());
            if (error != SQLITE_OK)
                return error;
            return SQLITE_ROW;
        }
    }

    int type(int column) const
    {
        if (column == Segment && m_merge && !m_ownSegment)
            return SQLITE_TEXT;
        return sqlite3_column_type(m_column[column].statement, m_column[column].index);
    }

    double number(int column) const { return sqlite3_column_double(m_column[column].statement, m_column[column].index); }

    QByteArrayView text(int column) const
    {
        if (column == Segment && m_merge && !m_ownSegment)
            return QByteArrayView(m_query.sourceSegment);
        sqlite3_stmt *statement = m_column[column].statement;
        const int index = m_column[column].index;
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
        return data ? QByteArrayView(data, sqlite3_column_bytes(statement, index)) : QByteArrayView();
    }

    /** The member's rec_items JSON. */
    QByteArrayView recItems() const
    {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_members.get(), m_recItems));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_members.get(), m_recItems)) : QByteArrayView();
    }

private:
    struct Cursor
    {
        sqlite3_stmt *statement = nullptr;
        qint64 id = 0;
        bool done = false;
    };
    struct Source
    {
        sqlite3_stmt *statement = nullptr;
        int index = 0;
    };

    static bool hasSegment(sqlite3_stmt *scores)
    {
        const int type = sqlite3_column_type(scores, 1);
        return type != SQLITE_NULL && !(type == SQLITE_TEXT && sqlite3_column_bytes(scores, 1) == 0);
    }

    /** Moves @p cursor to the first row with an id >= @p id; true when its id is @p id. */
    static bool seek(Cursor &cursor, qint64 id, int &error)
    {
        while (!cursor.done && cursor.id < id) {
            const int rc = sqlite3_step(cursor.statement);
            if (rc == SQLITE_ROW) {
                cursor.id = sqlite3_column_int64(cursor.statement, 0);
            } else {
                cursor.done = true;
                if (rc != SQLITE_DONE)
                    error = rc;
            }
        }
        return !cursor.done && cursor.id == id;
    }

    MemberQuery m_query;
    bool m_merge;
    RawStatement m_members;
    RawStatement m_customers;
    RawStatement m_scores;
    Cursor m_customer{m_customers.get()};
    Cursor m_score{m_scores.get()};
    Source m_column[ColumnCount];
    int m_recItems;
    bool m_ownSegment = false;
};

/**
 * One member as the export writes it: the types of its columns (read before any
 * text conversion) and the first three recommendations of its rec_items.
 */
class MemberRow
{
public:
    explicit MemberRow(const MemberSource &source) : m_source(source) {}

    /** Reads the new row; call after each MemberSource::next() that returned a row. */
    void load(bool withRecommendations)
    {
        // Types first: reading a column as text may convert it.
        for (int c = 0; c < Rec1Sku; ++c)
            m_types[c] = m_source.type(c);
        if (withRecommendations) {
            const QByteArrayView json = m_source.recItems();
            m_recItems.parse(json.data(), int(json.size()));
        }
    }

    bool isNull(int column) const
    {
        if (column >= Rec1Sku)
            return m_recItems.isNull(column - Rec1Sku);
        return m_types[column] == SQLITE_NULL;
    }

    bool isNumber(int column) const
    {
        if (column >= Rec1Sku)
            return false;
        return m_types[column] == SQLITE_INTEGER || m_types[column] == SQLITE_FLOAT;
    }

    double number(int column) const { return m_source.number(column); }

    /** The column as UTF-8 text (empty when null); valid until the next row. */
    QByteArrayView text(int column) const
    {
        if (column >= Rec1Sku)
            return m_recItems.value(column - Rec1Sku);
        return m_source.text(column);
    }

    QString string(int column) const
    {
        const QByteArrayView utf8 = text(column);
        return QString::fromUtf8(utf8.data(), utf8.size());
    }

private:
    const MemberSource &m_source;
    int m_types[Rec1Sku] = {};
    RecItems m_recItems;
};

/**
 * Writes a text field at @p p (which has room for 2 * size + 3 bytes): RFC 4180
 * quoted when it holds a comma, quote or line break (quotes doubled), and
 * neutralized against formula injection with a leading apostrophe.
 */
void writeCsvText(char *&p, const char *data, qsizetype size)
{
    const char *end = data + size;
    const bool quote = findAnyOf<',', '"', '\n', '\r'>(data, end) != end;
    if (quote)
        *p++ = '"';
    if (size > 0 && isFormulaStart(data[0]))
        *p++ = '\'';
    if (!quote) {
        std::memcpy(p, data, size_t(size));
        p += size;
        return;
    }
    // Runs up to and including each quote, the quote then doubled.
    for (const char *from = data; from < end;) {
        const char *quoteAt = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
        const char *stop = quoteAt ? quoteAt + 1 : end;
        std::memcpy(p, from, size_t(stop - from));
        p += stop - from;
        if (quoteAt)
            *p++ = '"';
        from = stop;
    }
    *p++ = '"';
}

/** The fields of one CSV record, appended to the output with a single resize. */
class CsvRecord
{
public:
    static constexpr int MaxFields = 24;

    void clear()
    {
        m_count = 0;
        m_maxBytes = 2; // CRLF
    }

    /** A text field: neutralized against formula injection and quoted when needed. */
    void addText(QByteArrayView text) { add(text, true); }

    /** A member column: empty when null, a number as QByteArray::number(value, 'g', 15), else text. */
    void addColumn(const MemberRow &row, int column)
    {
        if (row.isNull(column)) {
            add(QByteArrayView(), false);
            return;
        }
        if (!row.isNumber(column)) {
            add(row.text(column), true);
            return;
        }
        const double value = row.number(column);
        char *digits = m_numbers[m_count];
        qsizetype length;
        if (value != 0.0 && std::floor(value) == value && std::fabs(value) < 1e15) {
            length = std::to_chars(digits, digits + NumberBytes, qint64(value)).ptr - digits;
        } else {
            const QByteArray formatted = QByteArray::number(value, 'g', 15);
            length = std::min<qsizetype>(formatted.size(), NumberBytes);
            std::memcpy(digits, formatted.constData(), size_t(length));
        }
        add(QByteArrayView(digits, length), false);
    }

    void appendTo(QByteArray &out) const
    {
        const qsizetype start = out.size();
        out.resize(start + m_maxBytes);
        char *p = out.data() + start;
        for (int i = 0; i < m_count; ++i) {
            if (i > 0)
                *p++ = ',';
            const Field &field = m_fields[i];
            if (field.escape) {
                writeCsvText(p, field.text.data(), field.text.size());
            } else {
                std::memcpy(p, field.text.data(), size_t(field.text.size()));
                p += field.text.size();
            }
        }
        *p++ = '\r';
        *p++ = '\n';
        out.resize(p - out.constData());
    }

private:
    static constexpr int NumberBytes = 32;
    struct Field
    {
        QByteArrayView text;
        bool escape = false;
    };

    void add(QByteArrayView text, bool escape)
    {
        Q_ASSERT(m_count < MaxFields);
        m_fields[m_count++] = {text, escape};
        // Separator, quotes, apostrophe, and every quote doubled at worst.
        m_maxBytes += 2 * text.size() + 4;
    }

    Field m_fields[MaxFields];
    char m_numbers[MaxFields][NumberBytes];
    int m_count = 0;
    qsizetype m_maxBytes = 2;
};

/** The formatted members of one range of customer ids. */
struct CsvChunk
{
    QByteArray bytes;
    qint64 members = 0; ///< members read (for progress)
    qint64 rows = 0;    ///< records written
    qint64 skipped = 0; ///< members left out (no e-mail / nothing to hash)
    bool ready = false;
};

/** A range of customer ids, both ends included. */
struct IdRange
{
    qint64 from = 0;
    qint64 to = -1;
};

/** [first, last] cut into pieces of about RangeMembers members each (ids assumed spread evenly). */
std::vector<IdRange> memberRanges(qint64 first, qint64 last, qint64 audience)
{
    std::vector<IdRange> ranges;
    if (last < first)
        return ranges;
    const qint64 span = last - first + 1;
    const qint64 pieces = std::clamp<qint64>(audience / RangeMembers, 1, std::min<qint64>(span, 4096));
    const qint64 step = span / pieces;
    for (qint64 k = 0; k < pieces; ++k)
        ranges.push_back({first + k * step, k + 1 == pieces ? last : first + (k + 1) * step - 1});
    return ranges;
}

/**
 * Formats the members of the member query (bound to one id range at a time)
 * as the records of a CSV, Mailchimp or hashed export.
 */
class CsvFormatter
{
public:
    CsvFormatter(MemberSource &source, CampaignExportFormat format) : m_source(source), m_format(format), m_row(source)
    {
    }

    /** Formats the members with ids in @p range into @p chunk; SQLite's result code (SQLITE_DONE when all went well). */
    int format(const IdRange &range, CsvChunk &chunk, const std::atomic<bool> &stop)
    {
        m_source.start(range.from, range.to);
        const bool withRecommendations = m_format != CampaignExportFormat::Hashed;
        int rc;
        while ((rc = m_source.next()) == SQLITE_ROW) {
            m_row.load(withRecommendations);
            add(chunk);
            if (++chunk.members % ChunkRows == 0 && stop.load())
                return SQLITE_INTERRUPT;
        }
        return rc;
    }

private:
    void add(CsvChunk &chunk)
    {
        QByteArray &out = chunk.bytes;
        if (m_format == CampaignExportFormat::Csv) {
            m_record.clear();
            for (int c = 0; c < ColumnCount; ++c)
                m_record.addColumn(m_row, c);
            m_record.appendTo(out);
            ++chunk.rows;
        } else if (m_format == CampaignExportFormat::Mailchimp) {
            const QByteArray email = ContactNormalizer::normalizeEmail(m_row.string(Email)).toUtf8();
            if (email.isEmpty()) {
                ++chunk.skipped;
                return;
            }
            m_record.clear();
            m_record.addText(email);
            for (const int c : {FirstName, LastName, Segment, Offer, Coupon, Subject, Message, Rec1Name, Rec2Name,
                                Rec3Name})
                m_record.addColumn(m_row, c);
            m_record.appendTo(out);
            ++chunk.rows;
        } else {
            const QString country = m_row.string(Country);
            const QByteArray email =
                ContactNormalizer::sha256Hex(ContactNormalizer::normalizeEmail(m_row.string(Email)));
            const QByteArray phone =
                ContactNormalizer::sha256Hex(ContactNormalizer::normalizePhone(m_row.string(Phone), country));
            if (email.isEmpty() && phone.isEmpty()) {
                ++chunk.skipped;
                return;
            }
            out += email;
            out += ',';
            out += phone;
            out += "\r\n";
            ++chunk.rows;
        }
    }

    MemberSource &m_source;
    CampaignExportFormat m_format;
    MemberRow m_row;
    CsvRecord m_record;
};

/**
 * Ranges formatted by worker threads, handed to the writing thread in order.
 * Worker w formats ranges w, w + workers, ...; it waits while it is more than
 * RangesAhead ranges ahead of the writer.
 */
class ChunkQueue
{
public:
    explicit ChunkQueue(size_t count) : m_chunks(count) {}

    /** Worker side: waits until range @p index may be formatted; false once stopped. */
    bool waitForTurn(size_t index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop.load() || index < m_taken + RangesAhead; });
        return !m_stop.load();
    }

    void put(size_t index, CsvChunk &&chunk)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_chunks[index] = std::move(chunk);
            m_chunks[index].ready = true;
        }
        m_changed.notify_all();
    }

    void fail(const QString &error)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_error.isEmpty())
                m_error = error;
            m_stop.store(true);
        }
        m_changed.notify_all();
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop.store(true);
        }
        m_changed.notify_all();
    }

    /**
     * Writer side: waits up to @p ms for range @p index and moves it into
     * @p chunk; false when it is not ready yet or the queue stopped.
     */
    bool take(size_t index, CsvChunk &chunk, int ms)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::milliseconds(ms),
                           [&] { return m_stop.load() || m_chunks[index].ready; });
        if (m_stop.load() || !m_chunks[index].ready)
            return false;
        chunk = std::move(m_chunks[index]);
        m_chunks[index] = CsvChunk();
        m_taken = index + 1;
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    /**
     * A buffer for a worker's next range: one the writer is done with when there is
     * one (its memory is already mapped in; fresh pages cost more than the copy).
     */
    QByteArray buffer()
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return QByteArray();
        QByteArray spare = std::move(m_spare.back());
        m_spare.pop_back();
        return spare;
    }

    /** Writer side: hands back a written range's buffer for reuse. */
    void recycle(QByteArray &&bytes)
    {
        bytes.resize(0); // capacity kept
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(bytes));
    }

    bool stopped() const { return m_stop.load(); }
    const std::atomic<bool> &stopFlag() const { return m_stop; }
    QString error() const
    {
        const std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<CsvChunk> m_chunks;
    std::vector<QByteArray> m_spare;
    size_t m_taken = 0;
    std::atomic<bool> m_stop{false};
    QString m_error;
};


} // namespace

QString CampaignExporter::formatName(CampaignExportFormat format)
{
    switch (format) {
    case CampaignExportFormat::Csv: return QStringLiteral("csv");
    case CampaignExportFormat::Xlsx: return QStringLiteral("xlsx");
    case CampaignExportFormat::Mailchimp: return QStringLiteral("mailchimp");
    case CampaignExportFormat::Hashed: return QStringLiteral("hashed");
    }
    return QString();
}

std::optional<CampaignExportFormat> CampaignExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return CampaignExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return CampaignExportFormat::Xlsx;
    if (n == QLatin1String("mailchimp"))
        return CampaignExportFormat::Mailchimp;
    if (n == QLatin1String("hashed"))
        return CampaignExportFormat::Hashed;
    return std::nullopt;
}

QStringList CampaignExporter::header(CampaignExportFormat format)
{
    switch (format) {
    case CampaignExportFormat::Mailchimp:
        return {QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                QStringLiteral("Tags"), QStringLiteral("OFFER"), QStringLiteral("COUPON"), QStringLiteral("SUBJECT"),
                QStringLiteral("MESSAGE"), QStringLiteral("REC1"), QStringLiteral("REC2"), QStringLiteral("REC3")};
    case CampaignExportFormat::Hashed:
        return {QStringLiteral("email_sha256"), QStringLiteral("phone_sha256")};
    default:
        return {QStringLiteral("customer_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("country"),
                QStringLiteral("language"), QStringLiteral("segment"), QStringLiteral("offer"),
                QStringLiteral("coupon"), QStringLiteral("discount"), QStringLiteral("subject"),
                QStringLiteral("message"), QStringLiteral("rec1_sku"), QStringLiteral("rec1_name"),
                QStringLiteral("rec2_sku"), QStringLiteral("rec2_name"), QStringLiteral("rec3_sku"),
                QStringLiteral("rec3_name")};
    }
}

QString CampaignExporter::neutralizeCell(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray CampaignExporter::csvField(const QByteArray &utf8)
{
    QByteArray out;
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        out = utf8;
        out.replace("\"", "\"\"");
        return '"' + out + '"';
    }
    return utf8;
}

CampaignExportResult CampaignExporter::run(Database &db, const CampaignExportOptions &options, ProgressReporter &progress)
{
    CampaignExportResult result;
    result.file = options.path;
    auto fail = [&](const QString &message) {
        result.status = CampaignExportResult::Status::Error;
        result.errorString = message;
        return result;
    };
    Statement info = db.prepare(QStringLiteral(
        "SELECT c.id, c.audience, c.excluded_opt_out, c.holdout, c.definition, coalesce(s.name, '') "
        "FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id WHERE c.name = ?"));
    info.bind(1, options.campaign);
    if (!info.step())
        return fail(tr("There is no campaign named \"%1\".").arg(options.campaign));
    const qint64 campaignId = info.columnInt64(0);
    const qint64 audience = info.columnInt64(1);
    result.excludedOptOut = info.columnInt64(2);
    result.holdout = info.columnInt64(3);
    const QJsonObject definition = QJsonDocument::fromJson(info.columnText(4).toUtf8()).object();
    for (const QJsonValue &w : definition.value(QStringLiteral("warnings")).toArray()) {
        const QString warning = w.toString();
        if (warning.contains(QLatin1String("{{")))
            result.warnings << warning;
    }
    const QByteArray sourceSegment = info.columnText(5).toUtf8();

    MemberQuery members;
    members.campaignId = campaignId;
    members.sourceSegment = sourceSegment;
    members.audience = audience;
    qint64 &firstId = members.firstId;
    qint64 &lastId = members.lastId;
    {
        // Two subqueries: each is one B-tree descent, where min() and max() in one query
        // read every member of the campaign.
        Statement span = db.prepare(QStringLiteral(
            "SELECT (SELECT min(customer_id) FROM campaign_members WHERE campaign_id = ?1), "
            "(SELECT max(customer_id) FROM campaign_members WHERE campaign_id = ?1)"));
        span.bind(1, campaignId);
        if (!span.step() && span.hasError())
            return fail(db.errorString());
        if (!span.isNull(0)) {
            firstId = span.columnInt64(0);
            lastId = span.columnInt64(1);
        }
    }
    const MmapScope mmap(db);
    MemberSource source(db.handle(), members);
    if (!source.isValid()) {
        db.setErrorFromSqlite(tr("Reading the campaign members"));
        return fail(db.errorString());
    }
    progress.setRange(audience);

    const QStringList columns = header(options.format);
    qint64 done = 0;
    int rc = SQLITE_ROW;
    if (options.format == CampaignExportFormat::Xlsx) {
        XlsxWriter writer;
        if (!writer.open(options.path))
            return fail(writer.errorString());
        if (!writer.addSheet(options.campaign, columns))
            return fail(writer.errorString());
        MemberRow row(source);
        QByteArray neutralized;
        source.start(firstId, lastId);
        while ((rc = source.next()) == SQLITE_ROW) {
            row.load(true);
            bool ok = writer.beginRow();
            for (int c = 0; ok && c < ColumnCount; ++c) {
                if (c == Discount) {
                    ok = row.isNull(c) ? writer.addEmptyCell() : writer.addNumberCell(row.number(c));
                    continue;
                }
                const QByteArrayView text = row.text(c);
                if (!text.isEmpty() && isFormulaStart(text.front())) {
                    neutralized.resize(0);
                    neutralized += '\'';
                    neutralized.append(text.data(), text.size());
                    ok = writer.addTextCell(neutralized);
                } else {
                    ok = writer.addTextCell(text);
                }
            }
            if (!ok || !writer.endRow())
                return fail(writer.errorString());
            if (++done % ChunkRows == 0) {
                progress.setValue(done);
                if (progress.isCancelled()) {
                    writer.cancel();
                    result.status = CampaignExportResult::Status::Cancelled;
                    return result;
                }
            }
        }
        if (rc != SQLITE_DONE) {
            writer.cancel();
            db.setErrorFromSqlite(tr("Reading the campaign members"));
            return fail(db.errorString());
        }
        if (!writer.close())
            return fail(writer.errorString());
    } else {
        QSaveFile file(options.path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(options.path, file.errorString()));
        auto writeFailed = [&] {
            const QString error = file.errorString();
            file.cancelWriting();
            return fail(tr("Cannot write %1: %2").arg(options.path, error));
        };
        QByteArray head;
        if (options.bom)
            head += "\xEF\xBB\xBF";
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                head += ',';
            head += csvField(columns.at(c).toUtf8());
        }
        head += "\r\n";
        if (file.write(head) != head.size())
            return writeFailed();

        // A large campaign in a project on disk is formatted by two threads at once, each
        // on its own read-only connection, taking alternate id ranges; this thread writes
        // the ranges in order. Otherwise this thread formats and writes each range in turn.
        const std::vector<IdRange> ranges = memberRanges(firstId, lastId, audience);
        const size_t workers = ranges.size() >= 4 && std::thread::hardware_concurrency() > 1
                                       && QFileInfo(db.path()).isFile() && sqlite3_get_autocommit(db.handle()) != 0
                                   ? 2
                                   : 0;
        ChunkQueue queue(ranges.size());
        std::vector<std::thread> threads;
        for (size_t w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                Database conn;
                if (!conn.open(db.path(), Database::OpenMode::ReadOnly)) {
                    queue.fail(conn.errorString());
                    return;
                }
                const MmapScope connectionMmap(conn);
                MemberSource workerSource(conn.handle(), members);
                if (!workerSource.isValid()) {
                    conn.setErrorFromSqlite(tr("Reading the campaign members"));
                    queue.fail(conn.errorString());
                    return;
                }
                CsvFormatter formatter(workerSource, options.format);
                for (size_t k = w; k < ranges.size(); k += workers) {
                    if (!queue.waitForTurn(k))
                        return;
                    CsvChunk chunk;
                    chunk.bytes = queue.buffer();
                    const int rc = formatter.format(ranges[k], chunk, queue.stopFlag());
                    if (rc != SQLITE_DONE) {
                        if (!queue.stopped()) {
                            conn.setErrorFromSqlite(tr("Reading the campaign members"));
                            queue.fail(conn.errorString());
                        }
                        return;
                    }
                    queue.put(k, std::move(chunk));
                }
            });
        }
        // Stops and joins the workers on every way out of this block.
        struct JoinWorkers
        {
            ChunkQueue &queue;
            std::vector<std::thread> &threads;
            ~JoinWorkers()
            {
                queue.stop();
                for (std::thread &thread : threads)
                    thread.join();
            }
        } joinWorkers{queue, threads};

        CsvFormatter formatter(source, options.format);
        const std::atomic<bool> neverStop{false};
        auto cancelled = [&] {
            file.cancelWriting();
            result.status = CampaignExportResult::Status::Cancelled;
            return result;
        };
        for (size_t k = 0; k < ranges.size(); ++k) {
            CsvChunk chunk;
            if (workers == 0) {
                if (formatter.format(ranges[k], chunk, neverStop) != SQLITE_DONE) {
                    file.cancelWriting();
                    db.setErrorFromSqlite(tr("Reading the campaign members"));
                    return fail(db.errorString());
                }
            } else {
                while (!queue.take(k, chunk, 50)) {
                    if (queue.stopped()) {
                        file.cancelWriting();
                        return fail(queue.error());
                    }
                    if (progress.isCancelled())
                        return cancelled();
                }
            }
            if (file.write(chunk.bytes) != chunk.bytes.size())
                return writeFailed();
            if (workers > 0)
                queue.recycle(std::move(chunk.bytes));
            result.rows += chunk.rows;
            result.skipped += chunk.skipped;
            done += chunk.members;
            progress.setValue(done);
            if (progress.isCancelled())
                return cancelled();
        }
        if (!file.commit())
            return fail(tr("Cannot write %1: %2").arg(options.path, file.errorString()));
    }
    if (options.format == CampaignExportFormat::Xlsx)
        result.rows = done;
    progress.setValue(done);

    Statement record = db.prepare(QStringLiteral(
        "INSERT INTO campaign_exports(campaign_id, format, file_path, rows, exported_at) VALUES(?, ?, ?, ?, ?)"));
    record.bindAll({campaignId, formatName(options.format), QFileInfo(options.path).absoluteFilePath(), result.rows,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!record.exec())
        return fail(tr("The file was written but the export could not be recorded: %1").arg(db.errorString()));
    result.status = CampaignExportResult::Status::Ok;
    return result;
}
