#include "experiments/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stats {

namespace {

constexpr double kEps = 1e-16;
constexpr double kTiny = 1e-300;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// Continued fraction of I_x(a, b) (modified Lentz), valid for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double x, double a, double b)
{
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 100000; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return h;
}

// I_x(a, b) given both x and y = 1 - x, so callers can pass a precise 1 - x.
double incompleteBeta(double x, double y, double a, double b)
{
    if (!(a > 0) || !(b > 0) || x < 0 || y < 0)
        return kNaN;
    if (x == 0)
        return 0.0;
    if (y == 0)
        return 1.0;
    const double logFront = a * std::log(x) + b * std::log(y) - logBeta(a, b);
    if (x < (a + 1.0) / (a + b + 2.0))
        return std::exp(logFront) * betaContinuedFraction(x, a, b) / a;
    return 1.0 - std::exp(logFront) * betaContinuedFraction(y, b, a) / b;
}

double gammaSeries(double a, double x)
{
    double ap = a;
    double sum = 1.0 / a;
    double del = sum;
    for (int n = 0; n < 100000; ++n) {
        ap += 1.0;
        del *= x / ap;
        sum += del;
        if (std::fabs(del) < std::fabs(sum) * kEps)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

double gammaContinuedFraction(double a, double x)
{
    double b = x + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// P(T <= t) for t >= 0 of the noncentral t: Phi(-nc) + 1/2 sum_j [p_j I_x(j + 1/2, df/2) + q_j I_x(j + 1, df/2)].
double noncentralTCdfNonNegative(double t, double df, double nc)
{
    const double t2 = t * t;
    const double x = t2 / (t2 + df);
    const double y = df / (t2 + df);
    const double lambda = nc * nc / 2.0;
    double sum = 0.0;
    if (x > 0) {
        const double half = df / 2.0;
        const int peak = int(lambda);
        const int limit = peak + 50 + int(30.0 * std::sqrt(lambda + 1.0));
        const double logLambda = lambda > 0 ? std::log(lambda) : -kInf;
        for (int j = 0; j <= limit; ++j) {
            const double logP = lambda > 0 ? -lambda + j * logLambda - std::lgamma(j + 1.0) : (j == 0 ? 0.0 : -kInf);
            const double logQ = lambda > 0 ? -lambda + j * logLambda - std::lgamma(j + 1.5) : (j == 0 ? -std::lgamma(1.5) : -kInf);
            const double pj = std::exp(logP);
            const double qj = nc / std::sqrt(2.0) * std::exp(logQ);
            const double term = pj * incompleteBeta(x, y, j + 0.5, half) + qj * incompleteBeta(x, y, j + 1.0, half);
            sum += term;
            if (j > peak && std::fabs(term) < 1e-18 * std::max(std::fabs(sum), 1e-300))
                break;
        }
    }
    return normalCdf(-nc) + 0.5 * sum;
}

} // namespace

double normalPdf(double x)
{
    return std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI);
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / M_SQRT2);
}

double normalSf(double x)
{
    return 0.5 * std::erfc(x / M_SQRT2);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0 || p > 1)
        return kNaN;
    if (p == 0)
        return -kInf;
    if (p == 1)
        return kInf;
    // Acklam's rational approximation (rel. error 1.15e-9), then Halley steps on erfc.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    for (int i = 0; i < 3; ++i) {
        // Work on the smaller tail so the residual keeps its relative precision.
        double e;
        if (x < 0)
            e = normalCdf(x) - p;
        else
            e = -(normalSf(x) - (1.0 - p));
        const double pdf = normalPdf(x);
        if (pdf <= 0)
            break;
        const double u = e / pdf;
        x -= u / (1.0 + x * u / 2.0);
    }
    return x;
}

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

double regularizedBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0.0;
    if (x >= 1)
        return 1.0;
    return incompleteBeta(x, 1.0 - x, a, b);
}

double tPdf(double t, double df)
{
    return std::exp(std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0) - 0.5 * std::log(df * M_PI)
                    - (df + 1.0) / 2.0 * std::log1p(t * t / df));
}

double tCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double t2 = t * t;
    const double x = df / (df + t2);
    const double y = t2 / (df + t2);
    const double tail = 0.5 * incompleteBeta(x, y, df / 2.0, 0.5); // P(T > |t|)
    return t > 0 ? 1.0 - tail : tail;
}

