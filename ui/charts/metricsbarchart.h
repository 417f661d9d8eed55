#pragma once

#include <QChartView>
#include <QList>
#include <QString>

/**
 * Compares evaluated recommenders: a grouped bar chart with one group per main
 * ranking metric (precision, recall, NDCG, MAP, hit rate at k) and one bar set
 * (colour) per algorithm. Values are in [0, 1].
 */
class MetricsBarChart : public QChartView
{
    Q_OBJECT
public:
    /** One algorithm's bars: its label and the metric values, in metricNames() order. */
    struct Entry
    {
        QString label;
        QList<double> values;
    };

    explicit MetricsBarChart(QWidget *parent = nullptr);
    ~MetricsBarChart() override;

    /** The metric groups on the category axis, for @p k (0 = "k"). */
    static QStringList metricNames(int k);

    /** Replaces the bars; an empty list shows a hint instead. */
    void setEntries(const QList<Entry> &entries, int k);
};
