#include "snn/converter.h"
#include "snn/simulation.h"
#include "testutil.h"

#include <torch/torch.h>

#include <limits>

namespace {

using psnn::Layer;
using psnn::LayerKind;

Layer layer(LayerKind kind, const std::string &name)
{
    Layer l;
    l.kind = kind;
    l.name = name;
    return l;
}

// flatten -> Linear(1->1, w=1) -> neuron(threshold) -> Linear(1->1, w=1): one neuron to watch.
psnn::Network oneNeuron(double threshold, int T, psnn::NeuronModel model = psnn::NeuronModel::IF, double leak = 1.0)
{
    psnn::Network net;
    net.inputShape = {1, 1, 1};
    net.normalization = {{0.f}, {1.f}};
    net.classNames = {"only"};
    net.layers.push_back(layer(LayerKind::Flatten, "flat"));
    Layer in = layer(LayerKind::Linear, "in");
    in.weight = torch::ones({1, 1});
    net.layers.push_back(in);
    Layer n = layer(LayerKind::ReLU, "neuron");
    n.threshold = threshold;
    net.layers.push_back(n);
    Layer out = layer(LayerKind::Linear, "out");
    out.weight = torch::ones({1, 1});
    net.layers.push_back(out);
    net.spiking = true;
    net.snn.timesteps = T;
    net.snn.coding = psnn::InputCoding::Direct;
    net.snn.neuron = model;
    net.snn.leak = leak;
    return net;
}

psnn::SimulationResult traceOne(const psnn::Network &net, float input)
{
    psnn::SimulationOptions o;
    o.traceLayer = 0;
    o.traceNeurons = {0};
    return psnn::simulate(net, torch::full({1, 1, 1, 1}, input), o);
}

std::vector<float> column(const torch::Tensor &t)
{
    const auto c = t.flatten().contiguous();
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

// A small conv net with exactly representable numbers (multiples of 1/8), so any order of
// summation gives bit-identical results.
psnn::Network dyadicConvNet(psnn::InputCoding coding, int T)
{
    torch::manual_seed(5);
    psnn::Network net;
    net.inputShape = {1, 8, 8};
    net.normalization = {{0.f}, {1.f}};
    net.classNames = {"a", "b", "c"};
    Layer c1 = layer(LayerKind::Conv2d, "c1");
    c1.kernel = {3, 3};
    c1.padding = {1, 1};
    c1.weight = torch::randint(-4, 5, {4, 1, 3, 3}).to(torch::kFloat32) / 8.0;
    c1.bias = torch::randint(-2, 3, {4}).to(torch::kFloat32) / 8.0;
    Layer n1 = layer(LayerKind::ReLU, "n1");
    n1.threshold = 0.75;
    Layer mp = layer(LayerKind::MaxPool2d, "mp");
    mp.kernel = {2, 2};
    mp.stride = {2, 2};
    Layer c2 = layer(LayerKind::Conv2d, "c2");
    c2.kernel = {3, 3};
    c2.padding = {1, 1};
    c2.weight = torch::randint(-4, 5, {4, 4, 3, 3}).to(torch::kFloat32) / 8.0;
    Layer n2 = layer(LayerKind::ReLU, "n2");
    n2.threshold = 1.5;
    Layer ap = layer(LayerKind::AvgPool2d, "ap");
    ap.kernel = {2, 2};
    ap.stride = {2, 2};
    Layer fc = layer(LayerKind::Linear, "fc");
    fc.weight = torch::randint(-4, 5, {3, 16}).to(torch::kFloat32) / 8.0;
    net.layers = {c1, n1, mp, c2, n2, ap, layer(LayerKind::Flatten, "flat"), fc};
    net.spiking = true;
    net.snn.timesteps = T;
    net.snn.coding = coding;
    return net;
}

// Two residual blocks on dyadic numbers: an identity shortcut, then a downsampling one through a
// 1x1 conv (stride 2) with a bias, as a folded BN leaves it.
psnn::Network dyadicResNet(psnn::InputCoding coding, int T)
{
    auto net = dyadicConvNet(coding, T);
    const auto dyadic = [](std::vector<std::int64_t> shape) {
        return torch::randint(-4, 5, shape).to(torch::kFloat32) / 8.0;
    };
    const auto conv = [&](const std::string &name, std::int64_t in, std::int64_t out, int k, int stride) {
        Layer c = layer(LayerKind::Conv2d, name);
        c.kernel = {k, k};
        c.padding = {k / 2, k / 2};
        c.stride = {stride, stride};
        c.weight = dyadic({out, in, k, k});
        c.bias = dyadic({out});
        return c;
    };
    const auto neuron = [&](const std::string &name, double theta) {
        Layer n = layer(LayerKind::ReLU, name);
        n.threshold = theta;
        return n;
    };
    Layer add1 = layer(LayerKind::Add, "b1.add");
    Layer add2 = layer(LayerKind::Add, "b2.add");
    add2.shortcut = {conv("b2.down", 4, 8, 1, 2)};
    Layer gap = layer(LayerKind::AdaptiveAvgPool2d, "gap");
    Layer fc = layer(LayerKind::Linear, "fc");
    fc.weight = dyadic({3, 8});
    net.layers = {net.layers[0], net.layers[1], layer(LayerKind::Fork, "b1"), conv("b1.c1", 4, 4, 3, 1),
                  neuron("b1.n1", 1.0), conv("b1.c2", 4, 4, 3, 1), add1, neuron("b1.n2", 1.25),
                  layer(LayerKind::Fork, "b2"), conv("b2.c1", 4, 8, 3, 2), neuron("b2.n1", 0.5),
                  conv("b2.c2", 8, 8, 3, 1), add2, neuron("b2.n2", 1.0), gap, layer(LayerKind::Flatten, "flat"), fc};
    return net;
}

// The reference: one timestep at a time, every layer, with explicit state. Written without the
// engine's simulator so the two can be compared.
torch::Tensor stepByStep(const psnn::Network &net, const torch::Tensor &inputPerStep /* [T,B,C,H,W] */)
{
    const auto T = inputPerStep.size(0);
    std::map<std::size_t, torch::Tensor> membrane, counts, pooled, netSpikes; // net: positive minus negative spikes
    std::vector<torch::Tensor> outputs;
    for (std::int64_t t = 0; t < T; ++t) {
        torch::Tensor h = inputPerStep[t];
        std::vector<torch::Tensor> kept;
        for (std::size_t i = 0; i < net.layers.size(); ++i) {
            const Layer &l = net.layers[i];
            if (l.kind == LayerKind::ReLU) {
                const float theta = float(l.threshold);
                if (!membrane.count(i)) {
                    membrane[i] = torch::full_like(h, float(net.snn.initialMembrane * theta));
                    netSpikes[i] = torch::zeros_like(h);
                }
                if (net.snn.neuron == psnn::NeuronModel::LIF)
                    membrane[i] = membrane[i] * net.snn.leak;
                membrane[i] = membrane[i] + h;
                auto s = (membrane[i] > theta).to(torch::kFloat32);
                membrane[i] = membrane[i] - s * theta;
                if (net.snn.signedSpikes) {
                    const auto back = ((membrane[i] < 0) & (netSpikes[i] > 0)).to(torch::kFloat32);
                    membrane[i] = membrane[i] + back * theta;
                    s = s - back;
                    netSpikes[i] = netSpikes[i] + s;
                }
                h = s * theta;
            } else if (l.kind == LayerKind::MaxPool2d) {
                counts[i] = counts.count(i) ? counts[i] + h : h.clone();
                // The pooled count is the largest count in the window: emit its change.
                const auto now = torch::max_pool2d(counts[i], {2, 2}, {2, 2});
                h = pooled.count(i) ? now - pooled[i] : now;
                pooled[i] = now;
            } else {
                h = psnn::forwardLayer(l, h, false, &kept);
            }
        }
        outputs.push_back(h);
    }
    return torch::stack(outputs);
}

// c1 -> n1 (threshold 0.75) -> a 2x2 pool of `pool` kind -> an identity output layer, so that the
// output current at each step is the pooled spikes times the threshold.
psnn::Network poolProbe(LayerKind pool, psnn::InputCoding coding, int T, double initialMembrane, bool signedSpikes)
{
    auto net = dyadicConvNet(coding, T);
    Layer p = layer(pool, "pool");
    p.kernel = {2, 2};
    p.stride = {2, 2};
    Layer out = layer(LayerKind::Linear, "out");
    out.weight = torch::eye(64);
    net.layers = {net.layers[0], net.layers[1], p, layer(LayerKind::Flatten, "flat"), out};
    net.classNames.assign(64, "unit");
    net.snn.initialMembrane = initialMembrane;
    net.snn.signedSpikes = signedSpikes;
    return net;
}

// Antiderivative of the surrogate 0.3 * max(0, 1 - |x|): a smooth step from 0 to 0.3.
double surrogatePrimitive(double x)
{
    if (x <= -1)
        return 0;
    if (x <= 0)
        return 0.15 * (1 + x) * (1 + x);
    if (x <= 1)
        return 0.3 - 0.15 * (1 - x) * (1 - x);
    return 0.3;
}

} // namespace

class TestSnn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Input 0.25 per step, threshold 1, spike when U > threshold: U = .25 .5 .75 1.0 1.25 -> spike
    // at step 4 (U -> .25), again at step 8; none at U = 1.0 exactly.
    void ifNeuronSpikeTimesByHand()
    {
        const auto r = traceOne(oneNeuron(1.0, 10), 0.25f);
        QCOMPARE(column(r.traceSpikes), (std::vector<float>{0, 0, 0, 0, 1, 0, 0, 0, 1, 0}));
        QCOMPARE(column(r.traceMembrane), (std::vector<float>{.25f, .5f, .75f, 1.f, 1.25f, .5f, .75f, 1.f, 1.25f, .5f}));
        // The output layer sums threshold-weighted spikes: 2 spikes x 1.0.
        QCOMPARE(r.output.sum().item<float>(), 2.0f);
    }

