#include "spikeview.h"

#include "spikemapview.h"

#include "plotstyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QCPItemStraightLine *cursorLine(QCustomPlot *plot)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setPen(QPen(QColor(213, 94, 0), 2));
    line->point1->setCoords(0, 0);
    line->point2->setCoords(0, 1);
    return line;
}

} // namespace

SpikeView::SpikeView(QWidget *parent)
    : QWidget(parent)
{
    buildPlots();
    auto *plots = new QSplitter(Qt::Vertical);
    plots->addWidget(m_raster);
    plots->addWidget(m_membrane);
    plots->addWidget(m_rates);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    plots->setStretchFactor(2, 2);
    // The raster for the expert, the same spikes as pictures for a classroom.
    m_maps = new SpikeMapView;
    m_flow = new SpikeFlowStrip;
    m_tabs = new QTabWidget;
    m_tabs->addTab(plots, QString());
    m_tabs->addTab(m_maps, QString());
    m_tabs->addTab(m_flow, QString());
    auto *body = new QHBoxLayout;
    body->addLayout(buildSidePanel());
    body->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildControls());
    layout->addLayout(body, 1);

    connectControls();
    retranslate();
    setEnabled(false);
}

QHBoxLayout *SpikeView::buildControls()
{
    m_image = new QSpinBox;
    m_layer = new QComboBox;
    m_timesteps = new QSpinBox;
    m_timesteps->setRange(1, 1000);
    m_scale = new QDoubleSpinBox;
    m_scale->setRange(0.1, 5.0);
    m_scale->setSingleStep(0.1);
    m_scale->setValue(1.0);
    m_play = new QPushButton;
    m_play->setCheckable(true);
    m_step = new QPushButton;
    m_save = new QPushButton;
    m_time = new QSlider(Qt::Horizontal);
    m_imageLabel = new QLabel;
    m_layerLabel = new QLabel;
    m_timestepsLabel = new QLabel;
    m_scaleLabel = new QLabel;
    m_status = new QLabel;
    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_imageLabel, m_image, m_layerLabel, m_layer, m_timestepsLabel,
                                                      m_timesteps, m_scaleLabel, m_scale, m_play, m_step})
        controls->addWidget(w);
    controls->addWidget(m_time, 1);
    controls->addWidget(m_status);
    controls->addWidget(m_save);

    return controls;
}

QVBoxLayout *SpikeView::buildSidePanel()
{
    m_input = new QLabel;
    m_input->setFixedSize(168, 168);
    m_input->setAlignment(Qt::AlignCenter);
    m_input->setStyleSheet(QStringLiteral("QLabel { background: black; }"));
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    m_verdict->setMaximumWidth(200);
    auto *side = new QVBoxLayout;
    side->addWidget(m_input);
    side->addWidget(m_verdict);
    side->addStretch(1);

    return side;
}

void SpikeView::buildPlots()
{
    m_raster = new QCustomPlot;
    m_membrane = new QCustomPlot;
    m_rates = new QCustomPlot;
    for (QCustomPlot *p : {m_raster, m_membrane, m_rates})
        PlotStyle::apply(p);
    m_past = m_raster->addGraph();
    m_future = m_raster->addGraph();
    m_takenBack = m_raster->addGraph();
    for (auto [g, color] : {std::pair{m_past, QColor(0, 0, 0)}, std::pair{m_future, QColor(200, 200, 200)},
                            std::pair{m_takenBack, QColor(214, 39, 40)}}) {
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, color, color, 3));
        g->setAdaptiveSampling(false);
    }
    m_future->removeFromLegend();
    m_raster->legend->setBrush(QColor(255, 255, 255, 210)); // spikes stay visible behind the key
    m_cursor = cursorLine(m_raster);
    m_potential = m_membrane->addGraph();
    m_potential->setPen(QPen(PlotStyle::color(0), 2));
    m_threshold = m_membrane->addGraph();
    m_threshold->setPen(QPen(Qt::black, 1.5, Qt::DashLine));
    m_membrane->legend->setVisible(true);
    m_membraneCursor = cursorLine(m_membrane);
    m_rateCursor = cursorLine(m_rates);
    m_rates->legend->setVisible(true);

}

