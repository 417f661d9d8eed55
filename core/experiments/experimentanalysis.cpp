#include "experiments/experimentanalysis.h"

#include "experiments/experimentverdict.h"
#include "experiments/poweranalysis.h"
#include "experiments/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Mean and sample variance of one arm, raw or CUPED-adjusted.
struct Moments
{
    double n = 0;
    double mean = 0;
    double var = 0;
    double successes = 0; // rates only
};

} // namespace

QVector<double> ExperimentAnalysis::holm(const QVector<double> &p)
{
    const int m = p.size();
    QVector<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&p](int a, int b) { return p[a] < p[b]; });
    QVector<double> adjusted(m);
    double running = 0;
    for (int i = 0; i < m; ++i) {
        running = std::max(running, std::min(1.0, double(m - i) * p[order[i]]));
        adjusted[order[i]] = running;
    }
    return adjusted;
}

QVector<double> ExperimentAnalysis::benjaminiHochberg(const QVector<double> &p)
{
    const int m = p.size();
    QVector<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&p](int a, int b) { return p[a] < p[b]; });
    QVector<double> adjusted(m);
    double running = 1.0;
    for (int i = m - 1; i >= 0; --i) {
        running = std::min(running, double(m) / double(i + 1) * p[order[i]]);
        adjusted[order[i]] = std::min(1.0, running);
    }
    return adjusted;
}

