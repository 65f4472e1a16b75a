#include "model/models.h"
#include "synthesis/synthesis.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <fstream>

class TestSynthesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Data impressions lower their loss, and one-hot BN inversion yields images the ANN assigns
    // to the intended class (the demo model; a few images, few steps).
    void lowersLossAndHitsIntendedClass()
    {
        psnn::SynthesisOptions o;
        o.imagesPerClass = 2;
        o.iterations = 100;
        o.learningRate = 0.05;
        psnn::SynthesisReport rep;
        const psnn::SyntheticSet di = psnn::synthesize(psnn::demoModelPath(), o, &rep);
        QCOMPARE(di.images().size(), std::size_t(20));
        QVERIFY2(rep.lossCurve.back() < 0.8 * rep.lossCurve.front(),
                 (std::to_string(rep.lossCurve.front()) + " -> " + std::to_string(rep.lossCurve.back())).c_str());

        o.method = "bn-inversion";
        const psnn::SyntheticSet bn = psnn::synthesize(psnn::demoModelPath(), o, &rep);
        QVERIFY2(rep.assignedToIntended >= 0.9, std::to_string(rep.assignedToIntended).c_str());
        for (std::size_t i = 0; i < bn.images().size(); ++i)
            QCOMPARE(bn.intendedClass()[i], int(i / 2));
    }

    void sameSeedSameImages()
    {
        psnn::SynthesisOptions o;
        o.imagesPerClass = 1;
        o.iterations = 10;
        const auto a = psnn::synthesize(psnn::demoModelPath(), o);
        const auto b = psnn::synthesize(psnn::demoModelPath(), o);
        QVERIFY(a.images().pixels == b.images().pixels);
        o.seed = 2;
        const auto c = psnn::synthesize(psnn::demoModelPath(), o);
        QVERIFY(a.images().pixels != c.images().pixels);
    }

    void fileRoundTripAndRefusals()
    {
        QTemporaryDir dir;
        psnn::SynthesisOptions o;
        o.imagesPerClass = 1;
        o.iterations = 5;
        const auto set = psnn::synthesize(psnn::demoModelPath(), o);
        const std::string path = dir.filePath("set.bin").toStdString();
        psnn::writeSyntheticSet(set, path);
        const auto back = psnn::readSyntheticSet(path);
        QVERIFY(back.images().pixels == set.images().pixels);
        QCOMPARE(back.images().labels, set.images().labels);
        QCOMPARE(back.intendedClass(), set.intendedClass());
        QCOMPARE(back.file(), path);
        psnn::writeSyntheticGrid(set, dir.filePath("grid.png").toStdString());
        QVERIFY(QFile::exists(dir.filePath("grid.png")));

        // Real data cannot pose as a synthetic set.
        expectError([] { psnn::readSyntheticSet("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"); },
                    {"t10k-images", "not a synthetic image set"});
        std::ofstream(path, std::ios::app) << "x";
        expectError([&] { psnn::readSyntheticSet(path); }, {path, "does not match"});
    }

    void badOptions()
    {
        psnn::SynthesisOptions o;
        o.method = "gan";
        expectError([&] { psnn::synthesize(psnn::demoModelPath(), o); }, {"'gan'"});
        o.method = "bn-inversion";
        expectError([&] { psnn::synthesize(psnn::judgeModelPath(), o); }, {"fmnist-judge.psnn", "BatchNorm2d"});
    }
};

QTEST_GUILESS_MAIN(TestSynthesis)
#include "tst_synthesis.moc"
