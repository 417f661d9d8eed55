#include "customerprofile.h"

#include "project/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

// Net value of one order line: returns always subtract.
const char *const kLineValue =
    "(CASE WHEN l.is_return = 0 THEN l.quantity * l.unit_price ELSE -abs(l.quantity * l.unit_price) END)";

QString lineValue()
{
    return QString::fromLatin1(kLineValue);
}

/** Runs the statement's setup; false with @p error set when it cannot be prepared. */
bool prepare(Database &db, const QString &sql, Statement &stmt, QString *error)
{
    stmt = db.prepare(sql);
    if (!stmt.isValid()) {
        if (error)
            *error = CustomerProfile::tr("The customer profile could not be read: %1").arg(db.errorString());
        return false;
    }
    return true;
}

bool failed(Database &db, const Statement &stmt, QString *error)
{
    if (!stmt.hasError())
        return false;
    if (error)
        *error = CustomerProfile::tr("The customer profile could not be read: %1").arg(db.errorString());
    return true;
}

QString attributeText(const QVariant &value, const QString &type)
{
    if (type == QLatin1String("true"))
        return QStringLiteral("true");
    if (type == QLatin1String("false"))
        return QStringLiteral("false");
    if (type == QLatin1String("null") || !value.isValid())
        return QString();
    if (type == QLatin1String("real"))
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

std::optional<CustomerProfile> loadWhere(Database &db, const QString &where, const QVariant &param, QString *error)
{
    CustomerProfile p;
    Statement stmt;
    QString attributesJson;

    if (!prepare(db, QStringLiteral(
                         "SELECT id, customer_key, name, first_name, last_name, email, phone, gender, birth_date, "
                         "city, country, signup_date, income, opt_out, attributes FROM customers WHERE %1")
                         .arg(where),
                 stmt, error))
        return std::nullopt;
    stmt.bind(1, param);
    if (!stmt.step()) {
        if (failed(db, stmt, error))
            return std::nullopt;
        if (error)
            *error = CustomerProfile::tr("The customer %1 is not in this project.").arg(param.toString());
        return std::nullopt;
    }
    p.id = stmt.columnInt64(0);
    p.key = stmt.columnText(1);
    p.firstName = stmt.columnText(3);
    p.lastName = stmt.columnText(4);
    p.name = stmt.columnText(2).trimmed();
    if (p.name.isEmpty())
        p.name = QStringLiteral("%1 %2").arg(p.firstName, p.lastName).trimmed();
    p.email = stmt.columnText(5);
    p.phone = stmt.columnText(6);
    p.gender = stmt.columnText(7);
    p.birthDate = stmt.columnText(8);
    p.city = stmt.columnText(9);
    p.country = stmt.columnText(10);
    p.signupDate = stmt.columnText(11);
    if (!stmt.isNull(12))
        p.income = stmt.columnDouble(12);
    p.optOut = stmt.columnInt64(13) != 0;
    attributesJson = stmt.columnText(14);

    // json_each keeps the stored order of the keys (QJsonObject would sort them).
    if (!attributesJson.trimmed().isEmpty()) {
        if (!prepare(db, QStringLiteral(
                             "SELECT key, value, type FROM json_each(CASE WHEN json_valid(?1) AND "
                             "json_type(?1) = 'object' THEN ?1 ELSE '{}' END)"),
                     stmt, error))
            return std::nullopt;
        stmt.bind(1, attributesJson);
        while (stmt.step())
            p.attributes.append({stmt.columnText(0), attributeText(stmt.columnValue(1), stmt.columnText(2))});
        if (failed(db, stmt, error))
            return std::nullopt;
    }

    // Totals.
    if (!prepare(db, QStringLiteral(
                         "SELECT count(*), total(l.is_return <> 0), "
                         "count(DISTINCT CASE WHEN l.is_return = 0 THEN l.order_id END), "
                         "total(CASE WHEN l.is_return = 0 THEN l.quantity * l.unit_price END), "
                         "total(CASE WHEN l.is_return <> 0 THEN abs(l.quantity * l.unit_price) END), "
                         "min(CASE WHEN l.is_return = 0 THEN l.ordered_at END), "
                         "max(CASE WHEN l.is_return = 0 THEN l.ordered_at END) "
                         "FROM order_lines l WHERE l.customer_id = ?"),
                 stmt, error))
        return std::nullopt;
    stmt.bind(1, p.id);
    if (stmt.step()) {
        p.lines = stmt.columnInt64(0);
        p.returnedLines = qint64(stmt.columnDouble(1));
        p.orders = stmt.columnInt64(2);
        p.purchasedValue = stmt.columnDouble(3);
        p.returnedValue = stmt.columnDouble(4);
        if (!stmt.isNull(5))
            p.firstPurchase = stmt.columnInt64(5);
        if (!stmt.isNull(6))
            p.lastPurchase = stmt.columnInt64(6);
    }
    if (failed(db, stmt, error))
        return std::nullopt;
    p.revenue = p.purchasedValue - p.returnedValue;
    p.averageOrderValue = p.orders > 0 ? p.revenue / double(p.orders) : 0.0;
    p.returnRate = p.lines > 0 ? double(p.returnedLines) / double(p.lines) : 0.0;
    p.returnedValueShare = p.purchasedValue > 0 ? p.returnedValue / p.purchasedValue : 0.0;

    if (p.lines > 0) {
        // Favourite categories by net spend.
        if (!prepare(db, QStringLiteral(
                             "SELECT p.category, total(%1) AS spend FROM order_lines l "
                             "JOIN products p ON p.id = l.product_id "
                             "WHERE l.customer_id = ? AND p.category IS NOT NULL AND trim(p.category) <> '' "
                             "GROUP BY p.category HAVING spend > 0 ORDER BY spend DESC, p.category LIMIT ?")
                             .arg(lineValue()),
                     stmt, error))
            return std::nullopt;
        stmt.bind(1, p.id);
        stmt.bind(2, CustomerProfile::kFavouriteCount);
        while (stmt.step())
            p.favouriteCategories.append({stmt.columnText(0), stmt.columnDouble(1)});
        if (failed(db, stmt, error))
            return std::nullopt;

        // Favourite products by net quantity.
        if (!prepare(db, QStringLiteral(
                             "SELECT p.id, p.sku, p.name, "
                             "total(CASE WHEN l.is_return = 0 THEN l.quantity ELSE -abs(l.quantity) END) AS qty, "
                             "total(%1) AS spend FROM order_lines l JOIN products p ON p.id = l.product_id "
                             "WHERE l.customer_id = ? GROUP BY p.id HAVING qty > 0 "
                             "ORDER BY qty DESC, spend DESC, p.sku LIMIT ?")
                             .arg(lineValue()),
                     stmt, error))
            return std::nullopt;
        stmt.bind(1, p.id);
        stmt.bind(2, CustomerProfile::kFavouriteCount);
        while (stmt.step()) {
            CustomerProfile::ProductQuantity product;
            product.productId = stmt.columnInt64(0);
            product.sku = stmt.columnText(1);
            product.name = stmt.columnText(2);
            product.quantity = stmt.columnDouble(3);
            product.spend = stmt.columnDouble(4);
            p.favouriteProducts.append(product);
        }
        if (failed(db, stmt, error))
            return std::nullopt;

        // Monthly net spend; months without lines are filled with zeros below.
        if (!prepare(db, QStringLiteral(
                             "SELECT strftime('%Y-%m', l.ordered_at, 'unixepoch') AS month, total(%1) "
                             "FROM order_lines l WHERE l.customer_id = ? GROUP BY month ORDER BY month")
                             .arg(lineValue()),
                     stmt, error))
            return std::nullopt;
        stmt.bind(1, p.id);
        QList<CustomerProfile::MonthSpend> months;
        while (stmt.step()) {
            const QDate month = QDate::fromString(stmt.columnText(0) + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                months.append({month, stmt.columnDouble(1)});
        }
        if (failed(db, stmt, error))
            return std::nullopt;
        if (!months.isEmpty()) {
            int next = 0;
            for (QDate month = months.first().month; month <= months.last().month; month = month.addMonths(1)) {
                if (next < months.size() && months.at(next).month == month)
                    p.monthlySpend.append(months.at(next++));
                else
                    p.monthlySpend.append({month, 0.0});
            }
        }

        // Order history, newest first.
        if (!prepare(db, QStringLiteral(
                             "SELECT l.order_id, min(l.ordered_at) AS at, count(*), total(abs(l.quantity)), "
                             "total(%1), max(l.is_return) FROM order_lines l WHERE l.customer_id = ? "
                             "GROUP BY l.order_id ORDER BY at DESC, l.order_id DESC")
                             .arg(lineValue()),
                     stmt, error))
            return std::nullopt;
        stmt.bind(1, p.id);
        while (stmt.step()) {
            CustomerProfile::Order order;
            order.orderId = stmt.columnText(0);
            order.orderedAt = stmt.columnInt64(1);
            order.lines = int(stmt.columnInt64(2));
            order.items = stmt.columnDouble(3);
            order.total = stmt.columnDouble(4);
            order.isReturn = stmt.columnInt64(5) != 0;
            p.orderHistory.append(order);
        }
        if (failed(db, stmt, error))
            return std::nullopt;
    }

    // Ratings.
    if (!prepare(db, QStringLiteral("SELECT count(*), avg(value) FROM ratings WHERE customer_id = ?"), stmt, error))
        return std::nullopt;
    stmt.bind(1, p.id);
    if (stmt.step()) {
        p.ratingCount = stmt.columnInt64(0);
        p.averageRating = stmt.isNull(1) ? 0.0 : stmt.columnDouble(1);
    }
    if (failed(db, stmt, error))
        return std::nullopt;

    // Segments and stored scores.
    if (!prepare(db, QStringLiteral("SELECT s.name FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                                    "WHERE m.customer_id = ? ORDER BY s.kind, s.name"), stmt, error))
        return std::nullopt;
    stmt.bind(1, p.id);
    while (stmt.step())
        p.segments.append(stmt.columnText(0));
    if (failed(db, stmt, error))
        return std::nullopt;
    if (!prepare(db, QStringLiteral("SELECT recency_days, frequency, monetary, r, f, m, rfm_segment, "
                                    "rfm_reference_date, clv_12m, p_alive FROM customer_scores WHERE customer_id = ?"),
                 stmt, error))
        return std::nullopt;
    stmt.bind(1, p.id);
    if (stmt.step()) {
        if (!stmt.isNull(3)) {
            CustomerProfile::Rfm rfm;
            rfm.recencyDays = int(stmt.columnInt64(0));
            rfm.frequency = int(stmt.columnInt64(1));
            rfm.monetary = stmt.columnDouble(2);
            rfm.r = int(stmt.columnInt64(3));
            rfm.f = int(stmt.columnInt64(4));
            rfm.m = int(stmt.columnInt64(5));
            rfm.segment = stmt.columnText(6);
            rfm.referenceDate = stmt.columnText(7);
            p.rfm = rfm;
        }
        if (!stmt.isNull(8))
            p.clv12Months = stmt.columnDouble(8);
        if (!stmt.isNull(9))
            p.probabilityAlive = stmt.columnDouble(9);
    }
    if (failed(db, stmt, error))
        return std::nullopt;
    return p;
}

} // namespace

std::optional<CustomerProfile> CustomerProfile::load(Database &db, qint64 customerId, QString *error)
{
    return loadWhere(db, QStringLiteral("id = ?"), QVariant(customerId), error);
}

std::optional<CustomerProfile> CustomerProfile::loadByKey(Database &db, const QString &customerKey, QString *error)
{
    return loadWhere(db, QStringLiteral("customer_key = ?"), QVariant(customerKey), error);
}

QDate CustomerProfile::dateOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
}
