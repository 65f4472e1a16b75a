#include "energycurveplot.h"

#include "plotstyle.h"

EnergyCurvePlot::EnergyCurvePlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    m_ann = addGraph();
    m_ann->setPen(QPen(PlotStyle::color(0), 2));
    yAxis2->setVisible(true);
    yAxis2->setRange(0, 100);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    retranslate();
}

void EnergyCurvePlot::setCurves(double annPj, const QStringList &names, const QVector<QVector<double>> &snnPj,
                                const QVector<QVector<double>> &accuracy, const QVector<int> &deployedT)
{
    for (QCPGraph *g : m_energy + m_accuracy)
        removeGraph(g);
    m_energy.clear();
    m_accuracy.clear();
    int maxT = 1;
    double hi = annPj / 1000.0;
    for (int m = 0; m < names.size(); ++m) {
        const QVector<double> &e = snnPj[m];
        QVector<double> t, nj, acc;
        for (int s = 0; s < e.size(); ++s) {
            t << s + 1;
            nj << e[s] / 1000.0;
            hi = std::max(hi, nj.last());
        }
        for (int s = 0; s < accuracy.value(m).size(); ++s)
            acc << 100.0 * accuracy[m][s];
        maxT = std::max(maxT, int(e.size()));
        QCPGraph *g = addGraph();
        g->setPen(QPen(PlotStyle::color(m + 1), 2));
        g->setData(t, nj, true);
        g->setName(names[m]);
        m_energy << g;
        QCPGraph *a = addGraph(xAxis, yAxis2);
        a->setPen(QPen(PlotStyle::color(m + 1), 1, Qt::DotLine));
        a->setData(t.mid(0, acc.size()), acc, true);
        a->removeFromLegend();
        m_accuracy << a;
        if (deployedT.value(m) > 0 && deployedT[m] <= e.size()) {
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
            auto *mark = addGraph();
            mark->setLineStyle(QCPGraph::lsNone);
            mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::color(m + 1), 8));
            mark->setData({double(deployedT[m])}, {e[deployedT[m] - 1] / 1000.0});
            mark->removeFromLegend();
            m_accuracy << mark;
        }
    }
    m_ann->setData({1.0, double(maxT)}, {annPj / 1000.0, annPj / 1000.0});
    xAxis->setRange(0, maxT + 1);
    yAxis->setRange(0, hi * 1.1);
    retranslate();
}

void EnergyCurvePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void EnergyCurvePlot::retranslate()
{
    m_ann->setName(tr("ANN (one inference)"));
    xAxis->setLabel(tr("Timesteps T of one inference"));
    yAxis->setLabel(tr("Energy per image (nJ)"));
    yAxis2->setLabel(tr("Test accuracy (%, dotted)"));
    replot();
}
