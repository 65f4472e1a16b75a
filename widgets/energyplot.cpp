#include "energyplot.h"

#include "plotstyle.h"

EnergyPlot::EnergyPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    m_group = new QCPBarsGroup(this);
    m_ann = new QCPBars(xAxis, yAxis);
    m_snn = new QCPBars(xAxis, yAxis);
    for (auto [bars, i] : {std::pair{m_ann, 0}, std::pair{m_snn, 1}}) {
        bars->setWidth(0.38);
        bars->setBrush(PlotStyle::color(i));
        bars->setPen(Qt::NoPen);
        bars->setBarsGroup(m_group);
    }
    legend->setVisible(true);
    xAxis->setTickLabelRotation(30);
    retranslate();
}

void EnergyPlot::setLayers(const QStringList &layers, const QVector<double> &annPj, const QVector<double> &snnPj)
{
    QVector<double> keys, ann, snn;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < layers.size(); ++i) {
        keys << i + 1;
        ann << annPj.value(i) / 1000.0;
        snn << snnPj.value(i) / 1000.0;
        ticker->addTick(i + 1, layers[i]);
    }
    xAxis->setTicker(ticker);
    m_ann->setData(keys, ann, true);
    m_snn->setData(keys, snn, true);
    xAxis->setRange(0.4, layers.size() + 0.6);
    rescale();
}

void EnergyPlot::setLogScale(bool on)
{
    m_log = on;
    yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    yAxis->setTicker(on ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog) : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    rescale();
}

void EnergyPlot::rescale()
{
    double hi = 0, lo = 1e300;
    for (QCPBars *b : {m_ann, m_snn})
        for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it) {
            hi = std::max(hi, it->value);
            if (it->value > 0)
                lo = std::min(lo, it->value);
        }
    if (m_log) {
        // Bars grow from their base value, which a log axis cannot show at 0: start a decade
        // below the smallest bar.
        const double base = lo < 1e300 ? lo / 10 : 0.01;
        m_ann->setBaseValue(base);
        m_snn->setBaseValue(base);
        yAxis->setRange(base, hi > 0 ? hi * 3 : 1);
    } else {
        m_ann->setBaseValue(0);
        m_snn->setBaseValue(0);
        yAxis->setRange(0, hi > 0 ? hi * 1.1 : 1);
    }
    replot();
}

void EnergyPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void EnergyPlot::retranslate()
{
    m_ann->setName(tr("ANN"));
    m_snn->setName(tr("SNN"));
    yAxis->setLabel(tr("Energy per image (nJ)"));
    replot();
}
