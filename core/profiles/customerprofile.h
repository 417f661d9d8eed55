#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

class Database;

/**
 * Everything the customer profile shows about one customer, read from a
 * project in one go: identity, purchase KPIs, favourites, monthly spend, the
 * order history and ratings.
 *
 * Definitions (anonymous order lines never belong to a customer):
 * - a line's value is quantity * unit price; a return line (is_return = 1)
 *   always subtracts its absolute value, whatever the sign in the file;
 * - orders are distinct order ids of lines that are not returns;
 * - revenue is the net value of all lines (purchases minus returns);
 * - times are seconds since 1970-01-01 of the wall-clock time in the source
 *   file, so months and days are taken in UTC.
 *
 * A plain value type: copyable and safe to pass between threads.
 */
struct CustomerProfile
{
    Q_DECLARE_TR_FUNCTIONS(CustomerProfile)
public:
    /** Number of favourite categories and products kept. */
    static constexpr int kFavouriteCount = 5;

    /** A free attribute imported from a column that maps to no field. */
    struct Attribute
    {
        QString key;
        QString value;
    };

    /** Net spend in one product category. */
    struct CategorySpend
    {
        QString category;
        double spend = 0;
    };

    /** Net quantity bought of one product. */
    struct ProductQuantity
    {
        qint64 productId = 0;
        QString sku;
        QString name;      ///< may be empty when the file had no description
        double quantity = 0;
        double spend = 0;  ///< net spend on the product
    };

    /** Net spend in one calendar month (UTC). */
    struct MonthSpend
    {
        QDate month;       ///< the first day of the month
        double spend = 0;  ///< purchases minus returns; 0 for months without lines
    };

    /** One order (all lines sharing an order id) of the customer. */
    struct Order
    {
        QString orderId;
        qint64 orderedAt = 0; ///< seconds since the epoch (earliest line of the order)
        int lines = 0;
        double items = 0;     ///< sum of absolute quantities
        double total = 0;     ///< net value; negative for returns
        bool isReturn = false;
    };

    // Identity
    qint64 id = 0;
    QString key;
    QString name;        ///< display name: name, else "first last", else empty
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString gender;
    QString birthDate;   ///< ISO date or a year, as stored
    QString city;
    QString country;
    QString signupDate;  ///< ISO date, as stored
    std::optional<double> income;
    bool optOut = false;
    /** Free attributes in the order they are stored. */
    QList<Attribute> attributes;

    // Purchases
    std::optional<qint64> firstPurchase; ///< earliest line that is not a return (epoch seconds)
    std::optional<qint64> lastPurchase;  ///< latest line that is not a return (epoch seconds)
    qint64 orders = 0;
    double revenue = 0;
    double averageOrderValue = 0;        ///< revenue / orders; 0 without orders
    qint64 lines = 0;                    ///< all order lines
    qint64 returnedLines = 0;
    double returnRate = 0;               ///< returned lines / lines; 0 without lines
    double purchasedValue = 0;           ///< value of lines that are not returns
    double returnedValue = 0;            ///< absolute value of return lines
    double returnedValueShare = 0;       ///< returnedValue / purchasedValue; 0 without purchases

    /** Up to kFavouriteCount categories by net spend, highest first; lines without a category are skipped. */
    QList<CategorySpend> favouriteCategories;
    /** Up to kFavouriteCount products by net quantity, highest first. */
    QList<ProductQuantity> favouriteProducts;
    /** Every month from the first to the last order line, zero months included, oldest first. */
    QList<MonthSpend> monthlySpend;
    /** Orders and returns, newest first. */
    QList<Order> orderHistory;

    // Ratings (MovieLens-style projects)
    qint64 ratingCount = 0;
    double averageRating = 0; ///< 0 when ratingCount is 0

    /** Saved segments the customer belongs to. */
    QStringList segments;
    /** Stored RFM scores (customer_scores), when RFM was run and covered the customer. */
    struct Rfm
    {
        int recencyDays = 0, frequency = 0, r = 0, f = 0, m = 0;
        double monetary = 0;
        QString segment;
        QString referenceDate;
    };
    std::optional<Rfm> rfm;
    /** Stored lifetime-value predictions, when computed. */
    std::optional<double> clv12Months;
    std::optional<double> probabilityAlive;

    bool hasOrderLines() const { return lines > 0; }

    /**
     * Reads the profile of the customer with row id @p customerId.
     *
     * Runs a handful of indexed, parameterized queries on @p db; call it on the
     * thread that opened @p db (a background job opens its own connection).
     * Returns std::nullopt and a translated message in @p error (may be null)
     * when the customer does not exist or a query fails.
     */
    static std::optional<CustomerProfile> load(Database &db, qint64 customerId, QString *error);

    /** Like load(), for the customer whose customer_key is @p customerKey. */
    static std::optional<CustomerProfile> loadByKey(Database &db, const QString &customerKey, QString *error);

    /** Returns @p seconds since the epoch as a UTC date. */
    static QDate dateOf(qint64 seconds);
};
