#include "campaignbuilder.h"

#include "campaigns/contactnormalizer.h"
#include "experiments/experimentcolumns.h"
#include "campaigns/coupongenerator.h"
#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <map>

namespace {

constexpr int ChunkRows = 4096;

/** One row of the audience query. */
struct AudienceRow
{
    qint64 id = 0;
    QString key, firstName, lastName, name, email, phone, country, city;
    bool optOut = false;
    double revenue = 0;
    qint64 orderCount = 0;
    QString rfmSegment;
    bool hasClv = false;
    double clv = 0;
    QString recSku[3];
    QString recName[3];
    double recScore[3] = {0, 0, 0};
    int recCount = 0;
};

struct SourceQuery
{
    QString sql;
    QVariantList params;
};

/** The audience query: customers of the source joined with scores and the top 3 recommendations. */
SourceQuery audienceQuery(const CampaignOptions &options, qint64 segmentId, qint64 onlyCustomer)
{
    SourceQuery q;
    QString from;
    if (segmentId > 0) {
        from = QStringLiteral("segment_members src JOIN customers c ON c.id = src.customer_id");
    } else {
        from = QStringLiteral("experiment_assignments src JOIN experiment_arms a ON a.id = src.arm_id "
                              "JOIN experiments e ON e.id = src.experiment_id "
                              "JOIN customers c ON c.id = src.customer_id");
    }
    QString recJoins;
    for (int r = 1; r <= 3; ++r) {
        recJoins += QStringLiteral(" LEFT JOIN recommendations r%1 ON r%1.customer_id = c.id AND r%1.rank = %1%2"
                                   " LEFT JOIN products p%1 ON p%1.id = r%1.product_id")
                        .arg(r).arg(options.recommendAlgo.isEmpty() ? QString()
                                                                    : QStringLiteral(" AND r%1.algo = ?").arg(r));
        if (!options.recommendAlgo.isEmpty())
            q.params << options.recommendAlgo;
    }
    QString where;
    if (segmentId > 0) {
        where = QStringLiteral("src.segment_id = ?");
        q.params << segmentId;
    } else {
        where = QStringLiteral("e.name = ? AND a.name = ?");
        q.params << options.sourceExperiment << options.sourceArm;
    }
    if (onlyCustomer > 0) {
        where += QStringLiteral(" AND c.id = ?");
        q.params << onlyCustomer;
    }
    q.sql = QStringLiteral(
                "SELECT c.id, c.customer_key, c.first_name, c.last_name, c.name, c.email, c.phone, c.country, c.city, "
                "c.opt_out, c.revenue, c.order_count, s.rfm_segment, s.clv_12m, "
                "p1.sku, p1.name, r1.score, p2.sku, p2.name, r2.score, p3.sku, p3.name, r3.score "
                "FROM %1 LEFT JOIN customer_scores s ON s.customer_id = c.id%2 WHERE %3 ORDER BY c.id")
                .arg(from, recJoins, where);
    return q;
}

void readRow(Statement &st, AudienceRow &row)
{
    row.id = st.columnInt64(0);
    row.key = st.columnText(1);
    row.firstName = st.columnText(2).trimmed();
    row.lastName = st.columnText(3).trimmed();
    row.name = st.columnText(4).trimmed();
    row.email = st.columnText(5);
    row.phone = st.columnText(6);
    row.country = st.columnText(7).trimmed();
    row.city = st.columnText(8).trimmed();
    row.optOut = st.columnInt64(9) != 0;
    row.revenue = st.columnDouble(10);
    row.orderCount = st.columnInt64(11);
    row.rfmSegment = st.columnText(12);
    row.hasClv = !st.isNull(13);
    row.clv = st.columnDouble(13);
    row.recCount = 0;
    for (int r = 0; r < 3; ++r) {
        if (st.isNull(14 + 3 * r)) {
            row.recSku[r].clear();
            row.recName[r].clear();
            continue;
        }
        row.recSku[r] = st.columnText(14 + 3 * r);
        row.recName[r] = st.columnText(15 + 3 * r);
        row.recScore[r] = st.columnDouble(16 + 3 * r);
        ++row.recCount;
    }
}

/** Deterministic uniform number in [0, 1) for (seed, customer). */
double unitHash(quint64 seed, qint64 customerId)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + quint64(customerId) * 0xBF58476D1CE4E5B9ull + 0x94D049BB133111EBull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) / double(quint64(1) << 53);
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

