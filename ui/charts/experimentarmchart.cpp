#include "experimentarmchart.h"

#include "experiments/experimentanalysis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

ExperimentArmChart::ExperimentArmChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    clear();
}

namespace {

/** @p text as HTML, broken at spaces into lines of about 12 characters. */
QString wrappedLabel(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 12)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.isEmpty() ? text.toHtmlEscaped() : lines.join(QStringLiteral("<br>"));
}

} // namespace

void ExperimentArmChart::clear()
{
    m_arms = 0;
    auto *chart = new QChart;
    chart->legend()->hide();
    setChart(chart);
}

void ExperimentArmChart::setResult(const AnalysisResult &result)
{
    auto *chart = new QChart;
    const int percent = result.isRate ? 100 : 1;
    chart->setTitle(result.isRate ? tr("%1 rate per arm with %2% confidence intervals")
                                        .arg(result.metric)
                                        .arg(qRound(result.confidence * 100))
                                  : tr("Mean %1 per arm with %2% confidence intervals")
                                        .arg(result.metric)
                                        .arg(qRound(result.confidence * 100)));
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(result.isRate ? tr("Rate (%)") : tr("Mean"));
    set->setColor(QColor(0x74, 0x8f, 0xfc));
    set->setBorderColor(QColor(0x3b, 0x5b, 0xdb));
    QStringList names;
    double top = 0;
    double bottom = 0;
    for (const ArmResult &arm : result.arms) {
        // Category labels are rich text. Qt Charts hides labels that overlap, so long
        // arm names wrap at spaces and the control marker gets its own line.
        QString label = wrappedLabel(arm.name);
        if (arm.isControl)
            label += QStringLiteral("<br>") + tr("(control)").toHtmlEscaped();
        names << label;
        *set << arm.mean * percent;
        top = std::max({top, arm.ciHigh * percent, arm.mean * percent});
        bottom = std::min({bottom, arm.ciLow * percent, arm.mean * percent});
    }
    bars->append(set);
    bars->setBarWidth(0.55);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    bars->setLabelsPrecision(4);
    set->setLabelColor(Qt::white);
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(bottom, top > bottom ? top * 1.12 : 1.0);
    values->applyNiceNumbers();
    values->setLabelFormat(result.isRate ? QStringLiteral("%.1f%%") : QStringLiteral("%.2f"));
    values->setTitleText(result.isRate ? tr("%1 rate").arg(result.metric) : tr("Mean %1").arg(result.metric));
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);

    // The whiskers live on a hidden x axis with the bar categories' geometry (-0.5 .. n-0.5).
    auto *x = new QValueAxis;
    x->setRange(-0.5, double(result.arms.size()) - 0.5);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    QPen pen(QColor(0x21, 0x25, 0x29));
    pen.setWidthF(2.0);
    const double cap = 0.08;
    for (int i = 0; i < result.arms.size(); ++i) {
        const ArmResult &arm = result.arms.at(i);
        auto *whisker = new QLineSeries;
        whisker->setPen(pen);
        const double lo = arm.ciLow * percent;
        const double hi = arm.ciHigh * percent;
        whisker->append(i - cap, lo);
        whisker->append(i + cap, lo);
        whisker->append(i, lo);
        whisker->append(i, hi);
        whisker->append(i - cap, hi);
        whisker->append(i + cap, hi);
        chart->addSeries(whisker);
        whisker->attachAxis(x);
        whisker->attachAxis(values);
    }
    chart->legend()->hide();
    m_arms = int(result.arms.size());
    setChart(chart);
}
