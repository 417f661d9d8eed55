#pragma once

#include <QCoreApplication>
#include <QStringList>

struct AnalysisResult;
struct Comparison;

/**
 * Plain-language verdicts of an analysis, e.g. "Mens E-Mail raises the visit
 * rate by 7.7 points (95% CI 7.0 to 8.3), p < 0.001; sample ratio OK".
 * Translated through tr() with %1 arguments. Pure and thread-safe.
 */
class ExperimentVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentVerdict)
public:
    /** One sentence per comparison of @p result. */
    static QStringList describe(const AnalysisResult &result);
    /** The sentence for one comparison. */
    static QString describe(const AnalysisResult &result, const Comparison &comparison);
    /** "< 0.001" or "= 0.042". */
    static QString formatP(double p);
};
