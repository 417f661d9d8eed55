#include "rfmheatmap.h"

#include <QLocale>
#include <QPainter>

RfmHeatmap::RfmHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rfmHeatmap"));
    setToolTip(tr("Customers by recency score (rows) and frequency score (columns). Each cell shows the number of "
                  "customers and their average spend; darker cells spend more."));
}

void RfmHeatmap::setScores(const QList<RfmScore> &scores)
{
    for (auto &row : m_count)
        std::fill(std::begin(row), std::end(row), 0);
    for (auto &row : m_monetary)
        std::fill(std::begin(row), std::end(row), 0.0);
    for (const RfmScore &score : scores) {
        if (score.r < 1 || score.r > 5 || score.f < 1 || score.f > 5)
            continue;
        ++m_count[score.r - 1][score.f - 1];
        m_monetary[score.r - 1][score.f - 1] += score.monetary;
    }
    m_maxMean = 0;
    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f)
            if (m_count[r][f] > 0)
                m_maxMean = qMax(m_maxMean, m_monetary[r][f] / m_count[r][f]);
    update();
}

void RfmHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(tr("Recency")) + 24;
    const int bottom = 2 * metrics.height() + 12;
    const int top = 8;
    const QRect grid(left, top, width() - left - 8, height() - top - bottom);
    const double cw = grid.width() / 5.0, ch = grid.height() / 5.0;
    const QColor low(0xe8, 0xee, 0xfb), high(0x1e, 0x3a, 0x8a);
    const QLocale locale;
    for (int r = 5; r >= 1; --r) {
        for (int f = 1; f <= 5; ++f) {
            const QRectF cell(grid.left() + (f - 1) * cw, grid.top() + (5 - r) * ch, cw - 2, ch - 2);
            const int n = m_count[r - 1][f - 1];
            const double mean = n > 0 ? m_monetary[r - 1][f - 1] / n : 0;
            const double t = m_maxMean > 0 ? qBound(0.0, mean / m_maxMean, 1.0) : 0;
            const QColor color = n == 0 ? palette().color(QPalette::AlternateBase)
                                        : QColor::fromRgbF(low.redF() + t * (high.redF() - low.redF()),
                                                           low.greenF() + t * (high.greenF() - low.greenF()),
                                                           low.blueF() + t * (high.blueF() - low.blueF()));
            painter.fillRect(cell, color);
            painter.setPen(t > 0.5 ? Qt::white : Qt::black);
            const QString average = mean >= 1000 ? tr("%1k").arg(locale.toString(mean / 1000.0, 'f', 1))
                                                 : locale.toString(mean, 'f', 0);
            const QString label = n == 0 ? QStringLiteral("–") : QStringLiteral("%1\n%2").arg(locale.toString(n), average);
            painter.drawText(cell, Qt::AlignCenter, label);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(0, grid.top() + (5 - r) * ch, left - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(r));
    }
    for (int f = 1; f <= 5; ++f)
        painter.drawText(QRectF(grid.left() + (f - 1) * cw, grid.bottom() + 2, cw, metrics.height() + 4),
                         Qt::AlignCenter, QString::number(f));
    painter.drawText(QRectF(grid.left(), grid.bottom() + metrics.height() + 6, grid.width(), metrics.height() + 4),
                     Qt::AlignCenter, tr("Frequency score"));
    painter.save();
    painter.translate(12, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2.0, -metrics.height(), grid.height(), metrics.height() + 4),
                     Qt::AlignCenter, tr("Recency score"));
    painter.restore();
}
