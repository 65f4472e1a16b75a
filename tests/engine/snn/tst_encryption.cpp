#include "data/datasets.h"
#include "model/models.h"
#include "snn/conversion.h"
#include "snn/encryption.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <filesystem>

class TestEncryption : public QObject
{
    Q_OBJECT

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
    std::string m_synthetic, m_converted;
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
