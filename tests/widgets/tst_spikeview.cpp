#include "spikeview.h"

#include <QSignalSpy>
#include <QTest>

class TestSpikeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The raster draws exactly the spikes it is given: black up to the cursor, grey after.
    void rasterShowsExactlyTheGivenSpikes()
    {
        SpikeView view;
        view.setLayers({"features.1", "features.4"}, {500, 100}, 10, 50);
        SpikeView::Trace t;
        t.timesteps = 10;
        t.neurons = 500;
        t.threshold = 1.5;
        t.spikes = {{0, 3}, {2, 3}, {2, 17}, {7, 499}, {9, 450}, {9, 0}}; // 499 and 450 lie past the 400 shown
        t.tracedNeuron = 3;
        t.membrane = {0.5, 1.0, 1.6, 0.2, 0.7, 1.2, 1.7, 0.3, 0.8, 1.3};
        view.setTrace(t);
        QCOMPARE(view.rasterPointCount(), 4);
        QCOMPARE(view.timeCursor(), 9); // a new trace is shown whole
        view.setTimeCursor(2);
        const auto *past = view.raster()->graph(0)->data().data();
        const auto *future = view.raster()->graph(1)->data().data();
        QCOMPARE(past->size(), 3);   // (0,3) (2,3) (2,17)
        QCOMPARE(future->size(), 1); // (9,0)
        QCOMPARE(future->at(0)->key, 9.0);
        QCOMPARE(future->at(0)->value, 0.0);
        // Membrane against the threshold.
        QCOMPARE(view.membranePlot()->graph(0)->data()->size(), 10);
        QCOMPARE(view.membranePlot()->graph(1)->data()->at(5)->value, 1.5);
    }

    // Negative spikes (signed neurons) are drawn in their own colour up to the cursor, grey after.
    void negativeSpikesHaveTheirOwnGraph()
    {
        SpikeView view;
        view.setLayers({"features.1"}, {50}, 10, 5);
        SpikeView::Trace t;
        t.timesteps = 10;
        t.neurons = 50;
        t.threshold = 1.0;
        t.spikes = {{1, 4}, {5, 4}};
        t.negativeSpikes = {{2, 4}, {8, 7}};
        view.setTrace(t);
        QCOMPARE(view.rasterPointCount(), 4);
        view.setTimeCursor(3);
        const auto *past = view.raster()->graph(0)->data().data();
        const auto *future = view.raster()->graph(1)->data().data();
        const auto *takenBack = view.raster()->graph(2)->data().data();
        QCOMPARE(past->size(), 1);      // (1,4)
        QCOMPARE(takenBack->size(), 1); // (2,4)
        QCOMPARE(takenBack->at(0)->key, 2.0);
        QCOMPARE(future->size(), 2);    // (5,4) and the negative (8,7), sorted by time
        QCOMPARE(future->at(1)->key, 8.0);
        QCOMPARE(future->at(1)->value, 7.0);
        QVERIFY(view.raster()->graph(2)->scatterStyle().pen().color() != view.raster()->graph(0)->scatterStyle().pen().color());
        QVERIFY(view.raster()->legend->visible()); // a key for the colours, only when there are negative spikes
        t.negativeSpikes.clear();
        view.setTrace(t);
        QVERIFY(!view.raster()->legend->visible());
    }

    void ratesHaveOneCurvePerLayer()
    {
        SpikeView view;
        view.setRates({"a", "b", "c"}, {{0.1, 0.2}, {0.0, 0.3}, {0.5, 0.5}});
        QCOMPARE(view.ratePlot()->graphCount(), 3);
        QCOMPARE(view.ratePlot()->graph(1)->data()->at(1)->value, 0.3);
    }
};

QTEST_MAIN(TestSpikeView)
#include "tst_spikeview.moc"
