#pragma once

#include "accuracyplot.h"
#include "workspaceresults.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

#include <functional>

class LeakageModel;

/// The audit report of a workspace as HTML (images embedded) and PDF (Qt's own writer). Plots are
/// drawn with the project's plot widgets, so the constructor needs a QApplication (offscreen is
/// fine) and runs on the GUI thread; html() and write() use no widget and may run on any thread
/// (the window writes on its engine thread, so that encoding and laying out pages do not freeze it).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// `drawFigures` false: the caller draws them with figureJobs().
    explicit ReportWriter(const WorkspaceResults &ws, bool drawFigures = true);

    /// One job per figure, each drawing it into images() (GUI thread): the window runs one per
    /// turn of its event loop. The constructor runs them all unless told not to.
    QList<std::function<void()>> figureJobs();

    /// The report; images referenced by name ("accuracy.png", ...). `embed`: as data URLs.
    QString html(bool embed) const;
    /// The figures, rendered once.
    const QMap<QString, QImage> &images() const { return m_images; }

    /// Writes both files atomically. Returns false and sets `error` (naming the file) on failure;
    /// an existing report is then left as it was.
    bool write(const QString &htmlPath, const QString &pdfPath, QString *error) const;

    /// Reads `workspace` and writes its report to both files, holding the workspace's lock so that
    /// a run in another process cannot change what is read (`report` and the window's File >
    /// Export report). Returns false and sets `error` for a workspace in use or unreadable, or a
    /// file that could not be written; `verdict`, when given, receives verdict().
    static bool writeWorkspace(const QString &workspace, const QString &htmlPath, const QString &pdfPath, QString *error,
                               QString *verdict = nullptr);

    /// The one-sentence verdict on the encrypted model, for the report and the GUI.
    static QString verdict(const WorkspaceResults &ws);
    /// Accuracy-vs-timestep curves of the SNNs the workspace evaluated, named for a legend.
    static QList<AccuracyPlot::Curve> accuracyCurves(const WorkspaceResults &ws);

private:
    QString img(const QString &name, int widthPx, bool embed) const;
    QString summary() const;
    QString modelsSection() const;
    QString dataSection() const;
    QString accuracySection(bool embed) const;
    QString energySection(bool embed) const;
    QString syntheticSection(bool embed) const;
    QString leakageSection(bool embed) const;
    QString frontierSection(bool embed) const;
    QString membershipSection(bool embed) const;
    /// Scenario 2 in plain words for whoever ships the encrypted SNN.
    static QString shippingNote(const LeakageModel &leakage);
    QString settingsSection() const;

    const WorkspaceResults m_ws; ///< a copy (implicitly shared), so the writer may outlive the caller's
    QMap<QString, QImage> m_images;
};
