#pragma once

#include "spikemap.h"

#include <QStringList>
#include <QWidget>

/// "Follow the image": the input, then each neuron layer's spike counts as one map (summed over
/// channels), then the output per class as bars that fill over time. The longest bar at the end
/// is the SNN's answer.
class SpikeFlowStrip : public QWidget
{
    Q_OBJECT

public:
    struct Layer {
        QString name;
        QVector<qint64> shape;  ///< {C,H,W} or {N}
        QVector<float> counts;  ///< spikes per neuron over the whole run
    };

    explicit SpikeFlowStrip(QWidget *parent = nullptr);

    /// `scores`: cumulative output per step, [t * classes + k], for `timesteps` steps.
    void setFlow(const QImage &input, const QList<Layer> &layers, const QStringList &classNames,
                 const QVector<double> &scores, int timesteps);
    void setTime(int t);

    /// Panels drawn: the input, one per layer, the output bars.
    int panelCount() const { return m_layers.isEmpty() ? 0 : int(m_layers.size()) + 2; }
    /// Layer `i`'s map as drawn: counts summed over channels, the largest white.
    QImage layerMap(int i) const;
    /// The class with the largest output up to the current step (-1 before any data).
    int leadingClass() const;
    /// The output of class `k` up to the current step.
    double score(int k) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_input;
    QList<Layer> m_layers;
    QStringList m_classes;
    QVector<double> m_scores;
    int m_timesteps = 0;
    int m_t = 0;
};
