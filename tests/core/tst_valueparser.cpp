#include "importing/cellparser.h"
#include "importing/valueparser.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(NumberStyle)
Q_DECLARE_METATYPE(DateOrder)
Q_DECLARE_METATYPE(CellType)

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void normalizeId_data();
    void normalizeId();

    void parseNumber_data();
    void parseNumber();
    void detectNumberStyle_data();
    void detectNumberStyle();
    void plainDecimalsRoundCorrectly();

    void cellParser();

    void parseDateTime_data();
    void parseDateTime();
    void parseDateTimeKeepsWallClockAsUtc();
    void fromExcelSerial_data();
    void fromExcelSerial();
    void fromEpochSeconds_data();
    void fromEpochSeconds();
    void detectDateOrder_data();
    void detectDateOrder();
    void dateOrderDetectorAccumulates();

    void guessType_data();
    void guessType();
    void cellTypeNamesAreDistinct();

    void parseBool_data();
    void parseBool();

    void benchmarkRetailRow();
};

// ---------------------------------------------------------------------------

void TestValueParser::normalizeId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("float_one_zero") << "17850.0" << "17850";
    QTest::newRow("float_two_zeros") << "17850.00" << "17850";
    QTest::newRow("plain_integer") << "17850" << "17850";
    QTest::newRow("surrounding_blanks") << "  17850.0 \t" << "17850";
    QTest::newRow("alphanumeric_sku_kept") << "85123A" << "85123A";
    QTest::newRow("leading_zeros_kept") << "00123" << "00123";
    QTest::newRow("leading_zeros_float") << "00123.0" << "00123";
    QTest::newRow("cancelled_invoice_kept") << "C536379" << "C536379";
    QTest::newRow("non_integral_kept") << "17850.5" << "17850.5";
    QTest::newRow("zero_then_digit_kept") << "17850.01" << "17850.01";
    QTest::newRow("trailing_dot_kept") << "17850." << "17850.";
    QTest::newRow("leading_dot_kept") << ".0" << ".0";
    QTest::newRow("dotted_code_kept") << "A1.0" << "A1.0";
    QTest::newRow("code_after_zeros_kept") << "12.00a" << "12.00a";
    QTest::newRow("second_dot_kept") << "12.0.0" << "12.0.0";
    QTest::newRow("one_digit") << "7.0" << "7";
    QTest::newRow("negative_kept") << "-5.0" << "-5.0";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("blank") << "   " << "";
}

void TestValueParser::normalizeId()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(::normalizeId(text), expected);
}

void TestValueParser::plainDecimalsRoundCorrectly()
{
    // "[-]digits[.digits]" takes a short path in parseNumber(): it must give the correctly
    // rounded value of the text (as strtod does) for every length, sign and dot position.
    QRandomGenerator random(2024);
    for (int n = 0; n < 200000; ++n) {
        const int digits = int(random.bounded(1, 19));
        QString text;
        if (random.bounded(4) == 0)
            text += u'-';
        const int dot = int(random.bounded(0, digits)); // 0: no dot
        for (int i = 0; i < digits; ++i) {
            if (dot > 0 && i == dot)
                text += u'.';
            text += QChar(u'0' + random.bounded(10));
        }
        bool ok = false;
        const double expected = text.toDouble(&ok);
        QVERIFY(ok);
        for (const NumberStyle style : {NumberStyle::Auto, NumberStyle::Dot}) {
            const std::optional<double> value = ::parseNumber(text, style);
            QVERIFY2(value, qPrintable(text));
            QVERIFY2(*value == expected, qPrintable(QStringLiteral("%1 read as %2").arg(text).arg(*value, 0, 'g', 17)));
            QVERIFY2(!std::signbit(*value) || *value != 0, qPrintable(text));
        }
    }
    // Under the comma style a dot groups thousands.
    QCOMPARE(::parseNumber(u"1.234", NumberStyle::Comma), std::optional<double>(1234));
    QCOMPARE(::parseNumber(u"12.5", NumberStyle::Comma), std::nullopt);
    QCOMPARE(::parseNumber(u"1234", NumberStyle::Comma), std::optional<double>(1234));
    QVERIFY(!std::signbit(*::parseNumber(u"-0.00")));
}

