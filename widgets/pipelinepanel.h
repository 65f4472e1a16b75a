#pragma once

#include "steprow.h"
#include "workspace/pipeline.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

/// The steps from a model to a private SNN, each with its state, key numbers, progress, Run
/// button and settings, plus "Make private SNN" and Cancel. It edits a psnn::PipelineOptions and
/// asks for work through signals; it runs nothing itself.
class PipelinePanel : public QWidget
{
    Q_OBJECT

public:
    enum Step { Import, Synthesize, Convert, Encrypt, Evaluate, Energy, Audit, Report, StepCount };
    enum State { NotRun, Running, Done, Failed, Stale };

    explicit PipelinePanel(QWidget *parent = nullptr);

    /// The engine's stage name of a step ("import" ... "audit"; "report" for Report).
    static QString stageName(Step step);
    /// The step of an engine stage name; StepCount if none.
    static Step stepOf(const QString &stage);

    void setOptions(const psnn::PipelineOptions &options);
    /// Sets one encryption setting by its `sweep --parameter` name (privacy-weight, scramble,
    /// epochs, learning-rate), as an auditor picks a point of the frontier.
    void setEncryptionSetting(const QString &parameter, double value);
    /// The options with the panel's edits applied.
    psnn::PipelineOptions options() const;

    void setState(Step step, State state, const QString &numbers = {});
    State state(Step step) const;
    QString numbers(Step step) const;
    /// Every step still shown as running (of those before `before`) gets `state` and `numbers`.
    void endRunningSteps(State state, const QString &numbers = {}, Step before = StepCount);
    /// The engine's dry-run states of the stages (done, stale, not run), with their numbers; an
    /// audit missing from `status` is shown as needing a judge.
    void showStageStatus(const std::vector<psnn::StageStatus> &status, const std::function<QString(Step)> &numbersFor);
    /// The numbers of every step that is not running, from `numbersFor`.
    void refreshNumbers(const std::function<QString(Step)> &numbersFor);
    void setStepProgress(Step step, double fraction);
    /// What auto conversion tried (rich text; empty hides it), shown in the Convert settings.
    void setConversionCandidates(const QString &html);
    void setOverall(double fraction, double elapsedSeconds, double etaSeconds);
    /// While running: Run buttons and settings disabled, Cancel enabled.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runRequested(PipelinePanel::Step step);
    void makePrivateRequested();
    void cancelRequested();
    void optionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRow(Step step, QWidget *container);
    void buildSettings();
    void retranslate();
    void updateBadge(Step step);
    static QString duration(double seconds);

    StepRow m_rows[StepCount];
    QPushButton *m_makePrivate = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_heading = nullptr;
    bool m_running = false;
    psnn::PipelineOptions m_base;

    // Settings editors.
    QSpinBox *m_imagesPerClass, *m_synthIterations, *m_timesteps, *m_epochs, *m_trainTimesteps, *m_evalLimit,
        *m_reconstructions, *m_invertIterations, *m_attackTimesteps;
    QDoubleSpinBox *m_synthLr, *m_percentile, *m_initialMembrane, *m_encryptLr, *m_distillation, *m_privacyWeight,
        *m_spikeWeight;
    QSpinBox *m_scramble;
    QComboBox *m_coding, *m_neuron, *m_deploy, *m_energyPreset;
    QLineEdit *m_testData, *m_judge;
    QCheckBox *m_autoConvert, *m_signedSpikes, *m_quantized, *m_evolution;
    QLabel *m_candidates = nullptr;
};
