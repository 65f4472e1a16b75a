#include "energyview.h"

#include "energycurveplot.h"
#include "energyplot.h"
#include "energysummary.h"
#include "imageexport.h"
#include "spikeloadplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

EnergyView::EnergyView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new EnergyPlot)
    , m_spikes(new SpikeLoadPlot)
    , m_curve(new EnergyCurvePlot)
    , m_tabs(new QTabWidget)
    , m_log(new QCheckBox)
    , m_countUpdates(new QCheckBox)
    , m_table(new QTableWidget)
    , m_preset(new QComboBox)
    , m_mac(new QDoubleSpinBox)
    , m_ac(new QDoubleSpinBox)
    , m_update(new QDoubleSpinBox)
    , m_presetLabel(new QLabel)
    , m_macLabel(new QLabel)
    , m_acLabel(new QLabel)
    , m_updateLabel(new QLabel)
    , m_totals(new QLabel)
    , m_note(new QLabel)
    , m_source(new QLabel)
    , m_apply(new QPushButton)
    , m_save(new QPushButton)
{
    for (QDoubleSpinBox *s : {m_mac, m_ac, m_update}) {
        s->setRange(0.0, 1000);
        s->setDecimals(3);
        s->setSingleStep(0.1);
    }
    for (QLabel *l : {m_totals, m_note, m_source})
        l->setWordWrap(true);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_totals->setFont(big);
    auto *row = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_presetLabel, m_preset, m_macLabel, m_mac, m_acLabel, m_ac,
                                                      m_countUpdates, m_update, m_apply})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_log);
    row->addWidget(m_save);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *perLayer = new QSplitter(Qt::Vertical);
    perLayer->addWidget(m_plot);
    perLayer->addWidget(m_table);
    perLayer->setStretchFactor(0, 3);
    perLayer->setStretchFactor(1, 2);
    m_tabs->addTab(perLayer, QString());
    m_tabs->addTab(m_spikes, QString());
    m_tabs->addTab(m_curve, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_note);
    layout->addLayout(row);
    layout->addWidget(m_source);
    layout->addWidget(m_tabs, 1);
    connect(m_log, &QCheckBox::toggled, m_plot, &EnergyPlot::setLogScale);
    connect(m_preset, &QComboBox::activated, this, &EnergyView::applyPreset);
    connect(m_countUpdates, &QCheckBox::toggled, m_update, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT costsChanged(costs()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        QCustomPlot *plots[] = {m_plot, m_spikes, m_curve};
        ImageExport::savePlot(plots[std::max(0, m_tabs->currentIndex())], this, QStringLiteral("energy"));
    });
    retranslate();
}

void EnergyView::setCosts(const psnn::EnergyTable &table)
{
    m_table0 = table;
    m_mac->setValue(table.macPj);
    m_ac->setValue(table.acPj);
    m_update->setValue(table.neuronUpdatePj);
    m_countUpdates->setChecked(table.countNeuronUpdates);
    m_update->setEnabled(table.countNeuronUpdates);
    retranslate();
}

psnn::EnergyTable EnergyView::costs() const
{
    psnn::EnergyTable t = m_table0;
    const int preset = m_preset->currentIndex() - 1;
    if (preset >= 0 && preset < int(psnn::energyPresets().size()))
        t = psnn::energyPresets()[std::size_t(preset)];
    if (t.macPj != m_mac->value() || t.acPj != m_ac->value()
        || (m_countUpdates->isChecked() && t.neuronUpdatePj != m_update->value()))
        t.name = m_table0.name.find(" (costs edited)") == std::string::npos ? t.name + " (costs edited)" : t.name;
    t.macPj = m_mac->value();
    t.acPj = m_ac->value();
    t.neuronUpdatePj = m_update->value();
    t.countNeuronUpdates = m_countUpdates->isChecked();
    return t;
}

void EnergyView::applyPreset(int index)
{
    if (index < 1 || index > int(psnn::energyPresets().size()))
        return;
    const psnn::EnergyTable t = psnn::energyPresets()[std::size_t(index - 1)];
    m_mac->setValue(t.macPj);
    m_ac->setValue(t.acPj);
    m_update->setValue(t.neuronUpdatePj);
    m_countUpdates->setChecked(t.countNeuronUpdates);
}

void EnergyView::showResults(const WorkspaceResults &ws)
{
    m_ws = ws;
    retranslate();
}

void EnergyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString EnergyView::totalsText() const
{
    return m_totals->text();
}

