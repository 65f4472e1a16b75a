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
        s.layers = {{"features.0", "Conv2d", {16, 28, 28}, 144, 112896, "3 kernel"},
                    {"features.1", "ReLU", {16, 28, 28}, 0, 0, ""},
                    {"classifier.0", "Linear", {10}, 1280, 1280, "no bias"}};
        ModelSummaryView view;
        view.setSummary(s);
        QCOMPARE(view.rowCount(), 3);
        QCOMPARE(view.columnCount(), 6);
        QCOMPARE(view.item(0, 0)->text(), QString("features.0"));
        QCOMPARE(view.item(0, 2)->text(), QString::fromUtf8("16×28×28"));
        QCOMPARE(view.item(0, 4)->text(), QString("112,896"));
        QCOMPARE(view.item(2, 1)->text(), QString("Linear"));
        QCOMPARE(view.item(2, 5)->text(), QString("no bias"));
        view.clearSummary();
        QCOMPARE(view.rowCount(), 0);
    }
};

QTEST_MAIN(TestModelSummaryView)
#include "tst_modelsummaryview.moc"
