#pragma once

#include "workspaceresults.h"

#include <QWidget>

class FrontierPlot;
class ImageGallery;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class RocPlot;

/// The side-by-side inversion gallery (a row per class; columns ANN / converted SNN / encrypted
/// SNN under both scenarios) with the judge's verdicts, the metrics table, the membership ROC and
/// the verdict in words. A click on a reconstruction enlarges it beside real examples of its class.
/// With an encryption sweep, the privacy frontier too: a click on a point picks its setting.
class LeakageView : public QWidget
{
    Q_OBJECT

public:
    explicit LeakageView(QWidget *parent = nullptr);
    void showResults(const WorkspaceResults &ws);
    ImageGallery *gallery() const { return m_gallery; }
    QTableWidget *table() const { return m_table; }
    RocPlot *rocPlot() const { return m_roc; }
    FrontierPlot *frontierPlot() const { return m_frontier; }

Q_SIGNALS:
    void imageEnlarged(int group, int classIndex, int index);
    /// The auditor picked a point of the frontier: encrypt with `parameter` at `strength`.
    void frontierPointChosen(const QString &parameter, double strength);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void enlarge(int group, int classIndex, int index);

    ImageGallery *m_gallery;
    QTableWidget *m_table;
    RocPlot *m_roc;
    FrontierPlot *m_frontier;
    QTabWidget *m_plots;
    QLabel *m_verdict, *m_frontierHint;
    QPushButton *m_saveGallery, *m_saveRoc;
    WorkspaceResults m_ws;
};
