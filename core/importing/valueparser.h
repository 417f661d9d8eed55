#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * @file
 * Parsing of single import cells: ids, numbers, dates and yes/no flags.
 *
 * These functions run on every cell of an import (the Online Retail file has
 * 541,909 rows), so they scan QStringView by hand, never use
 * QRegularExpression and allocate only for the value they return. They are
 * pure functions without shared state and may be called from any thread.
 * None of them depends on the process locale.
 */

/** How a number column writes its decimal mark. */
enum class NumberStyle {
    Auto,  ///< decide per value (see parseNumber())
    Dot,   ///< `.` is the decimal mark, `,` groups thousands (1,234.56)
    Comma  ///< `,` is the decimal mark, `.` groups thousands (1.234,56)
};

/** Order of day, month and year in a date column. */
enum class DateOrder {
    Auto, ///< decide per value: year-first is YMD, a first part > 12 is DMY, a second part > 12 is MDY, else DMY
    YMD,  ///< 2010-12-01, 2010/12/01, 2010年12月1日
    DMY,  ///< 01/12/2010, 01-12-10, 01.12.2010
    MDY   ///< 12/01/2010
};

/** Coarse type of a cell, for preview tables. */
enum class CellType { Empty, Integer, Number, Date, Boolean, Text };

/** What a sample of a date column says about how its dates are written. */
struct DateColumnGuess
{
    /** The order to parse the column with; Auto when nothing decided it (no textual dates). */
    DateOrder order = DateOrder::Auto;
    /**
     * True when day and month could not be told apart (every value had both
     * parts <= 12, or the values contradicted each other). order then holds
     * the default (DMY, or the majority on contradiction) and the user should
     * be told or asked.
     */
    bool ambiguous = false;
    /**
     * The column holds no textual dates and most of its values are plain
     * numbers in Excel's serial range (see fromExcelSerial()). Four-digit
     * integers 1000..2999 count as years, not serials.
     */
    bool excelSerial = false;
    /**
     * The column holds no textual dates and most of its values are integers
     * that read as Unix epoch seconds in 1973..2100 (see fromEpochSeconds()).
     */
    bool epochSeconds = false;
};

/**
 * Normalizes an identifier cell (customer id, SKU, order number).
 *
 * Trims white space and turns an integral float text written by spreadsheet
 * exports (`17850.0`, `17850.00`) into the integer text (`17850`). Anything
 * else is returned trimmed but otherwise unchanged: `85123A` stays, leading
 * zeros (`00123`) stay, `17850.5` stays. An empty or blank cell gives an empty
 * string.
 */
QString normalizeId(QStringView text);
/** normalizeId() as a view of @p text (always a part of it), without a copy. */
QStringView normalizeIdView(QStringView text);

/** True when @p text is one or more ASCII digits and nothing else. */
bool isAllDigits(QStringView text);

/**
 * Parses a number cell; returns std::nullopt for empty or non-numeric text.
 *
 * Accepts surrounding white space, a leading `+` or `-`, a currency symbol
 * (`$ € £ ¥ ￥`) before or after the number, thousands separators (`,` `.`
 * space, no-break space, narrow no-break space, thin space, `'`), full-width
 * digits and an exponent (`1e3`, `2.5E-4`). Percent signs are not accepted.
 *
 * Thousands separators must sit between groups of exactly three digits.
 * With @p style Dot or Comma the decimal mark is fixed; text that only fits
 * the other style gives std::nullopt. With Auto the decimal mark is decided
 * per value: when both `.` and `,` occur the last one is the decimal mark;
 * a mark that occurs more than once is a thousands separator; a single `,`
 * followed by exactly three digits (`1,234`) is a thousands separator unless
 * the integer part is 0, any other single `,` is the decimal mark (`3,5` is
 * 3.5); a single `.` is always the decimal mark.
 */
std::optional<double> parseNumber(QStringView text, NumberStyle style = NumberStyle::Auto);

/**
 * Guesses the decimal mark of a number column from sample values.
 *
 * Values that decide the mark (`3,5`, `1.234,56`, `1.234.567`, `12.5`, ...)
 * vote; ambiguous ones (`1,234`, `1.234`, `17`) do not. Returns Comma or Dot
 * for the majority and Auto when no value decided (or the vote was a tie).
 */
NumberStyle detectNumberStyle(const QStringList &samples);

