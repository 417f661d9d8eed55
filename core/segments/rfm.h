#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class ProgressReporter;

/** Options of an RFM analysis. */
struct RfmOptions
{
    /** Recency is measured up to this day; default: the day after the last order line. */
    std::optional<QDate> referenceDate;
};

/** One customer's recency, frequency, monetary value, scores and named segment. */
struct RfmScore
{
    qint64 customerId = 0;
    QString customerKey;
    int recencyDays = 0;   ///< whole days from the last purchase to the reference date
    int frequency = 0;     ///< distinct orders that are not returns
    double monetary = 0;   ///< net spend: purchases minus returns
    int r = 0, f = 0, m = 0; ///< quintile scores 1..5 (5 = most recent, most frequent, highest spend)
    QString segment;       ///< named segment, see Rfm::segmentFor()
};

struct RfmResult
{
    QDate referenceDate;
    QList<RfmScore> customers;
    /** Customers with order lines but no purchase (only returns), left out of RFM. */
    qint64 excludedOnlyReturns = 0;
    /** Customers in the project without any order line (e.g. imported from a customer file). */
    qint64 excludedNoOrders = 0;
    QString errorString;
    bool cancelled = false;

    bool isOk() const { return errorString.isEmpty() && !cancelled; }
    /** Segment name -> customers, in Rfm::segmentNames() order. */
    QList<QPair<QString, qint64>> segmentSizes() const;
};

/**
 * RFM (recency, frequency, monetary) analysis from order lines.
 *
 * Anonymous lines are excluded; returns subtract from monetary value and do
 * not count as orders. Scores are quintiles of the customers' values with ties
 * kept together: a value's score is 1 + floor(5 * p) capped at 5, where p is
 * its mid-rank percentile ((number below + half the number equal) / n). Recency
 * scores are reversed so that 5 is the most recent.
 *
 * Named segments follow the common R x FM grid, where FM is the mean of F
 * and M rounded half up; every (R, FM) cell has exactly one segment:
 *  - Champions: R = 5, FM 4-5
 *  - Loyal: R 3-4, FM 4-5
 *  - Potential Loyalist: R 4-5, FM 2-3
 *  - New: R = 5, FM = 1
 *  - Promising: R = 4, FM = 1
 *  - Need Attention: R = 3, FM = 3
 *  - About to Sleep: R = 3, FM 1-2
 *  - Can't Lose: R 1-2, FM = 5
 *  - At Risk: R 1-2, FM 3-4
 *  - Hibernating: R 1-2, FM 1-2, except Lost
 *  - Lost: R = 1, FM = 1
 *
 * Thread-safety: uses the given Database on the calling thread.
 */
class Rfm
{
    Q_DECLARE_TR_FUNCTIONS(Rfm)
public:
    static RfmResult compute(Database &db, const RfmOptions &options, ProgressReporter &progress);
    /**
     * Stores the scores in customer_scores and the named segments (kind "rfm",
     * replacing the previous RFM segments), in one transaction.
     */
    static bool save(Database &db, const RfmResult &result, QString *error);
    /** The named segment for scores r, f, m (each 1..5). */
    static QString segmentFor(int r, int f, int m);
    /** All segment names, best first. Names are stable keys (English), translated for display by tr(). */
    static QStringList segmentNames();
    /** Quintile scores (1..5) of @p values with ties kept together (see class comment). */
    static QList<int> quintileScores(const QList<double> &values);
};
