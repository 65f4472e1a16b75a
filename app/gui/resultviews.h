#pragma once

#include "model/models.h"
#include "snn/snnevaluation.h"

#include <QTabWidget>

#include <functional>

class AccuracyView;
class EnergyView;
class LeakageView;
class ModelSummaryView;
class QLabel;
class SpikeView;
class SyntheticView;
class WorkspaceResults;

/// The workbench's views of one workspace, as tabs: the model (header and layer table),
/// synthetic images, spikes, energy, accuracy and leakage. It shows what it is given and asks the
/// engine for nothing; the window feeds it.
class ResultViews : public QTabWidget
{
    Q_OBJECT

public:
    enum View { ModelTab, SyntheticTab, SpikesTab, EnergyTab, AccuracyTab, LeakageTab, ViewCount };

    explicit ResultViews(QWidget *parent = nullptr);

    /// The translated name of a view (tab title and View menu entry).
    static QString viewName(View view);

    /// The model tab: header (file, architecture, SNN settings, import warnings) and layer table.
    void showSummary(const psnn::ModelSummary &summary);
    const psnn::ModelSummary &summary() const { return m_summary; }
    /// Energy, accuracy and leakage from a workspace, and the spike view's layers and rates: one
    /// job per view, to run at once or one per turn of the event loop (TurnQueue).
    QList<std::function<void()>> resultJobs(const WorkspaceResults &results);
    /// True when the spike view can trace test images (the evaluation read a test set).
    static bool canTrace(const WorkspaceResults &results);
    void showTrace(const psnn::SpikeTrace &trace, const psnn::ImageSet &image);

    const ModelSummaryView *summaryView() const { return m_summaryView; }
    SyntheticView *synthetic() const { return m_synthetic; }
    SpikeView *spikes() const { return m_spikes; }
    EnergyView *energy() const { return m_energy; }

    /// Shows each view in turn and saves `window` as view-<name>.png into `dir` (screenshot
    /// tests); returns the files written.
    QStringList saveScreenshots(QWidget *window, const QString &dir);

    /// Tab titles and the model header in the current language (also on LanguageChange).
    void retranslate();

Q_SIGNALS:
    /// A point of the leakage view's privacy frontier was picked (LeakageView::frontierPointChosen).
    void frontierPointChosen(const QString &parameter, double strength);

protected:
    void changeEvent(QEvent *event) override;

private:
    ModelSummaryView *m_summaryView;
    QLabel *m_header;
    SyntheticView *m_synthetic;
    SpikeView *m_spikes;
    EnergyView *m_energy;
    AccuracyView *m_accuracy;
    LeakageView *m_leakage;
    psnn::ModelSummary m_summary;
};
