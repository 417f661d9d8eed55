#include "experiments/experimentdesign.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

double ExperimentDesign::unitHash(const QString &salt, const QString &customerKey)
{
    const QByteArray digest = QCryptographicHash::hash((salt + QLatin1Char(':') + customerKey).toUtf8(),
                                                       QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    // Top 53 bits -> a double in [0, 1) without rounding up to 1.
    return double(value >> 11) * (1.0 / 9007199254740992.0);
}

int ExperimentDesign::armFor(double u, const QVector<DesignArm> &arms)
{
    double total = 0;
    for (const DesignArm &arm : arms)
        total += arm.weight;
    double cumulative = 0;
    for (int i = 0; i < arms.size(); ++i) {
        cumulative += arms[i].weight / total;
        if (u < cumulative)
            return i;
    }
    return int(arms.size()) - 1;
}

QVector<int> ExperimentDesign::assign(const QVector<DesignArm> &arms, const QStringList &keys, const QString &salt,
                                      const QStringList &strata)
{
    QVector<double> u(keys.size());
    for (int i = 0; i < keys.size(); ++i)
        u[i] = unitHash(salt, keys[i]);
    QVector<int> result(keys.size());
    if (strata.size() != keys.size()) {
        for (int i = 0; i < keys.size(); ++i)
            result[i] = armFor(u[i], arms);
        return result;
    }
    QHash<QString, QVector<int>> groups;
    for (int i = 0; i < keys.size(); ++i)
        groups[strata[i]].append(i);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QVector<int> &members = it.value();
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            return u[a] != u[b] ? u[a] < u[b] : keys[a] < keys[b];
        });
        const double m = double(members.size());
        for (int j = 0; j < members.size(); ++j)
            result[members[j]] = armFor((j + 0.5) / m, arms);
    }
    return result;
}

std::optional<QVector<DesignArm>> ExperimentDesign::parseArms(const QString &text, double holdout, QString *error)
{
    QVector<DesignArm> arms;
    QSet<QString> seen;
    int withWeight = 0;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        DesignArm arm;
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        arm.name = (colon >= 0 ? part.left(colon) : part).trimmed();
        if (colon >= 0) {
            bool ok = false;
            arm.weight = part.mid(colon + 1).trimmed().toDouble(&ok);
            if (!ok || !(arm.weight > 0)) {
                *error = tr("The weight of arm \"%1\" must be a positive number (got \"%2\").")
                             .arg(arm.name, part.mid(colon + 1).trimmed());
                return std::nullopt;
            }
            ++withWeight;
        }
        if (arm.name.isEmpty()) {
            *error = tr("An arm in \"%1\" has no name; write arms as A:0.5,B:0.5.").arg(text);
            return std::nullopt;
        }
        if (seen.contains(arm.name)) {
            *error = tr("The arm \"%1\" is listed twice.").arg(arm.name);
            return std::nullopt;
        }
        seen.insert(arm.name);
        arms.append(arm);
    }
    if (arms.size() < 2 || arms.size() > 6) {
        *error = tr("An experiment needs a control and 1 to 5 variants; got %1 arm(s) in \"%2\".")
                     .arg(arms.size()).arg(text);
        return std::nullopt;
    }
    if (withWeight != 0 && withWeight != arms.size()) {
        *error = tr("Give a weight to every arm or to none (\"%1\").").arg(text);
        return std::nullopt;
    }
    double total = 0;
    for (DesignArm &arm : arms) {
        if (withWeight == 0)
            arm.weight = 1.0;
        total += arm.weight;
    }
    if (!(holdout >= 0 && holdout < 0.9)) {
        *error = tr("The holdout share must be between 0 and 0.9 (got %1).").arg(holdout);
        return std::nullopt;
    }
    for (DesignArm &arm : arms)
        arm.weight = arm.weight / total * (1.0 - holdout);
    arms.first().isControl = true;
    if (holdout > 0) {
        if (seen.contains(QStringLiteral("Holdout"))) {
            *error = tr("An arm is already named \"Holdout\"; rename it to add a holdout.");
            return std::nullopt;
        }
        arms.append({QStringLiteral("Holdout"), holdout, false, true});
    }
    return arms;
}
