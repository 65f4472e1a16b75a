#pragma once

#include "importdialog.h"
#include "metatypes.h"

#include <QObject>
#include <QPointer>

class EngineController;
class PipelinePanel;
class QWidget;
class WarningList;

/// A model of one's own, from File > Open Model to a pipeline that can run: the import dialog
/// and its check on the engine thread, the judge that the audit needs (the bundled one for the
/// test set's classes, one trained earlier, or one trained now), and the settings kept in the
/// workspace.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    /// Reads and edits the options of `panel`, and shows what needs fixing in `warnings`.
    ImportFlow(EngineController *engine, PipelinePanel *panel, WarningList *warnings, QWidget *window);

    /// Opens the import dialog for `model` showing `current`. On OK the panel gets the settings,
    /// the workspace keeps them, and setupChanged() follows.
    void open(const QString &model, const psnn::PipelineOptions &current);
    /// The open dialog, or nullptr.
    ImportDialog *dialog() const { return m_dialog; }

    /// A judge for `testData`'s classes: the bundled one, else one trained here earlier; "" if none.
    static QString judgeFor(const QString &testData);
    /// Where a judge trained here for `testData` is kept (the application's data folder).
    static QString trainedJudgePath(const QString &testData);
    /// Opens what fixes a warning's topic: the import dialog at its field, or, for "judge",
    /// trains a judge for the test data's classes on the engine thread (judge-lenet on its
    /// training split; the panel shows it as running, Cancel stops it).
    void fixWarning(const QString &topic);
    bool isTrainingJudge() const { return m_training; }
    /// The warnings list: the model's import warnings (ModelSummary::warnings), and a missing judge.
    void updateWarnings(const std::vector<psnn::ImportWarning> &importWarnings);

Q_SIGNALS:
    /// The panel got new settings: import settings accepted, or a judge trained and set.
    void setupChanged();
    void logged(const QString &line);

private:
    void useTrainedJudge(const QString &path, double testAccuracy);

    EngineController *m_engine;
    PipelinePanel *m_panel;
    WarningList *m_warnings;
    QWidget *m_window;
    std::vector<psnn::ImportWarning> m_importWarnings;
    QPointer<ImportDialog> m_dialog;
    psnn::PipelineOptions m_base;
    bool m_training = false;
};
