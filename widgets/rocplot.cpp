#include "rocplot.h"

#include "plotstyle.h"

RocPlot::RocPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    setCurves({});
}

void RocPlot::setCurves(const QList<Curve> &curves)
{
    clearGraphs();
    for (int i = 0; i < curves.size(); ++i) {
        QCPGraph *g = addGraph();
        g->setName(curves[i].name);
        g->setPen(QPen(PlotStyle::color(i), 2));
        g->setData(curves[i].fpr, curves[i].tpr, true);
    }
    m_chance = addGraph();
    m_chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_chance->setData({0.0, 1.0}, {0.0, 1.0}, true);
    legend->setVisible(!curves.isEmpty());
    retranslate();
}

void RocPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void RocPlot::retranslate()
{
    xAxis->setLabel(tr("False-positive rate"));
    yAxis->setLabel(tr("True-positive rate"));
    m_chance->setName(tr("chance"));
    replot();
}
