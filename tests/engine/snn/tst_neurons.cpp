// The fused trainable neuron scan against the same neurons written as per-step tensor
// operations with autograd (stepNeurons): the same spikes, membranes and net counts, and the
// same gradients for the input current and the starting membrane, over two blocks.
#include "snn/neurons.h"

#include <torch/torch.h>

#include <QTest>

namespace {

struct Run {
    std::vector<torch::Tensor> spikes;
    std::vector<double> events; ///< the fused scan's count of spike events per step
    psnn::NeuronState state;
    torch::Tensor gradCurrent, gradMembrane;
};

// Two blocks of `current` through one layer; the loss weighs the spikes and the final membrane
// with fixed random weights, so that every path of the gradient counts.
Run twoBlocks(bool fused, const torch::Tensor &current, const psnn::NeuronState &start, double leak, bool signedSpikes,
              const torch::Tensor &weights, const torch::Tensor &membraneWeights)
{
    Run r;
    r.state = start;
    const auto input = current.clone().set_requires_grad(true);
    const auto membrane0 = start.membrane.clone().set_requires_grad(true);
    r.state.membrane = membrane0;
    const std::int64_t half = current.size(0) / 2;
    torch::Tensor loss = torch::zeros({});
    for (const auto &block : {input.narrow(0, 0, half), input.narrow(0, half, current.size(0) - half)}) {
        torch::Tensor s;
        if (fused) {
            std::vector<double> events;
            s = psnn::scanTrainableNeurons(block, r.state, leak, events);
            r.events.insert(r.events.end(), events.begin(), events.end());
        } else {
            std::vector<torch::Tensor> unused;
            s = psnn::stepNeurons(block, r.state, leak, signedSpikes, true, {}, unused);
        }
        r.spikes.push_back(s.detach());
        loss = loss + (s * weights.narrow(0, r.spikes.size() == 1 ? 0 : half, s.size(0))).sum();
    }
    loss = loss + (r.state.membrane * membraneWeights).sum();
    loss.backward();
    r.gradCurrent = input.grad();
    r.gradMembrane = membrane0.grad();
    return r;
}

double largestDifference(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TestNeurons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fusedScanMatchesTensorOperations_data()
    {
        QTest::addColumn<double>("leak");
        QTest::addColumn<bool>("signedSpikes");
        QTest::addColumn<bool>("perChannel");
        QTest::newRow("IF") << 1.0 << false << false;
        QTest::newRow("LIF 0.75") << 0.75 << false << false;
        QTest::newRow("IF, signed") << 1.0 << true << false;
        QTest::newRow("LIF 0.5, signed, per-channel thresholds") << 0.5 << true << true;
    }
    void fusedScanMatchesTensorOperations()
    {
        QFETCH(double, leak);
        QFETCH(bool, signedSpikes);
        QFETCH(bool, perChannel);
        torch::manual_seed(7);
        // [steps, B, channels, pixels]: dyadic currents, so that no membrane lands within
        // rounding of a threshold and both paths must fire at the same steps.
        const std::int64_t steps = 20, B = 3, C = 4, P = 1100; // more neurons than one chunk of the scan
        const auto current = torch::randint(-6, 10, {steps, B, C, P}).to(torch::kFloat32) / 8.0;
        psnn::NeuronState start;
        start.theta = 0.75f;
        start.amplitude = start.theta;
        if (perChannel) {
            start.thetaMap = (torch::tensor({0.5f, 0.75f, 1.0f, 1.25f}).view({1, C, 1}).expand({B, C, P})).contiguous();
            start.amplitudeMap = start.thetaMap;
        }
        start.membrane = perChannel ? (start.thetaMap * 0.5).contiguous() : torch::full({B, C, P}, 0.5f * start.theta);
        if (signedSpikes)
            start.netSpikes = torch::zeros({B, C, P});
        const auto weights = torch::randn({steps, B, C, P});
        const auto membraneWeights = torch::randn({B, C, P});

        const Run reference = twoBlocks(false, current, start, leak, signedSpikes, weights, membraneWeights);
        const Run fused = twoBlocks(true, current, start, leak, signedSpikes, weights, membraneWeights);

        for (std::size_t b = 0; b < 2; ++b)
            QVERIFY(torch::equal(fused.spikes[b], reference.spikes[b]));
        // The events per step are the spikes' nonzero count.
        const auto counted = torch::cat(reference.spikes).abs().flatten(1).sum(1).to(torch::kFloat64);
        QCOMPARE(fused.events.size(), std::size_t(steps));
        QVERIFY(torch::equal(torch::tensor(fused.events, torch::kFloat64), counted));
        QVERIFY(fused.spikes[0].abs().sum().item<double>() > 0); // the layer fires
        if (signedSpikes) {
            QVERIFY(torch::equal(fused.state.netSpikes, reference.state.netSpikes));
            QVERIFY(fused.spikes[1].lt(0).any().item<bool>()); // and takes spikes back
        }
        QVERIFY(largestDifference(fused.state.membrane, reference.state.membrane) < 1e-6);
        // The starting state is left alone (a checkpoint keeps it).
        QVERIFY(torch::equal(start.membrane, perChannel ? (start.thetaMap * 0.5) : torch::full({B, C, P}, 0.5f * start.theta)));
        const double scale = reference.gradCurrent.abs().max().item<double>();
        QVERIFY(scale > 0);
        QVERIFY2(largestDifference(fused.gradCurrent, reference.gradCurrent) < 1e-5 * scale,
                 std::to_string(largestDifference(fused.gradCurrent, reference.gradCurrent)).c_str());
        QVERIFY2(largestDifference(fused.gradMembrane, reference.gradMembrane) < 1e-5 * scale,
                 std::to_string(largestDifference(fused.gradMembrane, reference.gradMembrane)).c_str());
    }

    // The simulation runs channels-last: a current whose steps are channels-last, with a state
    // made NCHW (per-channel thresholds, so that a neuron paired with another's threshold
    // shows), gives the same spikes, membrane and gradients as the NCHW current, in both scans.
    void scanFollowsTheCurrentsLayout()
    {
        torch::manual_seed(11);
        const std::int64_t steps = 12, B = 2, C = 4, H = 9, W = 7;
        const auto nchw = torch::randint(-6, 10, {steps, B, C, H, W}).to(torch::kFloat32) / 8.0;
        const auto channelsLast = nchw.permute({0, 1, 3, 4, 2}).contiguous().permute({0, 1, 4, 2, 3});
        QVERIFY(torch::equal(channelsLast, nchw));
        QVERIFY(!channelsLast.is_contiguous());
        psnn::NeuronState start;
        start.thetaMap = torch::tensor({0.5f, 0.75f, 1.0f, 1.25f}).view({1, C, 1, 1}).expand({B, C, H, W}).contiguous();
        start.amplitudeMap = start.thetaMap * 2;
        start.membrane = (start.thetaMap * 0.5).contiguous();
        start.netSpikes = torch::zeros({B, C, H, W});
        const auto weights = torch::randn({steps, B, C, H, W});
        const auto membraneWeights = torch::randn({B, C, H, W});

        const Run a = twoBlocks(true, nchw, start, 0.75, true, weights, membraneWeights);
        const Run b = twoBlocks(true, channelsLast, start, 0.75, true, weights, membraneWeights);
        QVERIFY(a.spikes[0].abs().sum().item<double>() > 0);
        for (std::size_t k = 0; k < 2; ++k)
            QVERIFY(torch::equal(a.spikes[k], b.spikes[k]));
        QVERIFY(torch::equal(a.state.membrane, b.state.membrane));
        QVERIFY(torch::equal(a.state.netSpikes, b.state.netSpikes));
        QVERIFY(torch::equal(a.gradCurrent, b.gradCurrent));
        QVERIFY(torch::equal(a.gradMembrane, b.gradMembrane));

        psnn::NeuronState sa = start, sb = start;
        sa.membrane = start.membrane.clone(), sb.membrane = start.membrane.clone();
        sa.netSpikes = start.netSpikes.clone(), sb.netSpikes = start.netSpikes.clone();
        torch::Tensor oa, ob;
        const auto ea = psnn::scanNeurons(nchw, oa, sa, 0.75);
        const auto eb = psnn::scanNeurons(channelsLast, ob, sb, 0.75);
        QVERIFY(!ob.is_contiguous()); // the output kept the layout
        QVERIFY(torch::equal(oa, ob));
        QVERIFY(ea == eb);
        QVERIFY(torch::equal(sa.membrane, sb.membrane));
        // The weighted spikes carry each neuron's own amplitude: twice its threshold.
        const auto magnitude = ob.abs();
        QVERIFY(magnitude.gt(0).any().item<bool>());
        QVERIFY(magnitude.eq(0).logical_or(magnitude.eq(start.amplitudeMap.unsqueeze(0))).all().item<bool>());
    }
};

QTEST_GUILESS_MAIN(TestNeurons)
#include "tst_neurons.moc"
