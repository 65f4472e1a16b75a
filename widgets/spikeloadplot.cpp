#include "spikeloadplot.h"

#include "plotstyle.h"

SpikeLoadPlot::SpikeLoadPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    PlotStyle::apply(this);
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidth(0.6);
    m_bars->setBrush(PlotStyle::color(1));
    m_bars->setPen(Qt::NoPen);
    m_line = new QCPItemStraightLine(this);
    m_line->setPen(QPen(PlotStyle::color(3), 2, Qt::DashLine));
    m_lineLabel = new QCPItemText(this);
    m_lineLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_lineLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_lineLabel->setColor(PlotStyle::color(3));
    xAxis->setTickLabelRotation(30);
    retranslate();
}

void SpikeLoadPlot::setLayers(const QStringList &layers, const QVector<double> &spikesPerNeuron, double breakEven)
{
    m_breakEven = breakEven;
    QVector<double> keys;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double hi = breakEven;
    for (int i = 0; i < layers.size(); ++i) {
        keys << i + 1;
        ticker->addTick(i + 1, layers[i]);
        hi = std::max(hi, spikesPerNeuron.value(i));
    }
    xAxis->setTicker(ticker);
    m_bars->setData(keys, spikesPerNeuron, true);
    xAxis->setRange(0.4, layers.size() + 0.6);
    yAxis->setRange(0, hi > 0 ? hi * 1.15 : 1);
    const bool line = breakEven > 0;
    m_line->setVisible(line);
    m_lineLabel->setVisible(line);
    m_line->point1->setCoords(0, breakEven);
    m_line->point2->setCoords(1, breakEven);
    m_lineLabel->position->setCoords(0.01, breakEven);
    retranslate();
}

int SpikeLoadPlot::layersAboveBreakEven() const
{
    int n = 0;
    for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
        n += m_breakEven > 0 && it->value > m_breakEven;
    return n;
}

void SpikeLoadPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void SpikeLoadPlot::retranslate()
{
    yAxis->setLabel(tr("Spikes per neuron per image"));
    m_lineLabel->setText(tr("break-even: %1 spikes (MAC / accumulate)").arg(QLocale().toString(m_breakEven, 'f', 2)));
    replot();
}
