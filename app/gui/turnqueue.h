#pragma once
// GUI-thread work that cannot leave the GUI thread (widgets: plots, galleries) but would freeze
// the window if done in one go: each job runs in its own turn of the event loop, so paints and
// input are served between them and the window is held no longer than by the longest job.

#include <QList>
#include <QObject>

#include <functional>

class TurnQueue : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void()>;

    explicit TurnQueue(QObject *parent = nullptr);

    /// Queues `jobs` after those already waiting; the first runs in the next turn.
    void add(const QList<Job> &jobs);
    /// Drops every job that has not run yet.
    void clear() { m_jobs.clear(); }
    bool isEmpty() const { return m_jobs.isEmpty(); }

private:
    void schedule();
    void runNext();

    QList<Job> m_jobs;
    bool m_scheduled = false;
};
