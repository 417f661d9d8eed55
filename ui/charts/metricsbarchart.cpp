#include "metricsbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

/** Distinct colours for up to ten algorithms; more cycle. */
QColor colourFor(int index)
{
    static const QColor colours[] = {
        QColor(0x3b, 0x5b, 0xdb), QColor(0xe8, 0x59, 0x0c), QColor(0x2f, 0x9e, 0x44), QColor(0xae, 0x3e, 0xc9),
        QColor(0x0c, 0x85, 0x99), QColor(0xf0, 0x8c, 0x00), QColor(0xc9, 0x2a, 0x2a), QColor(0x5c, 0x7c, 0xfa),
        QColor(0x66, 0xa8, 0x0f), QColor(0x86, 0x8e, 0x96)};
    return colours[index % int(std::size(colours))];
}

} // namespace

MetricsBarChart::MetricsBarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setEntries({}, 0);
}

MetricsBarChart::~MetricsBarChart() = default;

QStringList MetricsBarChart::metricNames(int k)
{
    const QString at = k > 0 ? QString::number(k) : QStringLiteral("k");
    return {tr("Precision@%1").arg(at), tr("Recall@%1").arg(at), tr("NDCG@%1").arg(at), tr("MAP@%1").arg(at),
            tr("Hit rate@%1").arg(at)};
}

void MetricsBarChart::setEntries(const QList<Entry> &entries, int k)
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    if (entries.isEmpty()) {
        c->setTitle(tr("Evaluate algorithms to compare them here"));
        c->legend()->hide();
        return;
    }
    c->setTitle(tr("Ranking quality on held-out purchases (higher is better)"));
    auto *series = new QBarSeries;
    double top = 0;
    for (int i = 0; i < entries.size(); ++i) {
        auto *set = new QBarSet(entries.at(i).label);
        set->setColor(colourFor(i));
        set->setBorderColor(colourFor(i));
        for (double value : entries.at(i).values) {
            set->append(value);
            top = std::max(top, value);
        }
        series->append(set);
    }
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(metricNames(k));
    auto *values = new QValueAxis;
    // A round upper bound a little above the best bar, at most 1.
    const double step = top > 0.5 ? 0.1 : top > 0.2 ? 0.05 : top > 0.05 ? 0.01 : 0.005;
    values->setRange(0, std::min(1.0, std::max(step, std::ceil(top * 1.1 / step) * step)));
    values->setLabelFormat(top > 0.05 ? QStringLiteral("%.2f") : QStringLiteral("%.3f"));
    values->setTickCount(6);
    c->addAxis(categories, Qt::AlignBottom);
    c->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    c->legend()->show();
}
