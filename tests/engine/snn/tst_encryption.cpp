#include "data/datasets.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "snn/conversion.h"
#include "snn/encryption.h"
#include "snn/ratenetwork.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <torch/torch.h>

#include <filesystem>
#include <functional>
#include <numeric>

class TestEncryption : public QObject
{
    Q_OBJECT

    // The short training every option test starts from; `name` is the output file.
    psnn::EncryptionOptions base() const
    {
        psnn::EncryptionOptions o;
        o.epochs = 3;
        o.timesteps = 10;
        o.learningRate = 1e-3;
        o.batchSize = 10;
        return o;
    }

    std::string encrypt(const psnn::EncryptionOptions &o, const char *name)
    {
        const std::string out = m_dir.filePath(QLatin1String(name)).toStdString();
        psnn::encryptModel(m_converted, psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), out, o);
        return out;
    }

    // The converted SNN, untrained, with `change` made to its settings.
    std::string convertedWith(const char *name, const std::function<void(psnn::SnnSettings &)> &change)
    {
        psnn::Network net = psnn::loadAnyNetwork(m_converted);
        change(net.snn);
        const std::string out = m_dir.filePath(QLatin1String(name)).toStdString();
        psnn::saveNetwork(net, out);
        return out;
    }

    double accuracy(const std::string &model)
    {
        psnn::SnnEvalOptions eo;
        eo.limit = 200;
        return psnn::evaluateSnn(model, m_test, eo).accuracy;
    }

    // Euclidean distance of all trained weights from the converted SNN's.
    double distanceFromConverted(const std::string &model)
    {
        const auto a = psnn::namedTensors(psnn::loadAnyNetwork(m_converted)), b = psnn::namedTensors(psnn::loadAnyNetwork(model));
        double sum = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].first.find("weight") != std::string::npos)
                sum += (a[i].second - b[i].second).pow(2).sum().item<double>();
        return std::sqrt(sum);
    }

    // Mean entropy (nats) of the threshold-aware reading's class scores on the synthetic images.
    double readingEntropy(const std::string &model)
    {
        const psnn::Network net = psnn::loadAnyNetwork(model);
        const psnn::SyntheticSet set = psnn::readSyntheticSet(m_synthetic);
        std::vector<std::int64_t> all(static_cast<std::size_t>(set.images().size()));
        std::iota(all.begin(), all.end(), 0);
        torch::NoGradGuard noGrad;
        const auto logp = torch::log_softmax(psnn::rateForward(net, psnn::imagesToTensor(set.images(), all, net.normalization)), 1);
        return -(logp.exp() * logp).sum(1).mean().item<double>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
        psnn::SynthesisOptions so;
        so.imagesPerClass = 6;
        so.iterations = 60;
        so.learningRate = 0.05;
        const auto set = psnn::synthesize(psnn::demoModelPath(), so);
        m_synthetic = m_dir.filePath("synthetic.bin").toStdString();
        psnn::writeSyntheticSet(set, m_synthetic);
        psnn::ConversionOptions co;
        co.snn.timesteps = 40;
        co.snn.coding = psnn::InputCoding::Direct;
        co.percentile = 99.9;
        co.balanceImages = 60;
        m_converted = m_dir.filePath("converted.psnn").toStdString();
        psnn::convertModel(psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), m_converted, co);
        m_test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        m_plain = encrypt(base(), "plain.psnn");
    }

    // The paper's step schedule divides the learning rate by 10 from 60 % of the epochs on: the
    // same training moves the weights less, and the SNN stays accurate.
    void stepScheduleMovesWeightsLess()
    {
        psnn::EncryptionOptions o = base();
        o.schedule = "step";
        const std::string step = encrypt(o, "step.psnn");
        QVERIFY2(distanceFromConverted(step) < distanceFromConverted(m_plain),
                 (std::to_string(distanceFromConverted(step)) + " vs " + std::to_string(distanceFromConverted(m_plain))).c_str());
        QVERIFY(accuracy(step) > 0.7);
    }

    // A leak makes the neurons LIF with that leak, in training and in the file, and the training
    // adapts the weights to it: better than the converted SNN simply switched to the same LIF.
    void leakMakesLifNeurons()
    {
        psnn::EncryptionOptions o = base();
        o.leak = 0.98;
        const std::string lif = encrypt(o, "lif.psnn");
        const psnn::Network net = psnn::loadAnyNetwork(lif);
        QCOMPARE(net.snn.neuron, psnn::NeuronModel::LIF);
        QCOMPARE(net.snn.leak, 0.98);
        QCOMPARE(psnn::loadAnyNetwork(m_plain).snn.neuron, psnn::NeuronModel::IF);
        const std::string untrained = convertedWith("switched.psnn", [](psnn::SnnSettings &s) {
            s.neuron = psnn::NeuronModel::LIF;
            s.leak = 0.98;
        });
        const double trained = accuracy(lif), before = accuracy(untrained);
        QVERIFY2(trained > before + 0.02, (std::to_string(before) + " -> " + std::to_string(trained)).c_str());
    }

    // Deploying at the training T writes that T into the SNN (without it the SNN keeps its own),
    // and the training teaches the SNN to use those few steps: at T = 10 it beats the converted
    // SNN run at T = 10.
    void deployAtTrainingTimesteps()
    {
        psnn::EncryptionOptions o = base();
        o.deployAtTrainTimesteps = true;
        const std::string deployed = encrypt(o, "deployed.psnn");
        QCOMPARE(psnn::loadAnyNetwork(deployed).snn.timesteps, 10);
        QCOMPARE(psnn::loadAnyNetwork(m_plain).snn.timesteps, 40);
        const std::string converted10 = convertedWith("converted10.psnn", [](psnn::SnnSettings &s) { s.timesteps = 10; });
        const double trained = accuracy(deployed), untrained = accuracy(converted10);
        QVERIFY2(trained > untrained + 0.05, (std::to_string(untrained) + " -> " + std::to_string(trained)).c_str());
    }

    // The privacy term makes the threshold-aware reading less sure of the classes on the images
    // it trains on than the same training without it.
    void privacyWeightFlattensTheReading()
    {
        psnn::EncryptionOptions o = base();
        o.privacyWeight = 10;
        const std::string priv = encrypt(o, "private.psnn");
        const double with = readingEntropy(priv), without = readingEntropy(m_plain);
        QVERIFY2(with > without + 0.1, (std::to_string(without) + " -> " + std::to_string(with)).c_str());
        QVERIFY(with <= std::log(10.0) + 1e-6);
    }

    // Bad settings are refused with what is wrong.
    void refusesBadOptions()
    {
        psnn::EncryptionOptions o = base();
        o.schedule = "cosine";
        expectError([&] { encrypt(o, "bad.psnn"); }, {"schedule", "cosine"});
        o = base();
        o.leak = 1.5;
        expectError([&] { encrypt(o, "bad.psnn"); }, {"leak"});
        o = base();
        o.privacyWeight = -1;
        expectError([&] { encrypt(o, "bad.psnn"); }, {"privacy weight"});
        QVERIFY(!std::filesystem::exists(m_dir.filePath("bad.psnn").toStdString()));
    }

    // Training through time moves the weights away from the ANN's and keeps the accuracy.
    void lowersSimilarityKeepsAccuracy()
    {
        psnn::EncryptionOptions o;
        o.epochs = 3;
        o.timesteps = 10;
        o.learningRate = 1e-3;
        o.batchSize = 10;
        const std::string out = m_dir.filePath("encrypted.psnn").toStdString();
        const auto rep = psnn::encryptModel(m_converted, psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), out, o);
        QCOMPARE(rep.epochLoss.size(), std::size_t(3));
        QVERIFY2(rep.epochLoss.back() < rep.epochLoss.front(), "training loss did not fall");
        for (const auto &s : rep.similarity) {
            QVERIFY2(std::abs(s.before - 1.0) < 1e-6, s.layer.c_str()); // converted = ANN weights, BN folded
            QVERIFY2(s.after < s.before, s.layer.c_str());
        }
        QCOMPARE(rep.dataFilesRead, std::vector<std::string>{m_synthetic});

        const auto test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        psnn::SnnEvalOptions eo;
        eo.limit = 300;
        const double before = psnn::evaluateSnn(m_converted, test, eo).accuracy;
        const double after = psnn::evaluateSnn(out, test, eo).accuracy;
        QVERIFY2(after > before - 0.05, (std::to_string(before) + " -> " + std::to_string(after)).c_str());
        QVERIFY(after > 0.7);
    }

    void cancelLeavesNoFile()
    {
        psnn::CancelToken cancel;
        cancel.cancel();
        const std::string out = m_dir.filePath("cancelled.psnn").toStdString();
        bool cancelled = false;
        try {
            psnn::encryptModel(m_converted, psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), out, {}, {}, cancel);
        } catch (const psnn::Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!std::filesystem::exists(out));
    }

    void refusesAnAnn()
    {
        expectError([&] {
            psnn::encryptModel(psnn::demoModelPath(), psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic),
                               m_dir.filePath("x.psnn").toStdString(), {});
        }, {"fmnist-demo.psnn", "not a spiking network"});
    }

private:
    QTemporaryDir m_dir;
    std::string m_synthetic, m_converted, m_plain;
    psnn::ImageSet m_test;
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
