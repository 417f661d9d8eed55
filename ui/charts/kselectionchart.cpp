#include "kselectionchart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

KSelectionChart::KSelectionChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setChart(new QChart);
}

void KSelectionChart::setResult(const KMeansSegmentationResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Silhouette (higher is better) and inertia (look for the elbow)"));
    auto *silhouette = new QLineSeries;
    silhouette->setName(tr("Silhouette"));
    silhouette->setPointsVisible(true);
    silhouette->setColor(QColor(0x3b, 0x5b, 0xdb));
    auto *inertia = new QLineSeries;
    inertia->setName(tr("Inertia"));
    inertia->setPointsVisible(true);
    inertia->setColor(QColor(0xe8, 0x59, 0x0c));
    auto *chosen = new QScatterSeries;
    chosen->setName(tr("Chosen k = %1").arg(result.k));
    chosen->setMarkerSize(13);
    chosen->setColor(QColor(0x2f, 0x9e, 0x44));
    int kMin = result.k, kMax = result.k;
    double sMin = 0, sMax = 0.1, iMax = 1;
    for (const auto &[k, s] : result.silhouetteByK) {
        silhouette->append(k, s);
        kMin = std::min(kMin, k);
        kMax = std::max(kMax, k);
        sMin = std::min(sMin, s);
        sMax = std::max(sMax, s);
        if (k == result.k)
            chosen->append(k, s);
    }
    for (const auto &[k, value] : result.inertiaByK) {
        inertia->append(k, value);
        iMax = std::max(iMax, value);
    }
    auto *kAxis = new QValueAxis;
    kAxis->setTitleText(tr("Clusters (k)"));
    kAxis->setRange(kMin - 1, kMax + 1);
    kAxis->setTickCount(kMax - kMin + 3); // one tick per whole k
    kAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *sAxis = new QValueAxis;
    sAxis->setTitleText(tr("Silhouette"));
    sAxis->setRange(std::min(0.0, sMin), std::min(1.0, sMax * 1.15));
    sAxis->setLabelFormat(QStringLiteral("%.2f"));
    auto *iAxis = new QValueAxis;
    iAxis->setTitleText(tr("Inertia"));
    iAxis->setRange(0, iMax * 1.1);
    iAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(kAxis, Qt::AlignBottom);
    chart->addAxis(sAxis, Qt::AlignLeft);
    chart->addAxis(iAxis, Qt::AlignRight);
    chart->addSeries(silhouette);
    chart->addSeries(inertia);
    chart->addSeries(chosen);
    silhouette->attachAxis(kAxis);
    silhouette->attachAxis(sAxis);
    chosen->attachAxis(kAxis);
    chosen->attachAxis(sAxis);
    inertia->attachAxis(kAxis);
    inertia->attachAxis(iAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}
