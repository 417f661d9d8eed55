#include "recommend/interactiondata.h"

#include "jobs/progressreporter.h"
#include "project/database.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace {

struct RawEvent
{
    qint64 customer;
    qint64 product;
    float value;
    qint64 time;
};

} // namespace

std::optional<InteractionData> InteractionData::load(Database &db, Source source, ProgressReporter &progress,
                                                     QString *error)
{
    LoadOptions options;
    options.source = source;
    return load(db, options, progress, error);
}

std::optional<InteractionData> InteractionData::load(Database &db, const LoadOptions &options,
                                                     ProgressReporter &progress, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<InteractionData> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();

    bool useRatings = options.source == Source::Ratings;
    if (options.source == Source::Auto) {
        const auto count = db.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM ratings)"));
        if (!count)
            return fail(tr("Cannot read the ratings: %1").arg(db.errorString()));
        useRatings = count->toInt() != 0;
    }

    const QString sql = useRatings
        ? QStringLiteral("SELECT customer_id, product_id, value, COALESCE(rated_at, 0) FROM ratings "
                         "ORDER BY customer_id, rated_at, id")
        : QStringLiteral("SELECT customer_id, product_id, SUM(quantity), MAX(ordered_at) FROM order_lines "
                         "WHERE is_return = 0 AND customer_id IS NOT NULL "
                         "GROUP BY customer_id, product_id, order_id HAVING SUM(quantity) > 0 "
                         "ORDER BY customer_id, MAX(ordered_at), order_id");
    Statement query = db.prepare(sql);
    if (!query.isValid())
        return fail(tr("Cannot read the customers' events: %1").arg(db.errorString()));

    std::vector<RawEvent> raw;
    qint64 rows = 0;
    while (query.step()) {
        raw.push_back({query.columnInt64(0), query.columnInt64(1), float(query.columnDouble(2)),
                       query.columnInt64(3)});
        if (++rows % 5000 == 0) {
            progress.setItemsDone(rows);
            if (progress.isCancelled())
                return std::nullopt;
        }
    }
    if (query.hasError())
        return fail(tr("Cannot read the customers' events: %1").arg(db.errorString()));

    InteractionData data;
    data.ratings = useRatings;

    // Dense indexes in ascending id order, so the same project always gives the same matrix.
    std::vector<qint64> customerIds, productIds;
    customerIds.reserve(raw.size());
    productIds.reserve(raw.size());
    for (const RawEvent &e : raw) {
        customerIds.push_back(e.customer);
        productIds.push_back(e.product);
    }
    auto uniqueSorted = [](std::vector<qint64> &v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    uniqueSorted(customerIds);
    uniqueSorted(productIds);
    std::unordered_map<qint64, int> userOf, itemOf;
    for (int i = 0; i < int(customerIds.size()); ++i)
        userOf.emplace(customerIds[size_t(i)], i);
    for (int i = 0; i < int(productIds.size()); ++i)
        itemOf.emplace(productIds[size_t(i)], i);

    data.customerIds = QVector<qint64>(customerIds.begin(), customerIds.end());
    data.productIds = QVector<qint64>(productIds.begin(), productIds.end());
    data.customerKeys = QStringList(int(customerIds.size()), QString());
    data.skus = QStringList(int(productIds.size()), QString());
    data.productNames = QStringList(int(productIds.size()), QString());
    data.categories = QStringList(int(productIds.size()), QString());

    Statement customers = db.prepare(QStringLiteral("SELECT id, customer_key FROM customers"));
    if (!customers.isValid())
        return fail(tr("Cannot read the customers: %1").arg(db.errorString()));
    while (customers.step()) {
        const auto it = userOf.find(customers.columnInt64(0));
        if (it != userOf.end())
            data.customerKeys[it->second] = customers.columnText(1);
    }
    Statement products = db.prepare(QStringLiteral("SELECT id, sku, name, category FROM products"));
    if (!products.isValid())
        return fail(tr("Cannot read the products: %1").arg(db.errorString()));
    while (products.step()) {
        const auto it = itemOf.find(products.columnInt64(0));
        if (it != itemOf.end()) {
            data.skus[it->second] = products.columnText(1);
            data.productNames[it->second] = products.columnText(2);
            data.categories[it->second] = products.columnText(3);
        }
    }
    if (customers.hasError() || products.hasError())
        return fail(tr("Cannot read the customers and products: %1").arg(db.errorString()));

    qint64 newest = 0;
    for (const RawEvent &e : raw)
        newest = std::max(newest, e.time);
    const bool weighted = !useRatings && options.recencyHalfLifeDays > 0;
    data.events.reserve(raw.size());
    for (const RawEvent &e : raw) {
        Interaction interaction;
        interaction.user = userOf.at(e.customer);
        interaction.item = itemOf.at(e.product);
        interaction.value = e.value;
        interaction.time = e.time;
        if (weighted && e.time > 0) {
            const double ageDays = double(newest - e.time) / 86400.0;
            interaction.value = float(e.value * std::pow(0.5, ageDays / options.recencyHalfLifeDays));
        }
        data.events.push_back(interaction);
    }
    data.rebuildIndex();
    progress.setItemsDone(rows);
    return data;
}

void InteractionData::rebuildIndex()
{
    m_userLookup.clear();
    m_itemLookup.clear();
    m_userLookup.reserve(customerKeys.size());
    m_itemLookup.reserve(skus.size());
    for (int i = 0; i < customerKeys.size(); ++i)
        m_userLookup.insert(customerKeys.at(i), i);
    for (int i = 0; i < skus.size(); ++i)
        m_itemLookup.insert(skus.at(i), i);
}

int InteractionData::userIndex(const QString &customerKey) const
{
    if (m_userLookup.size() == customerKeys.size() && !m_userLookup.isEmpty())
        return m_userLookup.value(customerKey, -1);
    return int(customerKeys.indexOf(customerKey));
}

int InteractionData::itemIndex(const QString &sku) const
{
    if (m_itemLookup.size() == skus.size() && !m_itemLookup.isEmpty())
        return m_itemLookup.value(sku, -1);
    return int(skus.indexOf(sku));
}

Eigen::SparseMatrix<float, Eigen::RowMajor> InteractionData::matrix(const std::vector<Interaction> &subset) const
{
    std::vector<Eigen::Triplet<float>> triplets;
    triplets.reserve(subset.size());
    for (const Interaction &e : subset) {
        if (e.user >= 0 && e.user < userCount() && e.item >= 0 && e.item < itemCount())
            triplets.emplace_back(e.user, e.item, e.value);
    }
    Eigen::SparseMatrix<float, Eigen::RowMajor> m(userCount(), itemCount());
    m.setFromTriplets(triplets.begin(), triplets.end());
    m.makeCompressed();
    return m;
}
