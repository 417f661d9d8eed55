#include "rfm.h"

#include "jobs/progressreporter.h"
#include "project/database.h"
#include "segments/segmentstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <limits>
#include <string>
#include <thread>
#include <vector>

QList<QPair<QString, qint64>> RfmResult::segmentSizes() const
{
    QMap<QString, qint64> sizes;
    for (const RfmScore &score : customers)
        ++sizes[score.segment];
    QList<QPair<QString, qint64>> ordered;
    for (const QString &name : Rfm::segmentNames())
        ordered.append({name, sizes.value(name)});
    return ordered;
}

QStringList Rfm::segmentNames()
{
    return {QStringLiteral("Champions"), QStringLiteral("Loyal"), QStringLiteral("Potential Loyalist"),
            QStringLiteral("New"), QStringLiteral("Promising"), QStringLiteral("Need Attention"),
            QStringLiteral("About to Sleep"), QStringLiteral("At Risk"), QStringLiteral("Can't Lose"),
            QStringLiteral("Hibernating"), QStringLiteral("Lost")};
}

QString Rfm::segmentFor(int r, int f, int m)
{
    // The common R x FM grid; FM is the mean of F and M rounded half up.
    const int fm = (f + m + 1) / 2;
    if (r == 5 && fm >= 4)
        return QStringLiteral("Champions");
    if (r >= 3 && fm >= 4)
        return QStringLiteral("Loyal");
    if (r >= 4 && fm >= 2)
        return QStringLiteral("Potential Loyalist");
    if (r == 5)
        return QStringLiteral("New");
    if (r == 4)
        return QStringLiteral("Promising");
    if (r == 3 && fm == 3)
        return QStringLiteral("Need Attention");
    if (r == 3)
        return QStringLiteral("About to Sleep");
    if (fm == 5)
        return QStringLiteral("Can't Lose");
    if (fm >= 3)
        return QStringLiteral("At Risk");
    if (r == 1 && fm == 1)
        return QStringLiteral("Lost");
    return QStringLiteral("Hibernating");
}

QList<int> Rfm::quintileScores(const QList<double> &values)
{
    const qsizetype n = values.size();
    QList<int> scores(n, 0);
    if (n == 0)
        return scores;
    // Sorting (value, position) pairs keeps the comparisons in cache.
    std::vector<std::pair<double, qsizetype>> order(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        order[size_t(i)] = {values.at(i), i};
    std::sort(order.begin(), order.end());
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && order[size_t(j)].first == order[size_t(i)].first)
            ++j;
        // i values are below, (j - i) are equal: mid-rank percentile.
        const double p = (double(i) + double(j - i) / 2.0) / double(n);
        const int score = qMin(5, int(p * 5.0) + 1);
        for (qsizetype k = i; k < j; ++k)
            scores[order[size_t(k)].second] = score;
        i = j;
    }
    return scores;
}

namespace {

/** One scan's totals for one customer. */
struct CustomerTotals
{
    qint64 lastPurchase = std::numeric_limits<qint64>::min();
    double monetary = 0;
    quint64 lastOrderHash = 0; ///< the previous purchase line's order, to skip the lines of one order
    qint64 lastOrder = -1;     ///< index in the scan's orders of that order; -1 = none yet
    bool seen = false;         ///< any line, returns included
};

/** A (customer, order id) pair of a purchase line; the id's bytes are in the scan's arena. */
struct OrderRef
{
    qint64 customer;
    quint64 hash;
    quint64 offset;
    quint64 length;
};

quint64 hashOf(QByteArrayView id)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a
    for (char c : id) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

/** The totals of one range of order lines. */
struct RfmScan
{
    std::vector<CustomerTotals> customers; ///< indexed by customer id
    /** The customers' orders as met, one entry per run of lines of one order, sorted after the scan. */
    std::vector<OrderRef> orders;
    std::string arena; ///< the order ids' bytes
    qint64 lastLineAt = std::numeric_limits<qint64>::min(); ///< latest ordered_at of any line, anonymous ones too
    QString error;

