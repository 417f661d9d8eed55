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
#include <limits>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <vector>
#include <unordered_set>

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
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values.at(a) < values.at(b); });
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && values.at(order[size_t(j)]) == values.at(order[size_t(i)]))
            ++j;
        // i values are below, (j - i) are equal: mid-rank percentile.
        const double p = (double(i) + double(j - i) / 2.0) / double(n);
        const int score = qMin(5, int(p * 5.0) + 1);
        for (qsizetype k = i; k < j; ++k)
            scores[order[size_t(k)]] = score;
        i = j;
    }
    return scores;
}

RfmResult Rfm::compute(Database &db, const RfmOptions &options, ProgressReporter &progress)
{
    RfmResult result;
    progress.setRange(3);
    QDate reference;
    if (options.referenceDate) {
        reference = *options.referenceDate;
    } else {
        const auto last = db.scalar(QStringLiteral("SELECT max(ordered_at) FROM order_lines"));
        if (!last || last->isNull()) {
            result.errorString = tr("The project has no order lines with a customer. Import order data first.");
            return result;
        }
        reference = QDateTime::fromSecsSinceEpoch(last->toLongLong(), Qt::UTC).date().addDays(1);
    }
    result.referenceDate = reference;
    const qint64 referenceSeconds = QDateTime(reference, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    // One sequential pass over the order lines, aggregated per customer in memory:
    // much faster than GROUP BY with count(DISTINCT) on millions of lines.
    struct Totals
    {
        qint64 lastPurchase = std::numeric_limits<qint64>::min();
        double monetary = 0;
        bool seen = false;
        std::vector<std::string> orders;                        // distinct purchase orders
        std::unique_ptr<std::unordered_set<std::string>> index; // for customers with many orders
        int lastOrder = -1;                                     // index in orders of the previous line's order

        void addOrder(QByteArrayView id)
        {
            if (lastOrder >= 0 && QByteArrayView(orders[size_t(lastOrder)].data(), qsizetype(orders[size_t(lastOrder)].size())) == id)
                return; // lines of one order usually follow each other
            std::string order(id.data(), size_t(id.size()));
            if (index) {
                if (!index->insert(order).second)
                    return;
            } else {
                const auto found = std::find(orders.cbegin(), orders.cend(), order);
                if (found != orders.cend()) {
                    lastOrder = int(found - orders.cbegin());
                    return;
                }
                if (orders.size() == 32)
                    index = std::make_unique<std::unordered_set<std::string>>(orders.cbegin(), orders.cend());
                if (index)
                    index->insert(order);
            }
            orders.push_back(std::move(order));
            lastOrder = int(orders.size()) - 1;
        }
    };
    const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(0).toLongLong();
    const size_t slotCount = size_t(std::max<qint64>(0, maxId) + 1);
    std::vector<Totals> totals(slotCount);

    // Scans the order lines with rowid in [from, to] into @p into. Returns false on a
    // database error (with *scanError) or when cancelled.
    std::atomic<bool> cancelled{false};
    auto scan = [&](Database &conn, qint64 from, qint64 to, std::vector<Totals> &into, QString *scanError) {
        Statement stmt = conn.prepare(QStringLiteral(
            "SELECT customer_id, order_id, quantity * unit_price, ordered_at, is_return FROM order_lines "
            "WHERE id BETWEEN ? AND ? AND customer_id IS NOT NULL AND ordered_at < ?"));
        if (!stmt.isValid()) {
            *scanError = conn.errorString();
            return false;
        }
        stmt.bind(1, from);
        stmt.bind(2, to);
        stmt.bind(3, referenceSeconds);
        qint64 lines = 0;
        while (stmt.step()) {
            const qint64 customer = stmt.columnInt64(0);
            if (customer < 0 || customer > maxId)
                continue; // cannot happen: order_lines.customer_id references customers
            Totals &t = into[size_t(customer)];
            t.seen = true;
            t.monetary += stmt.columnDouble(2);
            if (stmt.columnInt64(4) == 0) {
                t.lastPurchase = std::max(t.lastPurchase, stmt.columnInt64(3));
                t.addOrder(stmt.columnUtf8(1));
            }
            if (++lines % 100000 == 0 && (cancelled.load() || progress.isCancelled())) {
                cancelled.store(true);
                return false;
            }
        }
        if (stmt.hasError()) {
            *scanError = conn.errorString();
            return false;
        }
        return true;
    };

    qint64 firstRow = 0, lastRow = -1;
    {
        Statement range = db.prepare(QStringLiteral("SELECT min(id), max(id) FROM order_lines"));
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
    std::vector<Totals> secondHalf;
    QString firstError, secondError;
    bool secondOk = true;
    std::thread helper;
    if (split) {
        secondHalf.resize(slotCount);
        helper = std::thread([&] {
            Database conn;
            if (!conn.open(db.path(), Database::OpenMode::ReadOnly)) {
                secondError = conn.errorString();
                secondOk = false;
                return;
            }
            secondOk = scan(conn, middle + 1, lastRow, secondHalf, &secondError);
        });
    }
    const bool firstOk = scan(db, firstRow, middle, totals, &firstError);
    if (!firstOk)
        cancelled.store(true); // stop the other half early
    if (helper.joinable())
        helper.join();
    if (!firstOk || !secondOk) {
        const QString error = !firstError.isEmpty() ? firstError : secondError;
        if (error.isEmpty()) {
            result.cancelled = true;
        } else {
            result.errorString = tr("Cannot compute RFM: %1").arg(error);
        }
        return result;
    }
    if (split) {
        for (size_t c = 0; c < slotCount; ++c) {
            Totals &from = secondHalf[c];
            if (!from.seen)
                continue;
            Totals &to = totals[c];
            to.seen = true;
            to.monetary += from.monetary;
            to.lastPurchase = std::max(to.lastPurchase, from.lastPurchase);
            for (const std::string &order : from.orders)
                to.addOrder(QByteArrayView(order.data(), qsizetype(order.size())));
        }
        std::vector<Totals>().swap(secondHalf);
    }

    Statement keys = db.prepare(QStringLiteral("SELECT id, customer_key FROM customers ORDER BY id"));
    if (!keys.isValid()) {
        result.errorString = tr("Cannot compute RFM: %1").arg(db.errorString());
        return result;
    }
    QList<double> recency, frequency, monetary;
    while (keys.step()) {
        const qint64 id = keys.columnInt64(0);
        if (id < 0 || id > maxId || !totals[size_t(id)].seen)
            continue;
        const Totals &t = totals[size_t(id)];
        if (t.orders.empty()) {
            ++result.excludedOnlyReturns;
            continue;
        }
        RfmScore score;
        score.customerId = id;
        score.customerKey = keys.columnText(1);
        score.recencyDays = int((referenceSeconds - t.lastPurchase) / 86400);
        score.frequency = int(t.orders.size());
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
    progress.setValue(1);
    const QList<int> r = quintileScores(recency), f = quintileScores(frequency), m = quintileScores(monetary);
    for (qsizetype i = 0; i < result.customers.size(); ++i) {
        RfmScore &score = result.customers[i];
        score.r = r.at(i);
        score.f = f.at(i);
        score.m = m.at(i);
        score.segment = segmentFor(score.r, score.f, score.m);
    }
    progress.setValue(2);
    const qint64 total = db.scalar(QStringLiteral("SELECT count(*) FROM customers")).value_or(0).toLongLong();
    result.excludedNoOrders = total - result.customers.size() - result.excludedOnlyReturns;
    progress.setValue(3);
    return result;
}

bool Rfm::save(Database &db, const RfmResult &result, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save RFM: %1").arg(db.errorString());
        return false;
    }
    Statement reset = db.prepare(QStringLiteral(
        "UPDATE customer_scores SET recency_days = NULL, frequency = NULL, monetary = NULL, r = NULL, f = NULL, "
        "m = NULL, rfm_segment = NULL, rfm_reference_date = NULL"));
    Statement upsert = db.prepare(QStringLiteral(
        "INSERT INTO customer_scores(customer_id, recency_days, frequency, monetary, r, f, m, rfm_segment, "
        "rfm_reference_date) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(customer_id) DO UPDATE SET "
        "recency_days = ?2, frequency = ?3, monetary = ?4, r = ?5, f = ?6, m = ?7, rfm_segment = ?8, "
        "rfm_reference_date = ?9"));
    if (!reset.isValid() || !upsert.isValid() || !reset.exec()) {
        *error = tr("Cannot save RFM: %1").arg(db.errorString());
        return false;
    }
    const QString reference = result.referenceDate.toString(Qt::ISODate);
    QMap<QString, QList<qint64>> members;
    for (const RfmScore &score : result.customers) {
        upsert.bind(1, score.customerId);
        upsert.bind(2, qint64(score.recencyDays));
        upsert.bind(3, qint64(score.frequency));
        upsert.bind(4, score.monetary);
        upsert.bind(5, qint64(score.r));
        upsert.bind(6, qint64(score.f));
        upsert.bind(7, qint64(score.m));
        upsert.bind(8, score.segment);
        upsert.bind(9, reference);
        if (!upsert.exec()) {
            *error = tr("Cannot save RFM: %1").arg(db.errorString());
            return false;
        }
        members[score.segment].append(score.customerId);
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
