#pragma once

#include <QChartView>

struct AnalysisResult;

/**
 * Rate or mean per arm as bars with their confidence interval drawn as error
 * bars (Qt Charts has none: each whisker is a QLineSeries path over a hidden
 * value axis aligned with the bar categories).
 */
class ExperimentArmChart : public QChartView
{
    Q_OBJECT
public:
    explicit ExperimentArmChart(QWidget *parent = nullptr);

    void setResult(const AnalysisResult &result);
    void clear();
    /** Number of arms plotted (for tests). */
    int armCount() const { return m_arms; }

private:
    int m_arms = 0;
};
