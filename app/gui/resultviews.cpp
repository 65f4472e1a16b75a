#include "resultviews.h"

#include "accuracyview.h"
#include "energyview.h"
#include "leakageview.h"
#include "modelsummaryview.h"
#include "spikeview.h"
#include "syntheticview.h"
#include "workspaceresults.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

ResultViews::ResultViews(QWidget *parent)
    : QTabWidget(parent)
    , m_summaryView(new ModelSummaryView)
    , m_header(new QLabel)
    , m_synthetic(new SyntheticView)
    , m_spikes(new SpikeView)
    , m_energy(new EnergyView)
    , m_accuracy(new AccuracyView)
    , m_leakage(new LeakageView)
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    auto *model = new QWidget;
    auto *modelLayout = new QVBoxLayout(model);
    modelLayout->addWidget(m_header);
    modelLayout->addWidget(m_summaryView, 1);
    addTab(model, QString());
    addTab(m_synthetic, QString());
    addTab(m_spikes, QString());
    addTab(m_energy, QString());
    addTab(m_accuracy, QString());
    addTab(m_leakage, QString());
    connect(m_leakage, &LeakageView::frontierPointChosen, this, &ResultViews::frontierPointChosen);
    retranslate();
}

QString ResultViews::viewName(View view)
{
    switch (view) {
    case ModelTab:
        return tr("Model");
    case SyntheticTab:
        return tr("Synthetic images");
    case SpikesTab:
        return tr("Spikes");
    case EnergyTab:
        return tr("Energy");
    case AccuracyTab:
        return tr("Accuracy");
    case LeakageTab:
        return tr("Leakage");
    case ViewCount:
        break;
    }
    return {};
}

void ResultViews::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ResultViews::retranslate()
{
    for (int v = 0; v < ViewCount; ++v)
        setTabText(v, viewName(View(v)));
    if (!m_summary.layers.empty())
        showSummary(m_summary);
    else
        m_header->setText(tr("No model loaded. Use File > Open Model to choose a TorchScript, ONNX or PrivateSNN model."));
}

void ResultViews::showSummary(const psnn::ModelSummary &s)
{
    m_summary = s;
    m_summaryView->setSummary(s);
    const QLocale locale;
    QStringList shape;
    for (auto d : s.inputShape)
        shape << QString::number(d);
    QStringList classes;
    for (const auto &c : s.classNames)
        classes << QString::fromStdString(c).toHtmlEscaped();
    const QString format = s.format == "TorchScript" ? tr("TorchScript model")
                           : s.format == "ONNX"      ? tr("ONNX model")
                                                     : tr("PrivateSNN model");
    QString text = tr("<b>%1</b> &mdash; %2, architecture %3<br>Input %4, %5 parameters, %6 MACs per image"
                      "<br>Classes: %7")
                       .arg(QFileInfo(QString::fromStdString(s.path)).fileName().toHtmlEscaped(), format,
                            QString::fromStdString(s.architecture).toHtmlEscaped(), shape.join(QChar(0x00d7)),
                            locale.toString(qlonglong(s.totalParameters)), locale.toString(qlonglong(s.totalMacs)),
                            classes.join(QStringLiteral(", ")));
    if (s.spiking) {
        text += QStringLiteral("<br>")
            + tr("Spiking network: %1 neurons, %2 timesteps, %3 input coding")
                  .arg(QString::fromLatin1(psnn::neuronName(s.snn.neuron)), QString::number(s.snn.timesteps),
                       QString::fromLatin1(psnn::codingName(s.snn.coding)));
        if (s.snn.initialMembrane != 0.0)
            text += tr(", membrane starts at %1 × threshold").arg(locale.toString(s.snn.initialMembrane));
        if (s.snn.signedSpikes)
            text += tr(", negative spikes");
    }
    for (const auto &w : s.warnings)
        text += QStringLiteral("<br><span style='color:#a05a00'>%1 %2</span>")
                    .arg(tr("Warning:"), QString::fromStdString(w.message).toHtmlEscaped());
    m_header->setText(text);
}

bool ResultViews::canTrace(const WorkspaceResults &results)
{
    const QString testData = results.evaluation().value(QStringLiteral("evaluated_on")).toString();
    return !results.evaluation().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("neuron_layers"))
                .toArray().isEmpty()
           && !testData.startsWith(QLatin1String("synthetic"));
}