void TestValueParser::cellParser()
{
    using Kind = CellParser::Kind;
    CellParser::Settings settings;
    settings.numberStyle = NumberStyle::Comma;
    settings.dateOrder = DateOrder::DMY;
    CellParser parser({{0, Kind::Number}, {1, Kind::Time}, {7, Kind::Number}, {2, Kind::Time}}, settings);
    QVERIFY(!parser.isEmpty());
    QVERIFY(CellParser().isEmpty());

    ParsedCells out;
    parser.parse({QStringLiteral(" 3,5 "), QStringLiteral("04/09/2012 10:30"), QString()}, out);
    QVERIFY(!out[0].empty && out[0].ok);
    QCOMPARE(out[0].number, 3.5);
    QVERIFY(out[1].ok);
    QCOMPARE(out[1].time, utc(2012, 9, 4, 10, 30).toSecsSinceEpoch());
    QVERIFY(out[2].empty && !out[2].ok); // column 7 is not in the record
    QVERIFY(out[3].empty && !out[3].ok);

    // The same time again comes from the cache; a bad one is not ok but not empty.
    parser.parse({QStringLiteral("x"), QStringLiteral("04/09/2012 10:30"), QStringLiteral("31/02/2012")}, out);
    QVERIFY(!out[0].empty && !out[0].ok);
    QCOMPARE(out[1].time, utc(2012, 9, 4, 10, 30).toSecsSinceEpoch());
    QVERIFY(!out[3].empty && !out[3].ok);
    QCOMPARE(parser.time(u"31/02/2012"), std::nullopt);
    QCOMPARE(parser.time(u"01/02/2012"), utc(2012, 2, 1).toSecsSinceEpoch());

    // Keys are normalized ids, numbered in the order they are first seen, per cell.
    CellParser keys({{0, Kind::Key}, {1, Kind::Key}}, CellParser::Settings());
    const auto keysOf = [&keys](const QStringList &fields) {
        ParsedCells cells;
        keys.parse(fields, cells);
        return std::make_pair(cells[0].key, cells[1].key);
    };
    QCOMPARE(keysOf({QStringLiteral("17850.0"), QStringLiteral("A")}), std::make_pair(qint64(0), qint64(0)));
    QCOMPARE(keysOf({QStringLiteral(" 13047 "), QStringLiteral("17850")}), std::make_pair(qint64(1), qint64(1)));
    QCOMPARE(keysOf({QStringLiteral("17850"), QStringLiteral("A")}), std::make_pair(qint64(0), qint64(0)));
    QCOMPARE(keysOf({QStringLiteral("  "), QStringLiteral("B")}), std::make_pair(qint64(-1), qint64(2)));
    ParsedCells blank;
    keys.parse({QString()}, blank);
    QVERIFY(blank[0].empty && !blank[0].ok && blank[1].empty && blank[1].key == -1);
    KeyInterner interner;
    QCOMPARE(interner.intern(u"x"), qint64(0));
    QCOMPARE(interner.intern(u"y"), qint64(1));
    QCOMPARE(interner.intern(u"x"), qint64(0));
    QCOMPARE(interner.size(), qsizetype(2));

    // Epoch seconds and Excel serials, when the column was detected as such.
    CellParser::Settings epoch;
    epoch.epochSeconds = true;
    CellParser epochParser({{0, Kind::Time}}, epoch);
    QCOMPARE(epochParser.time(u"881250949"), qint64(881250949));
    QCOMPARE(epochParser.time(u"2012-09-04"), utc(2012, 9, 4).toSecsSinceEpoch());
    CellParser::Settings serial;
    serial.excelSerialDates = true;
    CellParser serialParser({{0, Kind::Time}}, serial);
    QCOMPARE(serialParser.time(u"41156.5"), utc(2012, 9, 4, 12).toSecsSinceEpoch());
}

// ---------------------------------------------------------------------------

