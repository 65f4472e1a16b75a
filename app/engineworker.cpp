#include "engineworker.h"

#include "error.h"
#include "runtime.h"

#include <exception>

EngineWorker::EngineWorker(psnn::CancelToken cancel, QObject *parent)
    : QObject(parent)
    , m_cancel(std::move(cancel))
{
}

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
        // psnn::Error, c10::Error and cv::Exception all derive from std::exception.
        Q_EMIT failed(what, QString::fromStdString(e.what()));
    } catch (...) {
        Q_EMIT failed(what, tr("An unknown internal error occurred."));
    }
}

void EngineWorker::inspectModel(const QString &path)
{
    run(tr("Could not open the model."), [&] {
        const psnn::ModelSummary summary = psnn::inspectModel(path.toStdString());
        Q_EMIT modelInspected(summary);
    });
}
