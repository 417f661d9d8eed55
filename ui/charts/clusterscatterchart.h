#pragma once

#include "segments/kmeanssegmentation.h"

#include <QChartView>

/**
 * The k-means result on its first two principal components: one scatter series
 * per cluster (a sample of the customers), coloured and named like the segments.
 */
class ClusterScatterChart : public QChartView
{
    Q_OBJECT
public:
    explicit ClusterScatterChart(QWidget *parent = nullptr);

    void setResult(const KMeansSegmentationResult &result);
    void clear();

    /** The palette used for cluster i (shared with other k-means charts). */
    static QColor clusterColor(int i);
};
