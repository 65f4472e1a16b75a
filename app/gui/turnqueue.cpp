#include "turnqueue.h"

#include <QTimer>

TurnQueue::TurnQueue(QObject *parent) : QObject(parent) {}

void TurnQueue::add(const QList<Job> &jobs)
{
    m_jobs.append(jobs);
    schedule();
}

void TurnQueue::schedule()
{
    if (m_scheduled || m_jobs.isEmpty())
        return;
    m_scheduled = true;
    // A zero timer fires after the events already waiting (paints, input) have been served.
    QTimer::singleShot(0, this, &TurnQueue::runNext);
}

void TurnQueue::runNext()
{
    m_scheduled = false;
    if (m_jobs.isEmpty())
        return;
    const Job job = m_jobs.takeFirst();
    job(); // may add or clear jobs
    schedule();
}
