// The import check: accuracies against an analytic expectation, and the suggestion on a model
// trained (by PyTorch, in the test set-up) on normalised Fashion-MNIST.
#include "../testutil.h"
#include "data/knowndatasets.h"
#include "model/importcheck.h"
#include "model/importsandbox.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <cmath>
#include <cstdlib>
#include <map>

namespace {

std::string modelDir()
{
    const char *dir = std::getenv("PSNN_TEST_MODELS");
    return dir ? dir : "torchscript-models";
}

} // namespace

class TestImportCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // TorchScript files are read by privatesnn-cli in a process of its own.
    void initTestCase() { psnn::setImportHelper(qEnvironmentVariable("PSNN_CLI").toStdString()); }

    // Uniformly grey 8x8 images; the model says "1" when the mean normalised pixel is positive,
    // i.e. when the brightness b is above the normalisation's mean m. Two labels are wrong on
    // purpose, so that no normalisation gets everything right.
    void accuraciesMatchTheAnalyticCount()
    {
        QTemporaryDir dir;
        std::vector<std::uint8_t> pixels;
        std::vector<int> labels;
        std::vector<double> brightness;
        for (int k = 1; k < 20; ++k) {
            if (k == 10)
                continue;
            const auto byte = std::uint8_t(std::lround(k * 0.05 * 255));
            pixels.insert(pixels.end(), 64, byte);
            brightness.push_back(byte / 255.0);
            labels.push_back(k > 10 ? 1 : 0);
        }
        labels[2] = 1;  // b = 0.15 labelled bright
        labels[14] = 0; // b = 0.80 labelled dark
        writeIdxTestSplit(dir.path().toStdString(), pixels.data(), labels, 8);
        const auto expected = [&](double mean) {
            int right = 0;
            for (std::size_t i = 0; i < labels.size(); ++i)
                right += int((brightness[i] > mean) == (labels[i] == 1));
            return double(right) / double(labels.size());
        };

        psnn::ImportCheckOptions o;
        o.import.inputShape = {1, 8, 8};
        o.testData = dir.path().toStdString();
        o.images = 0;
        const psnn::ImportCheck none = psnn::checkImport(modelDir() + "/brightness_minus_one_one.pt", o);
        QCOMPARE(none.images, std::int64_t(labels.size()));
        QCOMPARE(none.chosen, std::string("none")); // nothing given: pixels unchanged
        QCOMPARE(none.accuracy, expected(0.0));
        // Grey input: the colour presets do not fit and are not tried.
        std::map<std::string, double> scores;
        for (const auto &s : none.presets)
            scores[s.preset] = s.accuracy;
        QCOMPARE(scores.size(), std::size_t(4));
        for (const char *id : {"fashion-mnist", "mnist", "minus-one-one", "none"})
            QCOMPARE(scores.at(id), expected(psnn::normalizationPreset(id).mean[0]));
        QCOMPARE(none.suggestion, std::string("minus-one-one"));
        QCOMPARE(none.suggestionAccuracy, expected(0.5));
        const std::vector<std::string> topics = psnn::warningTopics(none.warnings);
        QVERIFY(std::find(topics.begin(), topics.end(), "normalization") != topics.end());

        // With the right one chosen, nothing beats it.
        o.import.normalization = {{0.5f}, {0.5f}};
        const psnn::ImportCheck right = psnn::checkImport(modelDir() + "/brightness_minus_one_one.pt", o);
        QCOMPARE(right.chosen, std::string("minus-one-one"));
        QCOMPARE(right.accuracy, expected(0.5));
        QVERIFY(right.suggestion.empty());
        const psnn::ImportCheckRecord rec = psnn::importCheckRecord(none, "minus-one-one");
        QCOMPARE(rec.accuracy, expected(0.5));
        QCOMPARE(rec.dataFiles.size(), std::size_t(2));
    }

    void suggestsTheNormalisationTheModelWasTrainedWith()
    {
        psnn::ImportCheckOptions o;
        o.testData = "fashion-mnist";
        const psnn::ImportCheck c = psnn::checkImport(modelDir() + "/fmnist_normalised.pt", o);
        QCOMPARE(c.images, std::int64_t(300));
        QCOMPARE(c.inputShape, (psnn::Shape{1, 28, 28}));
        QCOMPARE(c.suggestion, std::string("fashion-mnist"));
        QVERIFY2(c.suggestionAccuracy > c.accuracy + 0.02,
                 (std::to_string(c.suggestionAccuracy) + " vs " + std::to_string(c.accuracy)).c_str());
        QVERIFY(c.suggestionAccuracy > 0.7);
        QCOMPARE(c.dataClassNames.front(), std::string("T-shirt/top"));
    }

    void refusesDataThatDoesNotFit()
    {
        psnn::ImportCheckOptions o;
        o.import.inputShape = {1, 8, 8};
        o.testData = "fashion-mnist";
        expectError([&] { psnn::checkImport(modelDir() + "/brightness_minus_one_one.pt", o); },
                    {"1x8x8", "1x28x28"});
        o.testData = "/nonexistent/test-set";
        expectError([&] { psnn::checkImport(modelDir() + "/brightness_minus_one_one.pt", o); },
                    {"does not exist"});
        o.testData.clear();
        expectError([&] { psnn::checkImport(modelDir() + "/brightness_minus_one_one.pt", o); }, {"needs test data"});
    }
};

QTEST_GUILESS_MAIN(TestImportCheck)
#include "tst_importcheck.moc"
