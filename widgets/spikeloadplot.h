#pragma once

#include "qcp.h"

/// Spikes per neuron over a whole inference for each neuron layer, against the break-even line
/// E_MAC / E_AC: a layer whose neurons fire more than that costs the layers they feed more than
/// the ANN's multiply-accumulates.
class SpikeLoadPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit SpikeLoadPlot(QWidget *parent = nullptr);

    /// One entry per neuron layer (and the input when it spikes); `breakEven` <= 0 hides the line.
    void setLayers(const QStringList &layers, const QVector<double> &spikesPerNeuron, double breakEven);
    QCPBars *bars() const { return m_bars; }
    double breakEven() const { return m_breakEven; }
    int layersAboveBreakEven() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPBars *m_bars = nullptr;
    QCPItemStraightLine *m_line = nullptr;
    QCPItemText *m_lineLabel = nullptr;
    double m_breakEven = 0;
};
