#pragma once

#include "workspaceresults.h"

#include "snn/energy.h"

#include <QWidget>

class EnergyCurvePlot;
class EnergyPlot;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class SpikeLoadPlot;

/// Energy of the encrypted SNN against its ANN: totals in both conventions (per inference and
/// per timestep) with a note on the difference, the hardware preset and its editable costs, and
/// three views: energy per layer, spikes per neuron against the break-even line, and energy
/// against the number of timesteps.
class EnergyView : public QWidget
{
    Q_OBJECT

public:
    explicit EnergyView(QWidget *parent = nullptr);
    void showResults(const WorkspaceResults &ws);
    void setCosts(const psnn::EnergyTable &table);
    psnn::EnergyTable costs() const;
    EnergyPlot *plot() const { return m_plot; }
    SpikeLoadPlot *spikePlot() const { return m_spikes; }
    EnergyCurvePlot *curvePlot() const { return m_curve; }
    QTableWidget *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QString totalsText() const;

Q_SIGNALS:
    /// The user edited the energy table and asked to recompute.
    void costsChanged(const psnn::EnergyTable &table);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable(const QJsonObject &e);
    void fillPlots(const QJsonObject &e);
    void applyPreset(int index);

    EnergyPlot *m_plot;
    SpikeLoadPlot *m_spikes;
    EnergyCurvePlot *m_curve;
    QTabWidget *m_tabs;
    QCheckBox *m_log, *m_countUpdates;
    QTableWidget *m_table;
    QComboBox *m_preset;
    QDoubleSpinBox *m_mac, *m_ac, *m_update;
    QLabel *m_presetLabel, *m_macLabel, *m_acLabel, *m_updateLabel, *m_totals, *m_note, *m_source;
    QPushButton *m_apply, *m_save;
    psnn::EnergyTable m_table0;
    WorkspaceResults m_ws;
};
