#include "accuracyplot.h"

#include "plotstyle.h"

AccuracyPlot::AccuracyPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    yAxis->setRange(0, 100);
    retranslate();
}

void AccuracyPlot::setCurves(const QList<Curve> &curves, double annAccuracy)
{
    clearGraphs();
    m_annLine = nullptr;
    int longest = 1;
    for (int i = 0; i < curves.size(); ++i) {
        QCPGraph *g = addGraph();
        g->setName(curves[i].name);
        g->setPen(QPen(PlotStyle::color(i), 2.5));
        QVector<double> x, y;
        for (int t = 0; t < curves[i].accuracy.size(); ++t) {
            x << t + 1;
            y << 100.0 * curves[i].accuracy[t];
        }
        g->setData(x, y, true);
        longest = std::max(longest, int(x.size()));
    }
    if (annAccuracy >= 0) {
        m_annLine = addGraph();
        m_annLine->setPen(QPen(Qt::black, 2, Qt::DashLine));
        m_annLine->setData({1.0, double(longest)}, {100.0 * annAccuracy, 100.0 * annAccuracy}, true);
    }
    xAxis->setRange(1, longest);
    legend->setVisible(graphCount() > 0);
    retranslate();
    replot();
}

void AccuracyPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void AccuracyPlot::retranslate()
{
    xAxis->setLabel(tr("Timestep"));
    yAxis->setLabel(tr("Test accuracy (%)"));
    if (m_annLine)
        m_annLine->setName(tr("ANN"));
    replot();
}