    QByteArrayView orderId(const OrderRef &order) const
    {
        return QByteArrayView(arena.data() + order.offset, qsizetype(order.length));
    }
    /** Sorts the orders (see orderLess()), so that equal pairs are neighbours. */
    void sortOrders();
};

/** Orders by customer, hash and id bytes; @p x's bytes are in @p xs, @p y's in @p ys. */
bool orderLess(const OrderRef &x, const RfmScan &xs, const OrderRef &y, const RfmScan &ys)
{
    if (x.customer != y.customer)
        return x.customer < y.customer;
    if (x.hash != y.hash)
        return x.hash < y.hash;
    return xs.orderId(x).compare(ys.orderId(y)) < 0;
}

void RfmScan::sortOrders()
{
    std::sort(orders.begin(), orders.end(),
              [this](const OrderRef &x, const OrderRef &y) { return orderLess(x, *this, y, *this); });
}

/** Calls @p distinct(customer) once for each distinct (customer, order) of the sorted scans. */
template<typename Distinct>
void forEachDistinctOrder(const RfmScan &first, const RfmScan &second, Distinct distinct)
{
    size_t i = 0, j = 0;
    const OrderRef *previous = nullptr;
    const RfmScan *previousScan = nullptr;
    while (i < first.orders.size() || j < second.orders.size()) {
        const bool takeFirst = j == second.orders.size()
                               || (i < first.orders.size()
                                   && !orderLess(second.orders[j], second, first.orders[i], first));
        const OrderRef &order = takeFirst ? first.orders[i++] : second.orders[j++];
        const RfmScan &scan = takeFirst ? first : second;
        // In merged order, a pair differs from the previous one exactly when it sorts after it.
        if (!previous || orderLess(*previous, *previousScan, order, scan))
            distinct(order.customer);
        previous = &order;
        previousScan = &scan;
    }
}

} // namespace

