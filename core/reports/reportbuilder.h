#pragma once

#include "reports/reportcontent.h"

#include <QCoreApplication>
#include <QString>

class Project;
class ProgressReporter;

/** Which sections a report holds and how much work they may do. */
struct ReportOptions
{
    bool dataSummary = true;
    bool segments = true;
    bool recommendations = true;
    bool experiments = true;
    bool campaigns = true;
    /**
     * Fits a recommender and evaluates it offline (user-random 25 % split, seed 42) in the
     * recommendations section. Off by default: it takes seconds to minutes on large projects.
     */
    bool evaluateRecommendations = false;
    QString evaluationAlgo = QStringLiteral("itemknn"); ///< createRecommender() name
    int evaluationK = 10;
    int topN = 10; ///< rows of the "top" tables (countries, products)
};

/** What ReportBuilder::build() gathered. */
struct ReportResult
{
    ReportContent content;
    QString errorString; ///< translated; empty on success
    bool cancelled = false;

    bool isOk() const { return errorString.isEmpty() && !cancelled; }
};

/**
 * Gathers a project's report content: data summary, segments, recommendations,
 * experiments and campaigns, as tables, chart data and sentences (no HTML, no
 * images). Read-only: the project is never changed.
 *
 * Long parts (experiment analyses, the optional recommender evaluation) report
 * progress (0..1000) and stop when @p progress is cancelled (result.cancelled).
 * Thread-safety: uses @p project on the calling thread only.
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    static ReportResult build(Project &project, const ReportOptions &options, ProgressReporter &progress);
};