/** Parsed templates per language. */
struct ParsedTemplates
{
    MessageTemplate subject;
    MessageTemplate body;
};

bool parseTemplates(const CampaignOptions &options, std::map<QString, ParsedTemplates> *parsed, QString *error)
{
    QHash<QString, CampaignTemplates> sets = options.templates;
    if (sets.isEmpty()) {
        sets.insert(QStringLiteral("en"), CampaignBuilder::defaultTemplates(QStringLiteral("en")));
        sets.insert(QStringLiteral("zh_CN"), CampaignBuilder::defaultTemplates(QStringLiteral("zh_CN")));
    }
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        ParsedTemplates &p = (*parsed)[it.key()];
        if (!p.subject.parse(it->subject)) {
            *error = CampaignBuilder::tr("Subject template (%1): %2").arg(it.key(), p.subject.errorString());
            return false;
        }
        if (!p.body.parse(it->body)) {
            *error = CampaignBuilder::tr("Message template (%1): %2").arg(it.key(), p.body.errorString());
            return false;
        }
    }
    return true;
}

const ParsedTemplates &templatesFor(const std::map<QString, ParsedTemplates> &parsed, const QString &language)
{
    auto it = parsed.find(language);
    if (it == parsed.end())
        it = parsed.find(QStringLiteral("en"));
    if (it == parsed.end())
        it = parsed.begin();
    return it->second;
}

void fillValues(MessageTemplate::Values &v, const AudienceRow &row, const QString &language,
                const QString &sourceName, const QString &campaign, bool withRecs)
{
    using T = MessageTemplate;
    v[T::FirstName] = row.firstName;
    v[T::LastName] = row.lastName;
    v[T::Name] = row.name.isEmpty() ? (row.firstName + QLatin1Char(' ') + row.lastName).trimmed() : row.name;
    v[T::Email] = row.email.trimmed();
    v[T::Phone] = row.phone.trimmed();
    v[T::CustomerId] = row.key;
    v[T::Country] = row.country;
    v[T::City] = row.city;
    v[T::Language] = language;
    v[T::Revenue] = number(row.revenue);
    v[T::OrderCount] = QString::number(row.orderCount);
    v[T::Clv] = row.hasClv ? number(row.clv) : QString();
    v[T::RfmSegment] = row.rfmSegment;
    v[T::Segment] = row.rfmSegment.isEmpty() ? sourceName : row.rfmSegment;
    v[T::Campaign] = campaign;
    for (int r = 0; r < 3; ++r) {
        v[size_t(T::Rec1Name + 2 * r)] = withRecs ? row.recName[r] : QString();
        v[size_t(T::Rec1Sku + 2 * r)] = withRecs ? row.recSku[r] : QString();
    }
}

QString suggestedDefault(const QString &field)
{
    if (field == QLatin1String("first_name") || field == QLatin1String("name"))
        return QStringLiteral("there");
    if (field.startsWith(QLatin1String("rec")))
        return CampaignBuilder::tr("our bestseller");
    return QStringLiteral("...");
}

} // namespace

