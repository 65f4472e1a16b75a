#pragma once

#include "qcp.h"

/// Energy per layer as grouped bars: the ANN beside the SNN, in nanojoules per image.
class EnergyPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit EnergyPlot(QWidget *parent = nullptr);

    /// One entry per layer; energies in picojoules.
    void setLayers(const QStringList &layers, const QVector<double> &annPj, const QVector<double> &snnPj);
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    QCPBars *annBars() const { return m_ann; }
    QCPBars *snnBars() const { return m_snn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rescale();

    QCPBars *m_ann = nullptr;
    QCPBars *m_snn = nullptr;
    QCPBarsGroup *m_group = nullptr;
    bool m_log = false;
};