void EnergyView::fillTable(const QJsonObject &e)
{
    const QJsonArray layers = e.value(QStringLiteral("layers")).toArray();
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("MACs"), tr("Input spikes per neuron"), tr("ANN (nJ)"),
                                        tr("SNN per inference (nJ)"), tr("SNN per timestep (nJ)")});
    const bool updates = e.contains(QStringLiteral("neuron_updates"));
    m_table->setRowCount(int(layers.size()) + (updates ? 1 : 0));
    const QLocale loc;
    const auto nj = [&](const QJsonObject &o, const char *key, int digits) {
        return loc.toString(o.value(QLatin1String(key)).toDouble() / 1000, 'f', digits);
    };
    for (int i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        const QStringList cells = {l.value(QStringLiteral("layer")).toString(), l.value(QStringLiteral("type")).toString(),
                                   loc.toString(qint64(l.value(QStringLiteral("macs")).toDouble())),
                                   l.value(QStringLiteral("analog_input")).toBool()
                                       ? tr("analog")
                                       : loc.toString(l.value(QStringLiteral("input_spikes_per_neuron")).toDouble(), 'f', 2),
                                   nj(l, "ann_pj", 1), nj(l, "snn_pj", 1), nj(l, "snn_pj_per_step", 2)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    if (updates) {
        const bool counted = e.value(QStringLiteral("table")).toObject().value(QStringLiteral("count_neuron_updates")).toBool();
        const double T = std::max(1, e.value(QStringLiteral("timesteps")).toInt());
        const QStringList cells = {tr("Neuron updates"), counted ? tr("counted") : tr("not counted"),
                                   loc.toString(qint64(e.value(QStringLiteral("neuron_updates")).toDouble())), QString(),
                                   QString(), nj(e, "neuron_pj", 1),
                                   loc.toString(e.value(QStringLiteral("neuron_pj")).toDouble() / 1000 / T, 'f', 2)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(int(layers.size()), c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void EnergyView::fillPlots(const QJsonObject &e)
{
    QStringList names;
    QVector<double> ann, snn;
    for (const QJsonValue &v : e.value(QStringLiteral("layers")).toArray()) {
        names << v.toObject().value(QStringLiteral("layer")).toString();
        ann << v.toObject().value(QStringLiteral("ann_pj")).toDouble();
        snn << v.toObject().value(QStringLiteral("snn_pj")).toDouble();
    }
    m_plot->setLayers(names, ann, snn);
    QStringList neuronNames;
    QVector<double> spikes;
    for (const QJsonValue &v : e.value(QStringLiteral("neuron_layers")).toArray()) {
        neuronNames << v.toObject().value(QStringLiteral("layer")).toString();
        spikes << v.toObject().value(QStringLiteral("spikes_per_neuron")).toDouble();
    }
    m_spikes->setLayers(neuronNames, spikes, e.value(QStringLiteral("break_even_spikes")).toDouble());
    QStringList models;
    QVector<QVector<double>> energy, accuracy;
    QVector<int> deployed;
    for (const QString &m : {QStringLiteral("converted"), QStringLiteral("encrypted")}) {
        const QJsonObject me = m_ws.energy().value(m).toObject();
        if (!me.contains(QStringLiteral("snn_pj_at_step")))
            continue;
        models << (m == QLatin1String("converted") ? tr("converted SNN") : tr("encrypted SNN"));
        energy << WorkspaceResults::numbers(me.value(QStringLiteral("snn_pj_at_step")));
        accuracy << WorkspaceResults::numbers(me.value(QStringLiteral("accuracy_at_step")));
        deployed << me.value(QStringLiteral("timesteps")).toInt();
    }
    m_curve->setCurves(e.value(QStringLiteral("ann_pj")).toDouble(), models, energy, accuracy, deployed);
}

void EnergyView::retranslate()
{
    m_presetLabel->setText(tr("Hardware"));
    {
        const QSignalBlocker block(m_preset);
        const int current = m_preset->currentIndex();
        m_preset->clear();
        m_preset->addItem(tr("As run: %1").arg(QString::fromStdString(m_table0.name)));
        for (const auto &t : psnn::energyPresets())
            m_preset->addItem(QString::fromStdString(t.name));
        m_preset->setCurrentIndex(std::max(0, current));
    }
    m_macLabel->setText(tr("Multiply-accumulate (pJ)"));
    m_acLabel->setText(tr("Accumulate (pJ)"));
    m_countUpdates->setText(tr("Neuron updates (pJ)"));
    m_countUpdates->setToolTip(tr("Each neuron updates its membrane once per timestep; counting it keeps a small T "
                                  "from looking free."));
    m_apply->setText(tr("Recompute"));
    m_apply->setToolTip(tr("Runs the energy step again with these costs."));
    m_log->setText(tr("Logarithmic scale"));
    m_save->setText(tr("Save image…"));
    m_tabs->setTabText(0, tr("Energy per layer"));
    m_tabs->setTabText(1, tr("Spikes per neuron"));
    m_tabs->setTabText(2, tr("Energy against T"));
    const QJsonObject e = m_ws.energy().value(QStringLiteral("encrypted")).toObject();
    fillTable(e);
    fillPlots(e);
    if (e.isEmpty()) {
        m_totals->setText(tr("No energy estimate yet: run the pipeline up to “Energy”."));
        m_note->clear();
        m_source->clear();
        return;
    }
    m_totals->setText(tr("Encrypted SNN.") + QLatin1Char(' ') + EnergySummary::totals(e));
    m_note->setText(EnergySummary::conventionNote(e));
    m_source->setText(EnergySummary::table(e));
}