QString CampaignBuilder::languageForCountry(const QString &country)
{
    static const QSet<QString> chinese = {
        QStringLiteral("china"), QStringLiteral("people's republic of china"), QStringLiteral("prc"),
        QStringLiteral("taiwan"), QStringLiteral("hong kong"), QStringLiteral("singapore"),
        QStringLiteral("cn"), QStringLiteral("tw"), QStringLiteral("hk"), QStringLiteral("sg"),
        QStringLiteral("中国"), QStringLiteral("台湾"), QStringLiteral("台灣"), QStringLiteral("香港"),
        QStringLiteral("新加坡")};
    return chinese.contains(country.trimmed().toLower()) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

CampaignTemplates CampaignBuilder::defaultTemplates(const QString &language)
{
    if (language == QLatin1String("zh_CN")) {
        return {QStringLiteral("{{first_name|您好}}，{{offer}}"),
                QStringLiteral("{{first_name|尊敬的顾客}}，您好！\n"
                               "{% if coupon %}使用优惠码 {{coupon}} 即可享受：{{offer}}。\n{% else %}专属于您：{{offer}}。\n{% endif %}"
                               "{% if rec1.name %}为您推荐：{{rec1.name}}\n{% endif %}")};
    }
    return {QStringLiteral("{{first_name|Hello}}, {{offer}} for you"),
            QStringLiteral("Hi {{first_name|there}},\n"
                           "{% if coupon %}Use code {{coupon}} for {{offer}}.\n{% else %}Just for you: {{offer}}.\n{% endif %}"
                           "{% if rec1.name %}Picked for you: {{rec1.name}}\n{% endif %}")};
}

QString CampaignBuilder::channelName(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::Auto: return QStringLiteral("auto");
    case CampaignChannel::Email: return QStringLiteral("email");
    case CampaignChannel::Sms: return QStringLiteral("sms");
    case CampaignChannel::Hashed: return QStringLiteral("hashed");
    case CampaignChannel::ExportOnly: return QStringLiteral("export_only");
    }
    return QString();
}

std::optional<CampaignChannel> CampaignBuilder::channelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return CampaignChannel::Auto;
    if (n == QLatin1String("email"))
        return CampaignChannel::Email;
    if (n == QLatin1String("sms"))
        return CampaignChannel::Sms;
    if (n == QLatin1String("hashed"))
        return CampaignChannel::Hashed;
    if (n == QLatin1String("export_only") || n == QLatin1String("id") || n == QLatin1String("export-only"))
        return CampaignChannel::ExportOnly;
    return std::nullopt;
}

bool CampaignBuilder::checkTemplates(const CampaignOptions &options, QString *error)
{
    std::map<QString, ParsedTemplates> parsed;
    return parseTemplates(options, &parsed, error);
}