void TestValueParser::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    const NumberStyle a = NumberStyle::Auto;
    const NumberStyle dot = NumberStyle::Dot;
    const NumberStyle comma = NumberStyle::Comma;

    QTest::newRow("integer") << "42" << a << true << 42.0;
    QTest::newRow("decimal_dot") << "2.55" << a << true << 2.55;
    QTest::newRow("decimal_comma") << "3,5" << a << true << 3.5;
    QTest::newRow("decimal_comma_two_digits") << "12,50" << a << true << 12.5;
    QTest::newRow("trimmed") << "  7.5 " << a << true << 7.5;
    QTest::newRow("leading_plus") << "+3" << a << true << 3.0;
    QTest::newRow("leading_minus") << "-12" << a << true << -12.0;
    QTest::newRow("unicode_minus") << QString::fromUtf8("\u22125") << a << true << -5.0;
    QTest::newRow("negative_zero_is_zero") << "-0" << a << true << 0.0;
    QTest::newRow("leading_dot") << ".5" << a << true << 0.5;
    QTest::newRow("thousands_dot_decimal") << "1,234.56" << a << true << 1234.56;
    QTest::newRow("thousands_comma_decimal") << "1.234,56" << a << true << 1234.56;
    QTest::newRow("thousands_space") << "1 234,56" << a << true << 1234.56;
    QTest::newRow("thousands_nbsp") << QString::fromUtf8("1\u00A0234,56") << a << true << 1234.56;
    QTest::newRow("thousands_narrow_nbsp") << QString::fromUtf8("1\u202F234,56") << a << true << 1234.56;
    QTest::newRow("thousands_apostrophe") << "1'234.56" << a << true << 1234.56;
    QTest::newRow("millions_commas") << "1,234,567" << a << true << 1234567.0;
    QTest::newRow("millions_dots") << "1.234.567" << a << true << 1234567.0;
    QTest::newRow("millions_dots_comma_decimal") << "1.234.567,89" << a << true << 1234567.89;
    QTest::newRow("auto_single_comma_three_digits_is_thousands") << "1,234" << a << true << 1234.0;
    QTest::newRow("auto_zero_comma_three_digits_is_decimal") << "0,125" << a << true << 0.125;
    QTest::newRow("auto_comma_four_digits_is_decimal") << "1,2345" << a << true << 1.2345;
    QTest::newRow("auto_single_dot_three_digits_is_decimal") << "1.234" << a << true << 1.234;
    QTest::newRow("comma_style_single_comma_three_digits") << "1,234" << comma << true << 1.234;
    QTest::newRow("comma_style_dot_thousands") << "1.234" << comma << true << 1234.0;
    QTest::newRow("comma_style_full") << "1.234.567,5" << comma << true << 1234567.5;
    QTest::newRow("dot_style_comma_thousands") << "1,234" << dot << true << 1234.0;
    QTest::newRow("dot_style_decimal") << "0.75" << dot << true << 0.75;
    QTest::newRow("currency_dollar") << "$12.50" << a << true << 12.5;
    QTest::newRow("currency_minus_dollar") << "-$1,234.56" << a << true << -1234.56;
    QTest::newRow("currency_dollar_minus") << "$-5" << a << true << -5.0;
    QTest::newRow("currency_euro_trailing") << QString::fromUtf8("12,50 \u20AC") << a << true << 12.5;
    QTest::newRow("currency_euro_leading_space") << QString::fromUtf8("\u20AC 1.234,50") << a << true << 1234.5;
    QTest::newRow("currency_pound") << QString::fromUtf8("\u00A39.99") << a << true << 9.99;
    QTest::newRow("currency_yen") << QString::fromUtf8("\u00A51200") << a << true << 1200.0;
    QTest::newRow("currency_fullwidth_yen") << QString::fromUtf8("\uFFE599.5") << a << true << 99.5;
    QTest::newRow("fullwidth_digits") << QString::fromUtf8("\uFF11\uFF12\uFF13") << a << true << 123.0;
    QTest::newRow("scientific") << "1e3" << a << true << 1000.0;
    QTest::newRow("scientific_negative_exponent") << "2.5E-4" << a << true << 0.00025;
    QTest::newRow("scientific_plus_exponent") << "1.5e+2" << a << true << 150.0;
    QTest::newRow("many_digits_slow_path") << "123456789012345678.5" << a << true << 123456789012345678.5;
    QTest::newRow("tiny_slow_path") << "1e-30" << a << true << 1e-30;
    QTest::newRow("trailing_decimal_mark") << "5." << a << true << 5.0;

    QTest::newRow("empty") << "" << a << false << 0.0;
    QTest::newRow("blank") << "   " << a << false << 0.0;
    QTest::newRow("sign_only") << "-" << a << false << 0.0;
    QTest::newRow("currency_only") << "$" << a << false << 0.0;
    QTest::newRow("percent_rejected") << "5%" << a << false << 0.0;
    QTest::newRow("text") << "abc" << a << false << 0.0;
    QTest::newRow("trailing_text") << "12abc" << a << false << 0.0;
    QTest::newRow("date_is_not_a_number") << "2010-12-01" << a << false << 0.0;
    QTest::newRow("dotted_date_is_not_a_number") << "01.12.2010" << a << false << 0.0;
    QTest::newRow("bad_grouping") << "12,34,5" << a << false << 0.0;
    QTest::newRow("space_between_numbers") << "12 34" << a << false << 0.0;
    QTest::newRow("two_decimal_marks") << "1,234.5,6" << a << false << 0.0;
    QTest::newRow("dot_style_rejects_decimal_comma") << "3,5" << dot << false << 0.0;
    QTest::newRow("dot_style_rejects_dot_thousands") << "1.234.567" << dot << false << 0.0;
    QTest::newRow("comma_style_rejects_decimal_dot") << "12.5" << comma << false << 0.0;
    QTest::newRow("grouping_in_fraction") << "1.234 5" << a << false << 0.0;
    QTest::newRow("exponent_without_digits") << "1e" << a << false << 0.0;
    QTest::newRow("exponent_only") << "e5" << a << false << 0.0;
    QTest::newRow("overflow") << "1e400" << a << false << 0.0;
    QTest::newRow("space_after_sign") << "- 5" << a << false << 0.0;
    QTest::newRow("two_currencies") << "$5$" << a << false << 0.0;
    QTest::newRow("lone_mark") << "." << a << false << 0.0;
}

