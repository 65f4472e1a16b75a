#pragma once

#include "spikemap.h"

#include <QWidget>

/// One layer's spikes as pictures, for a classroom: per channel, which neurons fire at step t
/// (white) and, beside it, how often each has fired up to t. The time comes from the spike
/// view's transport (play, pause, step).
class SpikeMapView : public QWidget
{
    Q_OBJECT

public:
    explicit SpikeMapView(QWidget *parent = nullptr);

    /// The layer's neuron shape ({C,H,W} or {N}), T and its spikes as (t, neuron); negative
    /// spikes (signed neurons) take a count back.
    void setSpikes(const QString &layer, const QVector<qint64> &shape, int timesteps,
                   const QVector<QPair<int, qint64>> &spikes, const QVector<QPair<int, qint64>> &negativeSpikes);
    void setTime(int t);
    int time() const { return m_t; }

    int channels() const { return m_geometry.channels; }
    /// Channel `c` at the current step: 255 where a neuron fired, 0 elsewhere (what is drawn).
    QImage firingMap(int c) const;
    /// Channel `c`: spikes per neuron up to and including the current step.
    QVector<float> counts(int c) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void recount();

    QString m_layer;
    SpikeMap::Geometry m_geometry;
    int m_timesteps = 0;
    QVector<QPair<int, qint64>> m_spikes, m_negative;
    QVector<float> m_now, m_upTo; ///< per neuron: fired at t (1 / -1), net count up to t
    int m_t = 0;
};
