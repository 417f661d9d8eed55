#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "segments/segmentstore.h"

#include <optional>

class Database;
class ProgressReporter;

/**
 * One customer's purchase history in the convention of the lifetimes library
 * (summary_data_from_transaction_data with freq "D").
 *
 * A purchase day is a calendar day (of the stored wall-clock time) with at least
 * one order line that is not a return. All times are in days.
 */
struct ClvCustomer
{
    qint64 customerId = 0;
    QString customerKey;
    double frequency = 0; ///< x: repeat purchases = distinct purchase days - 1
    double recency = 0;   ///< t_x: days from the first to the last purchase day (0 when x = 0)
    double T = 0;         ///< days from the first purchase day to the end of the observation period
    double monetary = 0;  ///< mean value of the repeat purchase days (the first day excluded); 0 when x = 0
};

/** Maximum-likelihood fit of the BG/NBD model (Fader, Hardie & Lee 2005). */
struct BgNbdFit
{
    double r = 0, alpha = 0; ///< gamma heterogeneity of the purchase rate (alpha in the data's time unit)
    double a = 0, b = 0;     ///< beta heterogeneity of the dropout probability
    double logLikelihood = 0; ///< total (unpenalized) log-likelihood at the estimate
    int iterations = 0;       ///< Nelder-Mead iterations, over all restarts
    bool converged = false;
    bool cancelled = false;
    QString message;          ///< why the fit did not converge, empty otherwise
};

/** Maximum-likelihood fit of the Gamma-Gamma spend model (Fader, Hardie & Lee 2005). */
struct GammaGammaFit
{
    double p = 0, q = 0, v = 0;
    double logLikelihood = 0; ///< total (unpenalized) log-likelihood over the customers used
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;
    QString message;
    int customersUsed = 0;          ///< repeat buyers with a positive monetary value
    int excludedNonPositive = 0;    ///< repeat buyers left out because their monetary value is <= 0
};

/** Options of a CLV analysis. */
struct ClvOptions
{
    /** L2 penalty as in lifetimes: penalizer * sum(params^2) added to the mean negative log-likelihood. */
    double penalizer = 0.0;
    /** Prediction horizon in days for the expected purchases and the predicted value. */
    int horizonDays = 365;
    /** Monthly discount rate of the predicted value; 0 disables discounting. */
    double monthlyDiscountRate = 0.01;
    /** Last day of the observation period (inclusive); default: the day of the latest purchase. */
    std::optional<QDate> observationEnd;
    /** Iteration limit of each optimizer run (all restarts together). */
    int maxIterations = 5000;
};

/** One customer's CLV inputs and predictions. */
struct ClvRow
{
    qint64 customerId = 0;
    QString customerKey;
    double frequency = 0, recency = 0, T = 0, monetary = 0; ///< as in ClvCustomer (days)
    double expectedPurchases = 0;    ///< expected repeat purchases in the next horizonDays
    double probabilityAlive = 0;     ///< P(still active) at the end of the observation period
    double expectedAverageValue = 0; ///< Gamma-Gamma expected value per purchase; NaN when no fit
    double predictedValue = 0;       ///< discounted value of the expected purchases in the horizon; NaN when no fit
};

struct ClvResult
{
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    QList<ClvRow> customers;
    QDate observationEnd;
    QString errorString; ///< empty when both models converged, see Clv::compute()
    bool cancelled = false;

    bool isOk() const { return errorString.isEmpty() && !cancelled; }
};

/**
 * Customer lifetime value with the BG/NBD and Gamma-Gamma models.
 *
 * Both models are fitted by maximum likelihood with Nelder-Mead on the
 * log-parameters (so they stay positive), restarted from the best point until
 * a restart no longer improves the objective. The objective is lifetimes':
 * mean negative log-likelihood + penalizer * sum(params^2).
 *
 * The formulas are unit-free: summarize() gives days, but the fitting and
 * prediction functions accept any time unit used consistently (alpha then is in
 * that unit).
 *
 * Thread-safety: all functions are reentrant; Database-using ones use the
 * given connection on the calling thread. Nothing throws.
 */
class Clv
{
    Q_DECLARE_TR_FUNCTIONS(Clv)
public:
    /** Fewest repeat buyers with a positive monetary value for a Gamma-Gamma fit. */
    static constexpr int MinRepeatBuyers = 10;