void SpikeView::connectControls()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_t + 1 >= m_trace.timesteps) {
            m_play->setChecked(false);
            return;
        }
        setTimeCursor(m_t + 1);
    });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_t + 1 >= m_trace.timesteps)
            setTimeCursor(0);
        on ? m_timer->start() : m_timer->stop();
        retranslate();
    });
    connect(m_step, &QPushButton::clicked, this, [this] { setTimeCursor(std::min(m_t + 1, std::max(0, m_trace.timesteps - 1))); });
    connect(m_time, &QSlider::valueChanged, this, [this](int t) {
        if (t != m_t)
            setTimeCursor(t);
    });
    connect(m_save, &QPushButton::clicked, this, &SpikeView::saveRequested);
    connect(m_image, &QSpinBox::editingFinished, this, &SpikeView::request);
    connect(m_timesteps, &QSpinBox::editingFinished, this, &SpikeView::request);
    connect(m_scale, &QDoubleSpinBox::editingFinished, this, &SpikeView::request);
    connect(m_layer, &QComboBox::activated, this, [this] {
        m_neuron = 0;
        request();
    });
    // A click on the raster picks the neuron whose membrane is shown.
    connect(m_raster, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        const qint64 n = qint64(std::lround(m_raster->yAxis->pixelToCoord(e->position().y())));
        if (n >= 0 && n < std::min(m_trace.neurons, kMaxNeuronsShown)) {
            m_neuron = n;
            request();
        }
    });
}

void SpikeView::setLayers(const QStringList &names, const QVector<qint64> &neurons, int timesteps, int testImages)
{
    m_neurons = neurons;
    m_layer->clear();
    for (int i = 0; i < names.size(); ++i)
        m_layer->addItem(tr("%1 (%2 neurons)").arg(names[i]).arg(neurons.value(i)));
    m_timesteps->setValue(timesteps);
    m_image->setRange(0, std::max(0, testImages - 1));
    m_neuron = 0;
    setEnabled(!names.isEmpty());
}

void SpikeView::setRates(const QStringList &names, const QVector<QVector<double>> &ratePerStep)
{
    m_rates->clearGraphs();
    int longest = 1;
    double top = 0;
    for (int i = 0; i < names.size() && i < ratePerStep.size(); ++i) {
        QCPGraph *g = m_rates->addGraph();
        g->setName(names[i]);
        g->setPen(QPen(PlotStyle::color(i), 2));
        QVector<double> x;
        for (int t = 0; t < ratePerStep[i].size(); ++t) {
            x << t;
            top = std::max(top, ratePerStep[i][t]);
        }
        g->setData(x, ratePerStep[i], true);
        longest = std::max(longest, int(x.size()));
    }
    m_rates->xAxis->setRange(0, longest - 1);
    m_rates->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_rates->replot();
}