QList<std::function<void()>> ResultViews::resultJobs(const WorkspaceResults &results)
{
    QList<std::function<void()>> jobs;
    jobs << [this, results] { m_energy->showResults(results); };
    jobs << [this, results] { m_accuracy->showResults(results); };
    jobs << [this, results] { m_leakage->showResults(results); };
    // The spike view follows the encrypted SNN on the evaluation's data.
    jobs << [this, results] {
        const QJsonObject eval = results.evaluation().value(QStringLiteral("encrypted")).toObject();
        QStringList layers;
        QVector<qint64> neurons;
        QVector<QVector<double>> rates;
        for (const QJsonValue &v : eval.value(QStringLiteral("neuron_layers")).toArray())
            layers << v.toString();
        for (const QJsonValue &v : eval.value(QStringLiteral("neurons_per_layer")).toArray())
            neurons << qint64(v.toDouble());
        for (const QJsonValue &v : eval.value(QStringLiteral("spike_rate_per_step")).toArray())
            rates << WorkspaceResults::numbers(v);
        m_spikes->setLayers(canTrace(results) ? layers : QStringList(), neurons, eval.value(QStringLiteral("timesteps")).toInt(100),
                            int(eval.value(QStringLiteral("count")).toInt()));
        m_spikes->setRates(layers, rates);
    };
    return jobs;
}

void ResultViews::showTrace(const psnn::SpikeTrace &t, const psnn::ImageSet &image)
{
    SpikeView::Trace trace;
    trace.layer = QString::fromStdString(t.layer);
    trace.timesteps = t.timesteps;
    trace.neurons = t.neurons;
    trace.threshold = t.threshold;
    for (const auto &[time, n] : t.spikes)
        trace.spikes.append({time, qint64(n)});
    for (const auto &[time, n] : t.negativeSpikes)
        trace.negativeSpikes.append({time, qint64(n)});
    if (!t.tracedNeurons.empty()) {
        trace.tracedNeuron = t.tracedNeurons[0];
        for (float v : t.membrane[0])
            trace.membrane << double(v);
    }
    trace.input = SyntheticView::toImage(image.pixels.data(), image.channels, image.height, image.width);
    const auto name = [&](int c) {
        return c >= 0 && c < int(image.classNames.size()) ? QString::fromStdString(image.classNames[std::size_t(c)])
                                                          : QString::number(c);
    };
    trace.verdict = tr("Label: %1\nThe SNN says: %2").arg(name(image.labels.at(0)), name(t.prediction));
    const auto qshape = [](const psnn::Shape &s) { return QVector<qint64>(s.begin(), s.end()); };
    trace.shape = qshape(t.shape);
    for (const psnn::LayerSpikeCounts &l : t.layers)
        trace.layers.append({QString::fromStdString(l.layer), qshape(l.shape), QVector<float>(l.counts.begin(), l.counts.end())});
    const int classes = t.timesteps > 0 ? int(t.outputPerStep.size()) / t.timesteps : 0;
    for (int c = 0; c < classes; ++c)
        trace.classNames << name(c);
    trace.scores = QVector<double>(t.outputPerStep.begin(), t.outputPerStep.end());
    m_spikes->setTrace(trace);
    m_spikes->setBusy(false);
}

QStringList ResultViews::saveScreenshots(QWidget *window, const QString &dir)
{
    QDir().mkpath(dir);
    QStringList files;
    static const char *names[] = {"model", "synthetic", "spikes", "energy", "accuracy", "leakage"};
    for (int v = 0; v < ViewCount; ++v) {
        setCurrentIndex(v);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("view-%1.png").arg(QLatin1String(names[v])));
        if (window->grab().save(file))
            files << file;
    }
    // The other tabs of the Energy view (spikes per neuron, energy against T) and of the Spikes
    // view (spikes as images, follow the image).
    const std::pair<View, QTabWidget *> inner[] = {{EnergyTab, energy()->tabs()}, {SpikesTab, spikes()->tabs()}};
    for (const auto &[view, tabs] : inner) {
        setCurrentIndex(view);
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            const QString file = QDir(dir).filePath(QStringLiteral("view-%1-%2.png").arg(QLatin1String(names[view])).arg(tab));
            if (window->grab().save(file))
                files << file;
        }
        tabs->setCurrentIndex(0);
    }
    return files;
}