AnalysisResult ExperimentAnalysis::analyze(const QVector<ArmSummary> &input, const AnalysisOptions &options)
{
    AnalysisResult r;
    r.metric = options.metric;
    r.covariate = options.covariate;
    r.confidence = 1.0 - options.alpha;
    r.peeking = options.looks > 1 && !options.sequential;
    auto fail = [&r](const QString &message) {
        r.ok = false;
        r.errorString = message;
        return r;
    };
    if (!(options.alpha > 0 && options.alpha < 1))
        return fail(tr("The significance level must be between 0 and 1 (got %1).").arg(options.alpha));

    QVector<ArmSummary> arms;
    for (const ArmSummary &arm : input) {
        if (arm.n > 0)
            arms.append(arm);
    }
    if (arms.size() < 2)
        return fail(tr("The metric \"%1\" has outcomes in %n arm(s) only; a comparison needs a control and at least "
                       "one variant.", nullptr, int(arms.size())).arg(options.metric));
    for (const ArmSummary &arm : arms) {
        if (arm.n < 2)
            return fail(tr("Arm \"%1\" has only one customer with a value of \"%2\"; each arm needs at least two.")
                            .arg(arm.name, options.metric));
    }

    // Control arm.
    int control = -1;
    if (!options.control.isEmpty()) {
        for (int i = 0; i < arms.size(); ++i) {
            if (arms[i].name == options.control)
                control = i;
        }
        if (control < 0) {
            QStringList names;
            for (const ArmSummary &arm : arms)
                names << arm.name;
            return fail(tr("There is no arm named \"%1\" with outcomes (arms: %2).")
                            .arg(options.control, names.join(QStringLiteral(", "))));
        }
    } else {
        for (int i = 0; i < arms.size() && control < 0; ++i) {
            if (arms[i].isControl)
                control = i;
        }
        for (int i = 0; i < arms.size() && control < 0; ++i) {
            if (arms[i].isHoldout)
                control = i;
        }
        if (control < 0)
            control = 0;
    }

    qint64 nonBinary = 0;
    double totalN = 0, totalY = 0, totalY2 = 0;
    for (const ArmSummary &arm : arms) {
        nonBinary += arm.nonBinary;
        totalN += double(arm.n);
        totalY += arm.sumY;
        totalY2 += arm.sumY2;
    }
    const double totalVar = (totalY2 - totalY * totalY / totalN) / (totalN - 1.0);
    if (!(totalVar > 1e-14 * std::max(1.0, totalY2 / totalN)))
        return fail(tr("Every customer has the same value of \"%1\"; there is nothing to compare.").arg(options.metric));

    const bool cuped = !options.covariate.isEmpty();
    bool isRate = options.kind == AnalysisOptions::MetricKind::Rate
                  || (options.kind == AnalysisOptions::MetricKind::Auto && nonBinary == 0);
    if (isRate && nonBinary > 0)
        return fail(tr("The metric \"%1\" has values other than 0 and 1, so it cannot be analysed as a rate.")
                        .arg(options.metric));

    // Moments per arm; CUPED replaces Y by Y - theta (X - mean X) with theta pooled over all arms.
    QVector<Moments> mom(arms.size());
    for (int i = 0; i < arms.size(); ++i) {
        const ArmSummary &a = arms[i];
        const double n = double(a.n);
        mom[i].n = n;
        mom[i].mean = a.sumY / n;
        mom[i].var = std::max(0.0, (a.sumY2 - a.sumY * a.sumY / n) / (n - 1.0));
        mom[i].successes = a.sumY;
    }
    if (cuped) {
        double nX = 0, sx = 0;
        for (const ArmSummary &a : arms) {
            nX += double(a.nX);
            sx += a.sumX;
        }
        if (nX < 2)
            return fail(tr("The covariate \"%1\" has no values for the customers of \"%2\".")
                            .arg(options.covariate, options.metric));
        const double meanXObserved = sx / nX;
        // Missing covariates are imputed with the mean (no adjustment for those customers).
        QVector<ArmSummary> filled = arms;
        double SX = 0, SX2 = 0, SXY = 0;
        for (ArmSummary &a : filled) {
            const double missing = double(a.n - a.nX);
            a.sumX += missing * meanXObserved;
            a.sumX2 += missing * meanXObserved * meanXObserved;
            a.sumXY += meanXObserved * a.sumYMissingX;
            SX += a.sumX;
            SX2 += a.sumX2;
            SXY += a.sumXY;
        }
        const double varX = (SX2 - SX * SX / totalN) / (totalN - 1.0);
        const double covXY = (SXY - SX * totalY / totalN) / (totalN - 1.0);
        if (!(varX > 1e-14 * std::max(1.0, SX2 / totalN)))
            return fail(tr("The covariate \"%1\" has the same value for every customer, so it cannot reduce variance.")
                            .arg(options.covariate));
        const double theta = covXY / varX;
        const double meanX = SX / totalN;
        r.cupedTheta = theta;
        r.varianceReduction = covXY * covXY / (varX * totalVar);
        for (int i = 0; i < filled.size(); ++i) {
            const ArmSummary &a = filled[i];
            const double n = double(a.n);
            const double armMeanX = a.sumX / n;
            const double armVarX = (a.sumX2 - a.sumX * a.sumX / n) / (n - 1.0);
            const double armCov = (a.sumXY - a.sumX * a.sumY / n) / (n - 1.0);
            mom[i].mean = a.sumY / n - theta * (armMeanX - meanX);
            mom[i].var = std::max(0.0, mom[i].var - 2.0 * theta * armCov + theta * theta * armVarX);
        }
        isRate = false; // the adjusted metric is continuous
    }
    r.isRate = isRate;

    const double z = Stats::normalQuantile(1.0 - options.alpha / 2.0);
    double expectedTotal = 0;
    bool weightsKnown = true;
    for (const ArmSummary &a : arms) {
        weightsKnown = weightsKnown && a.weight > 0;
        expectedTotal += a.weight;
    }
    for (int i = 0; i < arms.size(); ++i) {
        const Moments &m = mom[i];
        ArmResult a;
        a.name = arms[i].name;
        a.isControl = i == control;
        a.isHoldout = arms[i].isHoldout;
        a.n = arms[i].n;
        a.mean = m.mean;
        a.sum = m.mean * m.n;
        if (!cuped)
            a.sum = arms[i].sumY;
        a.sd = std::sqrt(m.var);
        double half;
        if (isRate)
            half = z * std::sqrt(m.mean * (1.0 - m.mean) / m.n);
        else
            half = Stats::tQuantile(1.0 - options.alpha / 2.0, m.n - 1.0) * a.sd / std::sqrt(m.n);
        a.ciLow = m.mean - half;
        a.ciHigh = m.mean + half;
        a.expectedShare = weightsKnown ? arms[i].weight / expectedTotal : 1.0 / arms.size();
        r.arms.append(a);
    }

    // Sample ratio mismatch: chi-square goodness of fit of the arm counts.
    {
        double chi = 0;
        for (const ArmResult &a : std::as_const(r.arms)) {
            const double expected = totalN * a.expectedShare;
            chi += (double(a.n) - expected) * (double(a.n) - expected) / expected;
        }
        r.srmChiSquare = chi;
        r.srmPValue = Stats::chiSquareSf(chi, double(arms.size() - 1));
        r.srmDetected = r.srmPValue < options.srmThreshold;
    }

    // Chi-square test of independence of the arms x {success, failure} table.
    if (isRate) {
        const double successes = totalY;
        const double failures = totalN - totalY;
        if (successes > 0 && failures > 0) {
            double chi = 0;
            for (const Moments &m : std::as_const(mom)) {
                const double e1 = m.n * successes / totalN;
                const double e0 = m.n * failures / totalN;
                const double o1 = m.successes;
                const double o0 = m.n - m.successes;
                chi += (o1 - e1) * (o1 - e1) / e1 + (o0 - e0) * (o0 - e0) / e0;
            }
            r.hasChiSquare = true;
            r.chiSquare = chi;
            r.chiSquareDof = int(arms.size() - 1);
            r.chiSquarePValue = Stats::chiSquareSf(chi, double(r.chiSquareDof));
        }
    }

    // Sequential monitoring: normal-mixture boundary (mSPRT) with scale tau.
    double tau = options.sequentialTau;
    if (!(tau > 0))
        tau = 0.1 * std::sqrt(totalVar);
    r.sequentialTau = tau;
    const double tau2 = tau * tau;

    const Moments &c = mom[control];
    const double seC2 = isRate ? c.mean * (1.0 - c.mean) / c.n : c.var / c.n;
    for (int i = 0; i < arms.size(); ++i) {
        if (i == control || arms[i].isHoldout)
            continue;
        const Moments &v = mom[i];
        Comparison cmp;
        cmp.arm = arms[i].name;
        cmp.control = arms[control].name;
        cmp.diff = v.mean - c.mean;

        // Welch t-test (always reported).
        const double w1 = v.var / v.n;
        const double w0 = c.var / c.n;
        const double seWelch = std::sqrt(w1 + w0);
        if (!(seWelch > 0))
            return fail(tr("Arms \"%1\" and \"%2\" have no variation in \"%3\"; the difference has no standard error.")
                            .arg(cmp.arm, cmp.control, options.metric));
        cmp.t = cmp.diff / seWelch;
        cmp.df = (w1 + w0) * (w1 + w0) / (w1 * w1 / (v.n - 1.0) + w0 * w0 / (c.n - 1.0));
        cmp.welchPValue = 2.0 * Stats::tSf(std::fabs(cmp.t), cmp.df);

        double se1, se0;
        if (isRate) {
            const double pooled = (v.successes + c.successes) / (v.n + c.n);
            const double sePooled = std::sqrt(pooled * (1.0 - pooled) * (1.0 / v.n + 1.0 / c.n));
            cmp.z = cmp.diff / sePooled;
            cmp.pValue = 2.0 * Stats::normalSf(std::fabs(cmp.z));
            se1 = std::sqrt(v.mean * (1.0 - v.mean) / v.n);
            se0 = std::sqrt(seC2);
            const double half = z * std::sqrt(se1 * se1 + se0 * se0);
            cmp.ciLow = cmp.diff - half;
            cmp.ciHigh = cmp.diff + half;
            cmp.chanceToBeat = Stats::chanceBetaBeats(v.successes, v.n, c.successes, c.n);
        } else {
            cmp.z = kNaN;
            cmp.pValue = cmp.welchPValue;
            const double half = Stats::tQuantile(1.0 - options.alpha / 2.0, cmp.df) * seWelch;
            cmp.ciLow = cmp.diff - half;
            cmp.ciHigh = cmp.diff + half;
            se1 = std::sqrt(w1);
            se0 = std::sqrt(w0);
            cmp.chanceToBeat = Stats::normalCdf(cmp.diff / seWelch);
        }
        const double seDiff = std::sqrt(se1 * se1 + se0 * se0);
        cmp.expectedLoss = seDiff * Stats::normalPdf(cmp.diff / seDiff) - cmp.diff * Stats::normalCdf(-cmp.diff / seDiff);

        if (c.mean != 0) {
            cmp.relativeLift = v.mean / c.mean - 1.0;
            const double seLift = std::sqrt(se1 * se1 / (c.mean * c.mean)
                                            + v.mean * v.mean * se0 * se0 / (c.mean * c.mean * c.mean * c.mean));
            cmp.liftCiLow = cmp.relativeLift - z * seLift;
            cmp.liftCiHigh = cmp.relativeLift + z * seLift;
        } else {
            cmp.relativeLift = cmp.liftCiLow = cmp.liftCiHigh = kNaN;
        }

        // Always-valid interval and p-value (Johari et al. mSPRT; Howard et al. normal mixture).
        const double V = seDiff * seDiff;
        const double radius = std::sqrt(2.0 * V * (V + tau2) / tau2
                                        * std::log(std::sqrt((V + tau2) / V) / options.alpha));
        cmp.seqCiLow = cmp.diff - radius;
        cmp.seqCiHigh = cmp.diff + radius;
        cmp.seqPValue = std::min(1.0, std::sqrt((V + tau2) / V)
                                          * std::exp(-tau2 * cmp.diff * cmp.diff / (2.0 * V * (V + tau2))));
        r.comparisons.append(cmp);
    }
    if (r.comparisons.isEmpty())
        return fail(tr("Only the control \"%1\" has outcomes; there is no variant to compare.").arg(arms[control].name));

    QVector<AnalysisResult> family{r};
    correct(family, options.correction);
    r = family.first();

    // Warnings.
    if (r.srmDetected)
        r.warnings << tr("Sample ratio mismatch: the arm sizes differ from the planned split (chi-square p = %1). "
                         "Check the assignment and the data before trusting any result.")
                          .arg(r.srmPValue, 0, 'g', 3);
    if (options.plannedMde > 0) {
        PowerInput in;
        in.alpha = options.alpha;
        in.power = options.plannedPower;
        in.mde = options.plannedMde;
        if (isRate) {
            in.metric = PowerInput::Metric::Rate;
            in.baseline = c.mean;
        } else {
            in.metric = PowerInput::Metric::Mean;
            in.sd = std::sqrt(c.var);
        }
        const PowerResult power = PowerAnalysis::solve(in);
        if (power.ok) {
            r.requiredPerArm = power.nPerArm;
            qint64 smallest = std::numeric_limits<qint64>::max();
            for (const ArmResult &a : std::as_const(r.arms))
                smallest = std::min(smallest, a.n);
            r.underpowered = smallest < power.nPerArm;
            if (r.underpowered)
                r.warnings << tr("Underpowered: the smallest arm has %1 customers, but detecting an effect of %2 "
                                 "needs %3 per arm.")
                                  .arg(smallest).arg(options.plannedMde).arg(power.nPerArm);
        }
    }
    if (r.peeking)
        r.warnings << tr("This is analysis %1 of the experiment: repeated looks inflate false positives. Use the "
                         "sequential (always-valid) interval and p-value, or wait for the planned sample size.")
                          .arg(options.looks);

    r.ok = true;
    r.verdicts = ExperimentVerdict::describe(r);
    return r;
}

void ExperimentAnalysis::correct(QVector<AnalysisResult> &results, AnalysisOptions::Correction correction)
{
    QVector<double> p;
    for (const AnalysisResult &r : std::as_const(results)) {
        for (const Comparison &cmp : r.comparisons)
            p.append(cmp.pValue);
    }
    const QVector<double> pHolm = holm(p);
    const QVector<double> pBh = benjaminiHochberg(p);
    qsizetype i = 0;
    for (AnalysisResult &r : results) {
        for (Comparison &cmp : r.comparisons) {
            cmp.pHolm = pHolm[i];
            cmp.pBh = pBh[i];
            ++i;
            switch (correction) {
            case AnalysisOptions::Correction::Holm: cmp.pAdjusted = cmp.pHolm; break;
            case AnalysisOptions::Correction::BenjaminiHochberg: cmp.pAdjusted = cmp.pBh; break;
            case AnalysisOptions::Correction::None: cmp.pAdjusted = cmp.pValue; break;
            }
        }
        r.familySize = int(p.size());
        r.familyMetrics = int(results.size());
        if (r.ok)
            r.verdicts = ExperimentVerdict::describe(r);
    }
}
