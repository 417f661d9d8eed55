#include "monthlyspendchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

/** A printf format that keeps value axis labels distinct for the range. */
QString labelFormatFor(double span)
{
    if (span < 5)
        return QStringLiteral("%.2f");
    if (span < 50)
        return QStringLiteral("%.1f");
    return QStringLiteral("%.0f");
}

QString spendText(const CustomerProfile::MonthSpend &month)
{
    return MonthlySpendChart::tr("%1: %2").arg(QLocale().toString(month.month, QStringLiteral("MMMM yyyy")),
                                               QLocale().toString(month.spend, 'f', 2));
}

} // namespace

MonthlySpendChart::MonthlySpendChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyLabel(new QLabel(tr("No purchases yet"), this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setObjectName(QStringLiteral("monthlySpendEmptyLabel"));
    m_emptyLabel->setMinimumHeight(48);

    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setChart(m_chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(230);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(palette().base());

    // Not a stacked layout: that would keep the chart's height for the one-line empty text.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view);
    m_view->hide();
}

bool MonthlySpendChart::isEmpty() const
{
    return m_view->isHidden();
}

void MonthlySpendChart::clearChart()
{
    m_chart->removeAllSeries(); // deletes the series
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void MonthlySpendChart::setMonthlySpend(const QList<CustomerProfile::MonthSpend> &months)
{
    clearChart();
    if (months.isEmpty()) {
        m_view->hide();
        m_emptyLabel->show();
        return;
    }

    double low = 0;
    double high = 0;
    for (const CustomerProfile::MonthSpend &month : months) {
        low = qMin(low, month.spend);
        high = qMax(high, month.spend);
    }
    if (high - low < 1e-9)
        high = low + 1;

    QFont labelFont = font();
    labelFont.setPointSizeF(qMax(7.0, labelFont.pointSizeF() * 0.85));
    const QColor barColor = palette().color(QPalette::Highlight);

    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(low, high);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(labelFormatFor(valueAxis->max() - valueAxis->min()));
    valueAxis->setLabelsFont(labelFont);
    valueAxis->setTitleText(tr("Net spend"));
    valueAxis->setTitleFont(labelFont);
    m_chart->addAxis(valueAxis, Qt::AlignLeft);

    if (months.size() <= kMaxBarMonths) {
        auto *set = new QBarSet(tr("Net spend"));
        set->setColor(barColor);
        set->setBorderColor(barColor);
        QStringList categories;
        const bool longLabels = months.size() <= 6;
        for (const CustomerProfile::MonthSpend &month : months) {
            *set << month.spend;
            categories << QLocale().toString(month.month, longLabels ? QStringLiteral("MMM yyyy")
                                                                     : QStringLiteral("MMM yy"));
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setBarWidth(months.size() == 1 ? 0.3 : 0.7);
        m_chart->addSeries(series);
        auto *monthAxis = new QBarCategoryAxis;
        monthAxis->append(categories);
        monthAxis->setLabelsFont(labelFont);
        monthAxis->setGridLineVisible(false);
        if (!longLabels)
            monthAxis->setLabelsAngle(-90);
        m_chart->addAxis(monthAxis, Qt::AlignBottom);
        series->attachAxis(monthAxis);
        series->attachAxis(valueAxis);
        connect(series, &QBarSeries::hovered, this, [this, months](bool status, int index) {
            if (status && index >= 0 && index < months.size())
                QToolTip::showText(QCursor::pos(), spendText(months.at(index)), this);
            else
                QToolTip::hideText();
        });
    } else {
        auto *series = new QLineSeries;
        series->setName(tr("Net spend"));
        series->setColor(barColor);
        for (const CustomerProfile::MonthSpend &month : months) {
            // QDateTimeAxis labels in local time, so the points are placed in local time too.
            const QDateTime at(month.month.addDays(14), QTime(0, 0));
            series->append(double(at.toMSecsSinceEpoch()), month.spend);
        }
        m_chart->addSeries(series);
        auto *timeAxis = new QDateTimeAxis;
        timeAxis->setFormat(QStringLiteral("MMM yyyy"));
        timeAxis->setLabelsFont(labelFont);
        timeAxis->setTickCount(qBound(2, int(months.size() / 12) + 1, 7));
        timeAxis->setRange(QDateTime(months.first().month, QTime(0, 0)),
                           QDateTime(months.last().month.addMonths(1), QTime(0, 0)));
        timeAxis->setLabelsAngle(-45);
        m_chart->addAxis(timeAxis, Qt::AlignBottom);
        series->attachAxis(timeAxis);
        series->attachAxis(valueAxis);
        connect(series, &QLineSeries::hovered, this, [this, months](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            for (const CustomerProfile::MonthSpend &month : months) {
                if (month.month.year() == day.year() && month.month.month() == day.month()) {
                    QToolTip::showText(QCursor::pos(), spendText(month), this);
                    return;
                }
            }
        });
    }
    m_emptyLabel->hide();
    m_view->show();
}
