#include "campaignstore.h"

#include "project/database.h"

namespace {

const char *const kSelect =
    "SELECT c.id, c.name, coalesce(s.name, ''), coalesce(json_extract(c.definition, '$.channel'), ''), "
    "coalesce(c.experiment_id, 0), c.audience, c.holdout, c.excluded_opt_out, c.excluded_no_contact, "
    "c.excluded_frequency, (SELECT count(*) FROM campaign_exports e WHERE e.campaign_id = c.id), c.created_at "
    "FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id";

CampaignInfo readInfo(Statement &st)
{
    CampaignInfo info;
    info.id = st.columnInt64(0);
    info.name = st.columnText(1);
    info.segment = st.columnText(2);
    info.channel = st.columnText(3);
    info.experimentId = st.columnInt64(4);
    info.audience = st.columnInt64(5);
    info.holdout = st.columnInt64(6);
    info.excludedOptOut = st.columnInt64(7);
    info.excludedNoContact = st.columnInt64(8);
    info.excludedFrequency = st.columnInt64(9);
    info.exports = st.columnInt64(10);
    info.createdAt = st.columnText(11);
    return info;
}

} // namespace

QList<CampaignInfo> CampaignStore::list(Database &db, QString *error)
{
    QList<CampaignInfo> campaigns;
    Statement st = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY c.id"));
    while (st.step())
        campaigns.append(readInfo(st));
    if (!st.isValid() || st.hasError())
        *error = tr("Cannot list the campaigns: %1").arg(db.errorString());
    return campaigns;
}

std::optional<CampaignInfo> CampaignStore::find(Database &db, const QString &name, QString *error)
{
    Statement st = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE c.name = ?"));
    st.bind(1, name);
    if (st.step())
        return readInfo(st);
    *error = tr("There is no campaign named \"%1\".").arg(name);
    return std::nullopt;
}

CampaignRates CampaignStore::rates(Database &db, qint64 campaignId)
{
    CampaignRates rates;
    Statement st = db.prepare(QStringLiteral(
        "SELECT count(*), count(r.customer_id), coalesce(sum(r.opened > 0), 0), coalesce(sum(r.clicked > 0), 0), "
        "coalesce(sum(r.converted > 0), 0), coalesce(sum(r.revenue), 0) FROM campaign_members m "
        "LEFT JOIN campaign_responses r ON r.campaign_id = m.campaign_id AND r.customer_id = m.customer_id "
        "WHERE m.campaign_id = ? AND m.is_holdout = 0"));
    st.bind(1, campaignId);
    if (st.step()) {
        rates.members = st.columnInt64(0);
        rates.responses = st.columnInt64(1);
        rates.opened = st.columnInt64(2);
        rates.clicked = st.columnInt64(3);
        rates.converted = st.columnInt64(4);
        rates.revenue = st.columnDouble(5);
    }
    if (rates.members > 0) {
        rates.openRate = double(rates.opened) / double(rates.members);
        rates.clickRate = double(rates.clicked) / double(rates.members);
        rates.conversionRate = double(rates.converted) / double(rates.members);
    }
    return rates;
}

bool CampaignStore::remove(Database &db, const QString &name, QString *error)
{
    Statement st = db.prepare(QStringLiteral("DELETE FROM campaigns WHERE name = ?"));
    st.bind(1, name);
    if (!st.exec()) {
        *error = db.errorString();
        return false;
    }
    if (db.changes() == 0) {
        *error = tr("There is no campaign named \"%1\".").arg(name);
        return false;
    }
    return true;
}
