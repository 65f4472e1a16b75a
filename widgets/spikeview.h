#pragma once

#include "qcp.h"
#include "spikeflowstrip.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTimer;
class SpikeMapView;
class QDoubleSpinBox;

/// How spikes flow, for one test image: a raster (neuron x time) of one layer with a time cursor
/// and play / pause / step, the membrane potential of a clicked neuron against its threshold, and
/// the spike rate of every layer over time. Large fonts: it is meant to be projected.
class SpikeView : public QWidget
{
    Q_OBJECT

public:
    /// One layer's spikes for one image, in plain Qt types.
    struct Trace {
        QString layer;
        int timesteps = 0;
        qint64 neurons = 0;
        double threshold = 0;
        QVector<QPair<int, qint64>> spikes; ///< (t, neuron)
        QVector<QPair<int, qint64>> negativeSpikes; ///< signed neurons: spikes taken back (t, neuron)
        qint64 tracedNeuron = -1;
        QVector<double> membrane;           ///< of tracedNeuron, per step
        QImage input;
        QString verdict;                    ///< e.g. "label: Trouser, SNN says: Trouser"
        QVector<qint64> shape;              ///< the layer's neurons: {C,H,W} or {N}
        QList<SpikeFlowStrip::Layer> layers; ///< every neuron layer's counts, for the strip
        QStringList classNames;
        QVector<double> scores;             ///< cumulative output, [t * classes + k]
    };

    static constexpr qint64 kMaxNeuronsShown = 400;

    explicit SpikeView(QWidget *parent = nullptr);

    /// Neuron layers of the SNN with their sizes; resets the controls.
    void setLayers(const QStringList &names, const QVector<qint64> &neurons, int timesteps, int testImages);
    /// Spike rate (spikes per neuron and step) of each layer over time, from the evaluation.
    void setRates(const QStringList &names, const QVector<QVector<double>> &ratePerStep);
    void setTrace(const Trace &trace);
    void setBusy(bool busy);

    int rasterPointCount() const;     ///< spikes drawn (all time steps)
    int timeCursor() const { return m_t; }
    void setTimeCursor(int t);
    QCustomPlot *raster() const { return m_raster; }
    QCustomPlot *membranePlot() const { return m_membrane; }
    QCustomPlot *ratePlot() const { return m_rates; }
    SpikeMapView *spikeMaps() const { return m_maps; }
    SpikeFlowStrip *flowStrip() const { return m_flow; }
    /// Raster, spikes as images, follow the image.
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The view needs a new trace: image, neuron layer, neuron for the membrane, threshold scale, T.
    void traceRequested(int image, int layer, qint64 neuron, double thresholdScale, int timesteps);
    /// "Save image…" was clicked (the window knows where and how to save).
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *buildControls();
    QVBoxLayout *buildSidePanel();
    void buildPlots();
    void connectControls();
    void retranslate();
    void request();
    void redrawCursor();

    QSpinBox *m_image, *m_timesteps;
    QComboBox *m_layer;
    QDoubleSpinBox *m_scale;
    QPushButton *m_play, *m_step, *m_save;
    QSlider *m_time;
    QLabel *m_input, *m_verdict, *m_status;
    QLabel *m_imageLabel, *m_layerLabel, *m_timestepsLabel, *m_scaleLabel;
    QCustomPlot *m_raster, *m_membrane, *m_rates;
    QCPGraph *m_past = nullptr, *m_future = nullptr, *m_takenBack = nullptr, *m_potential = nullptr, *m_threshold = nullptr;
    QCPItemStraightLine *m_cursor = nullptr, *m_membraneCursor = nullptr, *m_rateCursor = nullptr;
    QTimer *m_timer;
    QTabWidget *m_tabs;
    SpikeMapView *m_maps;
    SpikeFlowStrip *m_flow;
    Trace m_trace;
    QVector<qint64> m_neurons;
    qint64 m_neuron = 0;
    int m_t = 0;
};