    /**
     * Per-customer x, t_x, T and monetary value from order_lines up to
     * options.observationEnd (inclusive), in days. Anonymous lines and returns
     * are excluded; a purchase day's value is the sum of quantity * unit_price
     * of its non-return lines. Customers whose first purchase is after the end
     * are left out. On error returns an empty list and sets @p error (may be null).
     * @p observationEnd (may be null) receives the end day used.
     */
    static QList<ClvCustomer> summarize(Database &db, const ClvOptions &options, QString *error,
                                        QDate *observationEnd = nullptr);

    /** Fits BG/NBD to @p customers; never throws, reports convergence in the result. */
    static BgNbdFit fitBgNbd(const QList<ClvCustomer> &customers, double penalizer, ProgressReporter &progress,
                             int maxIterations = 5000);
    /** Fits Gamma-Gamma to the customers with frequency > 0 and monetary > 0. */
    static GammaGammaFit fitGammaGamma(const QList<ClvCustomer> &customers, double penalizer,
                                       ProgressReporter &progress, int maxIterations = 5000);

    /** Log-likelihood of one customer under BG/NBD at @p fit's parameters. */
    static double bgNbdLogLikelihood(const BgNbdFit &fit, double x, double tx, double T);
    /** Log-likelihood of one repeat buyer (x > 0, monetary > 0) under Gamma-Gamma. */
    static double gammaGammaLogLikelihood(const GammaGammaFit &fit, double x, double monetary);

    /**
     * Expected repeat purchases in the next @p t time units of a customer with
     * history (x, tx, T): Fader, Hardie & Lee (2005) eq. (10), with the Gauss
     * hypergeometric function evaluated after Euler's transformation (stable
     * for large x). Requires a != 1 (a is nudged off 1 otherwise).
     */
    static double expectedPurchases(const BgNbdFit &fit, double t, double x, double tx, double T);
    /** Probability that the customer is still active at T; 1 when x = 0. */
    static double probabilityAlive(const BgNbdFit &fit, double x, double tx, double T);
    /**
     * Expected value per purchase given x purchases with mean value @p monetary:
     * p (v + x m) / (p x + q - 1); the population mean p v / (q - 1) when x = 0.
     * NaN when q <= 1 (the mean does not exist).
     */
    static double expectedAverageValue(const GammaGammaFit &fit, double x, double monetary);

    /**
     * Value of the purchases expected in the next @p horizonDays, discounted
     * per month (30.4375 days) as lifetimes' customer_lifetime_value does:
     * sum over months i of (E[N(t_i)] - E[N(t_{i-1})]) * value / (1 + rate)^(t_i / month),
     * the last month possibly partial. With rate 0 this is E[N(horizon)] * value.
     * The fit's alpha must be in days.
     */
    static double predictedValue(const BgNbdFit &fit, const ClvCustomer &customer, double averageValue,
                                 int horizonDays, double monthlyDiscountRate);

    /**
     * summarize(), both fits and the per-customer predictions.
     *
     * errorString is set when there is nothing to model (no purchases, nobody
     * bought twice) and then customers is empty. It is also set, one line per
     * model, when a fit did not converge; the rows are then still returned
     * from the best parameters found, for inspection, but should not be
     * trusted (values may be NaN for degenerate fits). Without a usable
     * Gamma-Gamma fit (too few repeat buyers, q <= 1) expectedAverageValue and
     * predictedValue are NaN. On cancellation customers is empty.
     */
    static ClvResult compute(Database &db, const ClvOptions &options, ProgressReporter &progress);

    /** Stores clv_12m (predictedValue), p_alive and expected_purchases in customer_scores, in one transaction. */
    static bool save(Database &db, const ClvResult &result, QString *error);

    /**
     * Value tiers by predicted 12-month value: the top 20% ("High value"), the
     * next 30% ("Medium value") and the rest ("Low value"); customers without a
     * value (no Gamma-Gamma fit) are in none.
     */
    static QList<SegmentDraft> valueTiers(const ClvResult &result);
    /** save() and the value tiers as segments of kind "clv" (replacing earlier ones), in one transaction. */
    static bool saveWithSegments(Database &db, const ClvResult &result, QString *error);

    /** Gauss hypergeometric 2F1(a, b; c; z) for 0 <= z < 1 by its power series; NaN if it does not converge. */
    static double hyp2f1(double a, double b, double c, double z);
};
