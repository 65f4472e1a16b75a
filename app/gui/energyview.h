#pragma once

#include "workspaceresults.h"

#include <QWidget>

class EnergyPlot;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

/// Energy per layer, ANN against SNN, with totals, the ratio and the editable energy table.
class EnergyView : public QWidget
{
    Q_OBJECT

public:
    explicit EnergyView(QWidget *parent = nullptr);
    void showResults(const WorkspaceResults &ws);
    void setCosts(double macPj, double acPj);
    EnergyPlot *plot() const { return m_plot; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// The user edited the energy table and asked to recompute.
    void costsChanged(double macPj, double acPj);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EnergyPlot *m_plot;
    QCheckBox *m_log;
    QTableWidget *m_table;
    QDoubleSpinBox *m_mac, *m_ac;
    QLabel *m_macLabel, *m_acLabel, *m_totals;
    QPushButton *m_apply, *m_save;
    WorkspaceResults m_ws;
};
