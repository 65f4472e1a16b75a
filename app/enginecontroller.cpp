#include "enginecontroller.h"
#include "engineworker.h"

#include <QMetaObject>

EngineController::EngineController(QObject *parent)
    : QObject(parent)
    , m_worker(new EngineWorker(m_cancel))
{
    qRegisterMetaType<psnn::ModelSummary>();
    m_thread.setObjectName(QStringLiteral("engine"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::modelInspected, this, &EngineController::modelInspected);
    connect(m_worker, &EngineWorker::progress, this, &EngineController::progress);
    connect(m_worker, &EngineWorker::failed, this, &EngineController::failed);
    connect(m_worker, &EngineWorker::cancelled, this, &EngineController::cancelled);
    m_thread.start();
}

EngineController::~EngineController()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

void EngineController::inspectModel(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->inspectModel(path); }, Qt::QueuedConnection);
}

void EngineController::cancel()
{
    m_cancel.cancel();
}
