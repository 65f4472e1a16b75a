#include "engineworker.h"

#include "reportwriter.h"

#include "core/error.h"
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/export.h"
#include "model/training.h"
#include "synthesis/synthesis.h"
#include "workspace/workspacelock.h"

#include <exception>
#include <memory>
#include <optional>

EngineWorker::EngineWorker(psnn::CancelToken cancel, QObject *parent)
    : QObject(parent)
    , m_cancel(std::move(cancel))
{
}

namespace {

// The GUI gets at most ten reports a second, whatever the engine sends.
psnn::ProgressFn progressTo(EngineWorker *worker)
{
    auto throttle = std::make_shared<psnn::ProgressThrottle>(
        [worker](const psnn::Progress &p) {
            Q_EMIT worker->progress(QString::fromStdString(p.stage), p.stageFraction < 0 ? p.fraction : p.stageFraction,
                                    p.fraction, p.etaSeconds, QString::fromStdString(p.message));
        },
        0.1);
    return [throttle](const psnn::Progress &p) { throttle->report(p); };
}

} // namespace

template<typename Job>
void EngineWorker::run(const QString &what, Job &&job)
{
    // OpenMP keeps the thread count per thread: set it on the engine thread itself.
    if (!m_threadsSet) {
        psnn::useComputeThreads();
        m_threadsSet = true;
    }
    m_cancel.reset();
    try {
        job();
    } catch (const psnn::Cancelled &) {
        Q_EMIT cancelled();
    } catch (const std::exception &e) {
        // psnn::Error (whose what() names its file or layer), c10::Error and cv::Exception.
        Q_EMIT failed(what, QString::fromStdString(e.what()));
    } catch (...) {
        Q_EMIT failed(what, tr("An unknown internal error occurred."));
    }
}

void EngineWorker::inspectModel(const QString &path, const psnn::ImportOptions &options)
{
    run(tr("Could not open the model."), [&] {
        psnn::ImportOptions o = options;
        o.cancel = m_cancel; // Cancel stops a TorchScript file's import process
        const psnn::ModelSummary summary = psnn::inspectModel(path.toStdString(), o);
        Q_EMIT modelInspected(summary);
    });
}

void EngineWorker::checkImport(const QString &model, const psnn::ImportCheckOptions &options)
{
    run(tr("Could not check the model on test images."), [&] {
        const psnn::ImportCheck check = psnn::checkImport(model.toStdString(), options, progressTo(this), m_cancel);
        Q_EMIT importChecked(check);
    });
}

void EngineWorker::trainJudge(const QString &data, const QString &output)
{
    run(tr("Could not train the judge."), [&] {
        psnn::TrainOptions o;
        o.preset = "judge-lenet";
        o.data = data.toStdString();
        o.output = output.toStdString();
        o.epochs = 5;
        o.seed = 2;
        o.commandLine = "privatesnn (GUI): privatesnn-cli train --preset judge-lenet --data " + o.data + " --out "
                        + o.output + " --epochs 5 --seed 2";
        const psnn::TrainResult r = psnn::trainModel(o, progressTo(this), m_cancel);
        Q_EMIT judgeTrained(QString::fromStdString(r.modelPath), r.testAccuracy);
    });
}

void EngineWorker::saveSettings(const psnn::PipelineOptions &options)
{
    run(tr("Could not save the settings."), [&] { psnn::writePipelineSettings(options); });
}

void EngineWorker::exportModel(const QString &model, int format, const QString &target)
{
    run(tr("Could not export the model."), [&] {
        const psnn::ExportResult r = psnn::exportModel(model.toStdString(), psnn::ExportFormat(format), target.toStdString());
        if (const std::string log = psnn::exportsLogFor(model.toStdString()); !log.empty())
            psnn::recordExport(log, model.toStdString(), r);
        QStringList warnings;
        for (const auto &w : r.warnings)
            warnings << QString::fromStdString(w);
        Q_EMIT exported(QString::fromStdString(r.path), QString::fromStdString(r.sha256), warnings);
    });
}

void EngineWorker::runPipeline(const psnn::PipelineOptions &options)
{
    run(tr("The pipeline stopped with an error."), [&] {
        const psnn::PipelineResult r = psnn::runPipeline(options, progressTo(this), m_cancel);
        Q_EMIT pipelineFinished(r.stoppedEarly);
    });
    // Whatever happened, the panel shows where each stage now stands.
    pipelineStatus(options);
}

void EngineWorker::pipelineStatus(const psnn::PipelineOptions &options)
{
    run(tr("Could not read the workspace."), [&] { Q_EMIT statusReady(psnn::pipelineStatus(options)); });
}

void EngineWorker::loadSynthetic(const QString &path)
{
    run(tr("Could not read the synthetic images."), [&] {
        const psnn::SyntheticSet set = psnn::readSyntheticSet(path.toStdString());
        Q_EMIT syntheticLoaded({set.images(), set.intendedClass(), set.annConfidence()});
    });
}

void EngineWorker::loadResults(const QString &workspace, bool locked)
{
    WorkspaceResults results;
    QString error;
    try {
        std::optional<psnn::WorkspaceLock> lock;
        if (locked)
            lock.emplace(workspace.toStdString());
        if (!results.load(workspace, &error))
            results = {};
    } catch (const std::exception &e) {
        // A workspace in use by another process, or a lock file that cannot be made.
        error = QString::fromStdString(e.what());
    }
    Q_EMIT resultsLoaded(results, locked, error);
}

void EngineWorker::writeReport(const QString &workspace, const std::shared_ptr<const ReportWriter> &report,
                               const QString &html, const QString &pdf)
{
    QString error;
    try {
        const psnn::WorkspaceLock lock(workspace.toStdString());
        report->write(html, pdf, &error);
    } catch (const std::exception &e) {
        error = QString::fromStdString(e.what());
    }
    Q_EMIT reportWritten(html, pdf, error);
}

const psnn::ImageSet &EngineWorker::testSet(const QString &spec)
{
    if (!m_testSet || spec != m_testSpec) {
        m_testSet = std::make_unique<psnn::ImageSet>(psnn::loadDataset(spec.toStdString(), psnn::Split::Test));
        m_testSpec = spec;
    }
    return *m_testSet;
}

void EngineWorker::traceSpikes(const QString &snnPath, const QString &testData, int imageIndex, int layer, qint64 neuron,
                               double thresholdScale, int timesteps)
{
    run(tr("Could not simulate the spiking network."), [&] {
        const psnn::ImageSet &set = testSet(testData);
        const psnn::SpikeTrace trace = psnn::traceSnn(snnPath.toStdString(), set, std::size_t(imageIndex), layer,
                                                      {neuron}, 1, thresholdScale, timesteps);
        psnn::ImageSet one;
        one.channels = set.channels;
        one.height = set.height;
        one.width = set.width;
        one.classNames = set.classNames;
        one.labels = {set.labels.at(std::size_t(imageIndex))};
        one.pixels.assign(set.image(std::size_t(imageIndex)), set.image(std::size_t(imageIndex)) + set.imageBytes());
        Q_EMIT spikesTraced(trace, one);
    });
}
