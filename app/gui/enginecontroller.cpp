#include "enginecontroller.h"

#include "engineworker.h"

#include <QMetaObject>

EngineController::EngineController(QObject *parent)
    : QObject(parent)
    , m_worker(new EngineWorker(m_cancel))
{
    qRegisterMetaType<psnn::ModelSummary>();
    qRegisterMetaType<psnn::ImportCheck>();
    qRegisterMetaType<std::vector<psnn::StageStatus>>();
    qRegisterMetaType<psnn::SpikeTrace>();
    qRegisterMetaType<psnn::ImageSet>();
    qRegisterMetaType<SyntheticImages>();
    qRegisterMetaType<WorkspaceResults>();
    m_thread.setObjectName(QStringLiteral("engine"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::modelInspected, this, &EngineController::modelInspected);
    connect(m_worker, &EngineWorker::progress, this, &EngineController::progress);
    connect(m_worker, &EngineWorker::pipelineFinished, this, [this](bool early) {
        m_busy = false;
        Q_EMIT pipelineFinished(early);
    });
    connect(m_worker, &EngineWorker::importChecked, this, [this](const psnn::ImportCheck &c) {
        m_busy = false;
        Q_EMIT importChecked(c);
    });
    connect(m_worker, &EngineWorker::judgeTrained, this, [this](const QString &path, double accuracy) {
        m_busy = false;
        Q_EMIT judgeTrained(path, accuracy);
    });
    connect(m_worker, &EngineWorker::exported, this, &EngineController::exported);
    connect(m_worker, &EngineWorker::statusReady, this, &EngineController::statusReady);
    connect(m_worker, &EngineWorker::syntheticLoaded, this, &EngineController::syntheticLoaded);
    connect(m_worker, &EngineWorker::resultsLoaded, this, &EngineController::resultsLoaded);
    connect(m_worker, &EngineWorker::reportWritten, this, &EngineController::reportWritten);
    connect(m_worker, &EngineWorker::spikesTraced, this, &EngineController::spikesTraced);
    connect(m_worker, &EngineWorker::failed, this, [this](const QString &m, const QString &d) {
        m_busy = false;
        Q_EMIT failed(m, d);
    });
    connect(m_worker, &EngineWorker::cancelled, this, [this] {
        m_busy = false;
        Q_EMIT cancelled();
    });
    m_thread.start();
}

EngineController::~EngineController()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

template<typename Fn>
void EngineController::post(Fn &&fn)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Fn>(fn), Qt::QueuedConnection);
}

void EngineController::inspectModel(const QString &path, const psnn::ImportOptions &options)
{
    post([worker = m_worker, path, options] { worker->inspectModel(path, options); });
}

void EngineController::checkImport(const QString &model, const psnn::ImportCheckOptions &options)
{
    m_busy = true;
    post([worker = m_worker, model, options] { worker->checkImport(model, options); });
}

void EngineController::trainJudge(const QString &data, const QString &output)
{
    m_busy = true;
    post([worker = m_worker, data, output] { worker->trainJudge(data, output); });
}

void EngineController::exportModel(const QString &model, int format, const QString &target)
{
    post([worker = m_worker, model, format, target] { worker->exportModel(model, format, target); });
}

void EngineController::saveSettings(const psnn::PipelineOptions &options)
{
    post([worker = m_worker, options] { worker->saveSettings(options); });
}

void EngineController::runPipeline(const psnn::PipelineOptions &options)
{
    m_busy = true;
    post([worker = m_worker, options] { worker->runPipeline(options); });
}

void EngineController::pipelineStatus(const psnn::PipelineOptions &options)
{
    post([worker = m_worker, options] { worker->pipelineStatus(options); });
}

void EngineController::loadSynthetic(const QString &path)
{
    post([worker = m_worker, path] { worker->loadSynthetic(path); });
}

void EngineController::loadResults(const QString &workspace, bool locked)
{
    post([worker = m_worker, workspace, locked] { worker->loadResults(workspace, locked); });
}

void EngineController::writeReport(const QString &workspace, std::shared_ptr<const ReportWriter> report,
                                   const QString &html, const QString &pdf)
{
    post([worker = m_worker, workspace, report = std::move(report), html, pdf] {
        worker->writeReport(workspace, report, html, pdf);
    });
}

void EngineController::traceSpikes(const QString &snnPath, const QString &testData, int imageIndex, int layer,
                                   qint64 neuron, double thresholdScale, int timesteps)
{
    post([=, worker = m_worker] { worker->traceSpikes(snnPath, testData, imageIndex, layer, neuron, thresholdScale, timesteps); });
}

void EngineController::cancel()
{
    m_cancel.cancel();
}
