#include "accuracyplot.h"
#include "energyplot.h"
#include "imagegallery.h"
#include "rocplot.h"

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

    void rocPlotHasTheCurvesAndChance()
    {
        RocPlot plot;
        plot.setCurves({{"ANN", {0, 0.5, 1}, {0, 0.7, 1}}});
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.graph(0)->data()->at(1)->value, 0.7);
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
