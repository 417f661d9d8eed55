#pragma once

/**
 * Probability distributions used by the experiment engine, implemented here
 * (no third-party statistics library). Accuracy is about 1e-12 relative in
 * the body and in the tails for the argument ranges met in A/B tests; the
 * tests compare them with scipy. All functions are pure and thread-safe.
 */
namespace Stats {

/** Standard normal density, cumulative distribution and upper tail. */
double normalPdf(double x);
double normalCdf(double x);
double normalSf(double x);
/** Inverse of normalCdf(); -inf/+inf at 0/1, NaN outside [0, 1]. */
double normalQuantile(double p);

/** log B(a, b) for a, b > 0. */
double logBeta(double a, double b);
/** Regularized incomplete beta I_x(a, b). */
double regularizedBeta(double x, double a, double b);

/** Student t distribution with @p df > 0 degrees of freedom (df may be fractional). */
double tPdf(double t, double df);
double tCdf(double t, double df);
double tSf(double t, double df);
double tQuantile(double p, double df);

/** Regularized lower and upper incomplete gamma P(a, x) and Q(a, x). */
double regularizedGammaP(double a, double x);
double regularizedGammaQ(double a, double x);
/** Upper tail of the chi-square distribution with @p df degrees of freedom. */
double chiSquareSf(double x, double df);

/** Cumulative distribution of the noncentral t (df > 0, noncentrality @p nc). */
double noncentralTCdf(double t, double df, double nc);

/**
 * Posterior probability that rate B beats rate A, P(pB > pA), with Beta(1, 1)
 * priors: pA ~ Beta(1 + successesA, 1 + failuresA) and likewise for B. Exact
 * closed-form sum (Evan Miller's formula), evaluated over the fewest terms of
 * its four equivalent forms with a term recurrence; O(min successes/failures).
 */
double chanceBetaBeats(double successesB, double trialsB, double successesA, double trialsA);

} // namespace Stats