double tSf(double t, double df)
{
    return tCdf(-t, df);
}

double tQuantile(double p, double df)
{
    if (std::isnan(p) || p < 0 || p > 1 || !(df > 0))
        return kNaN;
    if (p == 0)
        return -kInf;
    if (p == 1)
        return kInf;
    if (p == 0.5)
        return 0.0;
    if (df == 1.0)
        return std::tan(M_PI * (p - 0.5));
    if (df == 2.0) {
        const double q = 2.0 * p - 1.0;
        return q * std::sqrt(2.0 / (1.0 - q * q));
    }
    // Newton on the smaller tail, safeguarded by a bracket.
    const bool upper = p > 0.5;
    const double target = upper ? 1.0 - p : p; // tail probability P(T <= -|x|)
    const double z = normalQuantile(target);
    double x = z + (z * z * z + z) / (4.0 * df); // Cornish-Fisher start (negative)
    double lo = -1.0;
    while (tCdf(lo, df) > target)
        lo *= 2.0;
    double hi = 0.0;
    if (x <= lo || x >= hi)
        x = (lo + hi) / 2.0;
    for (int i = 0; i < 200; ++i) {
        const double f = tCdf(x, df) - target;
        if (f > 0)
            hi = x;
        else
            lo = x;
        double next = x - f / tPdf(x, df);
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2.0;
        if (std::fabs(next - x) <= 1e-15 * std::fabs(x)) {
            x = next;
            break;
        }
        x = next;
    }
    return upper ? -x : x;
}

double regularizedGammaP(double a, double x)
{
    if (!(a > 0) || x < 0)
        return kNaN;
    if (x == 0)
        return 0.0;
    if (x < a + 1.0)
        return gammaSeries(a, x);
    return 1.0 - gammaContinuedFraction(a, x);
}

double regularizedGammaQ(double a, double x)
{
    if (!(a > 0) || x < 0)
        return kNaN;
    if (x == 0)
        return 1.0;
    if (x < a + 1.0)
        return 1.0 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}

double chiSquareSf(double x, double df)
{
    if (x <= 0)
        return 1.0;
    return regularizedGammaQ(df / 2.0, x / 2.0);
}

double noncentralTCdf(double t, double df, double nc)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (t >= 0)
        return noncentralTCdfNonNegative(t, df, nc);
    return 1.0 - noncentralTCdfNonNegative(-t, df, -nc);
}

namespace {
// sum_{i < alphaB} B(aA + i, bA + bB) / ((bB + i) B(1 + i, bB) B(aA, bA)) = P(B > A), in log space.
double millerSum(double aA, double bA, double aB, double bB)
{
    double logTerm = logBeta(aA, bA + bB) - logBeta(aA, bA);
    double maxLog = logTerm;
    double scaled = 1.0; // sum of exp(logTerm_i - maxLog)
    const long long count = (long long)std::llround(aB);
    for (long long i = 0; i + 1 < count; ++i) {
        const double di = double(i);
        logTerm += std::log((aA + di) / (aA + bA + bB + di)) + std::log((bB + di) / (1.0 + di));
        if (logTerm > maxLog) {
            scaled = scaled * std::exp(maxLog - logTerm) + 1.0;
            maxLog = logTerm;
        } else {
            scaled += std::exp(logTerm - maxLog);
        }
    }
    return scaled * std::exp(maxLog);
}
} // namespace

double chanceBetaBeats(double successesB, double trialsB, double successesA, double trialsA)
{
    const double aA = 1.0 + successesA, bA = 1.0 + trialsA - successesA;
    const double aB = 1.0 + successesB, bB = 1.0 + trialsB - successesB;
    if (!(bA >= 1) || !(bB >= 1) || !(aA >= 1) || !(aB >= 1))
        return kNaN;
    // Two direct forms: P(B > A) summed over aB terms, or as P(1 - A > 1 - B) over bA terms.
    double p;
    if (aB <= bA)
        p = millerSum(aA, bA, aB, bB);
    else
        p = millerSum(bB, aB, bA, aA);
    return std::clamp(p, 0.0, 1.0);
}

} // namespace Stats
