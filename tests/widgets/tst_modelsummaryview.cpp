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

    // A residual block: its first row names it in bold, the rest are indented, and the block's
    // rows share a band of colour that the layers outside it do not have.
    void showsResidualBlocksAsBlocks()
    {
        psnn::ModelSummary s;
        const auto row = [](std::string name, std::string type, std::string block) {
            psnn::LayerInfo l;
            l.name = std::move(name);
            l.type = std::move(type);
            l.block = std::move(block);
            return l;
        };
        s.layers = {row("relu", "ReLU", ""), row("layer1.0", "Fork", "layer1.0"), row("layer1.0.conv1", "Conv2d", "layer1.0"),
                    row("layer1.0.add", "Add", "layer1.0"), row("layer1.0.relu", "ReLU", "layer1.0"), row("fc", "Linear", "")};
        s.layers[3].shortcutStride = 2;
        s.layers[3].shortcutBatchNorm = true;
        ModelSummaryView view;
        view.setSummary(s);
        QCOMPARE(view.item(1, 1)->text(), QString("Residual block"));
        QVERIFY(view.item(1, 0)->font().bold());
        QVERIFY(!view.item(2, 0)->font().bold());
        QCOMPARE(view.item(2, 0)->text(), QString("    layer1.0.conv1"));
        QCOMPARE(view.item(3, 5)->text(), QString::fromUtf8("adds the block's input through a 1×1 conv with stride 2 and BN"));
        for (int r = 1; r <= 4; ++r)
            QCOMPARE(view.item(r, 3)->background().style(), Qt::SolidPattern);
        QCOMPARE(view.item(0, 3)->background().style(), Qt::NoBrush);
        QCOMPARE(view.item(5, 3)->background().style(), Qt::NoBrush);
        QCOMPARE(view.item(5, 0)->text(), QString("fc"));
    }
};

QTEST_MAIN(TestModelSummaryView)
#include "tst_modelsummaryview.moc"
