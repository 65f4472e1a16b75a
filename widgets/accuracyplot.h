#pragma once

#include "qcp.h"

/// Accuracy against timestep for each SNN, with the ANN's accuracy as a flat dashed line.
class AccuracyPlot : public QCustomPlot
{
    Q_OBJECT

public:
    struct Curve {
        QString name;              ///< shown in the legend, already translated
        QVector<double> accuracy;  ///< fraction correct after 1, 2, ... T steps
    };

    explicit AccuracyPlot(QWidget *parent = nullptr);

    /// Replaces the curves; `annAccuracy` < 0 draws no ANN line.
    void setCurves(const QList<Curve> &curves, double annAccuracy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPGraph *m_annLine = nullptr;
};
