#include "experiments/poweranalysis.h"

#include "experiments/statistics.h"

#include <cmath>
#include <functional>

double PowerAnalysis::cohenH(double p1, double p2)
{
    return 2.0 * std::asin(std::sqrt(p1)) - 2.0 * std::asin(std::sqrt(p2));
}

double PowerAnalysis::normalPower(double effectSize, double n1, double alpha, double ratio)
{
    const double nobs = 1.0 / (1.0 / n1 + 1.0 / (n1 * ratio));
    const double crit = Stats::normalQuantile(1.0 - alpha / 2.0);
    const double shift = effectSize * std::sqrt(nobs);
    return Stats::normalSf(crit - shift) + Stats::normalCdf(-crit - shift);
}

double PowerAnalysis::tTestPower(double effectSize, double n1, double alpha, double ratio)
{
    const double n2 = n1 * ratio;
    const double df = n1 + n2 - 2.0;
    const double nobs = 1.0 / (1.0 / n1 + 1.0 / n2);
    const double nc = effectSize * std::sqrt(nobs);
    const double critUpper = Stats::tQuantile(1.0 - alpha / 2.0, df);
    const double critLower = Stats::tQuantile(alpha / 2.0, df);
    return (1.0 - Stats::noncentralTCdf(critUpper, df, nc)) + Stats::noncentralTCdf(critLower, df, nc);
}

PowerResult PowerAnalysis::solve(const PowerInput &in)
{
    PowerResult r;
    if (!(in.alpha > 0 && in.alpha < 1)) {
        r.errorString = tr("The significance level must be between 0 and 1 (got %1).").arg(in.alpha);
        return r;
    }
    if (!(in.power > in.alpha && in.power < 1)) {
        r.errorString = tr("The power must be between the significance level and 1 (got %1).").arg(in.power);
        return r;
    }
    if (!(in.ratio >= 0.1 && in.ratio <= 10)) {
        r.errorString = tr("The allocation ratio must be between 0.1 and 10 (got %1).").arg(in.ratio);
        return r;
    }
    if (!(in.mde != 0) || !std::isfinite(in.mde)) {
        r.errorString = tr("The minimum detectable effect must be a non-zero number (got %1).").arg(in.mde);
        return r;
    }
    std::function<double(double)> powerAt;
    double lowest;
    if (in.metric == PowerInput::Metric::Rate) {
        if (!(in.baseline > 0 && in.baseline < 1)) {
            r.errorString = tr("The baseline rate must be between 0 and 1 (got %1).").arg(in.baseline);
            return r;
        }
        const double target = in.baseline + in.mde;
        if (!(target > 0 && target < 1)) {
            r.errorString = tr("Baseline %1 plus the effect %2 leaves the range 0 to 1.").arg(in.baseline).arg(in.mde);
            return r;
        }
        r.effectSize = cohenH(target, in.baseline);
        const double h = r.effectSize;
        powerAt = [h, in](double n) { return normalPower(h, n, in.alpha, in.ratio); };
        lowest = 1.0;
    } else {
        if (!(in.sd > 0)) {
            r.errorString = tr("A mean metric needs a positive standard deviation (got %1).").arg(in.sd);
            return r;
        }
        r.effectSize = in.mde / in.sd;
        const double d = r.effectSize;
        powerAt = [d, in](double n) { return tTestPower(d, n, in.alpha, in.ratio); };
        // From n1 = 2 on, df = n1 (1 + ratio) - 2 stays positive for the ratios in use.
        lowest = 2.0;
    }
    // Power increases with n: bracket, then bisect on a log scale to machine precision.
    double lo = lowest;
    if (powerAt(lo) >= in.power) {
        r.n = lo;
    } else {
        double hi = std::max(lo * 2.0, 2.0);
        while (powerAt(hi) < in.power) {
            lo = hi;
            hi *= 2.0;
            if (hi > 1e13) {
                r.errorString = tr("The effect %1 is too small to detect with any practical sample size.").arg(in.mde);
                return r;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
            const double mid = 0.5 * (lo + hi);
            if (powerAt(mid) < in.power)
                lo = mid;
            else
                hi = mid;
        }
        r.n = 0.5 * (lo + hi);
    }
    r.nPerArm = qint64(std::ceil(r.n - 1e-9));
    r.nVariant = qint64(std::ceil(r.n * in.ratio - 1e-9));
    if (in.dailyTraffic > 0) {
        const int arms = std::max(2, in.arms);
        const double total = double(r.nPerArm) + double(r.nVariant) * (arms - 1);
        r.days = std::ceil(total / in.dailyTraffic);
    }
    r.ok = true;
    return r;
}