void SpikeView::setTrace(const Trace &trace)
{
    m_trace = trace;
    m_neuron = trace.tracedNeuron >= 0 ? trace.tracedNeuron : m_neuron;
    m_input->setPixmap(QPixmap::fromImage(trace.input.scaled(m_input->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_verdict->setText(trace.verdict);
    m_time->setRange(0, std::max(0, trace.timesteps - 1));
    // Only signed neurons send negative spikes; then the colours need a key.
    m_raster->legend->setVisible(!trace.negativeSpikes.isEmpty());
    const qint64 shown = std::min(trace.neurons, kMaxNeuronsShown);
    m_raster->xAxis->setRange(-0.5, trace.timesteps - 0.5);
    m_raster->yAxis->setRange(-0.5, double(shown) - 0.5);
    m_membrane->xAxis->setRange(0, std::max(1, trace.timesteps - 1));
    QVector<double> x, thr;
    double lo = 0, hi = trace.threshold;
    for (int t = 0; t < trace.membrane.size(); ++t) {
        x << t;
        thr << trace.threshold;
        lo = std::min(lo, trace.membrane[t]);
        hi = std::max(hi, trace.membrane[t]);
    }
    m_potential->setData(x, trace.membrane, true);
    m_threshold->setData(x, thr, true);
    m_membrane->yAxis->setRange(lo - 0.1 * (hi - lo + 1e-9), hi + 0.1 * (hi - lo + 1e-9));
    retranslate();
    m_maps->setSpikes(trace.layer, trace.shape, trace.timesteps, trace.spikes, trace.negativeSpikes);
    m_flow->setFlow(trace.input, trace.layers, trace.classNames, trace.scores, trace.timesteps);
    // A new trace shows all of its spikes; Play then replays them from step 0.
    setTimeCursor(std::max(0, trace.timesteps - 1));
}

void SpikeView::setBusy(bool busy)
{
    m_status->setText(busy ? tr("simulating…") : QString());
}

int SpikeView::rasterPointCount() const
{
    return m_past->data()->size() + m_future->data()->size() + m_takenBack->data()->size();
}

void SpikeView::setTimeCursor(int t)
{
    m_t = t;
    {
        const QSignalBlocker block(m_time);
        m_time->setValue(t);
    }
    redrawCursor();
}

void SpikeView::redrawCursor()
{
    // Spikes up to the cursor in black (negative ones in red), later ones in grey: the raster
    // fills in as time runs.
    QVector<double> pt, pn, ft, fn, bt, bn;
    for (const auto &[t, n] : m_trace.spikes) {
        if (n >= kMaxNeuronsShown)
            continue;
        (t <= m_t ? pt : ft) << t;
        (t <= m_t ? pn : fn) << double(n);
    }
    for (const auto &[t, n] : m_trace.negativeSpikes) {
        if (n >= kMaxNeuronsShown)
            continue;
        (t <= m_t ? bt : ft) << t;
        (t <= m_t ? bn : fn) << double(n);
    }
    m_past->setData(pt, pn);
    m_future->setData(ft, fn);
    m_takenBack->setData(bt, bn);
    for (QCPItemStraightLine *line : {m_cursor, m_membraneCursor, m_rateCursor}) {
        line->point1->setCoords(m_t, 0);
        line->point2->setCoords(m_t, 1);
    }
    m_raster->replot();
    m_membrane->replot();
    m_rates->replot();
    m_maps->setTime(m_t);
    m_flow->setTime(m_t);
}

void SpikeView::request()
{
    if (m_layer->currentIndex() < 0)
        return;
    Q_EMIT traceRequested(m_image->value(), m_layer->currentIndex(), m_neuron, m_scale->value(), m_timesteps->value());
}

void SpikeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpikeView::retranslate()
{
    m_tabs->setTabText(0, tr("Raster"));
    m_tabs->setTabText(1, tr("Spikes as images"));
    m_tabs->setTabText(2, tr("Follow the image"));
    m_imageLabel->setText(tr("Test image"));
    m_layerLabel->setText(tr("Layer"));
    m_timestepsLabel->setText(tr("Timesteps"));
    m_scaleLabel->setText(tr("Threshold ×"));
    m_scale->setToolTip(tr("Scales every firing threshold: lower thresholds make neurons fire more often."));
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_step->setText(tr("Step"));
    m_save->setText(tr("Save image…"));
    m_raster->xAxis->setLabel(tr("Timestep"));
    m_past->setName(tr("spike"));
    m_takenBack->setName(tr("negative spike (takes one back)"));
    m_raster->yAxis->setLabel(m_trace.neurons > kMaxNeuronsShown
                                  ? tr("Neuron (first %1 of %2)").arg(kMaxNeuronsShown).arg(m_trace.neurons)
                                  : tr("Neuron"));
    m_membrane->xAxis->setLabel(tr("Timestep"));
    m_membrane->yAxis->setLabel(tr("Membrane potential"));
    m_potential->setName(tr("neuron %1").arg(m_neuron));
    m_threshold->setName(tr("threshold"));
    m_rates->xAxis->setLabel(tr("Timestep"));
    m_rates->yAxis->setLabel(tr("Spikes per neuron and step"));
    m_raster->replot();
    m_membrane->replot();
    m_rates->replot();
}
