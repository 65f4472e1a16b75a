#pragma once

#include "workspaceresults.h"

#include <QWidget>

class AccuracyPlot;
class QLabel;
class QPushButton;

/// Accuracy against timestep of the converted and encrypted SNN, with the ANN as a line.
class AccuracyView : public QWidget
{
    Q_OBJECT

public:
    explicit AccuracyView(QWidget *parent = nullptr);
    void showResults(const WorkspaceResults &ws);
    AccuracyPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AccuracyPlot *m_plot;
    QLabel *m_summary;
    QPushButton *m_save;
    WorkspaceResults m_ws;
};
