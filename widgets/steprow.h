#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

/// One step's row of the pipeline panel: title, state badge, Run button, numbers, progress bar
/// and its folding settings form.
struct StepRow {
    QLabel *badge = nullptr;
    QLabel *title = nullptr;
    QLabel *numbers = nullptr;
    QPushButton *run = nullptr;
    QToolButton *toggle = nullptr;
    QProgressBar *progress = nullptr;
    QWidget *settings = nullptr;
    QFormLayout *form = nullptr;
    int state = 0; ///< a PipelinePanel::State

    /// Makes the row's widgets in a new frame (the Run button named "run-<stage>") and returns
    /// the frame; the toggle folds the settings.
    QWidget *build(const QString &stage);
};
