#pragma once

#include "core/progress.h"
#include "metatypes.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>

class ReportWriter;

/// Runs engine jobs on the engine thread (it is moved there by EngineController). Every slot
/// catches every exception and reports it through failed(); no exception leaves a slot.
class EngineWorker : public QObject
{
    Q_OBJECT

public:
    /// `cancel` is shared with the controller, which sets it from the GUI thread.
    explicit EngineWorker(psnn::CancelToken cancel, QObject *parent = nullptr);

public Q_SLOTS:
    /// Reads a model file (a TorchScript one with `options`) and emits modelInspected() or failed().
    void inspectModel(const QString &path, const psnn::ImportOptions &options);
    /// The import dialog's Check: emits importChecked() or failed() (or cancelled()).
    void checkImport(const QString &model, const psnn::ImportCheckOptions &options);
    /// Trains the judge-lenet preset on `data`'s training split into `output`; emits
    /// judgeTrained() or failed() (or cancelled(), leaving nothing behind).
    void trainJudge(const QString &data, const QString &output);
    /// Writes the workspace's settings.json.
    void saveSettings(const psnn::PipelineOptions &options);
    /// Exports `model` and records it in its workspace's exports log.
    void exportModel(const QString &model, int format, const QString &target);
    /// Runs the pipeline (or its first stages, see PipelineOptions::stopAfter), then reports the
    /// status of every stage.
    void runPipeline(const psnn::PipelineOptions &options);
    void pipelineStatus(const psnn::PipelineOptions &options);
    void loadSynthetic(const QString &path);
    /// Reads a workspace's results, JSON and figures, for the views; `locked`: holding the
    /// workspace's lock (for a report, so that a run in another process cannot change what is
    /// read). Emits resultsLoaded(), with `error` set (naming the file) when it could not.
    void loadResults(const QString &workspace, bool locked);
    /// Writes `report` (its figures drawn on the GUI thread) to both files, holding the
    /// workspace's lock. Emits reportWritten(), with `error` set (naming the file) on failure.
    void writeReport(const QString &workspace, const std::shared_ptr<const ReportWriter> &report, const QString &html,
                     const QString &pdf);
    /// Spikes of one neuron layer for one test image (cached test set), with the membrane of `neuron`.
    void traceSpikes(const QString &snnPath, const QString &testData, int imageIndex, int layer, qint64 neuron,
                     double thresholdScale, int timesteps);

Q_SIGNALS:
    void exported(const QString &path, const QString &sha256, const QStringList &warnings);
    void modelInspected(const psnn::ModelSummary &summary);
    void importChecked(const psnn::ImportCheck &check);
    void judgeTrained(const QString &path, double testAccuracy);
    /// `stage` names the pipeline stage; fractions are of that stage and of the whole job.
    void progress(const QString &stage, double stageFraction, double fraction, double etaSeconds, const QString &message);
    void pipelineFinished(bool stoppedEarly);
    void statusReady(const std::vector<psnn::StageStatus> &status);
    void syntheticLoaded(const SyntheticImages &images);
    void resultsLoaded(const WorkspaceResults &results, bool locked, const QString &error);
    void reportWritten(const QString &html, const QString &pdf, const QString &error);
    void spikesTraced(const psnn::SpikeTrace &trace, const psnn::ImageSet &image);
    /// `message` is translated and short; `detail` is the engine's text (file, layer, cause).
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    template<typename Job>
    void run(const QString &what, Job &&job);
    const psnn::ImageSet &testSet(const QString &spec);

    psnn::CancelToken m_cancel;
    bool m_threadsSet = false;
    QString m_testSpec;
    std::unique_ptr<psnn::ImageSet> m_testSet;
};
