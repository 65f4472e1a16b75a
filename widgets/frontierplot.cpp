#include "frontierplot.h"

#include "plotstyle.h"

#include <cmath>

FrontierPlot::FrontierPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    // The nearest point within a few pixels, whichever series, bar or label lies on top.
    connect(this, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        const QPointF at = event->position();
        int best = -1;
        double bestDistance = 10.0;
        for (const QCPCurve *g : std::as_const(m_series))
            for (int k = 0; k < g->dataCount(); ++k) {
                const auto d = g->data()->at(k);
                const double dx = xAxis->coordToPixel(d->key) - at.x(), dy = yAxis->coordToPixel(d->value) - at.y();
                if (std::hypot(dx, dy) < bestDistance)
                    bestDistance = std::hypot(dx, dy), best = k;
            }
        if (best >= 0)
            Q_EMIT pointClicked(best);
    });
    setFrontier({}, {}, 0);
}

void FrontierPlot::setFrontier(const QList<Series> &series, const QStringList &labels, double chance)
{
    clearPlottables();
    clearItems();
    m_series.clear();
    m_bars.clear();
    double lowest = 1.0;
    for (int i = 0; i < series.size(); ++i) {
        const Series &s = series[i];
        // A curve, not a graph: it keeps the sweep's order (data index = strength index) where a
        // graph would sort the points by attack accuracy.
        auto *g = new QCPCurve(xAxis, yAxis);
        g->setName(s.name);
        g->setPen(QPen(PlotStyle::color(i), 1.5));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, PlotStyle::color(i), 7));
        QVector<double> order;
        for (int k = 0; k < s.attack.size(); ++k)
            order << k;
        g->setData(order, s.attack, s.accuracy, true);
        auto *bars = new QCPErrorBars(xAxis, yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(g);
        bars->setErrorType(QCPErrorBars::etKeyError);
        bars->setPen(QPen(PlotStyle::color(i), 1));
        QVector<double> minus, plus;
        for (int k = 0; k < s.attack.size(); ++k) {
            minus << s.attack[k] - s.low.value(k, s.attack[k]);
            plus << s.high.value(k, s.attack[k]) - s.attack[k];
        }
        bars->setData(minus, plus);
        m_series << g;
        m_bars << bars;
        for (double a : s.accuracy)
            lowest = std::min(lowest, a);
        if (i == 0)
            for (int k = 0; k < s.attack.size() && k < labels.size(); ++k) {
                auto *text = new QCPItemText(this);
                text->position->setCoords(s.attack[k], s.accuracy[k]);
                text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
                text->setPadding(QMargins(6, 0, 0, 4));
                text->setText(labels[k]);
            }
    }
    m_chance = new QCPItemStraightLine(this);
    m_chance->point1->setCoords(chance, 0);
    m_chance->point2->setCoords(chance, 1);
    m_chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_chanceLabel = new QCPItemText(this);
    m_chanceLabel->position->setCoords(chance, std::max(0.0, lowest - 0.05));
    m_chanceLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_chanceLabel->setPadding(QMargins(4, 0, 0, 0));
    m_chanceLabel->setColor(Qt::gray);
    xAxis->setRange(0, 1);
    yAxis->setRange(std::max(0.0, lowest - 0.1), 1.0);
    legend->setVisible(!series.isEmpty());
    retranslate();
}

int FrontierPlot::pointCount(int i) const
{
    return i < m_series.size() ? m_series[i]->data()->size() : 0;
}

QPointF FrontierPlot::point(int i, int k) const
{
    const auto d = m_series.value(i)->data()->at(k);
    return {d->key, d->value};
}

int FrontierPlot::intervalCount(int i) const
{
    return i < m_bars.size() ? m_bars[i]->dataCount() : 0;
}

void FrontierPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void FrontierPlot::retranslate()
{
    xAxis->setLabel(tr("Judge top-1 on reconstructions (95 % interval)"));
    yAxis->setLabel(tr("SNN test accuracy"));
    m_chanceLabel->setText(tr("chance"));
    replot();
}
