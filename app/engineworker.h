#pragma once

#include "models.h"
#include "progress.h"
#include "metatypes.h"

#include <QObject>
#include <QString>

/// Runs engine jobs on the engine thread (it is moved there by EngineController). Every slot
/// catches every exception and reports it through failed(); no exception leaves a slot.
class EngineWorker : public QObject
{
    Q_OBJECT

public:
    /// `cancel` is shared with the controller, which sets it from the GUI thread.
    explicit EngineWorker(psnn::CancelToken cancel, QObject *parent = nullptr);

public Q_SLOTS:
    /// Reads a model file and emits modelInspected() or failed().
    void inspectModel(const QString &path);

Q_SIGNALS:
    void modelInspected(const psnn::ModelSummary &summary);
    void progress(double fraction, const QString &message);
    /// `message` is translated and short; `detail` is the engine's text (file, layer, cause).
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    template<typename Job>
    void run(const QString &what, Job &&job);

    psnn::CancelToken m_cancel;
    bool m_threadsSet = false;
};
