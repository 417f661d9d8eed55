#include "experimentliftchart.h"

#include "experiments/experimentanalysis.h"
#include "experiments/statistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
const QColor kColors[] = {QColor(0x2f, 0x9e, 0x44), QColor(0xe8, 0x59, 0x0c), QColor(0x7b, 0x2c, 0xbf),
                          QColor(0x19, 0x71, 0xc2), QColor(0xc2, 0x25, 0x5c)};
}

ExperimentLiftChart::ExperimentLiftChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    clear();
}

void ExperimentLiftChart::clear()
{
    m_curves = 0;
    auto *chart = new QChart;
    chart->legend()->hide();
    setChart(chart);
}

void ExperimentLiftChart::setResult(const AnalysisResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Distribution of the relative lift against the control"));
    const double z = Stats::normalQuantile(0.5 + result.confidence / 2.0);
    struct Curve { QString name; double mean; double sd; };
    QVector<Curve> curves;
    double xMin = 0;
    double xMax = 0;
    for (const Comparison &c : result.comparisons) {
        const double sd = (c.liftCiHigh - c.liftCiLow) / (2.0 * z) * 100.0;
        if (!(sd > 0) || !std::isfinite(sd) || !std::isfinite(c.relativeLift))
            continue;
        curves.append({c.arm, c.relativeLift * 100.0, sd});
        xMin = std::min(xMin, c.relativeLift * 100.0 - 4 * sd);
        xMax = std::max(xMax, c.relativeLift * 100.0 + 4 * sd);
    }
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Relative lift (%)"));
    xAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    xAxis->setRange(xMin, xMax > xMin ? xMax : xMin + 1);
    xAxis->applyNiceNumbers();
    auto *yAxis = new QValueAxis;
    yAxis->setLabelsVisible(false);
    yAxis->setGridLineVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    double yMax = 0;
    constexpr int kPoints = 160;
    for (int k = 0; k < curves.size(); ++k) {
        const Curve &curve = curves.at(k);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        const double from = curve.mean - 4 * curve.sd;
        const double to = curve.mean + 4 * curve.sd;
        for (int i = 0; i <= kPoints; ++i) {
            const double x = from + (to - from) * i / kPoints;
            const double y = Stats::normalPdf((x - curve.mean) / curve.sd) / curve.sd;
            upper->append(x, y);
            lower->append(x, 0);
            yMax = std::max(yMax, y);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(curve.name);
        QColor fill = kColors[k % 5];
        QPen pen(fill);
        pen.setWidthF(2.0);
        area->setPen(pen);
        fill.setAlpha(70);
        area->setBrush(fill);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }
    yAxis->setRange(0, yMax > 0 ? yMax * 1.1 : 1.0);
    // Zero lift: no difference from the control.
    auto *zero = new QLineSeries;
    zero->setName(tr("No lift"));
    QPen dashed(QColor(0x49, 0x50, 0x57));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    zero->setPen(dashed);
    zero->append(0, 0);
    zero->append(0, yMax > 0 ? yMax * 1.1 : 1.0);
    chart->addSeries(zero);
    zero->attachAxis(xAxis);
    zero->attachAxis(yAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_curves = int(curves.size());
    setChart(chart);
}
