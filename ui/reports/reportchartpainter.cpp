#include "reportchartpainter.h"

#include "reports/reporthtml.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

const QColor kPalette[] = {QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x8a, 0x2c), QColor(0x3a, 0x9d, 0x5d),
                           QColor(0x8e, 0x5b, 0xb5), QColor(0xc0, 0x39, 0x2b)};
const QColor kControl(0x8a, 0x8f, 0x98);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x6b, 0x73);
const QColor kGrid(0xe3, 0xe6, 0xea);

/** A "nice" step (1, 2, 2.5, 5 x 10^k) giving about @p ticks intervals over @p span. */
double niceStep(double span, int ticks)
{
    if (span <= 0 || !std::isfinite(span))
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

struct Axis
{
    double min = 0;
    double max = 1;
    double step = 0.2;
};

Axis niceAxis(double low, double high, bool includeZero)
{
    if (includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (!(high > low)) {
        high = low + (low == 0 ? 1 : std::abs(low) * 0.1);
        if (!includeZero)
            low -= std::abs(low) * 0.1;
    }
    Axis axis;
    axis.step = niceStep(high - low, 5);
    axis.min = std::floor(low / axis.step + 1e-9) * axis.step;
    axis.max = std::ceil(high / axis.step - 1e-9) * axis.step;
    if (!includeZero && axis.min == low && axis.min != 0)
        axis.min -= axis.step;
    return axis;
}

/** Short tick labels: 1.2k, 3.4M for large plain numbers. */
QString tickLabel(double value, const ReportChart &chart, double step)
{
    if (chart.valueFormat == ReportFormat::Percent) {
        const int decimals = step * 100 >= 1 ? 0 : 1;
        return ReportHtml::format(value, ReportFormat::Percent, decimals);
    }
    const double a = std::abs(value);
    const QLocale locale;
    if (a >= 1e6)
        return locale.toString(value / 1e6, 'f', step >= 1e6 ? 0 : 1) + QLatin1Char('M');
    if (a >= 1e4)
        return locale.toString(value / 1e3, 'f', step >= 1e3 ? 0 : 1) + QLatin1Char('k');
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    return locale.toString(value, 'f', decimals);
}

QString valueLabel(double value, const ReportChart &chart)
{
    const int decimals = chart.valueFormat == ReportFormat::Percent ? std::max(1, chart.decimals) : chart.decimals;
    const ReportFormat format = chart.valueFormat == ReportFormat::Integer ? ReportFormat::Integer
                                : chart.valueFormat == ReportFormat::Percent ? ReportFormat::Percent
                                                                             : ReportFormat::Decimal;
    if (format == ReportFormat::Decimal && std::abs(value) >= 1e4) {
        const QLocale locale;
        return std::abs(value) >= 1e6 ? locale.toString(value / 1e6, 'f', 2) + QLatin1Char('M')
                                      : locale.toString(value / 1e3, 'f', 1) + QLatin1Char('k');
    }
    return ReportHtml::format(value, format, decimals);
}

} // namespace

QByteArray ReportChartPainter::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage ReportChartPainter::render(const ReportChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(5906);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const double u = size.width() / 1600.0; // unit: one pixel of the 1600-wide design
    QFont base;
    base.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    QFont titleFont = base;
    titleFont.setPixelSize(int(38 * u));
    titleFont.setBold(true);
    QFont labelFont = base;
    labelFont.setPixelSize(int(25 * u));
    QFont smallFont = base;
    smallFont.setPixelSize(int(22 * u));

    // Title.
    const double pad = 36 * u;
    p.setPen(kText);
    p.setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    p.drawText(QRectF(pad, pad * 0.6, size.width() - 2 * pad, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               titleMetrics.elidedText(chart.title, Qt::ElideRight, size.width() - 2 * pad));
    double top = pad * 0.6 + titleMetrics.height() + 16 * u;

    const int categories = int(chart.categories.size());
    const int seriesCount = int(chart.series.size());
    // Legend for several series.
    if (seriesCount > 1) {
        p.setFont(labelFont);
        const QFontMetricsF m(labelFont);
        double x = pad;
        for (int s = 0; s < seriesCount; ++s) {
            const QString name = chart.seriesNames.value(s);
            p.fillRect(QRectF(x, top + m.height() / 2 - 9 * u, 18 * u, 18 * u), kPalette[s % 5]);
            x += 26 * u;
            p.setPen(kText);
            p.drawText(QPointF(x, top + m.ascent()), name);
            x += m.horizontalAdvance(name) + 36 * u;
        }
        top += m.height() + 12 * u;
    }
    if (categories == 0 || seriesCount == 0) {
        p.setFont(labelFont);
        p.setPen(kMuted);
        p.drawText(QRectF(0, top, size.width(), size.height() - top), Qt::AlignCenter, tr("No data"));
        return image;
    }

    // Value range.
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const auto &series : chart.series) {
        for (const double v : series) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    for (const double v : chart.low)
        if (std::isfinite(v))
            low = std::min(low, v);
    for (const double v : chart.high)
        if (std::isfinite(v))
            high = std::max(high, v);
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    const bool intervals = chart.kind == ReportChart::Kind::Intervals;
    Axis axis = niceAxis(low, high, !intervals);
    if (intervals) {
        // Leave some room around the whiskers.
        const double margin = (high - low) * 0.15 + 1e-12;
        axis = niceAxis(low - margin, high + margin, false);
        if (chart.valueFormat == ReportFormat::Percent && axis.min < 0 && low >= 0)
            axis = niceAxis(std::max(0.0, low - margin), high + margin, false);
    }

    const QFontMetricsF lm(labelFont);
    const QFontMetricsF sm(smallFont);
    const double bottomPad = pad * 0.8;

    if (chart.kind == ReportChart::Kind::Bars) {
        // Horizontal bars: categories on the left, values along x.
        double labelWidth = 0;
        for (const QString &c : chart.categories)
            labelWidth = std::max(labelWidth, lm.horizontalAdvance(c));
        labelWidth = std::min(labelWidth, size.width() * 0.34);
        const QRectF plot(pad + labelWidth + 16 * u, top + 8 * u,
                          size.width() - (pad + labelWidth + 16 * u) - pad - 120 * u,
                          size.height() - top - 8 * u - bottomPad - sm.height() * 2.2);
        auto xOf = [&](double v) { return plot.left() + (v - axis.min) / (axis.max - axis.min) * plot.width(); };
        p.setFont(smallFont);
        for (double t = axis.min; t <= axis.max + axis.step * 1e-6; t += axis.step) {
            const double x = xOf(t);
            p.setPen(QPen(kGrid, 2 * u));
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(kMuted);
            const QString label = tickLabel(t, chart, axis.step);
            p.drawText(QRectF(x - 100 * u, plot.bottom() + 6 * u, 200 * u, sm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       label);
        }
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left(), plot.bottom() + 8 * u + sm.height(), plot.width(), sm.height() * 1.2),
                   Qt::AlignHCenter | Qt::AlignTop, chart.valueTitle);
        const double slot = plot.height() / categories;
        const double bar = std::min(slot * 0.7, 70 * u);
        for (int i = 0; i < categories; ++i) {
            const double v = chart.series[0].value(i);
            const double y = plot.top() + slot * i + (slot - bar) / 2;
            const double x0 = xOf(0.0), x1 = xOf(v);
            p.fillRect(QRectF(std::min(x0, x1), y, std::abs(x1 - x0), bar), kPalette[0]);
            p.setFont(labelFont);
            p.setPen(kText);
            p.drawText(QRectF(pad, plot.top() + slot * i, labelWidth, slot), Qt::AlignRight | Qt::AlignVCenter,
                       lm.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth));
            p.setFont(smallFont);
            p.drawText(QRectF(std::max(x0, x1) + 8 * u, plot.top() + slot * i, 300 * u, slot),
                       Qt::AlignLeft | Qt::AlignVCenter, valueLabel(v, chart));
        }
        p.setPen(QPen(kMuted, 2 * u));
        p.drawLine(QPointF(xOf(0.0), plot.top()), QPointF(xOf(0.0), plot.bottom()));
        return image;
    }

    // Vertical layouts: values on the y axis, categories along x.
    double tickWidth = 0;
    for (double t = axis.min; t <= axis.max + axis.step * 1e-6; t += axis.step)
        tickWidth = std::max(tickWidth, sm.horizontalAdvance(tickLabel(t, chart, axis.step)));
    const double left = pad + sm.height() * 1.4 + tickWidth + 12 * u;
    double categoryWidth = 0;
    for (const QString &c : chart.categories)
        categoryWidth = std::max(categoryWidth, sm.horizontalAdvance(c));
    const double plotWidth = size.width() - left - pad;
    const double slot = plotWidth / categories;
    const bool rotate = categoryWidth > slot * 0.95;
    const double labelHeight = rotate ? std::min(categoryWidth, 260 * u) * 0.72 + sm.height() : sm.height() * 1.4;
    const QRectF plot(left, top + 8 * u, plotWidth, size.height() - top - 8 * u - bottomPad - labelHeight);
    auto yOf = [&](double v) { return plot.bottom() - (v - axis.min) / (axis.max - axis.min) * plot.height(); };

    p.setFont(smallFont);
    for (double t = axis.min; t <= axis.max + axis.step * 1e-6; t += axis.step) {
        const double y = yOf(t);
        p.setPen(QPen(kGrid, 2 * u));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - tickWidth - 12 * u, y - sm.height() / 2, tickWidth, sm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabel(t, chart, axis.step));
    }
    // Value axis title, rotated.
    p.save();
    p.translate(pad, plot.center().y());
    p.rotate(-90);
    p.setPen(kMuted);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), sm.height() * 1.2), Qt::AlignCenter, chart.valueTitle);
    p.restore();

    // Category labels.
    for (int i = 0; i < categories; ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        const QString label = chart.categories.at(i);
        p.setPen(kText);
        if (rotate) {
            p.save();
            p.translate(cx, plot.bottom() + 10 * u);
            p.rotate(-40);
            const double w = std::min(sm.horizontalAdvance(label), 260 * u);
            p.drawText(QRectF(-w, -sm.height() / 2, w, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                       sm.elidedText(label, Qt::ElideRight, 260 * u));
            p.restore();
        } else {
            p.drawText(QRectF(cx - slot / 2, plot.bottom() + 8 * u, slot, sm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       label);
        }
    }

    const bool showValues = categories * std::max(1, seriesCount) <= 16;
    if (chart.kind == ReportChart::Kind::Intervals) {
        const int control = chart.highlight;
        if (control >= 0 && control < categories) {
            const double y = yOf(chart.series[0].value(control));
            p.setPen(QPen(kControl, 2 * u, Qt::DashLine));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        for (int i = 0; i < categories; ++i) {
            const double cx = plot.left() + slot * (i + 0.5);
            const QColor color = i == control ? kControl : kPalette[0];
            const double lo = chart.low.value(i), hi = chart.high.value(i), v = chart.series[0].value(i);
            p.setPen(QPen(color, 5 * u, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(cx, yOf(lo)), QPointF(cx, yOf(hi)));
            p.drawLine(QPointF(cx - 22 * u, yOf(lo)), QPointF(cx + 22 * u, yOf(lo)));
            p.drawLine(QPointF(cx - 22 * u, yOf(hi)), QPointF(cx + 22 * u, yOf(hi)));
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QPointF(cx, yOf(v)), 14 * u, 14 * u);
            p.setPen(kText);
            p.setFont(labelFont);
            p.drawText(QRectF(cx + 30 * u, yOf(v) - lm.height() / 2, slot / 2 - 30 * u, lm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, valueLabel(v, chart));
        }
        p.setBrush(Qt::NoBrush);
        return image;
    }

    // Columns and grouped columns.
    const double group = slot * 0.74;
    const double bar = group / seriesCount;
    p.setFont(seriesCount > 1 ? smallFont : (categories > 10 ? smallFont : labelFont));
    const QFontMetricsF vm(p.font());
    for (int i = 0; i < categories; ++i) {
        const double gx = plot.left() + slot * i + (slot - group) / 2;
        for (int s = 0; s < seriesCount; ++s) {
            const double v = chart.series[s].value(i);
            const double y0 = yOf(0.0), y1 = yOf(v);
            const QRectF r(gx + bar * s + bar * 0.06, std::min(y0, y1), bar * 0.88, std::abs(y1 - y0));
            p.fillRect(r, kPalette[s % 5]);
            if (showValues || categories <= 24) {
                const QString text = valueLabel(v, chart);
                if (vm.horizontalAdvance(text) <= slot / seriesCount * 1.05 || seriesCount == 1) {
                    p.setPen(kText);
                    const double ty = v >= 0 ? r.top() - vm.height() - 2 * u : r.bottom() + 2 * u;
                    p.drawText(QRectF(r.center().x() - slot / 2, ty, slot, vm.height()), Qt::AlignHCenter | Qt::AlignBottom,
                               text);
                }
            }
        }
    }
    p.setPen(QPen(kMuted, 2 * u));
    p.drawLine(QPointF(plot.left(), yOf(0.0)), QPointF(plot.right(), yOf(0.0)));
    return image;
}