void TestValueParser::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    const std::optional<double> value = ::parseNumber(text, style);
    QCOMPARE(value.has_value(), valid);
    if (valid) {
        QCOMPARE(*value, expected);
        QVERIFY(!std::signbit(*value) || expected < 0);
    }
}

void TestValueParser::detectNumberStyle_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<NumberStyle>("expected");

    QTest::newRow("dot_decimals") << QStringList{"2.55", "3.39", "7.65"} << NumberStyle::Dot;
    QTest::newRow("comma_decimals") << QStringList{"2,55", "3,39", "7,65"} << NumberStyle::Comma;
    QTest::newRow("european_thousands") << QStringList{"1.234,56", "12"} << NumberStyle::Comma;
    QTest::newRow("english_thousands") << QStringList{"1,234.56", "12"} << NumberStyle::Dot;
    QTest::newRow("dot_thousands_only") << QStringList{"1.234.567", "5"} << NumberStyle::Comma;
    QTest::newRow("comma_thousands_only") << QStringList{"1,234,567", "5"} << NumberStyle::Dot;
    QTest::newRow("ambiguous_comma_three_digits") << QStringList{"1,234", "5,678"} << NumberStyle::Auto;
    QTest::newRow("ambiguous_then_decided") << QStringList{"1,234", "3,5"} << NumberStyle::Comma;
    QTest::newRow("integers_only") << QStringList{"1", "22", "333"} << NumberStyle::Auto;
    QTest::newRow("majority_wins") << QStringList{"1.5", "2.5", "3,5"} << NumberStyle::Dot;
    QTest::newRow("text_ignored") << QStringList{"n/a", "abc", "2,5"} << NumberStyle::Comma;
    QTest::newRow("empty_sample") << QStringList{} << NumberStyle::Auto;
}

void TestValueParser::detectNumberStyle()
{
    QFETCH(QStringList, samples);
    QFETCH(NumberStyle, expected);
    QCOMPARE(::detectNumberStyle(samples), expected);
}

// ---------------------------------------------------------------------------

