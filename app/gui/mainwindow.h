#pragma once

#include "metatypes.h"
#include "pipelinepanel.h"
#include "workspaceresults.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>
#include <optional>

class EngineController;
class FileMenu;
class TurnQueue;
class ImportFlow;
class WarningList;
class LanguageMenu;
class ModelSummaryView;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class ResultViews;
class SpikeView;

/// The workbench window: the pipeline panel on the left, the views (model, synthetic images,
/// spikes, energy, accuracy, leakage) on the right, the log below. All engine work goes through
/// the EngineController's one background thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `workspaceRoot`: where a model's workspace is made when none is chosen (default: the
    /// application's data folder).
    explicit MainWindow(QWidget *parent = nullptr, const QString &workspaceRoot = {});
    ~MainWindow() override;

    /// Opens a model (TorchScript or .psnn) with a fresh workspace of its own.
    void openModel(const QString &path);
    /// Opens a workspace made by this window or by the CLI; false (and a message) if it is not one.
    bool openWorkspace(const QString &dir);
    /// The bundled demo model and Fashion-MNIST with their demo settings.
    void openDemo();
    void makePrivateSnn();
    void runStep(PipelinePanel::Step step);
    void cancel();
    /// "en", "de", "zh_CN", "ko": applies at once, no restart.
    void setLanguage(const QString &code);
    /// One PNG per view into `dir` (screenshot tests); returns the files written.
    QStringList saveViewScreenshots(const QString &dir);

    PipelinePanel *panel() const { return m_panel; }
    QTabWidget *views() const;
    const ModelSummaryView *summaryView() const;
    SpikeView *spikeView() const;
    QString workspace() const { return m_workspace; }
    QPlainTextEdit *log() const { return m_log; }
    WarningList *warnings() const { return m_warnings; }
    ImportFlow *imports() const { return m_imports; }

Q_SIGNALS:
    /// Emitted once the layer table shows a model (tests and --screenshot wait for it).
    void modelShown(const QString &path);
    void openFailed(const QString &detail);
    /// The views show the workspace's current results (after opening it or after a run).
    void resultsShown();
    /// A run went to the engine thread; runEnded() follows.
    void runStarted();
    /// A run ended: finished, cancelled, or failed.
    void runEnded(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void start(const psnn::PipelineOptions &options, bool withReport);
    void setOptions(const psnn::PipelineOptions &options);
    void refreshStatus();
    void showStatus(const std::vector<psnn::StageStatus> &status);
    /// Reads the workspace on the GUI thread (opening a workspace or a model) and shows it.
    void showResults();
    /// The jobs that show m_results in every view (see TurnQueue).
    QList<std::function<void()>> presentJobs();
    /// What the engine thread read after a run or for a report.
    void resultsLoaded(const WorkspaceResults &results, bool locked, const QString &error);
    /// Writes the workspace's report: results and figures are read on the engine thread, plots
    /// drawn here, pages laid out and written on the engine thread again.
    void writeReport(const QString &html, const QString &pdf);
    void reportWritten(const QString &html, const QString &pdf, const QString &error);
    /// The end of a run, once its results are shown and its report (if any) written.
    void completeRun();
    void showSummary(const psnn::ModelSummary &summary);
    void showProgress(const QString &stage, double stageFraction, double fraction, double eta, const QString &message);
    void finishRun(bool stoppedEarly);
    void showCancelled();
    void showFailure(const QString &message, const QString &detail);
    void requestTrace(int image, int layer, qint64 neuron, double scale, int timesteps);
    void addLog(const QString &line);
    void showAbout();

    QString numbersFor(PipelinePanel::Step step) const;

    EngineController *m_engine;
    PipelinePanel *m_panel;
    ResultViews *m_views;
    QPlainTextEdit *m_log;
    WarningList *m_warnings;
    ImportFlow *m_imports = nullptr;
    QDockWidget *m_logDock;
    FileMenu *m_files = nullptr;
    TurnQueue *m_turns = nullptr;
    QMenu *m_runMenu, *m_viewMenu, *m_helpMenu;
    LanguageMenu *m_languages = nullptr;
    QList<QAction *> m_actions;

    QString m_workspaceRoot;
    QString m_workspace;
    WorkspaceResults m_results;
    QElapsedTimer m_clock;
    PipelinePanel::Step m_target = PipelinePanel::StepCount; ///< last step of the running job
    bool m_reportAfterRun = false;
    /// A run's pipeline has finished; its results (and report) are still on their way.
    bool m_finishingRun = false;
    struct ReportFiles {
        QString html, pdf;
    };
    std::optional<ReportFiles> m_pendingReport; ///< to be written once the results arrive
    QString m_lastStage;
};
