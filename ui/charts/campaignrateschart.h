#pragma once

#include "campaigns/campaignstore.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

/**
 * A campaign's response rates (opened, clicked, converted, in % of the
 * contacted members) as three horizontal bars. Says "No responses imported
 * yet" instead of drawing an empty chart.
 */
class CampaignRatesChart : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignRatesChart(QWidget *parent = nullptr);

    void setRates(const CampaignRates &rates);
    void clear() { setRates({}); }

    /** True while the "no responses" text is shown instead of the chart. */
    bool isEmpty() const;
    QChart *chart() const { return m_chart; }

private:
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QChartView *m_view;
    QChart *m_chart;
};