void TestValueParser::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    const DateOrder a = DateOrder::Auto;
    const DateOrder dmy = DateOrder::DMY;
    const DateOrder mdy = DateOrder::MDY;
    const DateOrder ymd = DateOrder::YMD;

    QTest::newRow("iso_date") << "2010-12-01" << a << true << utc(2010, 12, 1);
    QTest::newRow("iso_date_time") << "2010-12-01 08:26:00" << a << true << utc(2010, 12, 1, 8, 26);
    QTest::newRow("iso_t_minutes") << "2010-12-01T08:26" << a << true << utc(2010, 12, 1, 8, 26);
    QTest::newRow("iso_t_seconds_z") << "2010-12-01T08:26:59Z" << a << true << utc(2010, 12, 1, 8, 26, 59);
    QTest::newRow("iso_offset_ignored") << "2010-12-01T08:26:00+02:00" << a << true << utc(2010, 12, 1, 8, 26);
    QTest::newRow("iso_milliseconds") << "2010-12-01 08:26:00.250" << a << true << utc(2010, 12, 1, 8, 26, 0, 250);
    QTest::newRow("iso_single_digit_parts") << "2010-9-4" << a << true << utc(2010, 9, 4);
    QTest::newRow("iso_slashes") << "2010/12/01" << a << true << utc(2010, 12, 1);
    QTest::newRow("iso_dots") << "2010.12.01" << a << true << utc(2010, 12, 1);
    QTest::newRow("year_first_wins_over_dmy") << "2010-12-01" << dmy << true << utc(2010, 12, 1);
    QTest::newRow("year_first_wins_over_mdy") << "2010/12/01" << mdy << true << utc(2010, 12, 1);
    QTest::newRow("trimmed") << "  2010-12-01  " << a << true << utc(2010, 12, 1);
    QTest::newRow("dmy_dashes_ifood") << "04-09-2012" << dmy << true << utc(2012, 9, 4);
    QTest::newRow("mdy_dashes") << "04-09-2012" << mdy << true << utc(2012, 4, 9);
    QTest::newRow("auto_ambiguous_defaults_to_dmy") << "04-09-2012" << a << true << utc(2012, 9, 4);
    QTest::newRow("auto_first_part_over_12") << "21/08/2013" << a << true << utc(2013, 8, 21);
    QTest::newRow("auto_second_part_over_12") << "12/13/2010" << a << true << utc(2010, 12, 13);
    QTest::newRow("mdy_slashes_uci_retail") << "12/1/2010 8:26" << mdy << true << utc(2010, 12, 1, 8, 26);
    QTest::newRow("dmy_slashes_seconds") << "1/12/2010 08:26:30" << dmy << true << utc(2010, 12, 1, 8, 26, 30);
    QTest::newRow("dmy_dots") << "01.12.2010" << dmy << true << utc(2010, 12, 1);
    QTest::newRow("dmy_two_digit_year") << "01/12/10" << dmy << true << utc(2010, 12, 1);
    QTest::newRow("two_digit_year_pivot_1900s") << "05/06/75" << dmy << true << utc(1975, 6, 5);
    QTest::newRow("two_digit_year_68_is_2068") << "05/06/68" << dmy << true << utc(2068, 6, 5);
    QTest::newRow("ymd_two_digit_year") << "12-09-04" << ymd << true << utc(2012, 9, 4);
    QTest::newRow("ymd_order_with_year_last_falls_back") << "04-09-2012" << ymd << true << utc(2012, 9, 4);
    QTest::newRow("pm") << "12/1/2010 8:26 PM" << mdy << true << utc(2010, 12, 1, 20, 26);
    QTest::newRow("am_noon_edge") << "12/1/2010 12:05 AM" << mdy << true << utc(2010, 12, 1, 0, 5);
    QTest::newRow("pm_noon") << "12/1/2010 12:05 pm" << mdy << true << utc(2010, 12, 1, 12, 5);
    QTest::newRow("pm_dotted") << "12/1/2010 1:05:09 p.m." << mdy << true << utc(2010, 12, 1, 13, 5, 9);
    QTest::newRow("chinese") << QString::fromUtf8("2012年9月4日") << a << true << utc(2012, 9, 4);
    QTest::newRow("chinese_with_time") << QString::fromUtf8("2012年9月4日 08:26") << a << true
                                       << utc(2012, 9, 4, 8, 26);
    QTest::newRow("chinese_time_attached") << QString::fromUtf8("2012年09月04日8:26:10") << a << true
                                           << utc(2012, 9, 4, 8, 26, 10);
    QTest::newRow("leap_day") << "29/02/2012" << dmy << true << utc(2012, 2, 29);

    QTest::newRow("empty") << "" << a << false << QDateTime();
    QTest::newRow("text") << "yesterday" << a << false << QDateTime();
    QTest::newRow("invalid_day_31_feb") << "31/02/2012" << dmy << false << QDateTime();
    QTest::newRow("invalid_leap_day") << "29/02/2013" << dmy << false << QDateTime();
    QTest::newRow("invalid_month_13_iso") << "2010-13-01" << a << false << QDateTime();
    QTest::newRow("mdy_rejects_month_13") << "13/01/2011" << mdy << false << QDateTime();
    QTest::newRow("dmy_rejects_month_13") << "01/13/2011" << dmy << false << QDateTime();
    QTest::newRow("invalid_hour") << "2010-12-01 25:00" << a << false << QDateTime();
    QTest::newRow("invalid_minute") << "2010-12-01 08:60" << a << false << QDateTime();
    QTest::newRow("one_digit_minute") << "2010-12-01 08:6" << a << false << QDateTime();
    QTest::newRow("pm_hour_13") << "12/1/2010 13:05 PM" << mdy << false << QDateTime();
    QTest::newRow("trailing_garbage") << "2010-12-01x" << a << false << QDateTime();
    QTest::newRow("time_garbage") << "2010-12-01 08:26 foo" << a << false << QDateTime();
    QTest::newRow("mixed_separators") << "2010-12/01" << a << false << QDateTime();
    QTest::newRow("three_digit_year") << "01/12/201" << dmy << false << QDateTime();
    QTest::newRow("excel_serial_is_not_text_date") << "40513.35" << a << false << QDateTime();
    QTest::newRow("epoch_is_not_text_date") << "881250949" << a << false << QDateTime();
    QTest::newRow("compact_digits") << "20101201" << a << false << QDateTime();
    QTest::newRow("year_only") << "1957" << a << false << QDateTime();
    QTest::newRow("decimal_number") << "12.5" << a << false << QDateTime();
    QTest::newRow("three_digit_first_part") << "123-4-56" << a << false << QDateTime();
    QTest::newRow("chinese_missing_day_marker") << QString::fromUtf8("2012年9月4") << a << false << QDateTime();
}

