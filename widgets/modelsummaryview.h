#pragma once

#include "model/models.h"

#include <QTableWidget>

/// Layer table of a model: name, type, output shape, parameters, MACs, details. Takes the
/// engine's plain ModelSummary; owns nothing else.
class ModelSummaryView : public QTableWidget
{
    Q_OBJECT

public:
    explicit ModelSummaryView(QWidget *parent = nullptr);

    /// Replaces the table's contents; a summary with no layers leaves an empty table.
    void setSummary(const psnn::ModelSummary &summary);
    void clearSummary();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString details(const psnn::LayerInfo &layer) const;

    psnn::ModelSummary m_summary;
};
