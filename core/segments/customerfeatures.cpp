#include "customerfeatures.h"

#include "project/database.h"

QStringList CustomerFeatureTable::available()
{
    return {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary"),
            QStringLiteral("tenure"), QStringLiteral("avg_basket"), QStringLiteral("return_rate"),
            QStringLiteral("items")};
}

QString CustomerFeatureTable::label(const QString &feature)
{
    if (feature == QLatin1String("recency"))
        return tr("recency");
    if (feature == QLatin1String("frequency"))
        return tr("orders");
    if (feature == QLatin1String("monetary"))
        return tr("spend");
    if (feature == QLatin1String("tenure"))
        return tr("tenure");
    if (feature == QLatin1String("avg_basket"))
        return tr("basket size");
    if (feature == QLatin1String("return_rate"))
        return tr("return rate");
    if (feature == QLatin1String("items"))
        return tr("units bought");
    return feature;
}

QString CustomerFeatureTable::trait(const QString &feature, double z)
{
    const bool high = z > 0;
    if (feature == QLatin1String("recency"))
        return high ? tr("lapsed") : tr("recent");
    if (feature == QLatin1String("frequency"))
        return high ? tr("frequent") : tr("infrequent");
    if (feature == QLatin1String("monetary"))
        return high ? tr("high spend") : tr("low spend");
    if (feature == QLatin1String("tenure"))
        return high ? tr("long-standing") : tr("newer");
    if (feature == QLatin1String("avg_basket"))
        return high ? tr("large baskets") : tr("small baskets");
    if (feature == QLatin1String("return_rate"))
        return high ? tr("many returns") : tr("few returns");
    if (feature == QLatin1String("items"))
        return high ? tr("many units") : tr("few units");
    return (high ? tr("high %1") : tr("low %1")).arg(label(feature));
}

bool CustomerFeatureTable::load(Database &db, const QStringList &features, CustomerFeatures *out, QString *error)
{
    *out = CustomerFeatures();
    if (features.isEmpty()) {
        *error = tr("Choose at least one feature.");
        return false;
    }
    for (const QString &feature : features) {
        if (!available().contains(feature)) {
            *error = tr("Unknown feature \"%1\". Features: %2.").arg(feature, available().join(QStringLiteral(", ")));
            return false;
        }
    }
    const auto end = db.scalar(QStringLiteral("SELECT max(ordered_at) FROM order_lines"));
    if (!end || end->isNull()) {
        *error = tr("The project has no order lines. Import order data first.");
        return false;
    }
    const double endSeconds = end->toDouble();
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT customer_id, max(CASE WHEN is_return = 0 THEN ordered_at END), "
        "min(CASE WHEN is_return = 0 THEN ordered_at END), count(DISTINCT CASE WHEN is_return = 0 THEN order_id END), "
        "total(quantity * unit_price), total(is_return), count(*), total(CASE WHEN is_return = 0 THEN quantity END) "
        "FROM order_lines WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY customer_id"));
    if (!stmt.isValid()) {
        *error = db.errorString();
        return false;
    }
    QList<QList<double>> rows;
    while (stmt.step()) {
        const qint64 orders = stmt.columnInt64(3);
        if (orders == 0 || stmt.isNull(1))
            continue; // only returns: no purchase to describe
        const double last = stmt.columnDouble(1), first = stmt.columnDouble(2);
        const double monetary = stmt.columnDouble(4);
        const double lines = double(stmt.columnInt64(6));
        QList<double> row;
        for (const QString &feature : features) {
            if (feature == QLatin1String("recency"))
                row.append((endSeconds - last) / 86400.0);
            else if (feature == QLatin1String("frequency"))
                row.append(double(orders));
            else if (feature == QLatin1String("monetary"))
                row.append(monetary);
            else if (feature == QLatin1String("tenure"))
                row.append((endSeconds - first) / 86400.0);
            else if (feature == QLatin1String("avg_basket"))
                row.append(monetary / double(orders));
            else if (feature == QLatin1String("return_rate"))
                row.append(lines > 0 ? stmt.columnDouble(5) / lines : 0.0);
            else
                row.append(stmt.columnDouble(7));
        }
        out->customerIds.append(stmt.columnInt64(0));
        rows.append(row);
    }
    if (stmt.hasError()) {
        *error = db.errorString();
        return false;
    }
    out->names = features;
    out->values.resize(rows.size(), features.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        for (qsizetype j = 0; j < features.size(); ++j)
            out->values(Eigen::Index(i), Eigen::Index(j)) = rows.at(i).at(j);
    return true;
}