void TestValueParser::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> dt = ::parseDateTime(text, order);
    QCOMPARE(dt.has_value(), valid);
    if (valid) {
        QVERIFY(dt->isValid());
        QCOMPARE(dt->timeSpec(), Qt::UTC);
        QCOMPARE(*dt, expected);
    }
}

void TestValueParser::parseDateTimeKeepsWallClockAsUtc()
{
    // The wall clock is stored as written, whatever the machine's time zone.
    const std::optional<QDateTime> dt = ::parseDateTime(u"2011-03-27 02:30:00", DateOrder::Auto);
    QVERIFY(dt);
    QCOMPARE(dt->timeSpec(), Qt::UTC);
    QCOMPARE(dt->time(), QTime(2, 30));
    QCOMPARE(dt->toSecsSinceEpoch(), qint64(1301193000));
}

void TestValueParser::fromExcelSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("retail_first_invoice") << 40513.35 << false << true << utc(2010, 12, 1, 8, 24);
    QTest::newRow("whole_day") << 40513.0 << false << true << utc(2010, 12, 1);
    QTest::newRow("rounds_to_second") << 40513.999999999 << false << true << utc(2010, 12, 2);
    QTest::newRow("serial_one") << 1.0 << false << true << utc(1900, 1, 1);
    QTest::newRow("before_phantom_leap_day") << 59.0 << false << true << utc(1900, 2, 28);
    QTest::newRow("after_phantom_leap_day") << 61.0 << false << true << utc(1900, 3, 1);
    QTest::newRow("last_excel_day") << 2958465.0 << false << true << utc(9999, 12, 31);
    QTest::newRow("date1904_zero") << 0.0 << true << true << utc(1904, 1, 1);
    QTest::newRow("date1904_retail") << 39051.35 << true << true << utc(2010, 12, 1, 8, 24);

    QTest::newRow("phantom_leap_day") << 60.0 << false << false << QDateTime();
    QTest::newRow("zero") << 0.0 << false << false << QDateTime();
    QTest::newRow("negative") << -5.0 << false << false << QDateTime();
    QTest::newRow("past_9999") << 2958466.0 << false << false << QDateTime();
    QTest::newRow("nan") << std::nan("") << false << false << QDateTime();
    QTest::newRow("date1904_negative") << -1.0 << true << false << QDateTime();
}

void TestValueParser::fromExcelSerial()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> dt = ::fromExcelSerial(serial, date1904);
    QCOMPARE(dt.has_value(), valid);
    if (valid) {
        QCOMPARE(dt->timeSpec(), Qt::UTC);
        QCOMPARE(*dt, expected);
    }
}

void TestValueParser::fromEpochSeconds_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("movielens_100k") << qint64(881250949) << true << utc(1997, 12, 4, 15, 55, 49);
    QTest::newRow("movielens_1m") << qint64(978300760) << true << utc(2000, 12, 31, 22, 12, 40);
    QTest::newRow("epoch") << qint64(0) << true << utc(1970, 1, 1);
    QTest::newRow("before_epoch") << qint64(-86400) << true << utc(1969, 12, 31);
    QTest::newRow("year_10000") << qint64(253402300800LL) << false << QDateTime();
    QTest::newRow("before_year_1") << qint64(-62135596801LL) << false << QDateTime();
}

