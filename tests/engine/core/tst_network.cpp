#include "core/network.h"
#include "model/modelfile.h"
#include "model/models.h"
#include "model/presets.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Parameters and MACs of the demo architecture against a count by hand.
    void summaryMatchesHandCount()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.psnn").toStdString();
        psnn::Network net = psnn::buildPreset("fmnist-cnn", {1, 28, 28}, 10, true);
        net.classNames.assign(10, "c");
        net.normalization = {{0.f}, {1.f}};
        psnn::saveNetwork(net, path);
        const psnn::ModelSummary s = psnn::inspectModel(path);
        // conv 1->16, 16->16 at 28x28; 16->32, 32->32 at 14x14; 3x3 kernels; fc 1568->128->10.
        const std::int64_t macs = 28 * 28 * 16 * 1 * 9 + 28 * 28 * 16 * 16 * 9 + 14 * 14 * 32 * 16 * 9
                                  + 14 * 14 * 32 * 32 * 9 + 32 * 7 * 7 * 128 + 128 * 10;
        const std::int64_t params = (16 * 9 + 16 * 16 * 9 + 32 * 16 * 9 + 32 * 32 * 9) // convs, no bias
                                    + 2 * (16 + 16 + 32 + 32)                          // BN gamma and beta
                                    + 32 * 7 * 7 * 128 + 128 * 10;                     // linear, no bias
        QCOMPARE(s.totalMacs, macs);
        QCOMPARE(s.totalParameters, params);
        QCOMPARE(s.layers.front().outputShape, (psnn::Shape{16, 28, 28}));
        QCOMPARE(s.layers.back().outputShape, (psnn::Shape{10}));
    }

    void shapeErrorsNameTheLayer()
    {
        psnn::Network net;
        net.inputShape = {1, 4, 4};
        psnn::Layer conv;
        conv.kind = psnn::LayerKind::Conv2d;
        conv.name = "features.0";
        conv.weight = torch::ones({2, 3, 3, 3});
        net.layers.push_back(conv);
        expectError([&] { psnn::layerOutputShapes(net); }, {"features.0 (Conv2d)", "expects 3 input channels", "1x4x4"});

        net.layers[0].weight = torch::ones({2, 1, 3, 3});
        psnn::Layer fc;
        fc.kind = psnn::LayerKind::Linear;
        fc.name = "fc";
        fc.weight = torch::ones({3, 8});
        net.layers.push_back(fc);
        expectError([&] { psnn::layerOutputShapes(net); }, {"fc (Linear)", "no Flatten before it?"});
    }

    // BatchNorm at inference against its formula, evaluated by hand.
    void batchNormInferenceMatchesFormula()
    {
        psnn::Layer bn;
        bn.kind = psnn::LayerKind::BatchNorm2d;
        bn.weight = torch::tensor({2.0f, 0.5f});
        bn.bias = torch::tensor({1.0f, -1.0f});
        bn.runningMean = torch::tensor({0.5f, -2.0f});
        bn.runningVar = torch::tensor({4.0f, 0.25f});
        bn.eps = 0.0;
        const auto x = torch::tensor({1.5f, 0.0f}).view({1, 2, 1, 1});
        const auto y = psnn::forwardLayer(bn, x, false).flatten();
        // (1.5 - 0.5) / 2 * 2 + 1 = 2;  (0 + 2) / 0.5 * 0.5 - 1 = 1
        QCOMPARE(y[0].item<float>(), 2.0f);
        QCOMPARE(y[1].item<float>(), 1.0f);
    }

    void averagePoolMatchesMean()
    {
        psnn::Layer pool;
        pool.kind = psnn::LayerKind::AvgPool2d;
        pool.kernel = {2, 2};
        pool.stride = {2, 2};
        const auto x = torch::arange(16, torch::kFloat32).view({1, 1, 4, 4});
        const auto y = psnn::forwardLayer(pool, x, false).flatten();
        // top-left window 0,1,4,5 -> 2.5; bottom-right 10,11,14,15 -> 12.5
        QCOMPARE(y[0].item<float>(), 2.5f);
        QCOMPARE(y[3].item<float>(), 12.5f);
    }

    void cloneIsIndependent()
    {
        psnn::Network net = psnn::buildPreset("judge-lenet", {1, 28, 28}, 10, false);
        psnn::Network copy = psnn::cloneNetwork(net);
        copy.layers[0].weight.fill_(0.0f);
        QVERIFY(net.layers[0].weight.abs().sum().item<float>() > 0.0f);
    }

    // A residual block by hand: x -> Fork -> conv (weight 2) -> ReLU -> Add(shortcut) -> out.
    // Identity: out = relu(2x) + x; a 1x1 conv shortcut of weight 3 and bias 1: relu(2x) + 3x + 1.
    void residualBlockByHand()
    {
        psnn::Network net;
        net.inputShape = {1, 1, 2};
        psnn::Layer fork, conv, relu, add;
        fork.kind = psnn::LayerKind::Fork;
        fork.name = "block";
        conv.kind = psnn::LayerKind::Conv2d;
        conv.name = "block.conv";
        conv.weight = torch::full({1, 1, 1, 1}, 2.0f);
        relu.kind = psnn::LayerKind::ReLU;
        relu.name = "block.relu";
        add.kind = psnn::LayerKind::Add;
        add.name = "block.add";
        net.layers = {fork, conv, relu, add};
        const auto x = torch::tensor({-1.5f, 2.0f}).view({1, 1, 1, 2});
        auto y = psnn::forward(net, x).flatten();
        QCOMPARE(y[0].item<float>(), -1.5f); // relu(-3) + -1.5
        QCOMPARE(y[1].item<float>(), 6.0f);  // relu(4) + 2
        psnn::Layer down = conv;
        down.name = "block.down";
        down.weight = torch::full({1, 1, 1, 1}, 3.0f);
        down.bias = torch::ones({1});
        net.layers[3].shortcut = {down};
        y = psnn::forward(net, x).flatten();
        QCOMPARE(y[0].item<float>(), -3.5f); // 0 - 4.5 + 1
        QCOMPARE(y[1].item<float>(), 11.0f); // 4 + 6 + 1
        QCOMPARE(psnn::allLayers(net).size(), std::size_t(5));
        // The shortcut's MACs are counted on the Add: 2 outputs x 1 input channel.
        QCOMPARE(psnn::layerMacs(net.layers[3], {1, 1, 2}, {1, 1, 2}), std::int64_t(2));

        // A shortcut whose shape differs from the branch, an Add without a Fork, a Fork left open.
        net.layers[3].shortcut[0].weight = torch::ones({2, 1, 1, 1});
        net.layers[3].shortcut[0].bias = torch::ones({2});
        expectError([&] { psnn::layerOutputShapes(net); }, {"block.add", "adds a shortcut of 2x1x2 to a branch of 1x1x2"});
        net.layers[3].shortcut.clear();
        net.layers.erase(net.layers.begin());
        expectError([&] { psnn::layerOutputShapes(net); }, {"block.add", "no Fork came before it"});
        net.layers.insert(net.layers.begin(), fork);
        net.layers.pop_back();
        expectError([&] { psnn::layerOutputShapes(net); }, {"not closed"});
    }

    // ResNet-20 counted by hand: a 3x3 stem to 16, nine basic blocks (16, 32, 64 wide), 1x1
    // conv shortcuts with BN where the width doubles, global pooling and a 64x10 linear layer.
    void resnet20MatchesHandCount()
    {
        psnn::Network net = psnn::buildPreset("resnet20", {3, 32, 32}, 10, true);
        std::int64_t params = 3 * 16 * 9 + 2 * 16, macs = 32 * 32 * 16 * 3 * 9;
        const std::int64_t widths[] = {16, 32, 64}, sizes[] = {32, 16, 8};
        std::int64_t in = 16;
        for (int s = 0; s < 3; ++s)
            for (int b = 0; b < 3; ++b) {
                const std::int64_t w = widths[s], hw = sizes[s] * sizes[s];
                params += in * w * 9 + w * w * 9 + 4 * w;
                macs += hw * w * in * 9 + hw * w * w * 9;
                if (in != w) {
                    params += in * w + 2 * w;
                    macs += hw * w * in;
                }
                in = w;
            }
        params += 64 * 10 + 10;
        macs += 64 * 10;
        net.classNames.assign(10, "c");
        net.normalization = {{0.f, 0.f, 0.f}, {1.f, 1.f, 1.f}};
        QTemporaryDir dir;
        const std::string path = dir.filePath("r.psnn").toStdString();
        psnn::saveNetwork(net, path);
        const psnn::ModelSummary s = psnn::inspectModel(path);
        QCOMPARE(s.totalParameters, params);
        QCOMPARE(s.totalMacs, macs);
        int blocks = 0;
        for (const psnn::LayerInfo &l : s.layers)
            blocks += l.type == "Fork";
        QCOMPARE(blocks, 9);
        QCOMPARE(s.layers.back().outputShape, (psnn::Shape{10}));
        // Every layer from a Fork to the ReLU after its Add is in the block.
        QCOMPARE(s.layers[3].block, std::string("layer1.0"));
        QCOMPARE(s.layers[10].type, std::string("ReLU"));
        QCOMPARE(s.layers[10].block, std::string("layer1.0"));
        QVERIFY(s.layers[2].block.empty());
        torch::NoGradGuard noGrad;
        QCOMPARE(psnn::forward(net, torch::randn({2, 3, 32, 32})).sizes(), (torch::IntArrayRef{2, 10}));
    }

    void unknownPresetListsKnownOnes()
    {
        expectError([] { psnn::buildPreset("resnet999", {3, 32, 32}, 10, true); }, {"resnet999", "fmnist-cnn", "vgg16"});
        expectError([] { psnn::buildPreset("vgg16", {3, 16, 16}, 10, true); }, {"too small"});
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
