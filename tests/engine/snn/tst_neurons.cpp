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
};

QTEST_GUILESS_MAIN(TestNeurons)
#include "tst_neurons.moc"
