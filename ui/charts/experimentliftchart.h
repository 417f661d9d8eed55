#pragma once

#include <QChartView>

struct AnalysisResult;

/**
 * The distribution of the relative lift of each variant against the control:
 * the normal approximation of the posterior (delta-method standard error) as a
 * shaded density curve, with a dashed line at zero lift.
 */
class ExperimentLiftChart : public QChartView
{
    Q_OBJECT
public:
    explicit ExperimentLiftChart(QWidget *parent = nullptr);

    void setResult(const AnalysisResult &result);
    void clear();
    /** Number of variant curves plotted (for tests). */
    int curveCount() const { return m_curves; }

private:
    int m_curves = 0;
};
