#include "modelsummaryview.h"

#include <QLocale>
#include <QTest>

class TestModelSummaryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsEveryLayer()
    {
        psnn::ModelSummary s;
        s.layers.resize(3);
        s.layers[0] = {"features.0", "Conv2d", {16, 28, 28}, 144, 112896, "", {3, 3}, {1, 1}, {1, 1}, false, -1};
        s.layers[1] = {"features.1", "IF", {16, 28, 28}, 0, 0, "", {0, 0}, {0, 0}, {0, 0}, false, -1, 2.5};
        s.layers[2] = {"classifier.0", "Linear", {10}, 1280, 1280, "", {0, 0}, {0, 0}, {0, 0}, false, -1};
        ModelSummaryView view;
        view.setSummary(s);
        QCOMPARE(view.rowCount(), 3);
        QCOMPARE(view.columnCount(), 6);
        QCOMPARE(view.item(0, 0)->text(), QString("features.0"));
        QCOMPARE(view.item(0, 2)->text(), QString::fromUtf8("16×28×28"));
        QCOMPARE(view.item(0, 4)->text(), QString("112,896"));
        QCOMPARE(view.item(2, 1)->text(), QString("Linear"));
        QCOMPARE(view.item(0, 5)->text(), QString::fromUtf8("3×3 kernel, stride 1×1, padding 1×1, no bias"));
        QCOMPARE(view.item(1, 5)->text(), QString("spiking neurons, threshold 2.5"));
        QCOMPARE(view.item(2, 5)->text(), QString("no bias"));
        view.clearSummary();
        QCOMPARE(view.rowCount(), 0);
    }
};

QTEST_MAIN(TestModelSummaryView)
#include "tst_modelsummaryview.moc"
