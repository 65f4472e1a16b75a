#include "model/models.h"
#include "model/modelloader.h"
#include "snn/deploysearch.h"

#include <torch/torch.h>

#include <QTest>

class TestDeploySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The smallest T from which the curve stays at or above the target, by hand.
    void smallestStableTimesteps()
    {
        QCOMPARE(psnn::smallestStableTimesteps({0.1, 0.5, 0.9, 0.95}, 0.9), 3);
        QCOMPARE(psnn::smallestStableTimesteps({0.1, 0.95, 0.8, 0.95, 0.96}, 0.9), 4); // dips after step 2
        QCOMPARE(psnn::smallestStableTimesteps({0.95, 0.96}, 0.9), 1);
        QCOMPARE(psnn::smallestStableTimesteps({0.5, 0.95, 0.7}, 0.9), 0); // ends below: never reached
        QCOMPARE(psnn::smallestStableTimesteps({}, 0.9), 0);
    }

    // Each probe is the rounded mean of its image and one of another class, labelled with the
    // ANN's own class of the mix; no file is recorded as read.
    void probesMixImagesOfDifferentClasses()
    {
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        psnn::ImageSet set;
        set.channels = 1;
        set.height = set.width = 28;
        set.classNames = ann.classNames;
        set.sourceFiles = {"synthetic.bin"};
        for (int i = 0; i < 6; ++i) {
            set.labels.push_back(i % 3);
            for (int p = 0; p < 28 * 28; ++p)
                set.pixels.push_back(std::uint8_t((i * 40 + p) % 256));
        }
        const psnn::ImageSet probes = psnn::boundaryProbes(set, ann, 7);
        QCOMPARE(probes.size(), set.size());
        QVERIFY(probes.sourceFiles.empty());
        const std::size_t bytes = set.imageBytes();
        for (std::size_t i = 0; i < set.size(); ++i) {
            // Find the partner: the image of another class whose mean with image i gives the probe.
            bool found = false;
            for (std::size_t j = 0; j < set.size() && !found; ++j) {
                if (set.labels[j] == set.labels[i])
                    continue;
                bool all = true;
                for (std::size_t b = 0; b < bytes && all; ++b)
                    all = probes.image(i)[b] == (set.image(i)[b] + set.image(j)[b] + 1) / 2;
                found = all;
            }
            QVERIFY2(found, ("probe " + std::to_string(i)).c_str());
        }
        std::vector<std::int64_t> all(probes.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = std::int64_t(i);
        torch::NoGradGuard noGrad;
        const auto pred = psnn::forward(ann, psnn::imagesToTensor(probes, all, ann.normalization)).argmax(1);
        for (std::size_t i = 0; i < probes.size(); ++i)
            QCOMPARE(probes.labels[i], int(pred[std::int64_t(i)].item<std::int64_t>()));
    }
};

QTEST_GUILESS_MAIN(TestDeploySearch)
#include "tst_deploysearch.moc"
