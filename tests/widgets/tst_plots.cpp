#include "accuracyplot.h"
#include "energycurveplot.h"
#include "energyplot.h"
#include "frontierplot.h"
#include "imagegallery.h"
#include "rocplot.h"
#include "spikeloadplot.h"

#include <QSignalSpy>
#include <QTest>

class TestPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracyPlotHasACurvePerModelAndTheAnnLine()
    {
        AccuracyPlot plot;
        plot.setCurves({{"converted", {0.1, 0.5, 0.8}}, {"encrypted", {0.2, 0.6, 0.85}}}, 0.9);
        QCOMPARE(plot.graphCount(), 3);
        QCOMPARE(plot.graph(0)->data()->size(), 3);
        QCOMPARE(plot.graph(1)->data()->at(2)->value, 85.0); // percent
        QCOMPARE(plot.graph(2)->data()->at(0)->value, 90.0); // the ANN line
        plot.setCurves({}, -1);
        QCOMPARE(plot.graphCount(), 0);
    }

    void energyPlotHasTwoBarsPerLayer()
    {
        EnergyPlot plot;
        plot.setLayers({"conv1", "conv2", "fc"}, {1000, 2000, 3000}, {500, 4000, 10});
        QCOMPARE(plot.annBars()->data()->size(), 3);
        QCOMPARE(plot.snnBars()->data()->size(), 3);
        QCOMPARE(plot.snnBars()->data()->at(1)->value, 4.0); // nanojoules
        plot.setLogScale(true);
        QCOMPARE(plot.yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot.yAxis->range().lower > 0);
        QVERIFY(plot.yAxis->range().lower < 0.01); // below the smallest bar (0.01 nJ)
    }

    void spikeLoadPlotShowsTheBreakEvenLine()
    {
        SpikeLoadPlot plot;
        plot.setLayers({"relu1", "relu2", "relu3"}, {2.0, 6.5, 5.2}, 5.11);
        QCOMPARE(plot.bars()->data()->size(), 3);
        QCOMPARE(plot.bars()->data()->at(1)->value, 6.5);
        QCOMPARE(plot.layersAboveBreakEven(), 2);
        QVERIFY(plot.yAxis->range().upper > 6.5);
        plot.setLayers({"relu1"}, {2.0}, 0);
        QCOMPARE(plot.layersAboveBreakEven(), 0);
    }

    void energyCurvePlotHasTheAnnLineAndACurvePerSnn()
    {
        EnergyCurvePlot plot;
        plot.setCurves(20000, {"converted", "encrypted"}, {{1000, 2000, 3000, 4000}, {500, 1000, 1500}},
                       {{0.5, 0.7, 0.8, 0.9}, {0.6, 0.8, 0.9}}, {4, 3});
        QCOMPARE(plot.curveCount(), 2);
        QCOMPARE(plot.energyGraph(0)->data()->size(), 4);
        QCOMPARE(plot.energyGraph(1)->data()->at(2)->value, 1.5); // nanojoules
        QCOMPARE(plot.annGraph()->data()->at(0)->value, 20.0);
        QCOMPARE(plot.xAxis->range().upper, 5.0);
        // Replacing the curves leaves no old graphs behind: the ANN, two curves, two accuracy
        // curves and two deployment marks.
        plot.setCurves(20000, {"converted", "encrypted"}, {{1000, 2000}, {500}}, {{}, {}}, {2, 1});
        QCOMPARE(plot.graphCount(), 7);
    }

    void rocPlotHasTheCurvesAndChance()
    {
        RocPlot plot;
        plot.setCurves({{"ANN", {0, 0.5, 1}, {0, 0.7, 1}}});
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.graph(0)->data()->at(1)->value, 0.7);
    }

    // One graph per attack with a point and an interval bar per strength; a click on a point
    // reports its index.
    void frontierPlotHasAPointAndIntervalPerStrength()
    {
        FrontierPlot plot;
        const FrontierPlot::Series weights{"scenario 1", {0.7, 0.4, 0.1}, {0.6, 0.3, 0.05}, {0.8, 0.5, 0.2}, {0.93, 0.92, 0.9}},
            rate{"threshold-aware", {0.75, 0.7, 0.6}, {0.65, 0.6, 0.5}, {0.85, 0.8, 0.7}, {0.93, 0.92, 0.9}};
        plot.setFrontier({weights, rate}, {"0", "1", "10"}, 0.1);
        QCOMPARE(plot.seriesCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(plot.pointCount(i), 3);
            QCOMPARE(plot.intervalCount(i), 3);
        }
        QCOMPARE(plot.point(0, 2), QPointF(0.1, 0.9)); // in the sweep's order, not sorted
        QCOMPARE(plot.point(1, 0), QPointF(0.75, 0.93));
        plot.resize(500, 400);
        plot.replot();
        QSignalSpy clicked(&plot, &FrontierPlot::pointClicked);
        const QPoint at(int(plot.xAxis->coordToPixel(0.4)), int(plot.yAxis->coordToPixel(0.92)));
        QTest::mouseClick(&plot, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 1);
        plot.setFrontier({}, {}, 0.1);
        QCOMPARE(plot.seriesCount(), 0);
    }

    void galleryShowsEveryImageAndReportsClicks()
    {
        QImage sprite(3 * 8, 2 * 8, QImage::Format_RGB32); // 2 classes, 3 images each, 8x8
        sprite.fill(Qt::gray);
        ImageGallery gallery;
        gallery.setCellSize(40);
        ImageGallery::Group a{"ANN", sprite, 3, {0, 1, 0, 1, 1, 1}, {}}, b{"SNN", sprite.copy(0, 0, 8, 16), 1, {}, {}};
        gallery.setGroups({"cat", "dog"}, {a, b});
        QCOMPARE(gallery.groupCount(), 2);
        QCOMPARE(gallery.imageCount(), 8);
        const QImage img = gallery.render();
        QCOMPARE(img.size(), gallery.sizeHint());
        gallery.resize(gallery.sizeHint());
        QSignalSpy clicked(&gallery, &ImageGallery::imageClicked);
        // The second image of class "dog" in the first group: find it by scanning for a click target.
        bool found = false;
        for (int y = 0; y < gallery.height() && !found; y += 2)
            for (int x = 0; x < gallery.width() && !found; x += 2) {
                QTest::mouseClick(&gallery, Qt::LeftButton, {}, QPoint(x, y));
                if (!clicked.isEmpty() && clicked.last().at(0).toInt() == 0 && clicked.last().at(1).toInt() == 1
                    && clicked.last().at(2).toInt() == 1)
                    found = true;
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
