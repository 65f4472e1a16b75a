#include "mainwindow.h"
#include "modelsummaryview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Smoke test: the window opens offscreen and shows the demo model's layers.
    void showsDemoModel()
    {
        const QString demo = QString::fromStdString(psnn::demoModelPath());
        QVERIFY2(QFile::exists(demo), qPrintable(demo));
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::modelShown);
        window.openModel(demo);
        QVERIFY(shown.wait(20000));
        const ModelSummaryView *view = window.summaryView();
        QCOMPARE(view->rowCount(), int(psnn::inspectModel(demo.toStdString()).layers.size()));
        QCOMPARE(view->item(0, 0)->text(), QString("features.0"));
        QCOMPARE(view->item(0, 1)->text(), QString("Conv2d"));
        QCOMPARE(view->item(view->rowCount() - 1, 1)->text(), QString("Linear"));
    }

    // A corrupt file gives a message naming it; the window stays usable for the next file.
    void corruptModelKeepsWindowUsable()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath("broken.psnn");
        std::ofstream(bad.toStdString()) << "PSNNMODL garbage";
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::openFailed);
        QSignalSpy shown(&window, &MainWindow::modelShown);
        window.openModel(bad);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains("broken.psnn"));
        window.openModel(QString::fromStdString(psnn::demoModelPath()));
        QVERIFY(shown.wait(20000));
        QVERIFY(window.summaryView()->rowCount() > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
