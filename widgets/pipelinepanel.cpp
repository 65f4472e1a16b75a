#include "pipelinepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QSpinBox *spin(int lo, int hi)
{
    auto *s = new QSpinBox;
    s->setRange(lo, hi);
    return s;
}

QDoubleSpinBox *dspin(double lo, double hi, int decimals)
{
    auto *s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(std::pow(10.0, -decimals) * 10);
    return s;
}

} // namespace

PipelinePanel::PipelinePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_makePrivate = new QPushButton;
    m_makePrivate->setObjectName(QStringLiteral("makePrivate"));
    m_makePrivate->setMinimumHeight(48);
    QFont bold = m_makePrivate->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_makePrivate->setFont(bold);
    m_makePrivate->setStyleSheet(QStringLiteral("QPushButton { background: #0072b2; color: white; border-radius: 6px; }"
                                                "QPushButton:disabled { background: #8aaccc; }"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makePrivate, 3);
    buttons->addWidget(m_cancel, 1);
    layout->addLayout(buttons);
    m_overall = new QProgressBar;
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setTextVisible(false);
    layout->addWidget(m_overall);
    m_time = new QLabel;
    layout->addWidget(m_time);

    buildSettings();
    for (int s = 0; s < StepCount; ++s)
        buildRow(Step(s), this);
    layout->addStretch(1);

    connect(m_makePrivate, &QPushButton::clicked, this, &PipelinePanel::makePrivateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PipelinePanel::cancelRequested);
    retranslate();
    setOptions(psnn::PipelineOptions{});
}

QString PipelinePanel::stageName(Step step)
{
    static const char *names[] = {"import", "synthesize", "convert", "encrypt", "evaluate", "energy", "audit", "report"};
    return QLatin1String(names[step]);
}

PipelinePanel::Step PipelinePanel::stepOf(const QString &stage)
{
    for (int s = 0; s < StepCount; ++s)
        if (stageName(Step(s)) == stage)
            return Step(s);
    return StepCount;
}

void PipelinePanel::buildSettings()
{
    m_imagesPerClass = spin(1, 10000);
    m_synthIterations = spin(1, 100000);
    m_synthLr = dspin(0.0001, 1.0, 4);
    m_timesteps = spin(1, 10000);
    m_autoConvert = new QCheckBox;
    m_candidates = new QLabel;
    m_candidates->setTextFormat(Qt::RichText);
    m_candidates->setWordWrap(true);
    m_candidates->setVisible(false);
    m_coding = new QComboBox;
    m_coding->addItem(QString(), QStringLiteral("poisson"));
    m_coding->addItem(QString(), QStringLiteral("poisson-pixel"));
    m_coding->addItem(QString(), QStringLiteral("direct"));
    m_percentile = dspin(50.0, 100.0, 2);
    m_neuron = new QComboBox;
    m_neuron->addItem(QString(), QStringLiteral("IF"));
    m_neuron->addItem(QString(), QStringLiteral("LIF"));
    m_initialMembrane = dspin(0.0, 0.99, 2);
    m_signedSpikes = new QCheckBox;
    m_quantized = new QCheckBox;
    m_epochs = spin(1, 1000);
    m_trainTimesteps = spin(1, 10000);
    m_encryptLr = dspin(0.000001, 1.0, 6);
    m_distillation = dspin(0.0, 100.0, 2);
    m_privacyWeight = dspin(0.0, 1000.0, 3);
    m_scramble = spin(0, 30);
    m_testData = new QLineEdit;
    m_evalLimit = spin(0, 10000000);
    m_spikeWeight = dspin(0.0, 1000.0, 3);
    m_deploy = new QComboBox;
    m_deploy->setObjectName(QStringLiteral("deploy"));
    for (const char *d : {"snn", "train", "search"})
        m_deploy->addItem(QString(), QLatin1String(d));
    m_energyPreset = new QComboBox; // item 0: the options' own table; then the presets
    m_energyPreset->setObjectName(QStringLiteral("energyPreset"));
    for (std::size_t i = 0; i <= psnn::energyPresets().size(); ++i)
        m_energyPreset->addItem(QString());
    m_judge = new QLineEdit;
    m_reconstructions = spin(1, 100);
    m_invertIterations = spin(1, 100000);
    m_attackTimesteps = spin(1, 10000);
    m_evolution = new QCheckBox;
    const auto changed = [this] { Q_EMIT optionsChanged(); };
    for (QSpinBox *s : {m_imagesPerClass, m_synthIterations, m_timesteps, m_epochs, m_trainTimesteps, m_scramble,
                        m_evalLimit, m_reconstructions, m_invertIterations, m_attackTimesteps})
        connect(s, &QSpinBox::editingFinished, this, changed);
    for (QDoubleSpinBox *s : {m_synthLr, m_percentile, m_initialMembrane, m_encryptLr, m_distillation, m_privacyWeight,
                              m_spikeWeight})
        connect(s, &QDoubleSpinBox::editingFinished, this, changed);
    for (QComboBox *c : {m_coding, m_neuron, m_deploy, m_energyPreset})
        connect(c, &QComboBox::activated, this, changed);
    for (QLineEdit *e : {m_testData, m_judge})
        connect(e, &QLineEdit::editingFinished, this, changed);
    for (QCheckBox *c : {m_autoConvert, m_signedSpikes, m_quantized, m_evolution})
        connect(c, &QCheckBox::toggled, this, changed);
    // In auto mode the engine chooses these; they show where its search starts.
    connect(m_autoConvert, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_coding, m_percentile, m_initialMembrane, m_signedSpikes})
            w->setEnabled(!on);
    });
}

