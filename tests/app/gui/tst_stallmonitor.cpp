#include "stallmonitor.h"

#include <algorithm>

#include <QTest>
#include <QThread>
#include <QTimer>

class TestStallMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A slot that holds the thread for 150 ms is one stall of at least that long.
    void blockedThreadIsOneStall()
    {
        StallMonitor monitor;
        monitor.start();
        QTimer::singleShot(50, [] { QThread::msleep(150); });
        QTest::qWait(400);
        monitor.stop();
        QVERIFY2(monitor.longestMs() >= 140, qPrintable(QString::number(monitor.longestMs())));
        QVERIFY(monitor.longestMs() < 400);
        QVERIFY(monitor.stallsOver(100) >= 1);
        QVERIFY(monitor.watchedSeconds() >= 0.4);
        // It began when the slot was due, 50 ms in (the timer may fire a little late).
        const auto longest = std::max_element(monitor.stalls().begin(), monitor.stalls().end(),
                                              [](const auto &a, const auto &b) { return a.ms < b.ms; });
        QVERIFY(longest != monitor.stalls().end());
        QCOMPARE(longest->ms, monitor.longestMs());
        QVERIFY2(longest->atSeconds >= 0.045 && longest->atSeconds < 0.25, qPrintable(QString::number(longest->atSeconds)));
    }

    // A stall still going on when the monitor stops counts up to that moment.
    void stallAtTheEndCounts()
    {
        StallMonitor monitor;
        monitor.start();
        QTest::qWait(20);
        QThread::msleep(120);
        monitor.stop();
        QVERIFY2(monitor.longestMs() >= 110, qPrintable(QString::number(monitor.longestMs())));
        QCOMPARE(monitor.stallsOver(100), 1);
    }
};

QTEST_MAIN(TestStallMonitor)
#include "tst_stallmonitor.moc"
