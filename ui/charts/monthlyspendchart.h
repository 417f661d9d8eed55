#pragma once

#include "profiles/customerprofile.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

/**
 * A customer's net spend per month: bars for up to two years of months, a
 * line over a date axis for longer histories. Shows "No purchases yet"
 * instead of an empty chart.
 */
class MonthlySpendChart : public QWidget
{
    Q_OBJECT
public:
    /** Up to this many months are drawn as bars with one label each. */
    static constexpr int kMaxBarMonths = 24;

    explicit MonthlySpendChart(QWidget *parent = nullptr);

    void setMonthlySpend(const QList<CustomerProfile::MonthSpend> &months);
    void clear() { setMonthlySpend({}); }

    /** True while the "No purchases yet" text is shown instead of the chart. */
    bool isEmpty() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

private:
    void clearChart();

    QLabel *m_emptyLabel;
    QChartView *m_view;
    QChart *m_chart;
};
