#include "clusterscatterchart.h"

#include <QChart>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

ClusterScatterChart::ClusterScatterChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    clear();
}

QColor ClusterScatterChart::clusterColor(int i)
{
    static const QColor palette[] = {QColor(0x3b, 0x5b, 0xdb), QColor(0xe8, 0x59, 0x0c), QColor(0x2f, 0x9e, 0x44),
                                     QColor(0xc2, 0x25, 0x5c), QColor(0x77, 0x48, 0xd6), QColor(0x0c, 0x85, 0x99),
                                     QColor(0xf0, 0xa2, 0x02), QColor(0x49, 0x50, 0x57)};
    return palette[i % int(std::size(palette))];
}

void ClusterScatterChart::clear()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Customers on the two main components"));
    setChart(chart);
}

void ClusterScatterChart::setResult(const KMeansSegmentationResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Customers on the two main components (a sample of %L1)").arg(result.scatter.size()));
    QList<QScatterSeries *> series;
    for (int c = 0; c < result.clusters.size(); ++c) {
        auto *s = new QScatterSeries;
        s->setName(tr("Cluster %1").arg(c + 1));
        s->setMarkerSize(7);
        s->setColor(clusterColor(c));
        s->setBorderColor(Qt::transparent);
        series.append(s);
    }
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool first = true;
    QList<QList<QPointF>> points(result.clusters.size());
    for (const KMeansScatterPoint &p : result.scatter) {
        if (p.cluster < 0 || p.cluster >= points.size())
            continue;
        points[p.cluster].append(QPointF(p.x, p.y));
        if (first) {
            minX = maxX = p.x;
            minY = maxY = p.y;
            first = false;
        }
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Component 1"));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Component 2"));
    const double padX = std::max(0.1, (maxX - minX) * 0.05);
    const double padY = std::max(0.1, (maxY - minY) * 0.05);
    xAxis->setRange(minX - padX, maxX + padX);
    yAxis->setRange(minY - padY, maxY + padY);
    xAxis->setLabelFormat(QStringLiteral("%.1f"));
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (int c = 0; c < series.size(); ++c) {
        series[c]->replace(points[c]);
        chart->addSeries(series[c]);
        series[c]->attachAxis(xAxis);
        series[c]->attachAxis(yAxis);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
}
