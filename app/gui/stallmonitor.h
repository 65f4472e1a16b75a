#pragma once
// How long the GUI thread's event loop went without serving its events: a precise timer asks to
// run every few milliseconds, and each time it runs late the delay is a stall (a paint, a slot or
// an image operation holding the thread). Measures what a person feels as a frozen window.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class StallMonitor : public QObject
{
    Q_OBJECT

public:
    struct Stall {
        double atSeconds; ///< when it began, since start()
        double ms;
    };

    explicit StallMonitor(QObject *parent = nullptr);

    void start();
    void stop();

    /// The longest stall since start(), in milliseconds.
    double longestMs() const { return m_longestMs; }
    /// Stalls longer than `ms`, counted once each.
    int stallsOver(double ms) const;
    double watchedSeconds() const;
    /// Every stall of more than 20 ms, in the order they happened (to find what caused them:
    /// the window's log has the time of each step).
    const QList<Stall> &stalls() const { return m_stalls; }

private:
    void tick();

    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    QList<Stall> m_stalls;
};
