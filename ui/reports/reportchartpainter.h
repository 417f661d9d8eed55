#pragma once

#include "reports/reportcontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

/**
 * Draws a report chart (bars, columns, intervals, grouped columns) with QPainter
 * into a 16:9 image for the PDF, the HTML and the bundle's chart PNGs.
 * Fonts and lines scale with the image width. Reentrant: usable on worker
 * threads (QImage only, no widgets).
 */
class ReportChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartPainter)
public:
    /** Default size: 1600 x 900 pixels (16:9; 150 dpi and more at up to 27 cm wide). */
    static QSize defaultSize() { return QSize(1600, 900); }

    static QImage render(const ReportChart &chart, const QSize &size = defaultSize());
    /** PNG bytes of @p image, with 150 dpi (5906 dots per metre) recorded in the file. */
    static QByteArray toPng(const QImage &image);
};