/**
 * Parses a date or date-time cell; returns std::nullopt when the text is not
 * a valid date.
 *
 * The result has Qt::UTC spec and holds the wall-clock time as written: no
 * time-zone conversion happens (a trailing `Z` or `+02:00` is accepted and
 * ignored).
 *
 * Accepted forms:
 * - year first: `2010-12-01`, `2010/12/01`, `2010.12.01`, `2010-12-01 08:26:00`,
 *   `2010-12-01T08:26`; a four-digit first part always means year first,
 *   whatever @p order says;
 * - day/month first with `/`, `-` or `.` and a 2- or 4-digit year, read in
 *   @p order (`04-09-2012` is 4 September under DMY, 9 April under MDY);
 *   two-digit years 00..68 are 2000..2068, 69..99 are 1969..1999;
 * - `2012年9月4日`, optionally followed by a time;
 * - an optional time after a space or `T`: `H:MM`, `H:MM:SS`, `H:MM:SS.zzz`,
 *   optionally followed by `AM`/`PM`.
 *
 * Plain numbers are not dates here: use fromExcelSerial() or
 * fromEpochSeconds() when the column was detected as such. Impossible dates
 * (`31/02/2012`) and times (`25:00`) give std::nullopt.
 */
std::optional<QDateTime> parseDateTime(QStringView text, DateOrder order = DateOrder::Auto);

/**
 * Converts an Excel serial date (days since 1899-12-30, the fraction being
 * the time of day) to a UTC-spec date-time, rounded to the second.
 *
 * Honours Excel's fictitious 1900-02-29 (serial 60, which gives
 * std::nullopt). With @p date1904 the serial counts days since 1904-01-01
 * (old Mac workbooks). Serials outside Excel's range (1..2958465, or
 * 0..2957003 for 1904) give std::nullopt. `40513.35` is 2010-12-01 08:24.
 */
std::optional<QDateTime> fromExcelSerial(double serial, bool date1904 = false);

/**
 * Converts Unix epoch seconds (as in MovieLens, `881250949`) to a UTC date-time.
 * Returns std::nullopt outside the years 1..9999.
 */
std::optional<QDateTime> fromEpochSeconds(qint64 seconds);

/**
 * Accumulates the values of a date column to settle its day/month order,
 * or to recognise Excel serials and epoch seconds.
 *
 * Feed it every value of the column (or a sample) with add(), then read
 * result(). Both are cheap (result() is O(1)), so an importer can check
 * result().ambiguous while it scans and stop early. Not thread-safe; use one
 * detector per thread.
 */
class DateOrderDetector
{
public:
    /** Adds one (trimmed or untrimmed) cell; empty cells are ignored. */
    void add(QStringView value);

    /**
     * The guess from the values added so far:
     * - any value whose first part is > 12 (and <= 31) votes DMY, any value
     *   whose second part is > 12 votes MDY, year-first values vote YMD;
     * - DMY or MDY votes win over YMD (year-first values parse in any order);
     *   DMY and MDY votes together give the majority with ambiguous set;
     * - day/month values with both parts <= 12 and no vote give DMY with
     *   ambiguous set;
     * - without textual dates, excelSerial or epochSeconds is set when more
     *   than half of the values are such numbers, and order stays Auto.
     */
    DateColumnGuess result() const;

    /** Number of non-empty values added. */
    qint64 count() const { return m_values; }

    /** Forgets every value added. */
    void reset() { *this = DateOrderDetector(); }

private:
    qint64 m_values = 0;
    qint64 m_ymd = 0;        // year-first values
    qint64 m_dmy = 0;        // values whose first part is > 12
    qint64 m_mdy = 0;        // values whose second part is > 12
    qint64 m_undecided = 0;  // day/month-first values with both parts <= 12
    qint64 m_serials = 0;    // plain numbers in Excel's serial range (not year-like)
    qint64 m_epochs = 0;     // integers in the epoch-seconds range
    qint64 m_other = 0;      // anything else (text, numbers out of range)
};

/** Runs a DateOrderDetector over @p samples; see DateOrderDetector::result(). */
DateColumnGuess detectDateOrder(const QStringList &samples);

/**
 * Guesses the type of one cell for preview tables: Empty for blank text,
 * Integer for optionally signed digits, Number for anything else parseNumber()
 * accepts in Auto style, Date for what parseDateTime() accepts, Boolean for
 * what parseBool() accepts (other than 1 and 0, which are Integer), else Text.
 */
CellType guessType(QStringView text);

/** Translated display name of a cell type ("Integer", "Date", ...). */
QString cellTypeName(CellType type);

/**
 * Parses a yes/no cell (opt-out flags and the like), case-insensitively and
 * ignoring surrounding white space: `1 true yes y t 是` are true,
 * `0 false no n f 否` are false. Anything else gives std::nullopt.
 */
std::optional<bool> parseBool(QStringView text);
