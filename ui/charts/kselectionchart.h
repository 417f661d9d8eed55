#pragma once

#include "segments/kmeanssegmentation.h"

#include <QChartView>

/**
 * How the number of clusters was chosen: the silhouette (higher is better) and
 * the inertia (the elbow curve) for each k tried, with the chosen k marked.
 */
class KSelectionChart : public QChartView
{
    Q_OBJECT
public:
    explicit KSelectionChart(QWidget *parent = nullptr);

    void setResult(const KMeansSegmentationResult &result);
};