    // Soft reset subtracts the threshold, keeping the surplus: 1.75, 2.5, 3.25, 4.0 (a hard reset
    // to zero would give 1.75 every step).
    void softResetKeepsSurplus()
    {
        const auto r = traceOne(oneNeuron(1.0, 4), 1.75f);
        QCOMPARE(column(r.traceSpikes), (std::vector<float>{1, 1, 1, 1}));
        QCOMPARE(column(r.traceMembrane), (std::vector<float>{1.75f, 2.5f, 3.25f, 4.0f}));
    }

    // LIF with leak 0.5, input 0.75: 0.75, 1.125 -> spike (0.125), 0.8125, 1.15625 -> spike.
    void leakyNeuronByHand()
    {
        const auto r = traceOne(oneNeuron(1.0, 4, psnn::NeuronModel::LIF, 0.5), 0.75f);
        QCOMPARE(column(r.traceSpikes), (std::vector<float>{0, 1, 0, 1}));
        QCOMPARE(column(r.traceMembrane), (std::vector<float>{0.75f, 1.125f, 0.8125f, 1.15625f}));
    }

    // Membrane starting at half the threshold, input 0.25: .75, 1.0, 1.25 -> spike (.25), .5, .75, 1.0.
    void halfThresholdStartByHand()
    {
        auto net = oneNeuron(1.0, 6);
        net.snn.initialMembrane = 0.5;
        const auto r = traceOne(net, 0.25f);
        QCOMPARE(column(r.traceSpikes), (std::vector<float>{0, 0, 1, 0, 0, 0}));
        QCOMPARE(column(r.traceMembrane), (std::vector<float>{.75f, 1.f, 1.25f, .5f, .75f, 1.f}));
    }

