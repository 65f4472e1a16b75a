#include "enginecontroller.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestEngineController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Judge training runs on the engine thread, reports progress, and stops within a second of
    // Cancel, leaving no model behind.
    void judgeTrainingCancelsWithinASecond()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("judge.psnn");
        EngineController engine;
        QSignalSpy progress(&engine, &EngineController::progress);
        QSignalSpy cancelled(&engine, &EngineController::cancelled);
        QSignalSpy trained(&engine, &EngineController::judgeTrained);
        engine.trainJudge(QStringLiteral("fashion-mnist"), out);
        QVERIFY(engine.isBusy());
        // Wait until training batches run (loading the data comes first).
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toString() == QLatin1String("train"), 60000);
        QElapsedTimer clock;
        clock.start();
        engine.cancel();
        QVERIFY(cancelled.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed()) + " ms"));
        QVERIFY(!engine.isBusy());
        QCOMPARE(trained.size(), 0);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_MAIN(TestEngineController)
#include "tst_enginecontroller.moc"
