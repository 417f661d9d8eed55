#pragma once

#include "importing/valueparser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** One cell parsed by a CellParser. */
struct ParsedCell
{
    bool empty = true; ///< the cell is blank (or its column is missing)
    bool ok = false;   ///< the cell parsed: number or time holds its value
    double number = 0;
    qint64 time = 0;   ///< seconds since the epoch, wall-clock time as written
    qint64 key = -1;   ///< a key's number (KeyInterner), -1 when blank

    std::optional<double> numberValue() const { return ok ? std::optional<double>(number) : std::nullopt; }
    std::optional<qint64> timeValue() const { return ok ? std::optional<qint64>(time) : std::nullopt; }
};

/** The cells a CellParser parsed from one record, in the order it was given them. */
struct ParsedCells
{
    static constexpr int Max = 6;
    std::array<ParsedCell, Max> cells;
    const ParsedCell &operator[](int slot) const { return cells[size_t(slot)]; }
};

/**
 * Numbers distinct keys 0, 1, 2... in the order they are first seen, so that
 * whoever receives the numbers can keep what belongs to a key in a vector.
 */
class KeyInterner
{
public:
    /** The number of @p key: a new one (size() before the call) when it was not seen. */
    qint64 intern(QStringView key);
    qsizetype size() const { return m_numbers.size(); }

private:
    QHash<QString, qint64> m_numbers;
    QString m_lookup; ///< reused for lookups, so that a seen key costs no allocation
};

/**
 * Parses chosen cells of a record into numbers, times and key numbers with an import's
 * settings (decimal mark, day/month order, serial or epoch dates).
 *
 * An import parses the same cells of every record; a reader thread can do it
 * ahead of the thread that stores the records (see PrefetchingSource), and
 * both give the same answers since both use this class.
 *
 * Thread-safety: one object per thread (time() keeps the last text it parsed).
 */
class CellParser
{
public:
    enum class Kind {
        Number,
        Time,
        Key, ///< an identifier (normalizeIdView()), numbered by this parser's KeyInterner for the cell
    };
    struct Cell
    {
        int column = -1; ///< -1: not in the file, always empty
        Kind kind = Kind::Number;
    };
    struct Settings
    {
        NumberStyle numberStyle = NumberStyle::Auto;
        DateOrder dateOrder = DateOrder::Auto;
        bool excelSerialDates = false; ///< plain numbers in a date column are Excel serials
        bool epochSeconds = false;     ///< plain integers in a date column are Unix seconds
    };

    CellParser() = default;
    /** At most ParsedCells::Max cells. */
    CellParser(const QList<Cell> &cells, const Settings &settings);

    bool isEmpty() const { return m_cells.isEmpty(); }
    const Settings &settings() const { return m_settings; }

    /** Parses the configured cells of @p fields, trimmed, into @p out (slot i = cell i). */
    void parse(const QStringList &fields, ParsedCells &out);

    std::optional<double> number(QStringView text) const { return parseNumber(text, m_settings.numberStyle); }
    /** Seconds since the epoch of a date or date-time cell, or nullopt. */
    std::optional<qint64> time(QStringView text);

private:
    QList<Cell> m_cells;
    QList<KeyInterner> m_keys; ///< one per cell, used by Key cells
    Settings m_settings;
    // Order files repeat the same timestamp on every line of an order.
    QString m_lastTimeText;
    std::optional<qint64> m_lastTime;
};