void PipelinePanel::buildRow(Step step, QWidget *container)
{
    StepRow &r = m_rows[step];
    QWidget *frame = r.build(stageName(step));
    frame->setParent(container);
    static_cast<QVBoxLayout *>(layout())->addWidget(frame);

    const auto add = [&](QWidget *w) { r.form->addRow(QString(), w); };
    switch (step) {
    case Synthesize:
        add(m_imagesPerClass), add(m_synthIterations), add(m_synthLr);
        break;
    case Convert:
        add(m_autoConvert), add(m_timesteps), add(m_coding), add(m_percentile), add(m_neuron), add(m_initialMembrane), add(m_signedSpikes);
        add(m_quantized);
        r.form->addRow(m_candidates);
        break;
    case Encrypt:
        add(m_epochs), add(m_trainTimesteps), add(m_encryptLr), add(m_distillation), add(m_privacyWeight), add(m_scramble);
        add(m_deploy), add(m_spikeWeight);
        break;
    case Evaluate:
        add(m_testData), add(m_evalLimit);
        break;
    case Energy:
        add(m_energyPreset);
        break;
    case Audit:
        add(m_judge), add(m_reconstructions), add(m_invertIterations), add(m_attackTimesteps), add(m_evolution);
        break;
    default:
        r.toggle->setEnabled(false);
        r.toggle->setArrowType(Qt::NoArrow);
        break;
    }
    connect(r.run, &QPushButton::clicked, this, [this, step] { Q_EMIT runRequested(step); });
    updateBadge(step);
}

void PipelinePanel::setEncryptionSetting(const QString &parameter, double value)
{
    if (parameter == QLatin1String("privacy-weight"))
        m_privacyWeight->setValue(value);
    else if (parameter == QLatin1String("scramble"))
        m_scramble->setValue(int(value));
    else if (parameter == QLatin1String("epochs"))
        m_epochs->setValue(int(value));
    else if (parameter == QLatin1String("learning-rate"))
        m_encryptLr->setValue(value);
    else
        return;
    Q_EMIT optionsChanged();
}

void PipelinePanel::setOptions(const psnn::PipelineOptions &o)
{
    m_base = o;
    const QSignalBlocker b1(m_coding), b2(m_neuron), b3(m_evolution), b4(m_signedSpikes), b5(m_quantized);
    m_autoConvert->setChecked(o.conversion.automatic);
    m_imagesPerClass->setValue(o.synthesis.imagesPerClass);
    m_synthIterations->setValue(o.synthesis.iterations);
    m_synthLr->setValue(o.synthesis.learningRate);
    m_timesteps->setValue(o.conversion.snn.timesteps);
    m_coding->setCurrentIndex(m_coding->findData(QLatin1String(psnn::codingName(o.conversion.snn.coding))));
    m_percentile->setValue(o.conversion.percentile);
    m_neuron->setCurrentIndex(m_neuron->findData(QLatin1String(psnn::neuronName(o.conversion.snn.neuron))));
    m_initialMembrane->setValue(o.conversion.snn.initialMembrane);
    m_signedSpikes->setChecked(o.conversion.snn.signedSpikes);
    m_quantized->setChecked(o.conversion.quantizedThresholds);
    m_epochs->setValue(o.encryption.epochs);
    m_trainTimesteps->setValue(o.encryption.timesteps > 0 ? o.encryption.timesteps : o.conversion.snn.timesteps);
    m_encryptLr->setValue(o.encryption.learningRate);
    m_distillation->setValue(o.encryption.distillation);
    m_privacyWeight->setValue(o.encryption.privacyWeight);
    m_scramble->setValue(o.encryption.scrambleSpread);
    m_testData->setText(QString::fromStdString(o.testData));
    m_evalLimit->setValue(int(o.evaluation.limit));
    m_deploy->setCurrentIndex(std::max(0, m_deploy->findData(QString::fromStdString(o.encryption.deployTimesteps))));
    m_spikeWeight->setValue(o.encryption.spikeWeight);
    m_energyPreset->setCurrentIndex(0);
    m_judge->setText(QString::fromStdString(o.audit.judge));
    m_reconstructions->setValue(o.audit.reconstructionsPerClass);
    m_invertIterations->setValue(o.audit.inversion.iterations);
    m_attackTimesteps->setValue(o.audit.snnTimesteps);
    m_evolution->setChecked(o.audit.evolution.enabled);
}

