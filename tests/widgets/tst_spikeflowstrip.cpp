#include "spikeflowstrip.h"

#include <QTest>

class TestSpikeFlowStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePanelPerLayerAndTheLeaderIsTheAnswer()
    {
        SpikeFlowStrip strip;
        strip.resize(1200, 400);
        QCOMPARE(strip.panelCount(), 0);
        QImage input(28, 28, QImage::Format_Grayscale8);
        input.fill(128);
        // Two channels of 2x2: the summed map is their sum; features {3} become a 2x2 map.
        const QList<SpikeFlowStrip::Layer> layers = {
            {QStringLiteral("features.1"), {2, 2, 2}, {1, 0, 0, 3, 1, 0, 0, 1}},
            {QStringLiteral("features.4"), {2, 1, 1}, {2, 5}},
            {QStringLiteral("classifier.1"), {3}, {0, 4, 2}}};
        // Three classes over three steps: class 2 leads at first, class 0 at the end.
        strip.setFlow(input, layers, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                      {0, 0, 1, 1, 0, 1.5, 3, 0.5, 2}, 3);
        QCOMPARE(strip.panelCount(), 5); // input, three layers, output
        const QImage first = strip.layerMap(0);
        QCOMPARE(first.size(), QSize(2, 2));
        QCOMPARE(qGray(first.pixel(0, 0)), 128); // 1 + 1 of a largest 4
        QCOMPARE(qGray(first.pixel(1, 1)), 255); // 3 + 1
        QCOMPARE(qGray(first.pixel(1, 0)), 0);
        QCOMPARE(strip.layerMap(1).size(), QSize(1, 1));
        QCOMPARE(qGray(strip.layerMap(2).pixel(1, 0)), 255);
        QCOMPARE(strip.leadingClass(), 0); // a new flow is shown at its last step
        QCOMPARE(strip.score(2), 2.0);
        strip.setTime(0);
        QCOMPARE(strip.leadingClass(), 2);
        strip.setTime(1);
        QCOMPARE(strip.leadingClass(), 2); // 1.5 against 1
        QVERIFY(!strip.grab().isNull());
    }
};

QTEST_MAIN(TestSpikeFlowStrip)
#include "tst_spikeflowstrip.moc"