CampaignResult CampaignBuilder::build(Database &db, const CampaignOptions &options, ProgressReporter &progress)
{
    CampaignResult result;
    auto fail = [&](const QString &message) {
        result.status = CampaignResult::Status::Error;
        result.errorString = message;
        return result;
    };
    if (options.name.trimmed().isEmpty() || options.name.size() > 120)
        return fail(tr("A campaign needs a name of 1 to 120 characters."));
    if (options.holdoutFraction < 0 || options.holdoutFraction > 0.9)
        return fail(tr("The holdout fraction must be between 0 and 0.9."));
    if (!options.linkExperiment.isEmpty() && options.holdoutFraction <= 0)
        return fail(tr("Linking the campaign to an experiment needs a holdout (for example 0.1)."));
    std::map<QString, ParsedTemplates> parsed;
    QString error;
    if (!parseTemplates(options, &parsed, &error))
        return fail(error);

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(tr("Cannot start a transaction: %1").arg(db.errorString()));

    // The source.
    qint64 segmentId = 0;
    QString sourceName;
    if (!options.segment.isEmpty()) {
        const auto id = db.scalar(QStringLiteral("SELECT id FROM segments WHERE name = ?"), {options.segment});
        if (!id)
            return fail(tr("There is no segment named \"%1\". Create it first (segment rfm, segment rule...).")
                            .arg(options.segment));
        segmentId = id->toLongLong();
        sourceName = options.segment;
    } else if (!options.sourceExperiment.isEmpty()) {
        const auto arm = db.scalar(QStringLiteral("SELECT a.id FROM experiment_arms a JOIN experiments e ON "
                                                  "e.id = a.experiment_id WHERE e.name = ? AND a.name = ?"),
                                   {options.sourceExperiment, options.sourceArm});
        if (!arm)
            return fail(tr("The experiment \"%1\" has no arm \"%2\".").arg(options.sourceExperiment, options.sourceArm));
        sourceName = options.sourceArm;
    } else {
        return fail(tr("Choose the campaign's audience: a segment or an experiment arm."));
    }

    // An existing campaign of that name.
    if (const auto existing = db.scalar(QStringLiteral("SELECT id FROM campaigns WHERE name = ?"), {options.name})) {
        if (!options.replace)
            return fail(tr("A campaign named \"%1\" exists already; choose another name or replace it.").arg(options.name));
        Statement del = db.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
        del.bind(1, existing->toLongLong());
        if (!del.exec())
            return fail(db.errorString());
    }

    const SourceQuery query = audienceQuery(options, segmentId, 0);
    // Channel.
    CampaignChannel channel = options.channel;
    if (channel == CampaignChannel::Auto) {
        Statement probe = db.prepare(QStringLiteral("SELECT sum(c.email IS NOT NULL AND instr(c.email, '@') > 0), "
                                                    "sum(c.phone IS NOT NULL AND trim(c.phone) <> '') FROM (%1) x "
                                                    "JOIN customers c ON c.id = x.id").arg(query.sql));
        probe.bindAll(query.params);
        qint64 emails = 0, phones = 0;
        if (probe.step()) {
            emails = probe.columnInt64(0);
            phones = probe.columnInt64(1);
        }
        channel = emails > 0 ? CampaignChannel::Email : phones > 0 ? CampaignChannel::Sms : CampaignChannel::ExportOnly;
    }
    result.channel = channelName(channel);

    // Customers mailed recently.
    QSet<qint64> recentlyMailed;
    if (options.frequencyCapDays > 0) {
        const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-options.frequencyCapDays).toString(Qt::ISODate);
        Statement st = db.prepare(QStringLiteral(
            "SELECT DISTINCT m.customer_id FROM campaign_members m WHERE m.is_holdout = 0 AND m.campaign_id IN "
            "(SELECT campaign_id FROM campaign_exports WHERE exported_at >= ?)"));
        st.bind(1, cutoff);
        while (st.step())
            recentlyMailed.insert(st.columnInt64(0));
    }

    // Segments the offer rules test.
    QHash<QString, QSet<qint64>> ruleSegments;
    for (const QString &name : options.offers.segmentNames()) {
        Statement st = db.prepare(QStringLiteral("SELECT m.customer_id FROM segment_members m JOIN segments s ON "
                                                 "s.id = m.segment_id WHERE s.name = ?"));
        st.bind(1, name);
        QSet<qint64> &members = ruleSegments[name];
        while (st.step())
            members.insert(st.columnInt64(0));
        if (members.isEmpty())
            result.warnings << tr("The offer rules test the segment \"%1\", which is empty or does not exist.").arg(name);
    }

    // Coupons in use anywhere in the project.
    CouponGenerator coupons(options.seed, options.offers.couponLength());
    {
        Statement st = db.prepare(QStringLiteral("SELECT coupon FROM campaign_members WHERE coupon IS NOT NULL"));
        QSet<QString> used;
        while (st.step())
            used.insert(st.columnText(0));
        coupons.reserve(used);
    }

    // The campaign row (counts are filled in at the end).
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    {
        Statement ins = db.prepare(QStringLiteral("INSERT INTO campaigns(name, segment_id, created_at) VALUES(?, ?, ?)"));
        ins.bind(1, options.name);
        if (segmentId > 0)
            ins.bind(2, segmentId);
        else
            ins.bindNull(2);
        ins.bind(3, now);
        if (!ins.exec())
            return fail(tr("Cannot save the campaign: %1").arg(db.errorString()));
        result.campaignId = db.lastInsertRowId();
    }

    Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(query.sql));
    count.bindAll(query.params);
    if (count.step())
        progress.setRange(count.columnInt64(0));

    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO campaign_members(campaign_id, customer_id, is_holdout, language, offer, coupon, discount, "
        "subject, message, rec_items, explanation) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement st = db.prepare(query.sql);
    if (!st.isValid() || !insert.isValid())
        return fail(tr("Cannot read the audience: %1").arg(db.errorString()));
    st.bindAll(query.params);

    const double budget = options.offers.budget();
    const auto &rules = options.offers.rules();
    std::vector<qint64> missingCounts(MessageTemplate::FieldCount, 0);
    std::vector<qint64> holdoutIds;
    std::vector<qint64> memberIds;
    AudienceRow row;
    MessageTemplate::Values values;
    OfferCustomer customer;
    customer.segments = &ruleSegments;
    QString subject, body;
    while (st.step()) {
        readRow(st, row);
        ++result.sourceSize;
        if (result.sourceSize % ChunkRows == 0) {
            progress.setValue(result.sourceSize);
            if (progress.isCancelled()) {
                result.status = CampaignResult::Status::Cancelled;
                return result;
            }
        }
        if (row.optOut) {
            ++result.excludedOptOut;
            continue;
        }
        bool reachable = true;
        switch (channel) {
        case CampaignChannel::Email:
            reachable = !ContactNormalizer::normalizeEmail(row.email).isEmpty();
            break;
        case CampaignChannel::Sms:
            reachable = !ContactNormalizer::normalizePhone(row.phone, row.country).isEmpty();
            break;
        case CampaignChannel::Hashed:
            reachable = !ContactNormalizer::normalizeEmail(row.email).isEmpty()
                || !ContactNormalizer::normalizePhone(row.phone, row.country).isEmpty();
            break;
        default:
            break;
        }
        if (!reachable) {
            ++result.excludedNoContact;
            continue;
        }
        if (recentlyMailed.contains(row.id)) {
            ++result.excludedFrequency;
            continue;
        }
        const QString language = options.language.isEmpty() || options.language == QLatin1String("auto")
            ? languageForCountry(row.country) : options.language;
        const bool isHoldout = options.holdoutFraction > 0 && unitHash(options.seed, row.id) < options.holdoutFraction;
        insert.bind(1, result.campaignId);
        insert.bind(2, row.id);
        insert.bind(3, isHoldout ? 1 : 0);
        insert.bind(4, language);
        if (isHoldout) {
            ++result.holdout;
            holdoutIds.push_back(row.id);
            for (int i = 5; i <= 9; ++i)
                insert.bindNull(i);
            insert.bind(10, QStringLiteral("[]"));
            insert.bind(11, tr("Holdout: not contacted, to measure the campaign's effect."));
            if (!insert.exec())
                return fail(tr("Cannot save the campaign members: %1").arg(db.errorString()));
            insert.reset();
            continue;
        }
        memberIds.push_back(row.id);
        ++result.audience;

        // Offer.
        customer.id = row.id;
        customer.rfmSegment = row.rfmSegment;
        customer.country = row.country;
        customer.hasClv = row.hasClv;
        customer.clv12m = row.clv;
        customer.revenue = row.revenue;
        customer.orderCount = row.orderCount;
        int ruleIndex = options.offers.match(customer);
        QString coupon;
        double discount = 0;
        QString explanation;
        if (ruleIndex >= 0 && rules[size_t(ruleIndex)].hasCoupon()) {
            const OfferRule &rule = rules[size_t(ruleIndex)];
            const double cost = rule.discountPercent / 100.0 * customer.averageOrderValue();
            if (budget > 0 && result.estimatedDiscount + cost > budget) {
                ++result.budgetCapped;
                explanation = tr("Budget cap reached for \"%1\". ").arg(rule.name);
                ruleIndex = options.offers.match(customer, ruleIndex + 1, true);
            } else {
                result.estimatedDiscount += cost;
                discount = rule.discountPercent;
                coupon = coupons.next(row.id, rule.couponPrefix.isEmpty() ? options.offers.couponPrefix()
                                                                          : rule.couponPrefix);
                ++result.coupons;
            }
        }
        QString offer;
        bool withRecs = true;
        if (ruleIndex >= 0) {
            const OfferRule &rule = rules[size_t(ruleIndex)];
            offer = rule.offer;
            withRecs = rule.recommendations;
            explanation += tr("Offer rule \"%1\".").arg(rule.name);
        } else {
            ++result.noOffer;
            explanation += tr("No offer rule matched.");
        }
        ++result.offers[offer];
        if (withRecs && row.recCount > 0)
            ++result.withRecommendations;

        fillValues(values, row, language, sourceName, options.name, withRecs);
        values[MessageTemplate::Offer] = offer;
        values[MessageTemplate::Coupon] = coupon;
        values[MessageTemplate::Discount] = discount > 0 ? QString::number(discount) : QString();
        const ParsedTemplates &t = templatesFor(parsed, language);
        quint32 missing = 0;
        subject.clear();
        body.clear();
        t.subject.renderTo(subject, values, &missing);
        t.body.renderTo(body, values, &missing);
        for (int f = 0; missing != 0 && f < MessageTemplate::FieldCount; ++f) {
            if (missing & (1u << f))
                ++missingCounts[size_t(f)];
        }

        QString recJson = QStringLiteral("[");
        if (withRecs) {
            for (int r = 0; r < 3; ++r) {
                if (row.recSku[r].isEmpty() && row.recName[r].isEmpty())
                    continue;
                QJsonObject item{{QStringLiteral("sku"), row.recSku[r]}, {QStringLiteral("name"), row.recName[r]},
                                 {QStringLiteral("score"), row.recScore[r]}};
                if (recJson.size() > 1)
                    recJson += QLatin1Char(',');
                recJson += QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
            }
        }
        recJson += QLatin1Char(']');

        if (offer.isEmpty())
            insert.bindNull(5);
        else
            insert.bind(5, offer);
        if (coupon.isEmpty())
            insert.bindNull(6);
        else
            insert.bind(6, coupon);
        if (discount > 0)
            insert.bind(7, discount);
        else
            insert.bindNull(7);
        insert.bind(8, subject);
        insert.bind(9, body);
        insert.bind(10, recJson);
        insert.bind(11, explanation);
        if (!insert.exec())
            return fail(tr("Cannot save the campaign members: %1").arg(db.errorString()));
        insert.reset();
    }
    if (st.hasError())
        return fail(tr("Cannot read the audience: %1").arg(db.errorString()));

    for (int f = 0; f < MessageTemplate::FieldCount; ++f) {
        if (missingCounts[size_t(f)] == 0)
            continue;
        const QString field = MessageTemplate::fieldNames().at(f);
        result.missingFields.append({field, missingCounts[size_t(f)]});
        result.warnings << tr("%1 customers have no %2; add a default like {{%2|%3}}")
                               .arg(missingCounts[size_t(f)]).arg(field, suggestedDefault(field));
    }
    if (result.withRecommendations == 0 && result.audience > 0) {
        result.warnings << (options.recommendAlgo.isEmpty()
            ? tr("No stored recommendations for this audience: the rec fields are empty. Compute recommendations first.")
            : tr("No stored recommendations of algorithm \"%1\" for this audience: the rec fields are empty. "
                 "Compute recommendations first.").arg(options.recommendAlgo));
    }

    // Experiment with a Campaign and a Holdout arm.
    if (!options.linkExperiment.isEmpty()) {
        if (db.scalar(QStringLiteral("SELECT id FROM experiments WHERE name = ?"), {options.linkExperiment}))
            return fail(tr("An experiment named \"%1\" exists already.").arg(options.linkExperiment));
        Statement exp = db.prepare(QStringLiteral("INSERT INTO experiments(name, salt, created_at, segment_id, design, "
                                                  "started_at) VALUES(?, ?, ?, ?, ?, ?)"));
        const QJsonObject design{{QStringLiteral("campaign"), options.name},
                                 {QStringLiteral("holdout"), options.holdoutFraction},
                                 {QStringLiteral("metrics"), QJsonArray{QStringLiteral("opened"), QStringLiteral("clicked"),
                                                                        QStringLiteral("converted"), QStringLiteral("revenue")}}};
        exp.bindAll({options.linkExperiment, QString::number(options.seed), now,
                     segmentId > 0 ? QVariant(segmentId) : QVariant(),
                     QString::fromUtf8(QJsonDocument(design).toJson(QJsonDocument::Compact)), now});
        if (!exp.exec())
            return fail(db.errorString());
        result.experimentId = db.lastInsertRowId();
        Statement arm = db.prepare(QStringLiteral("INSERT INTO experiment_arms(experiment_id, name, weight, is_control, "
                                                  "is_holdout) VALUES(?, ?, ?, ?, ?)"));
        arm.bindAll({result.experimentId, QStringLiteral("Campaign"), 1.0 - options.holdoutFraction, 0, 0});
        if (!arm.exec())
            return fail(db.errorString());
        const qint64 campaignArm = db.lastInsertRowId();
        arm.reset();
        arm.bindAll({result.experimentId, QStringLiteral("Holdout"), options.holdoutFraction, 1, 1});
        if (!arm.exec())
            return fail(db.errorString());
        const qint64 holdoutArm = db.lastInsertRowId();
        ExperimentColumns::BulkWrite experimentWrite(db, result.experimentId);
        Statement assign = db.prepare(QStringLiteral("INSERT INTO experiment_assignments(experiment_id, customer_id, "
                                                     "arm_id) VALUES(?, ?, ?)"));
        for (int pass = 0; pass < 2; ++pass) {
            for (const qint64 id : pass == 0 ? memberIds : holdoutIds) {
                assign.bindAll({result.experimentId, id, pass == 0 ? campaignArm : holdoutArm});
                if (!assign.exec())
                    return fail(db.errorString());
                assign.reset();
            }
        }
        QString error;
        if (!experimentWrite.finish(&error))
            return fail(error);
    }

    // Definition and counts.
    QJsonObject templatesJson;
    for (const auto &entry : parsed)
        templatesJson.insert(entry.first, QJsonObject{{QStringLiteral("subject"), entry.second.subject.source()},
                                                      {QStringLiteral("body"), entry.second.body.source()}});
    QJsonArray missingJson;
    for (const MissingField &m : result.missingFields)
        missingJson.append(QJsonObject{{QStringLiteral("field"), m.field}, {QStringLiteral("customers"), m.customers}});
    QJsonObject definition{
        {QStringLiteral("channel"), result.channel},
        {QStringLiteral("offers"), QJsonDocument::fromJson(options.offers.toJson()).object()},
        {QStringLiteral("templates"), templatesJson},
        {QStringLiteral("language"), options.language.isEmpty() ? QStringLiteral("auto") : options.language},
        {QStringLiteral("recommend"), options.recommendAlgo},
        {QStringLiteral("holdout_fraction"), options.holdoutFraction},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("frequency_cap_days"), options.frequencyCapDays},
        {QStringLiteral("budget_capped"), result.budgetCapped},
        {QStringLiteral("coupons"), result.coupons},
        {QStringLiteral("estimated_discount"), result.estimatedDiscount},
        {QStringLiteral("missing_fields"), missingJson},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
    };
    if (segmentId <= 0)
        definition.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("experiment"), options.sourceExperiment},
                                                                {QStringLiteral("arm"), options.sourceArm}});
    Statement update = db.prepare(QStringLiteral(
        "UPDATE campaigns SET experiment_id = ?, definition = ?, audience = ?, excluded_opt_out = ?, "
        "excluded_no_contact = ?, excluded_frequency = ?, holdout = ? WHERE id = ?"));
    update.bindAll({result.experimentId > 0 ? QVariant(result.experimentId) : QVariant(),
                    QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), result.audience,
                    result.excludedOptOut, result.excludedNoContact, result.excludedFrequency, result.holdout,
                    result.campaignId});
    if (!update.exec())
        return fail(db.errorString());
    progress.setValue(result.sourceSize);
    if (progress.isCancelled()) {
        result.status = CampaignResult::Status::Cancelled;
        return result;
    }
    if (!transaction.commit())
        return fail(tr("Cannot save the campaign: %1").arg(db.errorString()));
    db.truncateLargeWal();
    result.status = CampaignResult::Status::Ok;
    return result;
}

