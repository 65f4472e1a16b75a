#pragma once

#include "models.h"
#include "progress.h"
#include "metatypes.h"

#include <QObject>
#include <QThread>

class EngineWorker;

/// Owns the one long-lived engine thread and the worker on it. Commands go in as queued calls;
/// results come back as signals. Cancel sets a shared atomic flag directly, because the worker's
/// event queue is blocked while a job runs. Destruction cancels, quits and waits.
class EngineController : public QObject
{
    Q_OBJECT

public:
    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override;

    void inspectModel(const QString &path);
    /// Asks the running job to stop at its next safe point; it then emits cancelled().
    void cancel();

Q_SIGNALS:
    void modelInspected(const psnn::ModelSummary &summary);
    void progress(double fraction, const QString &message);
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    psnn::CancelToken m_cancel; // before m_worker, which is constructed with a copy of it
    QThread m_thread;
    EngineWorker *m_worker;
};
