#include "turnqueue.h"

#include <QMetaObject>
#include <QStringList>
#include <QTest>

class TestTurnQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Jobs run in order, none during add(), and an event posted by one job is served before the
    // next job runs: each job has a turn of the event loop to itself.
    void oneJobPerTurn()
    {
        TurnQueue queue;
        QStringList order;
        QObject receiver;
        queue.add({[&] {
                       order << "first";
                       QMetaObject::invokeMethod(&receiver, [&] { order << "posted"; }, Qt::QueuedConnection);
                   },
                   [&] { order << "second"; }});
        queue.add({[&] { order << "third"; }});
        QVERIFY(order.isEmpty());
        QVERIFY(!queue.isEmpty());
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(order, QStringList({"first", "posted", "second", "third"}));
        QVERIFY(queue.isEmpty());
    }

    // clear() from inside a job drops the rest; a job may queue more after itself.
    void clearAndAddFromAJob()
    {
        TurnQueue queue;
        QStringList order;
        queue.add({[&] {
                       order << "a";
                       queue.add({[&] { order << "added"; }});
                   },
                   [&] { order << "b"; }});
        QTRY_COMPARE(order, QStringList({"a", "b", "added"}));

        order.clear();
        queue.add({[&] {
                       order << "x";
                       queue.clear();
                   },
                   [&] { order << "dropped"; }});
        QTRY_VERIFY(queue.isEmpty());
        QTest::qWait(50);
        QCOMPARE(order, QStringList({"x"}));
    }
};

QTEST_MAIN(TestTurnQueue)
#include "tst_turnqueue.moc"
