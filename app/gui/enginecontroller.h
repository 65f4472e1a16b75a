#pragma once

#include "core/progress.h"
#include "metatypes.h"

#include <QObject>
#include <QThread>

#include <memory>

class EngineWorker;
class ReportWriter;

/// Owns the one long-lived engine thread and the worker on it. Commands go in as queued calls;
/// results come back as signals. Cancel sets a shared atomic flag directly, because the worker's
/// event queue is blocked while a job runs. Destruction cancels, quits and waits.
class EngineController : public QObject
{
    Q_OBJECT

public:
    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override;

    void inspectModel(const QString &path, const psnn::ImportOptions &options = {});
    /// Jobs that keep the engine busy like a pipeline run (and cancel like one).
    void checkImport(const QString &model, const psnn::ImportCheckOptions &options);
    void trainJudge(const QString &data, const QString &output);
    void saveSettings(const psnn::PipelineOptions &options);
    void exportModel(const QString &model, int format, const QString &target);
    void runPipeline(const psnn::PipelineOptions &options);
    void pipelineStatus(const psnn::PipelineOptions &options);
    void loadSynthetic(const QString &path);
    /// See EngineWorker::loadResults() and writeReport(); neither makes the engine busy.
    void loadResults(const QString &workspace, bool locked);
    void writeReport(const QString &workspace, std::shared_ptr<const ReportWriter> report, const QString &html,
                     const QString &pdf);
    void traceSpikes(const QString &snnPath, const QString &testData, int imageIndex, int layer, qint64 neuron,
                     double thresholdScale, int timesteps);
    /// Asks the running job to stop at its next safe point; it then emits cancelled().
    void cancel();
    /// True from a runPipeline(), checkImport() or trainJudge() call until its result, failed()
    /// or cancelled().
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void exported(const QString &path, const QString &sha256, const QStringList &warnings);
    void modelInspected(const psnn::ModelSummary &summary);
    void importChecked(const psnn::ImportCheck &check);
    void judgeTrained(const QString &path, double testAccuracy);
    void progress(const QString &stage, double stageFraction, double fraction, double etaSeconds, const QString &message);
    void pipelineFinished(bool stoppedEarly);
    void statusReady(const std::vector<psnn::StageStatus> &status);
    void syntheticLoaded(const SyntheticImages &images);
    void resultsLoaded(const WorkspaceResults &results, bool locked, const QString &error);
    void reportWritten(const QString &html, const QString &pdf, const QString &error);
    void spikesTraced(const psnn::SpikeTrace &trace, const psnn::ImageSet &image);
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    template<typename Fn>
    void post(Fn &&fn);

    psnn::CancelToken m_cancel; // before m_worker, which is constructed with a copy of it
    QThread m_thread;
    EngineWorker *m_worker;
    bool m_busy = false;
};
