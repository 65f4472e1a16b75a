#include "spikemapview.h"

#include <QTest>

class TestSpikeMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A 2x3x4 layer: neuron n is channel n / 12, row (n % 12) / 4, column n % 4.
    void drawsExactlyTheGivenSpikesPerChannel()
    {
        SpikeMapView view;
        view.resize(800, 600);
        view.setSpikes(QStringLiteral("features.1"), {2, 3, 4}, 5, {{0, 0}, {1, 13}, {1, 23}, {3, 13}, {4, 5}},
                       {{2, 0}});
        QCOMPARE(view.channels(), 2);
        view.setTime(1);
        const QImage c0 = view.firingMap(0), c1 = view.firingMap(1);
        QCOMPARE(c0.size(), QSize(4, 3));
        int lit0 = 0, lit1 = 0;
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x) {
                lit0 += qGray(c0.pixel(x, y)) > 0;
                lit1 += qGray(c1.pixel(x, y)) > 0;
            }
        QCOMPARE(lit0, 0); // neuron 0 fired at step 0, not at 1
        QCOMPARE(lit1, 2);
        QCOMPARE(qGray(c1.pixel(1, 0)), 255); // neuron 13: channel 1, row 0, column 1
        QCOMPARE(qGray(c1.pixel(3, 2)), 255); // neuron 23: channel 1, row 2, column 3
        QCOMPARE(view.counts(0).at(0), 1.0f);
        // The negative spike at step 2 takes neuron 0's count back.
        view.setTime(4);
        QCOMPARE(view.counts(0).at(0), 0.0f);
        QCOMPARE(view.counts(1).at(1), 2.0f);
        QCOMPARE(view.counts(0).at(5), 1.0f);
        QCOMPARE(qGray(view.firingMap(0).pixel(1, 1)), 255); // neuron 5 at step 4
        // It paints (and does not crash on a size where cells are tiny).
        view.resize(120, 90);
        QVERIFY(!view.grab().isNull());
    }

    // Features without a picture shape are laid out as a near-square single map.
    void featuresBecomeOneSquareMap()
    {
        SpikeMapView view;
        view.setSpikes(QStringLiteral("classifier.1"), {10}, 2, {{0, 9}}, {});
        QCOMPARE(view.channels(), 1);
        view.setTime(0);
        const QImage map = view.firingMap(0);
        QCOMPARE(map.size(), QSize(4, 3)); // ceil(sqrt(10)) = 4 columns, 3 rows
        QCOMPARE(qGray(map.pixel(1, 2)), 255); // neuron 9: row 2, column 1
    }
};

QTEST_MAIN(TestSpikeMapView)
#include "tst_spikemapview.moc"
