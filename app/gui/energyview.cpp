#include "energyview.h"

#include "energyplot.h"
#include "imageexport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

EnergyView::EnergyView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new EnergyPlot)
    , m_log(new QCheckBox)
    , m_table(new QTableWidget)
    , m_mac(new QDoubleSpinBox)
    , m_ac(new QDoubleSpinBox)
    , m_macLabel(new QLabel)
    , m_acLabel(new QLabel)
    , m_totals(new QLabel)
    , m_apply(new QPushButton)
    , m_save(new QPushButton)
{
    for (QDoubleSpinBox *s : {m_mac, m_ac}) {
        s->setRange(0.001, 1000);
        s->setDecimals(3);
        s->setSingleStep(0.1);
    }
    m_totals->setWordWrap(true);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_totals->setFont(big);
    auto *costs = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_macLabel, m_mac, m_acLabel, m_ac, m_apply})
        costs->addWidget(w);
    costs->addStretch(1);
    costs->addWidget(m_log);
    costs->addWidget(m_save);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_plot);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addLayout(costs);
    layout->addWidget(split, 1);
    connect(m_log, &QCheckBox::toggled, m_plot, &EnergyPlot::setLogScale);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT costsChanged(m_mac->value(), m_ac->value()); });
    connect(m_save, &QPushButton::clicked, this, [this] { ImageExport::savePlot(m_plot, this, QStringLiteral("energy")); });
    retranslate();
}

void EnergyView::setCosts(double macPj, double acPj)
{
    m_mac->setValue(macPj);
    m_ac->setValue(acPj);
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

void EnergyView::retranslate()
{
    m_macLabel->setText(tr("ANN multiply-accumulate (pJ)"));
    m_acLabel->setText(tr("SNN accumulate (pJ)"));
    m_apply->setText(tr("Recompute"));
    m_apply->setToolTip(tr("Runs the energy step again with these costs."));
    m_log->setText(tr("Logarithmic scale"));
    m_save->setText(tr("Save image…"));
    const QJsonObject e = m_ws.energy().value(QStringLiteral("encrypted")).toObject();
    const QJsonArray layers = e.value(QStringLiteral("layers")).toArray();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("MACs"), tr("Input spikes per neuron"), tr("ANN (nJ)"),
                                        tr("SNN (nJ)")});
    m_table->setRowCount(int(layers.size()));
    QStringList names;
    QVector<double> ann, snn;
    const QLocale loc;
    for (int i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        names << l.value(QStringLiteral("layer")).toString();
        ann << l.value(QStringLiteral("ann_pj")).toDouble();
        snn << l.value(QStringLiteral("snn_pj")).toDouble();
        const QStringList cells = {names.last(), l.value(QStringLiteral("type")).toString(),
                                   loc.toString(qint64(l.value(QStringLiteral("macs")).toDouble())),
                                   l.value(QStringLiteral("analog_input")).toBool()
                                       ? tr("analog")
                                       : loc.toString(l.value(QStringLiteral("input_spikes_per_neuron")).toDouble(), 'f', 2),
                                   loc.toString(ann.last() / 1000, 'f', 1), loc.toString(snn.last() / 1000, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_plot->setLayers(names, ann, snn);
    if (e.isEmpty()) {
        m_totals->setText(tr("No energy estimate yet: run the pipeline up to “Energy”."));
        return;
    }
    const double ratio = e.value(QStringLiteral("ratio")).toDouble();
    const QString total = tr("Per image: ANN %1 nJ, encrypted SNN %2 nJ (T = %3).")
                              .arg(loc.toString(e.value(QStringLiteral("ann_pj")).toDouble() / 1000, 'f', 1),
                                   loc.toString(e.value(QStringLiteral("snn_pj")).toDouble() / 1000, 'f', 1))
                              .arg(e.value(QStringLiteral("timesteps")).toInt());
    m_totals->setText(total + QLatin1Char(' ')
                      + (ratio >= 1 ? tr("The SNN needs %1× less energy.").arg(loc.toString(ratio, 'f', 2))
                                    : tr("The SNN needs %1× more energy: it fires too many spikes.").arg(loc.toString(1 / ratio, 'f', 2))));
}
