#include "model/evaluation.h"
#include "model/modelfile.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>


namespace {

// Flatten + Linear on 1x2x2 images: class 0 scores pixel 0, class 1 scores pixel 3.
psnn::Network pixelComparer()
{
    psnn::Network net;
    net.architecture = "test";
    net.inputShape = {1, 2, 2};
    net.normalization = {{0.f}, {1.f}};
    net.classNames = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    psnn::Layer flat;
    flat.kind = psnn::LayerKind::Flatten;
    flat.name = "flatten";
    psnn::Layer fc;
    fc.kind = psnn::LayerKind::Linear;
    fc.name = "fc";
    fc.weight = torch::zeros({10, 4});
    fc.weight[0][0] = 1.0f;
    fc.weight[1][3] = 1.0f;
    fc.bias = torch::full({10}, -10.0f); // classes 2..9 never win
    fc.bias[0] = 0.0f;
    fc.bias[1] = 0.0f;
    net.layers = {flat, fc};
    return net;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracyByHand()
    {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        // predictions by hand: 0, 1, 0, 1; labels 0, 1, 1, 1 -> 3 of 4 right; class 1: 2 of 3.
        const std::uint8_t pixels[] = {200, 0, 0, 10, 10, 0, 0, 200, 90, 0, 0, 80, 0, 50, 50, 60};
        writeIdxTestSplit(d, pixels, {0, 1, 1, 1}, 2);
        psnn::saveNetwork(pixelComparer(), d + "/m.psnn");
        const psnn::EvalResult r = psnn::evaluateModel(d + "/m.psnn", d, psnn::Split::Test);
        QCOMPARE(r.count, std::int64_t(4));
        QCOMPARE(r.correct, std::int64_t(3));
        QCOMPARE(r.accuracy, 0.75);
        QCOMPARE(r.perClassAccuracy[0], 1.0);
        QCOMPARE(r.perClassAccuracy[1], 2.0 / 3.0);
        QCOMPARE(r.dataFiles.size(), std::size_t(2));
    }

    void wrongImageSizeIsNamed()
    {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        const std::vector<std::uint8_t> pixels(9, 1);
        writeIdxTestSplit(d, pixels.data(), {0}, 3);
        psnn::saveNetwork(pixelComparer(), d + "/m.psnn");
        expectError([&] { psnn::evaluateModel(d + "/m.psnn", d, psnn::Split::Test); },
                    {"m.psnn", "expects 1x2x2 images but the data set has 1x3x3"});
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
