#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/** One arm of a design: name, split weight and role. */
struct DesignArm
{
    QString name;
    double weight = 0;
    bool isControl = false;
    bool isHoldout = false;
};

/**
 * Deterministic, reproducible assignment of customers to arms.
 *
 * Each customer gets u = the first 64 bits of SHA-256(salt + ":" + customer key)
 * as a big-endian integer divided by 2^64, in [0, 1); the arm is the one whose
 * cumulative weight interval contains u. With strata, customers of each
 * stratum are sorted by u and dealt out in weight proportions (position j of m
 * gets (j + 0.5) / m), so every stratum is split exactly as planned.
 * Pure and thread-safe.
 */
class ExperimentDesign
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentDesign)
public:
    /** The customer's hash position in [0, 1). */
    static double unitHash(const QString &salt, const QString &customerKey);
    /** Index of the arm whose cumulative (normalized) weight interval holds @p u. */
    static int armFor(double u, const QVector<DesignArm> &arms);
    /**
     * Arm index per key. @p strata is empty (no stratification) or has one
     * stratum label per key.
     */
    static QVector<int> assign(const QVector<DesignArm> &arms, const QStringList &keys, const QString &salt,
                               const QStringList &strata = {});
    /**
     * Parses "A:0.5,B:0.5" (weights may be omitted for an equal split) and adds a
     * "Holdout" arm of share @p holdout (0 = none), scaling the others. The first
     * arm is the control. nullopt and @p error on bad input.
     */
    static std::optional<QVector<DesignArm>> parseArms(const QString &text, double holdout, QString *error);
};