RfmResult Rfm::compute(Database &db, const RfmOptions &options, ProgressReporter &progress)
{
    RfmResult result;
    // Progress: the scan of the order lines is most of the work (to 80), then the scores.
    progress.setRange(100);
    // Lines on or after the reference day do not count. Without a reference date every
    // line counts and the reference is the day after the last line, found by the scan.
    const qint64 limit = options.referenceDate
                             ? QDateTime(*options.referenceDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                             : std::numeric_limits<qint64>::max();
    const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(0).toLongLong();
    const size_t slotCount = size_t(std::max<qint64>(0, maxId) + 1);

    // One sequential pass over the order lines, aggregated per customer in memory:
    // much faster than GROUP BY with count(DISTINCT) on millions of lines.
    std::atomic<bool> cancelled{false};
    auto scan = [&](Database &conn, qint64 from, qint64 to, RfmScan &into, bool reports) {
        const MmapScope mmap(conn);
        into.customers.resize(slotCount);
        Statement stmt = conn.prepare(QStringLiteral(
            "SELECT customer_id, order_id, quantity * unit_price, ordered_at, is_return FROM order_lines "
            "WHERE id BETWEEN ? AND ?"));
        if (!stmt.isValid()) {
            into.error = conn.errorString();
            return false;
        }
        stmt.bind(1, from);
        stmt.bind(2, to);
        qint64 lines = 0;
        while (stmt.step()) {
            if ((++lines & 0xffff) == 0) {
                if (cancelled.load() || progress.isCancelled()) {
                    cancelled.store(true);
                    return false;
                }
                if (reports)
                    progress.setValue(std::min<qint64>(80, lines * 80 / std::max<qint64>(1, to - from + 1)));
            }
            const qint64 at = stmt.columnInt64(3);
            into.lastLineAt = std::max(into.lastLineAt, at);
            if (at >= limit || stmt.isNull(0))
                continue;
            const qint64 customer = stmt.columnInt64(0);
            if (customer < 0 || customer > maxId)
                continue; // cannot happen: order_lines.customer_id references customers
            CustomerTotals &t = into.customers[size_t(customer)];
            t.seen = true;
            t.monetary += stmt.columnDouble(2);
            if (stmt.columnInt64(4) != 0)
                continue; // a return: no order, no purchase date
            t.lastPurchase = std::max(t.lastPurchase, at);
            const QByteArrayView order = stmt.columnUtf8(1);
            const quint64 hash = hashOf(order);
            if (t.lastOrder >= 0 && t.lastOrderHash == hash && into.orderId(into.orders[size_t(t.lastOrder)]) == order)
                continue; // lines of one order usually follow each other
            t.lastOrderHash = hash;
            t.lastOrder = qint64(into.orders.size());
            into.orders.push_back({customer, hash, quint64(into.arena.size()), quint64(order.size())});
            into.arena.append(order.data(), size_t(order.size()));
        }
        into.sortOrders();
        if (stmt.hasError()) {
            into.error = conn.errorString();
            return false;
        }
        return true;
    };

    qint64 firstRow = 0, lastRow = -1;
    {
        // Two subqueries: each is one B-tree descent, where min() and max() in one query scan the table.
        Statement range = db.prepare(
            QStringLiteral("SELECT (SELECT min(id) FROM order_lines), (SELECT max(id) FROM order_lines)"));
        if (range.isValid() && range.step() && !range.isNull(0)) {
            firstRow = range.columnInt64(0);
            lastRow = range.columnInt64(1);
        }
    }
    // Large projects on disk are scanned in two halves at once, the second on its own
    // read-only connection (a connection is used only on the thread that opened it).
    const bool split = lastRow - firstRow > 1000000 && std::thread::hardware_concurrency() > 1
                       && QFileInfo(db.path()).isFile();
    const qint64 middle = split ? firstRow + (lastRow - firstRow) / 2 : lastRow;
    RfmScan first, second;
    bool secondOk = true;
    std::thread helper;
    if (split) {
        helper = std::thread([&] {
            Database conn;
            if (!conn.open(db.path(), Database::OpenMode::ReadOnly)) {
                second.error = conn.errorString();
                secondOk = false;
                return;
            }
            secondOk = scan(conn, middle + 1, lastRow, second, false);
        });
    }
    const bool firstOk = scan(db, firstRow, middle, first, true);
    if (!firstOk)
        cancelled.store(true); // stop the other half early
    if (helper.joinable())
        helper.join();
    if (!firstOk || !secondOk) {
        const QString error = !first.error.isEmpty() ? first.error : second.error;
        if (error.isEmpty()) {
            result.cancelled = true;
        } else {
            result.errorString = tr("Cannot compute RFM: %1").arg(error);
        }
        return result;
    }
    std::vector<CustomerTotals> &totals = first.customers;
    if (split) {
        for (size_t c = 0; c < slotCount; ++c) {
            const CustomerTotals &from = second.customers[c];
            if (!from.seen)
                continue;
            CustomerTotals &to = totals[c];
            to.seen = true;
            to.monetary += from.monetary;
            to.lastPurchase = std::max(to.lastPurchase, from.lastPurchase);
        }
        first.lastLineAt = std::max(first.lastLineAt, second.lastLineAt);
    }
    // Frequency: the distinct orders of each customer, an order whose lines fall in
    // both halves counted once.
    std::vector<quint32> orderCounts(slotCount, 0);
    forEachDistinctOrder(first, second, [&](qint64 customer) { ++orderCounts[size_t(customer)]; });
    second = RfmScan();
    first.orders = std::vector<OrderRef>();
    first.arena = std::string();

    QDate reference;
    if (options.referenceDate) {
        reference = *options.referenceDate;
    } else if (first.lastLineAt == std::numeric_limits<qint64>::min()) {
        result.errorString = tr("The project has no order lines with a customer. Import order data first.");
        return result;
    } else {
        reference = QDateTime::fromSecsSinceEpoch(first.lastLineAt, Qt::UTC).date().addDays(1);
    }
    result.referenceDate = reference;
    const qint64 referenceSeconds = QDateTime(reference, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    qint64 scored = 0;
    for (quint32 count : orderCounts)
        scored += count > 0 ? 1 : 0;
    Statement keys = db.prepare(QStringLiteral("SELECT id, customer_key FROM customers ORDER BY id"));
    if (!keys.isValid()) {
        result.errorString = tr("Cannot compute RFM: %1").arg(db.errorString());
        return result;
    }
    result.customers.reserve(scored);
    QList<double> recency, frequency, monetary;
    recency.reserve(scored);
    frequency.reserve(scored);
    monetary.reserve(scored);
    qint64 customerCount = 0;
    while (keys.step()) {
        ++customerCount;
        const qint64 id = keys.columnInt64(0);
        if (id < 0 || id > maxId || !totals[size_t(id)].seen)
            continue;
        const CustomerTotals &t = totals[size_t(id)];
        if (orderCounts[size_t(id)] == 0) {
            ++result.excludedOnlyReturns;
            continue;
        }
        RfmScore score;
        score.customerId = id;
        score.customerKey = keys.columnText(1);
        score.recencyDays = int((referenceSeconds - t.lastPurchase) / 86400);
        score.frequency = int(orderCounts[size_t(id)]);
        score.monetary = t.monetary;
        result.customers.append(score);
        recency.append(-double(score.recencyDays)); // fewer days = better = higher score
        frequency.append(score.frequency);
        monetary.append(score.monetary);
    }
    if (keys.hasError()) {
        result.errorString = tr("Cannot compute RFM: %1").arg(db.errorString());
        return result;
    }
    std::vector<CustomerTotals>().swap(totals);
    progress.setValue(90);
    // The three rankings are independent: recency on a second thread.
    QList<int> r;
    std::thread ranking([&] { r = quintileScores(recency); });
    const QList<int> f = quintileScores(frequency), m = quintileScores(monetary);
    ranking.join();
    for (qsizetype i = 0; i < result.customers.size(); ++i) {
        RfmScore &score = result.customers[i];
        score.r = r.at(i);
        score.f = f.at(i);
        score.m = m.at(i);
        score.segment = segmentFor(score.r, score.f, score.m);
    }
    progress.setValue(98);
    result.excludedNoOrders = customerCount - result.customers.size() - result.excludedOnlyReturns;
    progress.setValue(100);
    return result;
}

bool Rfm::save(Database &db, const RfmResult &result, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save RFM: %1").arg(db.errorString());
        return false;
    }
    // Customers scored before and not now lose their RFM values; the others are overwritten below.
    QList<qint64> stale;
    {
        Statement previous = db.prepare(QStringLiteral(
            "SELECT customer_id FROM customer_scores WHERE rfm_reference_date IS NOT NULL ORDER BY customer_id"));
        QList<qint64> before;
        while (previous.step())
            before.append(previous.columnInt64(0));
        if (!previous.isValid() || previous.hasError()) {
            *error = tr("Cannot save RFM: %1").arg(db.errorString());
            return false;
        }
        QList<qint64> scored;
        scored.reserve(result.customers.size());
        for (const RfmScore &score : result.customers)
            scored.append(score.customerId);
        std::sort(scored.begin(), scored.end());
        std::set_difference(before.cbegin(), before.cend(), scored.cbegin(), scored.cend(), std::back_inserter(stale));
    }
    Statement reset = db.prepare(QStringLiteral(
        "UPDATE customer_scores SET recency_days = NULL, frequency = NULL, monetary = NULL, r = NULL, f = NULL, "
        "m = NULL, rfm_segment = NULL, rfm_reference_date = NULL WHERE customer_id IN (SELECT value FROM json_each(?))"));
    if (reset.isValid())
        reset.bindUtf8(1, Database::jsonArray(stale));
    // Rows go in 64 to a statement: SQLite opens its cursors once per statement, not per row.
    constexpr int BatchRows = 64;
    auto upsertSql = [](int rows) {
        QString sql = QStringLiteral(
            "INSERT INTO customer_scores(customer_id, recency_days, frequency, monetary, r, f, m, rfm_segment, "
            "rfm_reference_date) VALUES");
        for (int row = 0; row < rows; ++row)
            sql += row == 0 ? QStringLiteral("(?,?,?,?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,?,?,?)");
        sql += QStringLiteral(
            " ON CONFLICT(customer_id) DO UPDATE SET recency_days = excluded.recency_days, "
            "frequency = excluded.frequency, monetary = excluded.monetary, r = excluded.r, f = excluded.f, "
            "m = excluded.m, rfm_segment = excluded.rfm_segment, rfm_reference_date = excluded.rfm_reference_date");
        return sql;
    };
    Statement batch = db.prepare(upsertSql(BatchRows));
    Statement single = db.prepare(upsertSql(1));
    if (!reset.isValid() || !batch.isValid() || !single.isValid() || !reset.exec()) {
        *error = tr("Cannot save RFM: %1").arg(db.errorString());
        return false;
    }
    const QString reference = result.referenceDate.toString(Qt::ISODate);
    QMap<QString, QList<qint64>> members;
    const qsizetype count = result.customers.size();
    for (qsizetype first = 0; first < count;) {
        const bool full = count - first >= BatchRows;
        Statement &upsert = full ? batch : single;
        const int rows = full ? BatchRows : 1;
        for (int row = 0; row < rows; ++row) {
            const RfmScore &score = result.customers.at(first + row);
            const int at = row * 9;
            upsert.bind(at + 1, score.customerId);
            upsert.bind(at + 2, qint64(score.recencyDays));
            upsert.bind(at + 3, qint64(score.frequency));
            upsert.bind(at + 4, score.monetary);
            upsert.bind(at + 5, qint64(score.r));
            upsert.bind(at + 6, qint64(score.f));
            upsert.bind(at + 7, qint64(score.m));
            upsert.bind(at + 8, score.segment);
            upsert.bind(at + 9, reference);
            members[score.segment].append(score.customerId);
        }
        if (!upsert.exec()) {
            *error = tr("Cannot save RFM: %1").arg(db.errorString());
            return false;
        }
        first += rows;
    }
    QList<SegmentDraft> drafts;
    for (const QString &name : segmentNames()) {
        if (!members.contains(name))
            continue;
        QJsonObject definition{{QStringLiteral("method"), QStringLiteral("rfm")},
                               {QStringLiteral("reference_date"), reference}};
        drafts.append({name, QStringLiteral("rfm"),
                       QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), members.value(name)});
    }
    if (!SegmentStore::save(db, drafts, QStringLiteral("rfm"), error))
        return false;
    if (!transaction.commit()) {
        *error = tr("Cannot save RFM: %1").arg(db.errorString());
        return false;
    }
    return true;
}
