#pragma once

#include <QCoreApplication>
#include <QString>

/** Inputs of a sample-size calculation for a two-arm comparison (each variant against the control). */
struct PowerInput
{
    enum class Metric { Rate, Mean };
    Metric metric = Metric::Rate;
    double baseline = 0.0;  ///< control rate in (0, 1) (Rate); control mean (Mean, informational)
    double mde = 0.0;       ///< minimum detectable effect, absolute (0.01 = one point for rates)
    double sd = 0.0;        ///< standard deviation per customer (Mean only)
    double alpha = 0.05;    ///< two-sided significance level
    double power = 0.8;     ///< 1 - beta
    double ratio = 1.0;     ///< n_variant / n_control
    double dailyTraffic = 0.0; ///< customers entering the experiment per day (all arms); 0 = unknown
    int arms = 2;           ///< arms sharing the traffic, for the duration
};

/** Result of PowerAnalysis::solve(). */
struct PowerResult
{
    bool ok = false;
    QString errorString;   ///< translated, when !ok
    double effectSize = 0; ///< Cohen's h (rates, arcsine) or d = mde / sd (means)
    double n = 0;          ///< unrounded n of the control arm (statsmodels' nobs1)
    qint64 nPerArm = 0;    ///< ceil(n)
    qint64 nVariant = 0;   ///< ceil(n * ratio)
    double days = 0;       ///< expected duration, 0 when daily traffic is unknown
};

/**
 * Sample size for a two-sided test, matching statsmodels: NormalIndPower with
 * proportion_effectsize (Cohen's h) for rates, and TTestIndPower (noncentral t,
 * df = n1 + n2 - 2) for means. The n solved is exact to ~1e-12 relative.
 * Pure and thread-safe.
 */
class PowerAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(PowerAnalysis)
public:
    static PowerResult solve(const PowerInput &input);

    /** Cohen's h = 2 asin(sqrt(p1)) - 2 asin(sqrt(p2)). */
    static double cohenH(double p1, double p2);
    /** statsmodels NormalIndPower.power (two-sided) for control size @p n1. */
    static double normalPower(double effectSize, double n1, double alpha, double ratio);
    /** statsmodels TTestIndPower.power (two-sided) for control size @p n1. */
    static double tTestPower(double effectSize, double n1, double alpha, double ratio);
};