CampaignPreview CampaignBuilder::preview(Database &db, const CampaignOptions &options, qint64 customerId)
{
    CampaignPreview preview;
    std::map<QString, ParsedTemplates> parsed;
    if (!parseTemplates(options, &parsed, &preview.errorString))
        return preview;
    qint64 segmentId = 0;
    QString sourceName = options.segment.isEmpty() ? options.sourceArm : options.segment;
    if (!options.segment.isEmpty()) {
        const auto id = db.scalar(QStringLiteral("SELECT id FROM segments WHERE name = ?"), {options.segment});
        if (!id) {
            preview.errorString = tr("There is no segment named \"%1\".").arg(options.segment);
            return preview;
        }
        segmentId = id->toLongLong();
    }
    const SourceQuery query = audienceQuery(options, segmentId, customerId);
    Statement st = db.prepare(query.sql);
    st.bindAll(query.params);
    if (!st.step()) {
        preview.errorString = tr("Customer %1 is not in the campaign's audience.").arg(customerId);
        return preview;
    }
    AudienceRow row;
    readRow(st, row);
    QHash<QString, QSet<qint64>> ruleSegments;
    for (const QString &name : options.offers.segmentNames()) {
        Statement s = db.prepare(QStringLiteral("SELECT 1 FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                                                "WHERE s.name = ? AND m.customer_id = ?"));
        s.bindAll({name, customerId});
        if (s.step())
            ruleSegments[name].insert(customerId);
    }
    OfferCustomer customer;
    customer.id = row.id;
    customer.rfmSegment = row.rfmSegment;
    customer.country = row.country;
    customer.hasClv = row.hasClv;
    customer.clv12m = row.clv;
    customer.revenue = row.revenue;
    customer.orderCount = row.orderCount;
    customer.segments = &ruleSegments;
    const int ruleIndex = options.offers.match(customer);
    bool withRecs = true;
    QString discount;
    if (ruleIndex >= 0) {
        const OfferRule &rule = options.offers.rules()[size_t(ruleIndex)];
        preview.offer = rule.offer;
        withRecs = rule.recommendations;
        if (rule.hasCoupon()) {
            CouponGenerator generator(options.seed, options.offers.couponLength());
            preview.coupon = generator.next(row.id, rule.couponPrefix.isEmpty() ? options.offers.couponPrefix()
                                                                               : rule.couponPrefix);
            discount = QString::number(rule.discountPercent);
        }
    }
    preview.language = options.language.isEmpty() || options.language == QLatin1String("auto")
        ? languageForCountry(row.country) : options.language;
    MessageTemplate::Values values;
    fillValues(values, row, preview.language, sourceName, options.name, withRecs);
    values[MessageTemplate::Offer] = preview.offer;
    values[MessageTemplate::Coupon] = preview.coupon;
    values[MessageTemplate::Discount] = discount;
    const ParsedTemplates &t = templatesFor(parsed, preview.language);
    preview.subject = t.subject.render(values);
    preview.body = t.body.render(values);
    preview.ok = true;
    return preview;
}
