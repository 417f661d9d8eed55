#include "experiments/experimentverdict.h"

#include "experiments/experimentanalysis.h"

#include <cmath>

namespace {

// Three significant digits, without exponent for everyday magnitudes.
QString number(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const int digits = std::max(0, 2 - int(std::floor(std::log10(std::fabs(value)))));
    return QString::number(value, 'f', std::min(digits, 6));
}

} // namespace

QString ExperimentVerdict::formatP(double p)
{
    if (p < 0.001)
        return QStringLiteral("< 0.001");
    return QStringLiteral("= %1").arg(p, 0, 'f', 3);
}

QString ExperimentVerdict::describe(const AnalysisResult &result, const Comparison &c)
{
    const QString what = result.isRate ? tr("the %1 rate").arg(result.metric)
                                       : tr("the mean %1 per customer").arg(result.metric);
    const QString level = QString::number(int(std::lround(result.confidence * 100)));
    auto amount = [&result](double value) {
        return result.isRate ? QString::number(value * 100.0, 'f', 1) : number(value);
    };
    const QString srm = result.srmDetected ? tr("sample ratio MISMATCH (p %1)").arg(formatP(result.srmPValue))
                                           : tr("sample ratio OK");
    const double alpha = 1.0 - result.confidence;
    const bool significant = c.pAdjusted < alpha;
    if (!significant)
        return tr("%1 shows no clear difference in %2: %3 (%4% CI %5 to %6), p %7; %8")
            .arg(c.arm, what, amount(c.diff), level, amount(c.ciLow), amount(c.ciHigh), formatP(c.pValue), srm);
    const QString unit = result.isRate ? tr("points") : QString();
    if (c.diff > 0)
        return tr("%1 raises %2 by %3 %4 (%5% CI %6 to %7), p %8; %9")
            .arg(c.arm, what, amount(c.diff), unit, level, amount(c.ciLow), amount(c.ciHigh), formatP(c.pValue), srm)
            .simplified();
    return tr("%1 lowers %2 by %3 %4 (%5% CI %6 to %7), p %8; %9")
        .arg(c.arm, what, amount(-c.diff), unit, level, amount(-c.ciHigh), amount(-c.ciLow), formatP(c.pValue), srm)
        .simplified();
}

QStringList ExperimentVerdict::describe(const AnalysisResult &result)
{
    QStringList out;
    for (const Comparison &c : result.comparisons)
        out << describe(result, c);
    return out;
}
