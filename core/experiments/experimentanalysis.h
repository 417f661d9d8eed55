#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * Sufficient statistics of one arm for one outcome metric (and optionally one
 * covariate), gathered in a single pass over the rows. Everything the
 * analysis needs is here, so it never touches rows.
 */
struct ArmSummary
{
    QString name;
    bool isControl = false;
    bool isHoldout = false;
    double weight = 0;      ///< planned share of traffic; 0 when unknown
    qint64 n = 0;           ///< customers with an outcome value
    double sumY = 0;
    double sumY2 = 0;
    qint64 nonBinary = 0;   ///< outcome values other than 0 and 1
    // Covariate (CUPED): sums over the rows that have both values.
    qint64 nX = 0;
    double sumX = 0;
    double sumX2 = 0;
    double sumXY = 0;
    double sumYMissingX = 0; ///< sum of outcomes of rows without a covariate (imputed with the mean)

    /** Adds one customer's outcome. */
    void add(double y)
    {
        ++n;
        sumY += y;
        sumY2 += y * y;
        nonBinary += (y != 0.0 && y != 1.0);
    }
};

/** Options of ExperimentAnalysis::analyze(). */
struct AnalysisOptions
{
    enum class Correction { Holm, BenjaminiHochberg, None };
    enum class MetricKind { Auto, Rate, Mean };
    QString metric;              ///< metric name, for verdicts
    QString covariate;           ///< CUPED covariate name; empty = no adjustment
    QString control;             ///< control arm name; empty = the arm flagged as control, else the first
    Correction correction = Correction::Holm;
    MetricKind kind = MetricKind::Auto; ///< Auto: Rate when every value is 0 or 1
    double alpha = 0.05;         ///< two-sided level of tests and (1 - alpha) intervals
    double srmThreshold = 0.001; ///< SRM flagged when its chi-square p-value is below this
    double plannedMde = 0;       ///< absolute MDE of the design; > 0 enables the underpowered warning
    double plannedPower = 0.8;
    double sequentialTau = 0;    ///< mixture scale of the confidence sequence; <= 0: 0.1 pooled SD
    bool sequential = false;     ///< results are read as always-valid (monitoring)
    int looks = 1;               ///< analyses done so far, including this one (peeking warning)
};

/** One arm of AnalysisResult. */
struct ArmResult
{
    QString name;
    bool isControl = false;
    bool isHoldout = false;
    qint64 n = 0;
    double sum = 0;   ///< sum of the (adjusted, with CUPED) outcome
    double mean = 0;
    double sd = 0;    ///< sample SD (ddof 1)
    double ciLow = 0; ///< Wald interval for rates, t interval for means
    double ciHigh = 0;
    double expectedShare = 0; ///< planned share used by the SRM test
};

/** One variant compared with the control. */
struct Comparison
{
    QString arm;
    QString control;
    double diff = 0;          ///< mean(variant) - mean(control), absolute
    double ciLow = 0;         ///< unpooled Wald (rates) or Welch (means) interval of diff
    double ciHigh = 0;
    double relativeLift = 0;  ///< diff / mean(control)
    double liftCiLow = 0;     ///< delta-method interval of the lift
    double liftCiHigh = 0;
    double z = 0;             ///< pooled two-proportion z (rates); NaN for means
    double t = 0;             ///< Welch t
    double df = 0;            ///< Welch-Satterthwaite degrees of freedom
    double welchPValue = 0;
    double pValue = 0;        ///< z-test p (rates) or Welch p (means)
    double pHolm = 0;
    double pBh = 0;
    double pAdjusted = 0;     ///< by AnalysisOptions::correction
    double chanceToBeat = 0;  ///< P(variant > control): exact Beta-Binomial (rates), normal (means)
    double expectedLoss = 0;  ///< E[max(control - variant, 0)], normal approximation
    double seqCiLow = 0;      ///< always-valid (mSPRT normal mixture) interval of diff
    double seqCiHigh = 0;
    double seqPValue = 0;     ///< always-valid p-value
};

/** Result of ExperimentAnalysis::analyze(). */
struct AnalysisResult
{
    bool ok = false;
    QString errorString;           ///< translated, when !ok
    QString metric;
    QString covariate;
    bool isRate = false;           ///< analysed as a proportion
    double confidence = 0.95;
    QVector<ArmResult> arms;
    QVector<Comparison> comparisons;
    bool hasChiSquare = false;     ///< rates: chi-square test of independence over all arms
    double chiSquare = 0;
    double chiSquarePValue = 0;
    int chiSquareDof = 0;
    double srmChiSquare = 0;
    double srmPValue = 1;
    bool srmDetected = false;
    double cupedTheta = 0;
    double varianceReduction = 0;  ///< 1 - var(adjusted) / var(raw)
    qint64 requiredPerArm = 0;     ///< n per arm for the planned MDE, when given
    bool underpowered = false;
    bool peeking = false;
    double sequentialTau = 0;
    int familySize = 0;            ///< comparisons the adjusted p-values are corrected over
    int familyMetrics = 1;         ///< metrics analysed together in that family
    QStringList warnings;          ///< translated
    QStringList verdicts;          ///< translated, one per comparison
};

/**
 * Frequentist, Bayesian and sequential analysis of an A/B(/n) test from the
 * per-arm sufficient statistics. Matches scipy/statsmodels (see
 * tests/data/experiments_reference/make_reference.py). Pure and thread-safe.
 */
class ExperimentAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentAnalysis)
public:
    static AnalysisResult analyze(const QVector<ArmSummary> &arms, const AnalysisOptions &options);

    /**
     * Sets pHolm, pBh and pAdjusted (by @p correction) of every comparison of
     * @p results as one family: the variants of all the metrics analysed
     * together (statsmodels multipletests over the pooled p-values), and
     * rewrites the verdicts of the results that are ok.
     */
    static void correct(QVector<AnalysisResult> &results, AnalysisOptions::Correction correction);

    /** Holm step-down adjusted p-values (statsmodels multipletests 'holm'). */
    static QVector<double> holm(const QVector<double> &p);
    /** Benjamini-Hochberg adjusted p-values (statsmodels 'fdr_bh'). */
    static QVector<double> benjaminiHochberg(const QVector<double> &p);
};
