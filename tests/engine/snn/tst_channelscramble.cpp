#include "audit/inversion.h"
#include "data/datasets.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "model/presets.h"
#include "snn/channelscramble.h"
#include "snn/conversion.h"
#include "snn/converter.h"
#include "snn/simulation.h"
#include "synthesis/synthesis.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>

#include <filesystem>
#include <numeric>

class TestChannelScramble : public QObject
{
    Q_OBJECT

    // The demo ANN converted with `coding` and the given neuron options.
    psnn::Network converted(psnn::InputCoding coding, bool signedSpikes, double start, double leak)
    {
        psnn::ConversionOptions co;
        co.snn.coding = coding;
        co.snn.signedSpikes = signedSpikes;
        co.snn.initialMembrane = start;
        co.snn.timesteps = 12;
        co.snn.neuron = leak < 1 ? psnn::NeuronModel::LIF : psnn::NeuronModel::IF;
        co.snn.leak = leak;
        co.percentile = 99.9;
        co.balanceImages = 40;
        const std::string out = m_dir.filePath("c.psnn").toStdString();
        psnn::convertModel(psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), out, co);
        return psnn::loadAnyNetwork(out);
    }

    torch::Tensor testPixels(std::int64_t n)
    {
        std::vector<std::int64_t> idx(static_cast<std::size_t>(n));
        std::iota(idx.begin(), idx.end(), 0);
        return psnn::imagesToTensor(m_test, idx, psnn::Normalization{{0.f}, {1.f}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
        psnn::SynthesisOptions so;
        so.imagesPerClass = 8;
        so.iterations = 40;
        so.learningRate = 0.05;
        m_synthetic = m_dir.filePath("synthetic.bin").toStdString();
        psnn::writeSyntheticSet(psnn::synthesize(psnn::demoModelPath(), so), m_synthetic);
        m_test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
    }

    // Power-of-two gains are exact in floating point: every spike and output stays as it was,
    // whatever the coding and neuron options, through a save and a load.
    void theSnnIsUnchanged_data()
    {
        QTest::addColumn<int>("coding");
        QTest::addColumn<bool>("signedSpikes");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("leak");
        QTest::newRow("direct") << int(psnn::InputCoding::Direct) << false << 0.0 << 1.0;
        QTest::newRow("direct, signed, half start") << int(psnn::InputCoding::Direct) << true << 0.5 << 1.0;
        QTest::newRow("pixel Poisson, signed, half start") << int(psnn::InputCoding::PoissonPixel) << true << 0.5 << 1.0;
        QTest::newRow("signed Poisson, LIF 0.9") << int(psnn::InputCoding::Poisson) << false << 0.0 << 0.9;
    }
    void theSnnIsUnchanged()
    {
        QFETCH(int, coding);
        QFETCH(bool, signedSpikes);
        QFETCH(double, start);
        QFETCH(double, leak);
        const psnn::Network snn = converted(psnn::InputCoding(coding), signedSpikes, start, leak);
        psnn::Network scrambled = psnn::cloneNetwork(snn);
        psnn::scrambleChannels(scrambled, 8, 5);
        const std::string file = m_dir.filePath("scrambled.psnn").toStdString();
        psnn::saveNetwork(scrambled, file);
        const psnn::Network loaded = psnn::loadAnyNetwork(file);
        const auto x = (testPixels(24) - 0.2860f) / 0.3530f;
        psnn::SimulationOptions o;
        o.seed = 7;
        o.traceLayer = 1;
        o.traceNeurons = {0};
        const auto before = psnn::simulate(snn, x, o), after = psnn::simulate(loaded, x, o);
        QVERIFY(torch::equal(before.output, after.output));
        QVERIFY(torch::equal(before.traceSpikes, after.traceSpikes));
        QVERIFY(before.output.abs().sum().item<double>() > 0);
        // The weights did change: each layer's rows carry gains between 2^-8 and 2^8.
        for (std::size_t i = 0; i < snn.layers.size(); ++i)
            if (snn.layers[i].kind == psnn::LayerKind::ReLU) {
                QVERIFY(loaded.layers[i].thresholds.defined() && loaded.layers[i].amplitudes.defined());
                const auto gain = loaded.layers[i].thresholds / loaded.layers[i].amplitudes;
                QVERIFY(gain.min().item<double>() >= 1.0 / 256 && gain.max().item<double>() <= 256);
                QVERIFY(gain.max().item<double>() / gain.min().item<double>() >= 16); // not all the same
            }
    }

    // Read as an ANN with the thresholds ignored, the scrambled weights no longer classify like
    // the ANN; divided by the thresholds (the informed attacker's reading) they still do.
    void onlyTheThresholdAwareReadingSurvives()
    {
        const psnn::Network snn = converted(psnn::InputCoding::Direct, false, 0.0, 1.0);
        psnn::Network scrambled = psnn::cloneNetwork(snn);
        psnn::scrambleChannels(scrambled, 8, 5);
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        torch::NoGradGuard noGrad;
        const auto pixels = testPixels(500);
        const auto truth = psnn::annScores(ann)(pixels).argmax(1);
        const auto agree = [&](const psnn::ScoreFn &f) {
            return f(pixels).argmax(1).eq(truth).to(torch::kFloat64).mean().item<double>();
        };
        const double plainBefore = agree(psnn::annScores(psnn::weightsAsAnn(snn)));
        const double plainAfter = agree(psnn::annScores(psnn::weightsAsAnn(scrambled)));
        const double rateAfter = agree(psnn::rateScores(scrambled));
        QVERIFY2(plainBefore > 0.99, std::to_string(plainBefore).c_str()); // converted weights are the ANN's
        QVERIFY2(plainAfter < 0.5, std::to_string(plainAfter).c_str());
        QVERIFY2(rateAfter > 0.98, std::to_string(rateAfter).c_str());
        QCOMPARE(agree(psnn::rateScores(scrambled)), agree(psnn::rateScores(snn)));
    }

    // A ResNet (identity and 1x1-conv shortcuts, BN folded on both branches): the gains move
    // through both branches and, for identity shortcuts, into the amplitudes of the neurons that
    // send the block's input; spikes and outputs stay bit-identical.
    void residualSnnIsUnchanged_data()
    {
        QTest::addColumn<int>("coding");
        QTest::newRow("direct") << int(psnn::InputCoding::Direct);
        QTest::newRow("signed Poisson") << int(psnn::InputCoding::Poisson);
    }
    void residualSnnIsUnchanged()
    {
        QFETCH(int, coding);
        torch::manual_seed(3);
        psnn::Network ann = psnn::buildPreset("fmnist-resnet", {1, 28, 28}, 10, true);
        ann.classNames.assign(10, "c");
        ann.normalization = {{0.f}, {1.f}};
        for (psnn::Layer *l : psnn::allLayers(ann))
            if (l->kind == psnn::LayerKind::BatchNorm2d) {
                l->runningMean.uniform_(-0.2, 0.2);
                l->runningVar.uniform_(0.5, 2.0);
                l->bias.uniform_(-0.1, 0.3);
            }
        psnn::SnnSettings settings;
        settings.coding = psnn::InputCoding(coding);
        settings.timesteps = 10;
        psnn::Network snn = psnn::toSpiking(ann, settings);
        for (psnn::Layer &l : snn.layers)
            l.threshold = 0.5;
        psnn::Network scrambled = psnn::cloneNetwork(snn);
        psnn::scrambleChannels(scrambled, 8, 11);
        const auto x = (testPixels(8) - 0.2860f) / 0.3530f;
        psnn::SimulationOptions o;
        o.seed = 3;
        const auto before = psnn::simulate(snn, x, o), after = psnn::simulate(scrambled, x, o);
        QVERIFY(torch::equal(before.output, after.output));
        for (std::size_t k = 0; k < before.spikesPerStep.size(); ++k)
            QVERIFY(torch::equal(before.spikesPerStep[k], after.spikesPerStep[k]));
        QVERIFY(before.spikesPerStep.back().sum().item<double>() > 0);
        // Every weighted layer changed, the shortcut's 1x1 convs and the blocks' first convs too.
        const auto a = psnn::allLayers(snn), b = psnn::allLayers(scrambled);
        for (std::size_t i = 0; i + 1 < a.size(); ++i)
            if (a[i]->kind == psnn::LayerKind::Conv2d)
                QVERIFY2(!torch::equal(a[i]->weight, b[i]->weight), a[i]->name.c_str());
    }

    void refusesBadInput()
    {
        psnn::Network snn = converted(psnn::InputCoding::Direct, false, 0.0, 1.0);
        expectError([&] { psnn::scrambleChannels(snn, 31, 1); }, {"between 0 and 30"});
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        psnn::Network copy = ann;
        expectError([&] { psnn::scrambleChannels(copy, 4, 1); }, {"spiking network"});
        psnn::scrambleChannels(snn, 0, 1); // 0 is off
        for (const auto &l : snn.layers)
            QVERIFY(!l.thresholds.defined());
    }

private:
    QTemporaryDir m_dir;
    std::string m_synthetic;
    psnn::ImageSet m_test;
};

QTEST_GUILESS_MAIN(TestChannelScramble)
#include "tst_channelscramble.moc"