psnn::PipelineOptions PipelinePanel::options() const
{
    psnn::PipelineOptions o = m_base;
    o.synthesis.imagesPerClass = m_imagesPerClass->value();
    o.synthesis.iterations = m_synthIterations->value();
    o.synthesis.learningRate = m_synthLr->value();
    o.conversion.automatic = m_autoConvert->isChecked();
    o.conversion.snn.timesteps = m_timesteps->value();
    o.conversion.snn.coding = psnn::codingFromName(m_coding->currentData().toString().toStdString());
    o.conversion.percentile = m_percentile->value();
    o.conversion.snn.neuron = m_neuron->currentData().toString() == QLatin1String("LIF") ? psnn::NeuronModel::LIF
                                                                                         : psnn::NeuronModel::IF;
    o.conversion.snn.initialMembrane = m_initialMembrane->value();
    o.conversion.snn.signedSpikes = m_signedSpikes->isChecked();
    o.conversion.quantizedThresholds = m_quantized->isChecked();
    o.encryption.epochs = m_epochs->value();
    o.encryption.timesteps = m_trainTimesteps->value() == m_timesteps->value() && m_base.encryption.timesteps == 0
                                 ? 0
                                 : m_trainTimesteps->value();
    o.encryption.learningRate = m_encryptLr->value();
    o.encryption.distillation = m_distillation->value();
    o.encryption.privacyWeight = m_privacyWeight->value();
    o.encryption.scrambleSpread = m_scramble->value();
    o.testData = m_testData->text().trimmed().toStdString();
    o.evaluation.limit = m_evalLimit->value();
    o.encryption.deployTimesteps = m_deploy->currentData().toString().toStdString();
    o.encryption.spikeWeight = m_spikeWeight->value();
    if (m_energyPreset->currentIndex() > 0)
        o.energy = psnn::energyPresets()[std::size_t(m_energyPreset->currentIndex() - 1)];
    o.audit.judge = m_judge->text().trimmed().toStdString();
    o.withAudit = !o.audit.judge.empty();
    o.audit.reconstructionsPerClass = m_reconstructions->value();
    o.audit.inversion.iterations = m_invertIterations->value();
    o.audit.snnTimesteps = m_attackTimesteps->value();
    o.audit.evolution.enabled = m_evolution->isChecked();
    return o;
}

void PipelinePanel::setState(Step step, State state, const QString &numbers)
{
    m_rows[step].state = state;
    m_rows[step].numbers->setText(numbers);
    if (state != Running)
        m_rows[step].progress->setValue(state == Done ? 1000 : 0);
    updateBadge(step);
}

PipelinePanel::State PipelinePanel::state(Step step) const
{
    return State(m_rows[step].state);
}

QString PipelinePanel::numbers(Step step) const
{
    return m_rows[step].numbers->text();
}

void PipelinePanel::endRunningSteps(State state, const QString &numbers, Step before)
{
    for (int s = 0; s < before; ++s)
        if (m_rows[s].state == Running)
            setState(Step(s), state, numbers);
}

void PipelinePanel::showStageStatus(const std::vector<psnn::StageStatus> &status,
                                    const std::function<QString(Step)> &numbersFor)
{
    for (const auto &st : status) {
        const Step step = stepOf(QString::fromStdString(st.stage));
        if (step == StepCount)
            continue;
        const State state = st.state == psnn::StageState::Done    ? Done
                            : st.state == psnn::StageState::Stale ? Stale
                                                                  : NotRun;
        setState(step, state, numbersFor(step));
    }
    if (std::none_of(status.begin(), status.end(), [](const auto &s) { return s.stage == "audit"; }))
        setState(Audit, NotRun, tr("needs a judge model (settings)"));
}

