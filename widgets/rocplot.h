#pragma once

#include "qcp.h"

/// Membership-inference ROC curves with the chance diagonal.
class RocPlot : public QCustomPlot
{
    Q_OBJECT

public:
    struct Curve {
        QString name;          ///< already translated, e.g. "encrypted SNN, loss (AUC 0.51)"
        QVector<double> fpr;
        QVector<double> tpr;
    };

    explicit RocPlot(QWidget *parent = nullptr);
    void setCurves(const QList<Curve> &curves);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPGraph *m_chance = nullptr;
};
