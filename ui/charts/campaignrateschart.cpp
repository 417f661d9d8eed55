#include "campaignrateschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>

CampaignRatesChart::CampaignRatesChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setText(tr("No responses imported yet.\nImport the opens, clicks and purchases your mailing tool "
                             "reports with \"Import responses…\"."));
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("responseRatesChartView"));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumHeight(150);
    clear();
}

bool CampaignRatesChart::isEmpty() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

void CampaignRatesChart::setRates(const CampaignRates &rates)
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (rates.responses <= 0) {
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    const QLocale locale;
    auto *set = new QBarSet(tr("Rate"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    // Bottom to top in a horizontal bar chart: converted, clicked, opened.
    const QList<QPair<QString, double>> bars = {{tr("Converted"), rates.conversionRate},
                                                {tr("Clicked"), rates.clickRate},
                                                {tr("Opened"), rates.openRate}};
    QStringList categories;
    double top = 0;
    for (const auto &[label, rate] : bars) {
        *set << 100.0 * rate;
        categories << tr("%1 %2 %").arg(label, locale.toString(100.0 * rate, 'f', 1));
        top = qMax(top, 100.0 * rate);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    m_chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, top > 0 ? qMin(100.0, top * 1.15 + 1) : 10.0);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    x->setTickCount(5);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    m_chart->setTitle(tr("Responses of %1 contacted members").arg(locale.toString(rates.members)));
    m_stack->setCurrentWidget(m_view);
}
