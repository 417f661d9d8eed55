#pragma once

#include "segments/rfm.h"

#include <QWidget>

/**
 * A 5 x 5 heat map of RFM scores: recency score (rows, 5 at the top) against
 * frequency score (columns), each cell coloured by the average monetary value
 * of its customers and labelled with their count.
 */
class RfmHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit RfmHeatmap(QWidget *parent = nullptr);
    void setScores(const QList<RfmScore> &scores);
    /** Customers in cell (r, f), both 1..5. */
    int count(int r, int f) const { return m_count[r - 1][f - 1]; }
    QSize sizeHint() const override { return {420, 340}; }
    QSize minimumSizeHint() const override { return {300, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_count[5][5] = {};
    double m_monetary[5][5] = {};
    double m_maxMean = 0;
};