void TestValueParser::fromEpochSeconds()
{
    QFETCH(qint64, seconds);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> dt = ::fromEpochSeconds(seconds);
    QCOMPARE(dt.has_value(), valid);
    if (valid) {
        QCOMPARE(dt->timeSpec(), Qt::UTC);
        QCOMPARE(*dt, expected);
    }
}

void TestValueParser::detectDateOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<bool>("excelSerial");
    QTest::addColumn<bool>("epochSeconds");

    QTest::newRow("iso_retail") << QStringList{"2010-12-01 08:26:00", "2011-12-09 12:50:00"} << DateOrder::YMD
                                << false << false << false;
    QTest::newRow("chinese_is_ymd") << QStringList{QString::fromUtf8("2012年9月4日")} << DateOrder::YMD << false
                                    << false << false;
    QTest::newRow("first_part_over_12_is_dmy") << QStringList{"04-09-2012", "21-08-2013"} << DateOrder::DMY
                                               << false << false << false;
    QTest::newRow("second_part_over_12_is_mdy") << QStringList{"12/1/2010 8:26", "12/13/2010 9:01"}
                                                << DateOrder::MDY << false << false << false;
    QTest::newRow("all_ambiguous_defaults_dmy") << QStringList{"04-09-2012", "08-03-2014", "01/02/2013"}
                                                << DateOrder::DMY << true << false << false;
    QTest::newRow("contradiction_is_ambiguous") << QStringList{"13/01/2011", "01/13/2011", "01/14/2011"}
                                                << DateOrder::MDY << true << false << false;
    QTest::newRow("year_first_plus_dmy") << QStringList{"2010-12-01", "13/01/2011"} << DateOrder::DMY << false
                                         << false << false;
    QTest::newRow("blanks_ignored") << QStringList{"", "  ", "21/08/2013"} << DateOrder::DMY << false << false
                                    << false;
    QTest::newRow("excel_serials") << QStringList{"40513.35", "40514", "40600.5"} << DateOrder::Auto << false
                                   << true << false;
    QTest::newRow("epoch_seconds_movielens") << QStringList{"881250949", "891717742", "978300760"}
                                             << DateOrder::Auto << false << false << true;
    QTest::newRow("years_are_not_serials") << QStringList{"1957", "1954", "1965", "1893"} << DateOrder::Auto
                                           << false << false << false;
    QTest::newRow("few_serials_among_years") << QStringList{"1957", "1954", "40513", "1965"} << DateOrder::Auto
                                             << false << false << false;
    QTest::newRow("serials_with_stray_text") << QStringList{"40513", "40514", "n/a"} << DateOrder::Auto << false
                                             << true << false;
    QTest::newRow("epoch_with_stray_text") << QStringList{"881250949", "891717742", "unknown"}
                                           << DateOrder::Auto << false << false << true;
    QTest::newRow("text_only") << QStringList{"soon", "later"} << DateOrder::Auto << false << false << false;
    QTest::newRow("empty") << QStringList{} << DateOrder::Auto << false << false << false;
}

void TestValueParser::detectDateOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(DateOrder, order);
    QFETCH(bool, ambiguous);
    QFETCH(bool, excelSerial);
    QFETCH(bool, epochSeconds);

    const DateColumnGuess guess = ::detectDateOrder(samples);
    QCOMPARE(guess.order, order);
    QCOMPARE(guess.ambiguous, ambiguous);
    QCOMPARE(guess.excelSerial, excelSerial);
    QCOMPARE(guess.epochSeconds, epochSeconds);
}

void TestValueParser::dateOrderDetectorAccumulates()
{
    // The importer feeds the whole column and stops once the order is settled.
    DateOrderDetector detector;
    QCOMPARE(detector.result().order, DateOrder::Auto);
    QVERIFY(!detector.result().ambiguous);

    detector.add(u"04-09-2012");
    detector.add(u"08-03-2014");
    QCOMPARE(detector.result().order, DateOrder::DMY);
    QVERIFY(detector.result().ambiguous);

    detector.add(u"");
    QCOMPARE(detector.count(), qint64(2));

    detector.add(u" 21-08-2013 ");
    QCOMPARE(detector.result().order, DateOrder::DMY);
    QVERIFY(!detector.result().ambiguous);
    QCOMPARE(detector.count(), qint64(3));

    detector.reset();
    QCOMPARE(detector.count(), qint64(0));
    detector.add(u"12/13/2010");
    QCOMPARE(detector.result().order, DateOrder::MDY);
    QVERIFY(!detector.result().ambiguous);
}

