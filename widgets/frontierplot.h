#pragma once

#include "qcp.h"

/// The privacy frontier of an encryption sweep: the SNN's test accuracy (y) against the judge's
/// top-1 on reconstructions (x), one series per attack, each point with its 95 % interval as a
/// horizontal error bar, and chance as a vertical line. Clicking a point emits its index.
class FrontierPlot : public QCustomPlot
{
    Q_OBJECT

public:
    struct Series {
        QString name;                      ///< already translated, e.g. "threshold-aware"
        QVector<double> attack, low, high; ///< judge top-1 and its interval, per point
        QVector<double> accuracy;          ///< the SNN's test accuracy, per point
    };

    explicit FrontierPlot(QWidget *parent = nullptr);
    /// `labels`: one per point (the strength), drawn beside the first series' points.
    void setFrontier(const QList<Series> &series, const QStringList &labels, double chance);
    int seriesCount() const { return int(m_series.size()); }
    /// Points of series `i` and how many of them carry an interval bar.
    int pointCount(int i) const;
    int intervalCount(int i) const;
    /// Point `k` of series `i`: (judge top-1, accuracy), in the sweep's order.
    QPointF point(int i, int k) const;

Q_SIGNALS:
    void pointClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QCPCurve *> m_series;
    QList<QCPErrorBars *> m_bars;
    QCPItemStraightLine *m_chance = nullptr;
    QCPItemText *m_chanceLabel = nullptr;
};
