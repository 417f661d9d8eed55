#pragma once

#include "campaigns/messagetemplate.h"
#include "campaigns/offerrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class ProgressReporter;

/**
 * How a campaign reaches its members; decides the contact-channel exclusion.
 * - Email: members need a valid e-mail address;
 * - Sms: members need a phone number that normalizes to E.164;
 * - Hashed: an ad-platform audience; members need an e-mail or an E.164 phone;
 * - ExportOnly: "export only / ad audience by customer id": nobody is excluded
 *   for lack of a contact channel (the list is matched by customer id, for
 *   example a shop's own newsletter tool or a printed mailing).
 * - Auto: Email when any customer of the source has an e-mail address, else Sms
 *   when any has a phone, else ExportOnly. UCI Online Retail has neither, so a
 *   campaign on it is ExportOnly unless a channel is chosen explicitly.
 */
enum class CampaignChannel { Auto, Email, Sms, Hashed, ExportOnly };

/** Subject and body templates of one language. */
struct CampaignTemplates
{
    QString subject;
    QString body;
};

/** Everything that defines a campaign. */
struct CampaignOptions
{
    QString name;
    /** Source: a saved segment by name, or (when empty) an experiment arm. */
    QString segment;
    QString sourceExperiment;
    QString sourceArm;
    CampaignChannel channel = CampaignChannel::Auto;
    OfferRules offers = OfferRules::defaultRules();
    /** Templates by language ("en", "zh_CN"); a language without its own uses "en"; none: built-in ones. */
    QHash<QString, CampaignTemplates> templates;
    /** "" or "auto": the customer's language from the country (CampaignBuilder::languageForCountry); else fixed. */
    QString language;
    /** Use only stored recommendations of this algorithm ("" = whatever is stored). */
    QString recommendAlgo;
    /** Fraction (0..0.9) of the audience kept out of the mailing as a holdout, chosen by seed. */
    double holdoutFraction = 0;
    quint64 seed = 1;
    /** > 0: exclude customers mailed (non-holdout members of an exported campaign) in the last N days. */
    int frequencyCapDays = 0;
    /** Not empty: create an experiment of this name with arms "Campaign" and "Holdout". */
    QString linkExperiment;
    /** Replace a campaign of the same name (otherwise that is an error). */
    bool replace = false;
};

/** A merge field that renders empty for some customers. */
struct MissingField
{
    QString field;
    qint64 customers = 0;
};

/** What CampaignBuilder::build() did. */
struct CampaignResult
{
    enum class Status { Ok, Cancelled, Error };
    Status status = Status::Error;
    QString errorString;
    qint64 campaignId = 0;
    QString channel;               ///< email, sms, hashed or export_only (after Auto)
    qint64 sourceSize = 0;         ///< customers in the segment / arm
    qint64 audience = 0;           ///< members who get the message (not holdout)
    qint64 holdout = 0;
    qint64 excludedOptOut = 0;
    qint64 excludedNoContact = 0;
    qint64 excludedFrequency = 0;
    qint64 coupons = 0;
    qint64 budgetCapped = 0;       ///< customers who lost a coupon to the budget cap
    qint64 noOffer = 0;            ///< members no rule matched
    qint64 withRecommendations = 0;///< members with at least one stored recommendation
    double estimatedDiscount = 0;  ///< sum of discount% x average order value of the coupons given
    QHash<QString, qint64> offers; ///< offer text -> members
    QList<MissingField> missingFields;
    QStringList warnings;          ///< translated, one line each
    qint64 experimentId = 0;
};

/** A rendered message for the live preview. */
struct CampaignPreview
{
    bool ok = false;
    QString errorString;
    QString language;
    QString offer;
    QString coupon;
    QString subject;
    QString body;
};

/**
 * Builds a campaign from a segment or an experiment arm: exclusions
 * (opt-out, no contact channel, frequency cap), holdout, offers and coupons,
 * recommendations, and a message rendered for every member, all stored in
 * campaigns / campaign_members in one transaction.
 *
 * Language: with CampaignOptions::language "auto", customers in China, Taiwan,
 * Hong Kong and Singapore get zh_CN, everyone else en.
 *
 * Missing data: after rendering, every merge field used without a default that
 * rendered empty for some members is reported ("37 customers have no
 * first_name; add a default like {{first_name|there}}") in
 * CampaignResult::warnings and stored with the campaign, so it is seen before
 * export.
 *
 * Thread-safety: uses the given Database on the calling thread.
 */
class CampaignBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CampaignBuilder)
public:
    /** "zh_CN" for China, Taiwan, Hong Kong and Singapore (English or Chinese names), else "en". */
    static QString languageForCountry(const QString &country);
    /** The built-in templates of @p language ("en" or "zh_CN"). */
    static CampaignTemplates defaultTemplates(const QString &language);
    /** "email", "sms", "hashed", "export_only" (and "auto"). */
    static QString channelName(CampaignChannel channel);
    static std::optional<CampaignChannel> channelFromName(const QString &name);

    /** Parses the templates of @p options; false with @p error naming the language and template. */
    static bool checkTemplates(const CampaignOptions &options, QString *error);

    /** Builds and stores the campaign. Cancelling leaves the project unchanged. */
    CampaignResult build(Database &db, const CampaignOptions &options, ProgressReporter &progress);

    /** Renders the message of @p customerId as build() would (no budget cap, no uniqueness check). */
    CampaignPreview preview(Database &db, const CampaignOptions &options, qint64 customerId);
};
