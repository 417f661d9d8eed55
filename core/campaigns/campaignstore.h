#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

/** A saved campaign as listed by `campaign list` and the Campaigns page. */
struct CampaignInfo
{
    qint64 id = 0;
    QString name;
    QString segment;          ///< source segment name (empty for an experiment arm)
    QString channel;
    qint64 experimentId = 0;  ///< linked experiment (holdout analysis), 0 if none
    qint64 audience = 0;
    qint64 holdout = 0;
    qint64 excludedOptOut = 0;
    qint64 excludedNoContact = 0;
    qint64 excludedFrequency = 0;
    qint64 exports = 0;
    QString createdAt;
};

/** Responses of a campaign's contacted (non-holdout) members. */
struct CampaignRates
{
    qint64 members = 0;       ///< non-holdout members
    qint64 responses = 0;     ///< of them, members with a response row
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 converted = 0;
    double revenue = 0;
    double openRate = 0;      ///< opened / members (0..1)
    double clickRate = 0;
    double conversionRate = 0;
};

/** Reads and deletes campaigns. Thread-safety: uses the given Database on the calling thread. */
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
public:
    static QList<CampaignInfo> list(Database &db, QString *error);
    static std::optional<CampaignInfo> find(Database &db, const QString &name, QString *error);
    /** Response rates of the non-holdout members of @p campaignId. */
    static CampaignRates rates(Database &db, qint64 campaignId);
    /** Deletes a campaign with its members, exports and responses. */
    static bool remove(Database &db, const QString &name, QString *error);
};