// ---------------------------------------------------------------------------

void TestValueParser::guessType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CellType>("expected");

    QTest::newRow("empty") << "" << CellType::Empty;
    QTest::newRow("blank") << "  " << CellType::Empty;
    QTest::newRow("integer") << "17850" << CellType::Integer;
    QTest::newRow("negative_integer") << "-6" << CellType::Integer;
    QTest::newRow("one_is_integer") << "1" << CellType::Integer;
    QTest::newRow("float_id") << "17850.0" << CellType::Number;
    QTest::newRow("decimal_comma") << "3,5" << CellType::Number;
    QTest::newRow("currency") << "$2.55" << CellType::Number;
    QTest::newRow("iso_date") << "2010-12-01 08:26:00" << CellType::Date;
    QTest::newRow("dmy_date") << "04-09-2012" << CellType::Date;
    QTest::newRow("chinese_date") << QString::fromUtf8("2012年9月4日") << CellType::Date;
    QTest::newRow("bool_word") << "TRUE" << CellType::Boolean;
    QTest::newRow("bool_chinese") << QString::fromUtf8("否") << CellType::Boolean;
    QTest::newRow("sku_text") << "85123A" << CellType::Text;
    QTest::newRow("description_text") << "WHITE HANGING HEART T-LIGHT HOLDER" << CellType::Text;
    QTest::newRow("sign_only_text") << "-" << CellType::Text;
}

void TestValueParser::guessType()
{
    QFETCH(QString, text);
    QFETCH(CellType, expected);
    QCOMPARE(::guessType(text), expected);
}

void TestValueParser::cellTypeNamesAreDistinct()
{
    QSet<QString> names;
    for (CellType type : {CellType::Empty, CellType::Integer, CellType::Number, CellType::Date, CellType::Boolean,
                          CellType::Text}) {
        const QString name = cellTypeName(type);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), 6);
}

// ---------------------------------------------------------------------------

void TestValueParser::parseBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("expected");

    QTest::newRow("one") << "1" << true << true;
    QTest::newRow("zero") << "0" << true << false;
    QTest::newRow("true_lower") << "true" << true << true;
    QTest::newRow("true_upper") << "TRUE" << true << true;
    QTest::newRow("false_mixed") << "False" << true << false;
    QTest::newRow("yes") << "Yes" << true << true;
    QTest::newRow("no") << "no" << true << false;
    QTest::newRow("y") << "Y" << true << true;
    QTest::newRow("n") << "n" << true << false;
    QTest::newRow("t") << "t" << true << true;
    QTest::newRow("f") << "F" << true << false;
    QTest::newRow("chinese_yes") << QString::fromUtf8("是") << true << true;
    QTest::newRow("chinese_no") << QString::fromUtf8("否") << true << false;
    QTest::newRow("trimmed") << "  yes " << true << true;

    QTest::newRow("empty") << "" << false << false;
    QTest::newRow("two") << "2" << false << false;
    QTest::newRow("maybe") << "maybe" << false << false;
    QTest::newRow("yess") << "yess" << false << false;
    QTest::newRow("prefix_tru") << "tru" << false << false;
    QTest::newRow("one_point_zero") << "1.0" << false << false;
}

void TestValueParser::parseBool()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const std::optional<bool> value = ::parseBool(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

// ---------------------------------------------------------------------------

void TestValueParser::benchmarkRetailRow()
{
    // The per-cell work of one Online Retail line (541,909 of them per import).
    const QString quantity = QStringLiteral("6");
    const QString date = QStringLiteral("2010-12-01 08:26:00");
    const QString price = QStringLiteral("2.55");
    const QString customer = QStringLiteral("17850.0");
    const QString sku = QStringLiteral("85123A");
    double sum = 0;
    QBENCHMARK {
        sum += ::parseNumber(quantity).value_or(0);
        sum += ::parseNumber(price).value_or(0);
        sum += double(::parseDateTime(date, DateOrder::YMD)->toSecsSinceEpoch());
        sum += double(::normalizeId(customer).size() + ::normalizeId(sku).size());
    }
    QVERIFY(sum > 0);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
