#pragma once

#include "qcp.h"

/// Energy per image against the number of timesteps an inference runs: the ANN's (flat) beside
/// the SNNs' (growing with T), and the SNNs' test accuracy at each T on the right axis.
class EnergyCurvePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit EnergyCurvePlot(QWidget *parent = nullptr);

    /// `snnPj[m][t]`: energy of SNN m stopped after t + 1 steps; `accuracy[m][t]` in [0, 1]
    /// (may be empty). `deployedT[m]` marks the T each SNN runs at.
    void setCurves(double annPj, const QStringList &names, const QVector<QVector<double>> &snnPj,
                   const QVector<QVector<double>> &accuracy, const QVector<int> &deployedT);
    int curveCount() const { return m_energy.size(); }
    QCPGraph *energyGraph(int i) const { return m_energy.value(i); }
    QCPGraph *annGraph() const { return m_ann; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPGraph *m_ann = nullptr;
    QVector<QCPGraph *> m_energy, m_accuracy;
};