void PipelinePanel::refreshNumbers(const std::function<QString(Step)> &numbersFor)
{
    for (int s = 0; s < StepCount; ++s)
        if (m_rows[s].state != Running)
            setState(Step(s), State(m_rows[s].state), numbersFor(Step(s)));
}

void PipelinePanel::setConversionCandidates(const QString &html)
{
    m_candidates->setText(html);
    m_candidates->setVisible(!html.isEmpty());
}

void PipelinePanel::setStepProgress(Step step, double fraction)
{
    if (m_rows[step].state != Running) {
        m_rows[step].state = Running;
        updateBadge(step);
    }
    m_rows[step].progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

QString PipelinePanel::duration(double s)
{
    const int t = int(std::lround(std::max(0.0, s)));
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

void PipelinePanel::setOverall(double fraction, double elapsed, double eta)
{
    m_overall->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    m_time->setText(eta >= 0 ? tr("Elapsed %1, about %2 left").arg(duration(elapsed), duration(eta))
                             : tr("Elapsed %1").arg(duration(elapsed)));
}

void PipelinePanel::setRunning(bool running)
{
    m_running = running;
    m_makePrivate->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (StepRow &r : m_rows) {
        r.run->setEnabled(!running);
        r.settings->setEnabled(!running);
    }
    if (!running)
        m_overall->setValue(m_overall->value());
}

void PipelinePanel::updateBadge(Step step)
{
    StepRow &r = m_rows[step];
    static const char *colors[] = {"#888888", "#0072b2", "#009e73", "#d55e00", "#e69f00"};
    const QString text[] = {tr("not run"), tr("running"), tr("done"), tr("failed"), tr("stale")};
    r.badge->setText(text[r.state]);
    r.badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 6px; }")
                               .arg(QLatin1String(colors[r.state])));
}

void PipelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelinePanel::retranslate()
{
    m_heading->setText(tr("From model to private SNN"));
    m_makePrivate->setText(tr("Make private SNN"));
    m_makePrivate->setToolTip(tr("Runs every step below in order. Steps that are already done with the same "
                                 "settings are skipped."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops the running step within about a second. Finished steps are kept."));
    const QString titles[] = {tr("1. Import"), tr("2. Synthesize"), tr("3. Convert"), tr("4. Encrypt"),
                              tr("5. Evaluate"), tr("6. Energy"), tr("7. Audit"), tr("8. Report")};
    const QString tips[] = {
        tr("Reads the trained network (ANN) and checks every layer."),
        tr("Makes training images from the network alone, so that no real data is needed."),
        tr("Turns the network into a spiking network (SNN) whose neurons fire when their input passes a threshold."),
        tr("Retrains the SNN through time on the synthetic images, so that its weights reveal less about the classes."),
        tr("Measures accuracy on real test images (the only step that reads real data besides the audit)."),
        tr("Estimates the energy per image of the ANN and the SNN from operation counts."),
        tr("Attacks each model to reconstruct class images and lets an independent judge network rate them."),
        tr("Writes an HTML and PDF report of everything above.")};
    for (int s = 0; s < StepCount; ++s) {
        m_rows[s].title->setText(titles[s]);
        m_rows[s].title->setToolTip(tips[s]);
        m_rows[s].run->setText(tr("Run"));
        m_rows[s].run->setToolTip(tr("Runs this step (and any earlier step that is not done)."));
        m_rows[s].toggle->setToolTip(tr("Settings"));
        updateBadge(Step(s));
    }
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text, const QString &tip) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
        field->setToolTip(tip);
        if (auto *l = form->labelForField(field))
            l->setToolTip(tip);
    };
    QFormLayout *f = m_rows[Synthesize].form;
    label(f, m_imagesPerClass, tr("Images per class"), tr("How many synthetic images to make for each class (default 100)."));
    label(f, m_synthIterations, tr("Optimisation steps"), tr("Adam steps per batch of images; more steps give cleaner images (paper: 2500)."));
    label(f, m_synthLr, tr("Learning rate"), tr("Step size of the image optimisation."));
    f = m_rows[Convert].form;
    label(f, m_autoConvert, tr("Choose automatically"),
          tr("Tries input codings, starting membranes, negative spikes, threshold percentiles and (with BatchNorm) two "
             "kinds of synthetic images, and keeps the setting whose SNN agrees best with the ANN on synthetic "
             "images it was not balanced on, and on mixtures of them. Reads no real data."));
    label(f, m_timesteps, tr("Timesteps (T)"), tr("How many time steps the SNN runs per image. More steps: more accurate, more energy (default 100)."));
    label(f, m_coding, tr("Input coding"), tr("How the image enters the SNN: as random spikes (Poisson) or as a constant current (direct)."));
    m_coding->setItemText(0, tr("Poisson (signed)"));
    m_coding->setItemText(1, tr("Poisson (pixels)"));
    m_coding->setItemText(2, tr("direct (analog)"));
    label(f, m_percentile, tr("Threshold percentile"), tr("Each layer's firing threshold is this percentile of its input on synthetic images (100 = the maximum)."));
    label(f, m_neuron, tr("Neuron model"), tr("IF integrates its input; LIF also leaks part of it every step."));
    m_neuron->setItemText(0, tr("integrate-and-fire (IF)"));
    m_neuron->setItemText(1, tr("leaky integrate-and-fire (LIF)"));
    label(f, m_initialMembrane, tr("Starting membrane"),
          tr("Membrane potential at the first step, as a fraction of the threshold. 0 as in the paper; 0.5 makes the "
             "SNN accurate sooner."));
    label(f, m_signedSpikes, tr("Negative spikes"),
          tr("A neuron that fired more than its input justifies sends a negative spike to take one back. Much more "
             "accurate with Poisson input; not part of the paper's method."));
    label(f, m_quantized, tr("Thresholds for small T"),
          tr("Each threshold is chosen so that rounding its input to T steps loses least (QCFS-style), instead of a "
             "percentile. Helps at small T."));
    f = m_rows[Encrypt].form;
    label(f, m_epochs, tr("Epochs"), tr("Passes over the synthetic images (default 5)."));
    label(f, m_trainTimesteps, tr("Training timesteps"), tr("Time steps used while retraining; fewer is faster (evaluation keeps the SNN's T)."));
    label(f, m_encryptLr, tr("Learning rate"), tr("Adam learning rate of the retraining (default 0.0001)."));
    label(f, m_distillation, tr("Distillation weight"), tr("Also learn the ANN's soft outputs with this weight (0: off)."));
    label(f, m_privacyWeight, tr("Privacy weight"),
          tr("Also train the weights, read with their thresholds as an ordinary network, to say nothing about the "
             "classes (0: off). The project's own method, not the paper's."));
    label(f, m_scramble, tr("Channel scrambling"),
          tr("After training, scale each channel by a power of two between 2^-N and 2^N and its threshold with it: the "
             "SNN computes exactly the same, its bare weights no longer read as the ANN (0: off). The project's own."));
    label(f, m_deploy, tr("Deployed timesteps"),
          tr("How many timesteps the encrypted SNN runs for: fewer steps, fewer spikes, less energy. “Smallest” "
             "is chosen without real data, on mixes of synthetic images, within 1 accuracy point of the ANN there."));
    m_deploy->setItemText(0, tr("the converted SNN's"));
    m_deploy->setItemText(1, tr("the training timesteps"));
    m_deploy->setItemText(2, tr("smallest within 1 point of the ANN"));
    label(f, m_spikeWeight, tr("Spike-count weight"),
          tr("Also train the SNN to fire fewer spikes, weighted by the synapses each spike reaches (0: off)."));
    f = m_rows[Evaluate].form;
    label(f, m_testData, tr("Test data"), tr("A data set name (fashion-mnist, mnist, cifar10) or a folder. Read only for evaluation."));
    label(f, m_evalLimit, tr("Test images"), tr("How many test images to use (0: all)."));
    f = m_rows[Energy].form;
    label(f, m_energyPreset, tr("Hardware"),
          tr("Energy per operation of the chip the models run on; the Energy view edits single costs."));
    m_energyPreset->setItemText(0, tr("As set: %1").arg(QString::fromStdString(m_base.energy.name)));
    for (std::size_t i = 0; i < psnn::energyPresets().size(); ++i)
        m_energyPreset->setItemText(int(i) + 1, QString::fromStdString(psnn::energyPresets()[i].name));
    f = m_rows[Audit].form;
    label(f, m_judge, tr("Judge model"), tr("An independent classifier of the same classes that rates the reconstructions. Empty: no audit."));
    label(f, m_reconstructions, tr("Reconstructions per class"), tr("Attacks per class, each from a different random start."));
    label(f, m_invertIterations, tr("Attack steps"), tr("Optimisation steps of each reconstruction."));
    label(f, m_attackTimesteps, tr("Attack timesteps"), tr("Time steps of the attacks on the SNN itself."));
    label(f, m_evolution, tr("Gradient-free attack"), tr("Also attack the SNN with evolution strategies, which need no gradient."));
}
