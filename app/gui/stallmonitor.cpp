#include "stallmonitor.h"

#include <algorithm>

StallMonitor::StallMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    m_longestMs = 0;
    m_stalls.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    tick(); // a stall that is still going on counts up to now
    m_timer.stop();
}

int StallMonitor::stallsOver(double ms) const
{
    return int(std::count_if(m_stalls.begin(), m_stalls.end(), [ms](const Stall &s) { return s.ms > ms; }));
}

double StallMonitor::watchedSeconds() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e9 : 0.0;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // The time the loop was late beyond the interval it was asked to keep.
    const double late = double(now - m_lastNs) / 1e6 - kIntervalMs;
    if (late > 20)
        m_stalls.append({double(m_lastNs) / 1e9 + kIntervalMs / 1e3, late});
    m_lastNs = now;
    m_longestMs = std::max(m_longestMs, late);
}