    // Neuron A (input 0.5) spikes at steps 2, 4, 6, 8. Neuron B gets 0.75 - 2 x A's spikes:
    // .75 .75 -1.25 .75 -1.25 ..., summing to -0.5 over 10 steps, so ReLU says no spike. B fires at
    // step 1 (membrane 1.5) before A's first spike arrives; at step 2 its membrane falls to -.75
    // and a signed neuron takes that spike back (membrane .25), an IF neuron keeps it.
    void signedSpikeTakesBackByHand()
    {
        for (const bool signedSpikes : {false, true}) {
            auto net = oneNeuron(1.0, 10);
            Layer mid = layer(LayerKind::Linear, "mid");
            mid.weight = torch::full({1, 1}, -2.0f);
            mid.bias = torch::full({1}, 0.75f);
            Layer b = layer(LayerKind::ReLU, "b");
            b.threshold = 1.0;
            net.layers.insert(net.layers.begin() + 3, {mid, b});
            net.snn.signedSpikes = signedSpikes;
            psnn::SimulationOptions o;
            o.traceLayer = 0;
            const auto a = psnn::simulate(net, torch::full({1, 1, 1, 1}, 0.5f), o);
            QCOMPARE(column(a.traceSpikes), (std::vector<float>{0, 0, 1, 0, 1, 0, 1, 0, 1, 0}));
            o.traceLayer = 1;
            o.traceNeurons = {0};
            const auto r = psnn::simulate(net, torch::full({1, 1, 1, 1}, 0.5f), o);
            if (signedSpikes) {
                QCOMPARE(column(r.traceSpikes), (std::vector<float>{0, 1, -1, 0, 0, 0, 0, 0, 0, 0}));
                QCOMPARE(column(r.traceMembrane),
                         (std::vector<float>{.75f, 1.5f, -.75f, 1.f, -.25f, .5f, -.75f, 0.f, -1.25f, -.5f}));
                QCOMPARE(r.output.sum().item<float>(), 0.0f);
                // Both spikes are events (synaptic operations downstream).
                QCOMPARE(r.spikesPerStep[1].sum().item<double>(), 2.0);
            } else {
                QCOMPARE(column(r.traceSpikes), (std::vector<float>{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
                QCOMPARE(column(r.traceMembrane),
                         (std::vector<float>{.75f, 1.5f, -.75f, 0.f, -1.25f, -.5f, -1.75f, -1.f, -2.25f, -1.5f}));
                QCOMPARE(r.output.sum().item<float>(), 1.0f);
            }
        }
    }

    // With inputs smaller than the threshold per step, a signed neuron's net spike count is
    // ReLU of its summed input, rounded down (membrane starting at 0) or to nearest (at half the
    // threshold); exact here because every number is a multiple of 1/8.
    void signedCountIsReluOfSummedInput_data()
    {
        QTest::addColumn<double>("initialMembrane");
        QTest::newRow("start at 0: floor") << 0.0;
        QTest::newRow("start at half: round") << 0.5;
    }
    void signedCountIsReluOfSummedInput()
    {
        QFETCH(double, initialMembrane);
        torch::manual_seed(11);
        psnn::Network net;
        net.inputShape = {1, 4, 4};
        net.normalization = {{0.f}, {1.f}};
        net.classNames = {"a"};
        Layer in = layer(LayerKind::Linear, "in");
        in.weight = torch::randint(-2, 3, {32, 16}).to(torch::kFloat32) / 16.0; // |current| <= 16 x 2/16 = 2
        Layer n = layer(LayerKind::ReLU, "n");
        n.threshold = 4.0; // a power of two: the division below is exact
        Layer out = layer(LayerKind::Linear, "out");
        out.weight = torch::eye(32);
        net.layers = {layer(LayerKind::Flatten, "flat"), in, n, out};
        net.spiking = true;
        net.snn.timesteps = 60;
        net.snn.coding = psnn::InputCoding::Poisson;
        net.snn.signedSpikes = true;
        net.snn.initialMembrane = initialMembrane;
        const auto images = torch::randint(-8, 9, {5, 1, 4, 4}).to(torch::kFloat32) / 8.0;
        psnn::SimulationOptions o;
        o.seed = 3;
        const auto counts = psnn::simulate(net, images, o).output.sum(0) / n.threshold; // [5, 32]
        auto gen = at::make_generator<at::CPUGeneratorImpl>(3);
        const auto summed = psnn::encodeInput(net, images, gen, 60).sum(0).flatten(1); // [5, 16]
        const auto drive = torch::matmul(summed, in.weight.t()) / n.threshold + initialMembrane;
        // The membrane stays within [0, threshold] once the neuron has fired, so the count is
        // floor(drive) - or one less where drive is a whole number (membrane exactly at the
        // threshold, which does not fire).
        const auto lowest = (torch::ceil(drive) - 1).clamp_min(0), highest = torch::floor(drive).clamp_min(0);
        QVERIFY(torch::all(counts >= lowest).item<bool>());
        QVERIFY(torch::all(counts <= highest).item<bool>());
        QVERIFY(counts.sum().item<double>() > 20); // not trivially silent
        QVERIFY(drive.min().item<double>() < 0);   // and some neurons get a negative sum
    }

    void foldedBatchNormEqualsUnfolded()
    {
        torch::manual_seed(1);
        psnn::Network net;
        net.inputShape = {2, 6, 6};
        Layer conv = layer(LayerKind::Conv2d, "conv");
        conv.kernel = {3, 3};
        conv.weight = torch::randn({3, 2, 3, 3});
        conv.bias = torch::randn({3});
        Layer bn = layer(LayerKind::BatchNorm2d, "bn");
        bn.weight = torch::rand({3}) + 0.5;
        bn.bias = torch::randn({3});
        bn.runningMean = torch::randn({3});
        bn.runningVar = torch::rand({3}) + 0.5;
        net.layers = {conv, bn, layer(LayerKind::ReLU, "relu"), layer(LayerKind::Dropout, "drop")};
        const auto folded = psnn::foldBatchNorm(net);
        QCOMPARE(folded.layers.size(), std::size_t(2)); // conv (with BN inside) and ReLU
        const auto x = torch::randn({5, 2, 6, 6});
        const double diff = (psnn::forward(net, x) - psnn::forward(folded, x)).abs().max().item<double>();
        QVERIFY2(diff < 1e-5, std::to_string(diff).c_str());
    }

    // Block-wise simulation over all timesteps equals the step-by-step loop bit for bit.
    void multiStepEqualsStepByStep_data()
    {
        QTest::addColumn<int>("coding");
        QTest::addColumn<int>("timesteps");
        QTest::addColumn<int>("blockBytes");
        QTest::addColumn<double>("initialMembrane");
        QTest::addColumn<bool>("signedSpikes");
        QTest::addColumn<double>("leak");
        QTest::addColumn<bool>("residual");
        const int poisson = int(psnn::InputCoding::Poisson), direct = int(psnn::InputCoding::Direct);
        const int pixel = int(psnn::InputCoding::PoissonPixel);
        // 6 images x 256 neurons x 4 bytes = 6 KiB per step: 20 KiB gives blocks of 3 steps.
        QTest::newRow("poisson, T=7, one block") << poisson << 7 << (16 << 20) << 0.0 << false << 1.0 << false;
        QTest::newRow("poisson, T=64, blocks of 3") << poisson << 64 << (20 << 10) << 0.0 << false << 1.0 << false;
        QTest::newRow("poisson, T=64, blocks of 1") << poisson << 64 << 1 << 0.0 << false << 1.0 << false;
        QTest::newRow("direct, T=40, blocks of 3") << direct << 40 << (20 << 10) << 0.0 << false << 1.0 << false;
        QTest::newRow("poisson, signed, half start, blocks of 3") << poisson << 64 << (20 << 10) << 0.5 << true << 1.0 << false;
        QTest::newRow("direct, signed, blocks of 3") << direct << 40 << (20 << 10) << 0.0 << true << 1.0 << false;
        QTest::newRow("poisson, LIF 0.5, signed, half start") << poisson << 32 << (20 << 10) << 0.5 << true << 0.5 << false;
        QTest::newRow("residual, poisson, blocks of 3") << poisson << 32 << (20 << 10) << 0.0 << false << 1.0 << true;
        QTest::newRow("residual, direct, signed, half start") << direct << 24 << (20 << 10) << 0.5 << true << 1.0 << true;
        QTest::newRow("residual, pixel poisson, LIF 0.5") << pixel << 24 << (16 << 20) << 0.0 << false << 0.5 << true;
    }
    void multiStepEqualsStepByStep()
    {
        QFETCH(int, coding);
        QFETCH(int, timesteps);
        QFETCH(int, blockBytes);
        QFETCH(double, initialMembrane);
        QFETCH(bool, signedSpikes);
        QFETCH(double, leak);
        QFETCH(bool, residual);
        auto net = residual ? dyadicResNet(psnn::InputCoding(coding), timesteps)
                            : dyadicConvNet(psnn::InputCoding(coding), timesteps);
        net.snn.initialMembrane = initialMembrane;
        net.snn.signedSpikes = signedSpikes;
        net.snn.neuron = leak == 1.0 ? psnn::NeuronModel::IF : psnn::NeuronModel::LIF;
        net.snn.leak = leak;
        const auto images = torch::randint(-8, 9, {6, 1, 8, 8}).to(torch::kFloat32) / 8.0;
        psnn::SimulationOptions o;
        o.seed = 42;
        o.blockBytes = blockBytes;
        const auto fast = psnn::simulate(net, images, o).output;
        auto gen = at::make_generator<at::CPUGeneratorImpl>(42);
        const auto reference = stepByStep(net, psnn::encodeInput(net, images, gen, timesteps));
        QCOMPARE(fast.sizes(), reference.sizes());
        QVERIFY(torch::equal(fast, reference));
        QVERIFY(fast.abs().sum().item<double>() > 0); // the network is not silent
        // Recording a layer runs it step by step with tensor operations instead of the fused
        // scan: the same spikes.
        o.traceLayer = 1;
        o.traceNeurons = {0, 5};
        QVERIFY(torch::equal(psnn::simulate(net, images, o).output, reference));
        // Event-driven propagation adds the same dyadic numbers in another order: the same output.
        o.traceLayer = -1;
        o.propagation = psnn::Propagation::EventDriven;
        QVERIFY(torch::equal(psnn::simulate(net, images, o).output, reference));
    }

    // The rule of spiking max pooling (simulation.cpp): at every step a pooled unit's net count
    // is the largest net count in its window; average pooling gives the mean count. Exact: counts
    // are multiples of the dyadic threshold.
    void poolingFollowsInputCounts_data()
    {
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("coding");
        QTest::addColumn<double>("initialMembrane");
        QTest::addColumn<bool>("signedSpikes");
        const int max = int(LayerKind::MaxPool2d), avg = int(LayerKind::AvgPool2d);
        const int poisson = int(psnn::InputCoding::Poisson), direct = int(psnn::InputCoding::Direct);
        for (int pool : {max, avg})
            for (int coding : {poisson, direct})
                for (double start : {0.0, 0.5})
                    for (bool signedSpikes : {false, true})
                        QTest::newRow(qPrintable(QStringLiteral("%1, %2, start %3%4")
                                                     .arg(pool == max ? "max" : "avg", coding == direct ? "direct" : "poisson")
                                                     .arg(start)
                                                     .arg(signedSpikes ? ", signed" : "")))
                            << pool << coding << start << signedSpikes;
    }
    void poolingFollowsInputCounts()
    {
        QFETCH(int, pool);
        QFETCH(int, coding);
        QFETCH(double, initialMembrane);
        QFETCH(bool, signedSpikes);
        constexpr int T = 48;
        const auto net = poolProbe(LayerKind(pool), psnn::InputCoding(coding), T, initialMembrane, signedSpikes);
        const auto images = torch::randint(-8, 9, {1, 1, 8, 8}).to(torch::kFloat32) / 8.0;
        psnn::SimulationOptions o;
        o.seed = 9;
        o.blockBytes = 4096; // several blocks: the counts carry across them
        o.traceLayer = 0;
        o.traceNeurons = {0};
        const auto sim = psnn::simulate(net, images, o);
        const double theta = net.layers[1].threshold;
        const auto inputCounts = sim.traceSpikes.cumsum(0).view({T, 4, 8, 8}); // n1's net counts, per step
        const auto expected = LayerKind(pool) == LayerKind::MaxPool2d ? torch::max_pool2d(inputCounts, {2, 2}, {2, 2})
                                                                      : torch::avg_pool2d(inputCounts, {2, 2}, {2, 2});
        const auto pooledCounts = sim.output.select(1, 0).cumsum(0) / theta; // [T, 64]
        QVERIFY(torch::equal(pooledCounts, expected.flatten(1)));
        QVERIFY(inputCounts[T - 1].abs().sum().item<double>() > 10); // the layer is not silent
        if (signedSpikes)                                             // and some spikes are taken back
            QVERIFY(sim.traceSpikes.lt(0).any().item<bool>() || coding == int(psnn::InputCoding::Direct));
        // Max-pooled spikes stay spikes: each step adds +-theta or nothing.
        const auto steps = sim.output.select(1, 0) / theta;
        QVERIFY(torch::all(steps.abs().eq(1) | steps.eq(0)).item<bool>() || LayerKind(pool) != LayerKind::MaxPool2d);
    }

    // The output layer has no neurons: its current summed over time is W x counts x threshold + T x b,
    // whatever the membrane start and signed spikes did to the counts.
    void outputLayerSumsCounts_data()
    {
        QTest::addColumn<double>("initialMembrane");
        QTest::addColumn<bool>("signedSpikes");
        QTest::newRow("plain") << 0.0 << false;
        QTest::newRow("half start") << 0.5 << false;
        QTest::newRow("signed, half start") << 0.5 << true;
    }
    void outputLayerSumsCounts()
    {
        QFETCH(double, initialMembrane);
        QFETCH(bool, signedSpikes);
        constexpr int T = 40;
        auto net = poolProbe(LayerKind::AvgPool2d, psnn::InputCoding::Poisson, T, initialMembrane, signedSpikes);
        Layer &out = net.layers.back();
        out.weight = torch::randint(-4, 5, {3, 64}).to(torch::kFloat32) / 8.0;
        out.bias = torch::randint(-4, 5, {3}).to(torch::kFloat32) / 8.0;
        net.classNames = {"a", "b", "c"};
        const auto images = torch::randint(-8, 9, {1, 1, 8, 8}).to(torch::kFloat32) / 8.0;
        psnn::SimulationOptions o;
        o.seed = 4;
        o.traceLayer = 0;
        o.traceNeurons = {0};
        const auto sim = psnn::simulate(net, images, o);
        const auto counts = sim.traceSpikes.sum(0).view({1, 4, 8, 8}) * net.layers[1].threshold;
        const auto expected = torch::matmul(torch::avg_pool2d(counts, {2, 2}, {2, 2}).flatten(1), out.weight.t()) + T * out.bias;
        QVERIFY(torch::allclose(sim.output.sum(0), expected, 0, 1e-5));
    }

    // With direct coding and balanced thresholds, output / T approaches the ANN's as T grows.
    void directSnnApproachesAnn()
    {
        torch::manual_seed(3);
        psnn::Network ann;
        ann.inputShape = {1, 6, 6};
        ann.normalization = {{0.f}, {1.f}};
        ann.classNames = {"a", "b", "c", "d"};
        Layer c = layer(LayerKind::Conv2d, "c");
        c.kernel = {3, 3};
        c.weight = torch::randn({4, 1, 3, 3}) * 0.5;
        c.bias = torch::randn({4}) * 0.1;
        Layer fc = layer(LayerKind::Linear, "fc");
        fc.weight = torch::randn({8, 64}) * 0.2;
        Layer out = layer(LayerKind::Linear, "out");
        out.weight = torch::randn({4, 8}) * 0.5;
        ann.layers = {c, layer(LayerKind::ReLU, "r1"), layer(LayerKind::Flatten, "f"), fc, layer(LayerKind::ReLU, "r2"), out};
        const auto x = torch::rand({64, 1, 6, 6});
        const auto reference = psnn::forward(ann, x);
        double previous = 1e9;
        for (int T : {8, 64, 512}) {
            psnn::SnnSettings s;
            s.timesteps = T;
            s.coding = psnn::InputCoding::Direct;
            auto snn = psnn::toSpiking(ann, s);
            psnn::ConversionOptions co;
            co.snn = s;
            psnn::balanceThresholds(snn, x, co, nullptr, {}, {});
            const auto approx = psnn::simulate(snn, x).output.sum(0) / double(T);
            const double err = ((approx - reference).norm() / reference.norm()).item<double>();
            QVERIFY2(err < previous, (std::to_string(T) + ": " + std::to_string(err)).c_str());
            previous = err;
        }
        QVERIFY2(previous < 0.05, std::to_string(previous).c_str());

        // Rounding (half start) and taking spikes back (signed) bring T = 16 closer to the ANN.
        const auto errorAt16 = [&](double start, bool signedSpikes) {
            psnn::SnnSettings s;
            s.timesteps = 16;
            s.coding = psnn::InputCoding::Direct;
            s.initialMembrane = start;
            s.signedSpikes = signedSpikes;
            auto snn = psnn::toSpiking(ann, s);
            psnn::ConversionOptions co;
            co.snn = s;
            psnn::balanceThresholds(snn, x, co, nullptr, {}, {});
            const auto approx = psnn::simulate(snn, x).output.sum(0) / 16.0;
            return ((approx - reference).norm() / reference.norm()).item<double>();
        };
        const double plain = errorAt16(0.0, false), improved = errorAt16(0.5, true);
        QVERIFY2(improved < 0.5 * plain, (std::to_string(improved) + " vs " + std::to_string(plain)).c_str());

        // A membrane start outside [0, 1) of the threshold is refused.
        psnn::SnnSettings bad;
        bad.initialMembrane = 1.0;
        expectError([&] { psnn::toSpiking(ann, bad); }, {"initial membrane", "[0, 1)"});
    }

    // Balancing sets the first threshold to the largest input current: with direct coding through
    // a unit weight, the largest pixel.
    void balancingPicksTheMaximum()
    {
        auto net = oneNeuron(1.0, 5);
        const auto x = torch::tensor({0.2f, 0.7f, 0.4f, 0.1f}).view({4, 1, 1, 1});
        psnn::ConversionOptions o;
        o.snn = net.snn;
        o.batchSize = 3; // the maximum must survive batching
        psnn::balanceThresholds(net, x, o, nullptr, {}, {});
        QCOMPARE(net.layers[2].threshold, double(0.7f));
        o.percentile = 50; // 20 currents (4 images x 5 steps); the 10th smallest is 0.2
        psnn::balanceThresholds(net, x, o, nullptr, {}, {});
        QCOMPARE(net.layers[2].threshold, double(0.2f));
    }

    // Quantisation-aware thresholds: currents on the T = 4 grid of their maximum are met exactly
    // at that maximum; for spread-out currents the chosen threshold's T-step rounding error is no
    // larger than that of the maximum or the 99th percentile (the error computed here by hand).
    void quantizedThresholdsMinimiseRoundingError()
    {
        const auto roundingError = [](const torch::Tensor &c, double theta, int T) {
            double err = 0;
            const auto a = c.accessor<float, 4>();
            for (std::int64_t i = 0; i < c.size(0); ++i) {
                const double v = std::max(0.0, double(a[i][0][0][0]));
                const double q = theta * std::clamp(std::floor(v * T / theta + 0.5), 0.0, double(T)) / T;
                err += (q - v) * (q - v);
            }
            return err / double(c.size(0));
        };
        auto net = oneNeuron(1.0, 4);
        psnn::ConversionOptions o;
        o.snn = net.snn;
        o.quantizedThresholds = true;
        const auto exact = torch::tensor({0.25f, 0.5f, 0.75f, 1.0f, 0.5f}).view({5, 1, 1, 1});
        psnn::balanceThresholds(net, exact, o, nullptr, {}, {});
        QCOMPARE(net.layers[2].threshold, 1.0);

        const auto spread = torch::exp(torch::randn({400, 1, 1, 1}, torch::kFloat32) * 0.8) * 0.1;
        psnn::balanceThresholds(net, spread, o, nullptr, {}, {});
        const double chosen = net.layers[2].threshold;
        o.quantizedThresholds = false;
        psnn::balanceThresholds(net, spread, o, nullptr, {}, {});
        const double maximum = net.layers[2].threshold;
        o.percentile = 99;
        psnn::balanceThresholds(net, spread, o, nullptr, {}, {});
        const double p99 = net.layers[2].threshold;
        const std::string msg = "chosen " + std::to_string(chosen) + ", max " + std::to_string(maximum) + ", p99 "
                                + std::to_string(p99);
        QVERIFY2(chosen < maximum, msg.c_str());
        QVERIFY2(roundingError(spread, chosen, 4) <= roundingError(spread, maximum, 4) + 1e-12, msg.c_str());
        QVERIFY2(roundingError(spread, chosen, 4) <= roundingError(spread, p99, 4) + 1e-12, msg.c_str());
    }

    // A BPTT step stops within a layer: in the forward pass, and when backward reaches a layer
    // after Cancel (the hook's exception comes out of backward() as Cancelled). Uncancelled, the
    // token changes nothing.
    void cancelStopsForwardAndBackward()
    {
        psnn::Network net = dyadicConvNet(psnn::InputCoding::Direct, 8);
        for (Layer *l : psnn::allLayers(net))
            for (torch::Tensor *t : {&l->weight, &l->bias})
                if (t->defined())
                    t->set_requires_grad(true);
        const auto images = torch::rand({4, 1, 8, 8});
        psnn::CancelToken token;
        psnn::SimulationOptions o;
        o.trainable = true;
        const auto plain = psnn::simulate(net, images, o).output;
        o.cancel = &token;
        const auto sim = psnn::simulate(net, images, o);
        QVERIFY(torch::equal(sim.output, plain));
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(psnn::Cancelled, sim.output.sum().backward());
        QVERIFY_THROWS_EXCEPTION(psnn::Cancelled, psnn::simulate(net, images, o));
    }

    // Checkpointed training recomputes each block in backward from its saved state: the same
    // output, spike totals and gradients (of the weights, and of the pixels for inversion) as
    // training that keeps the whole graph; only the order of adding the blocks' gradients differs.
    void checkpointGivesTheSameGradients_data()
    {
        QTest::addColumn<bool>("residual");
        QTest::addColumn<int>("coding");
        QTest::addColumn<bool>("signedSpikes");
        QTest::addColumn<bool>("toPixels");
        const int poisson = int(psnn::InputCoding::Poisson), direct = int(psnn::InputCoding::Direct);
        QTest::newRow("conv net, max pooling, poisson") << false << poisson << false << false;
        QTest::newRow("conv net, signed spikes, direct") << false << direct << true << false;
        QTest::newRow("residual net, poisson") << true << poisson << false << false;
        QTest::newRow("inversion: gradient of the pixels, direct") << false << direct << false << true;
    }
    void checkpointGivesTheSameGradients()
    {
        QFETCH(bool, residual);
        QFETCH(int, coding);
        QFETCH(bool, signedSpikes);
        QFETCH(bool, toPixels);
        auto net = residual ? dyadicResNet(psnn::InputCoding(coding), 24) : dyadicConvNet(psnn::InputCoding(coding), 24);
        net.snn.signedSpikes = signedSpikes;
        net.snn.initialMembrane = 0.5;
        std::vector<torch::Tensor> weights;
        if (!toPixels)
            for (Layer *l : psnn::allLayers(net))
                for (torch::Tensor *t : {&l->weight, &l->bias})
                    if (t->defined())
                        weights.push_back(t->set_requires_grad(true));
        const auto images = (torch::randint(-8, 9, {6, 1, 8, 8}).to(torch::kFloat32) / 8.0).set_requires_grad(toPixels);
        const auto labels = torch::tensor({0, 1, 2, 0, 1, 2}, torch::kLong);
        const auto run = [&](bool checkpoint, torch::Tensor &output, std::vector<torch::Tensor> &grads) {
            psnn::SimulationOptions o;
            o.trainable = true;
            o.graphBytes = checkpoint ? 0 : std::numeric_limits<std::int64_t>::max();
            o.seed = 9;
            o.blockBytes = 20 << 10; // blocks of 3 steps: 8 blocks
            const auto sim = psnn::simulate(net, images, o);
            output = sim.output.detach();
            auto loss = torch::cross_entropy_loss(sim.output.sum(0), labels);
            for (const auto &t : sim.spikeTotals)
                loss = loss + 1e-3 * t;
            const std::vector<torch::Tensor> wrt = toPixels ? std::vector<torch::Tensor>{images} : weights;
            grads = torch::autograd::grad({loss}, wrt, {}, false, false, true);
        };
        torch::Tensor plainOut, checkOut;
        std::vector<torch::Tensor> plain, checked;
        run(false, plainOut, plain);
        run(true, checkOut, checked);
        QVERIFY(torch::equal(plainOut, checkOut));
        QVERIFY(plainOut.abs().sum().item<double>() > 0);
        QCOMPARE(checked.size(), plain.size());
        double largest = 0;
        for (std::size_t i = 0; i < plain.size(); ++i) {
            QVERIFY2(plain[i].defined() == checked[i].defined(), std::to_string(i).c_str());
            if (!plain[i].defined())
                continue;
            const double difference = (checked[i] - plain[i]).abs().max().item<double>();
            QVERIFY2(torch::allclose(checked[i], plain[i], 1e-5, 1e-6),
                     ("gradient " + std::to_string(i) + " differs by " + std::to_string(difference)).c_str());
            largest = std::max(largest, plain[i].abs().max().item<double>());
        }
        QVERIFY(largest > 0); // gradients reach what they should
    }

    void surrogateGradientMatchesFiniteDifference()
    {
        const std::vector<double> points = {-1.5, -0.99, -0.6, -0.25, -0.01, 0.01, 0.3, 0.75, 0.98, 2.0};
        auto x = torch::tensor(points, torch::kFloat64).set_requires_grad(true);
        psnn::spikeWithSurrogate(x).sum().backward();
        const auto g = x.grad();
        const double h = 1e-6;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double fd = (surrogatePrimitive(points[i] + h) - surrogatePrimitive(points[i] - h)) / (2 * h);
            QVERIFY2(std::abs(g[std::int64_t(i)].item<double>() - fd) < 1e-6, std::to_string(points[i]).c_str());
        }
        // Forward is a true step.
        QCOMPARE(psnn::spikeWithSurrogate(torch::tensor({-0.1, 0.0, 0.1})).sum().item<double>(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSnn)
#include "tst_simulation.moc"
