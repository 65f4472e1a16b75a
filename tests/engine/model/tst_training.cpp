#include "model/training.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {
psnn::TrainOptions tinyRun(const QTemporaryDir &dir)
{
    psnn::TrainOptions o;
    o.preset = "fmnist-cnn";
    o.data = "fashion-mnist";
    o.output = dir.filePath("tiny.psnn").toStdString();
    o.epochs = 3;
    o.batchSize = 64;
    o.trainLimit = 1024;
    o.testLimit = 1000;
    o.seed = 7;
    return o;
}
} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!fs::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
    }

    void lossGoesDownAndModelLearns()
    {
        QTemporaryDir dir;
        int reports = 0;
        double lastFraction = 0;
        const psnn::TrainResult r = psnn::trainModel(tinyRun(dir), [&](const psnn::Progress &p) {
            ++reports;
            QVERIFY(p.fraction >= lastFraction);
            lastFraction = p.fraction;
        });
        QCOMPARE(r.epochs.size(), std::size_t(3));
        QVERIFY2(r.epochs[2].loss < 0.8 * r.epochs[0].loss,
                 (std::to_string(r.epochs[0].loss) + " -> " + std::to_string(r.epochs[2].loss)).c_str());
        QVERIFY2(r.testAccuracy > 0.5, std::to_string(r.testAccuracy).c_str()); // chance is 0.1
        QVERIFY(reports > 0);
        QCOMPARE(lastFraction, 1.0);

        nlohmann::json manifest;
        std::ifstream(r.manifestPath) >> manifest;
        QCOMPARE(manifest.at("train_images").get<int>(), 1024);
        QCOMPARE(manifest.at("data_files_read").size(), std::size_t(2));
        const std::string firstFile = manifest.at("data_files_read")[0].at("path");
        QVERIFY(firstFile.find("train-images-idx3-ubyte") != std::string::npos);
        QCOMPARE(manifest.at("data_files_read")[0].at("sha256").get<std::string>().size(), std::size_t(64));
        QCOMPARE(manifest.at("test_accuracy").get<double>(), r.testAccuracy);
    }

    void sameSeedSameModel()
    {
        QTemporaryDir dir;
        auto o = tinyRun(dir);
        o.epochs = 1;
        o.trainLimit = 256;
        const auto a = psnn::trainModel(o);
        o.output = dir.filePath("again.psnn").toStdString();
        const auto b = psnn::trainModel(o);
        QCOMPARE(a.epochs[0].loss, b.epochs[0].loss);
        QCOMPARE(a.testAccuracy, b.testAccuracy);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        psnn::CancelToken cancel;
        const auto o = tinyRun(dir);
        bool cancelled = false;
        try {
            psnn::trainModel(o, [&](const psnn::Progress &p) {
                if (p.fraction > 0.2)
                    cancel.cancel();
            }, cancel);
        } catch (const psnn::Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!fs::exists(o.output));
        QVERIFY(!fs::exists(o.output + ".manifest.json"));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()), {}), 0);
    }

    // Options are checked before any data is read: the missing data set is never reached.
    void badOptionsFailFast()
    {
        QTemporaryDir dir;
        auto o = tinyRun(dir);
        o.data = "/nonexistent/data";
        o.epochs = 0;
        expectError([&] { psnn::trainModel(o); }, {"epochs must be between 1 and 10000"});
        o.epochs = 1;
        o.output = dir.filePath("no/such/folder/m.psnn").toStdString();
        expectError([&] { psnn::trainModel(o); }, {"no/such/folder", "output folder does not exist"});
        o.output = dir.filePath("m.psnn").toStdString();
        o.optimizer = "rmsprop";
        expectError([&] { psnn::trainModel(o); }, {"optimizer must be 'adam' or 'sgd'"});
        o.optimizer = "adam";
        expectError([&] { psnn::trainModel(o); }, {"/nonexistent/data", "does not exist"});
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
