#include "stallmonitor.h"

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
