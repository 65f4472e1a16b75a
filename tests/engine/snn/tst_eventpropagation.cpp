#include "snn/eventpropagation.h"
#include "testutil.h"

#include <torch/torch.h>

namespace {

using psnn::Layer;
using psnn::LayerKind;

// Multiples of 1/16 in [-1/2, 1/2]: every partial sum below is exact in float, so any order of
// summation gives the same bits and the event-driven layer must equal the dense one exactly.
torch::Tensor dyadic(std::vector<std::int64_t> shape)
{
    return torch::randint(-8, 9, shape).to(torch::kFloat32) / 16.0;
}

// Spikes of amplitude 3/4 (and -3/4 with `signedSpikes`) at the given rate.
torch::Tensor spikes(std::vector<std::int64_t> shape, double rate, bool signedSpikes)
{
    auto s = torch::rand(shape).lt(rate).to(torch::kFloat32) * 0.75;
    if (signedSpikes)
        s = s * (torch::randint(0, 2, shape).to(torch::kFloat32) * 2 - 1);
    return s;
}

Layer conv(int in, int out, int k, int stride, int pad, int dilation, bool bias)
{
    Layer l;
    l.kind = LayerKind::Conv2d;
    l.name = "conv";
    l.kernel = {k, k};
    l.stride = {stride, stride};
    l.padding = {pad, pad};
    l.dilation = {dilation, dilation};
    l.weight = dyadic({out, in, k, k});
    if (bias)
        l.bias = dyadic({out});
    return l;
}

} // namespace

class TestEventPropagation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { torch::manual_seed(11); }

    void convolutionEqualsDense_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<bool>("bias");
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("signedSpikes");
        QTest::addColumn<bool>("channelsLast");
        for (const bool last : {false, true}) {
            const QByteArray layout = last ? ", channels-last" : ", NCHW";
            QTest::newRow("3x3, same size, 5 %" + layout) << 3 << 1 << 1 << 1 << true << 0.05 << false << last;
            QTest::newRow("3x3, same size, every input" + layout) << 3 << 1 << 1 << 1 << true << 1.0 << false << last;
            QTest::newRow("3x3, stride 2, signed 20 %" + layout) << 3 << 2 << 1 << 1 << false << 0.2 << true << last;
            QTest::newRow("5x5, dilation 2, padding 4" + layout) << 5 << 1 << 4 << 2 << true << 0.1 << true << last;
            QTest::newRow("2x2, stride 2, no padding (odd side)" + layout) << 2 << 2 << 0 << 1 << true << 0.3 << false << last;
            QTest::newRow("1x1" + layout) << 1 << 1 << 0 << 1 << true << 0.1 << false << last;
            QTest::newRow("no input at all" + layout) << 3 << 1 << 1 << 1 << true << 0.0 << false << last;
        }
    }
    void convolutionEqualsDense()
    {
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, dilation);
        QFETCH(bool, bias);
        QFETCH(double, rate);
        QFETCH(bool, signedSpikes);
        QFETCH(bool, channelsLast);
        const Layer l = conv(5, 12, kernel, stride, padding, dilation, bias);
        const auto layout = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
        const auto x = spikes({7, 5, 11, 11}, rate, signedSpikes).contiguous(layout);
        // The reference on the NCHW copy: its numbers do not depend on the layout.
        const auto dense = psnn::forwardLayer(l, x.contiguous(), false);
        const auto events = psnn::EventLayer(l).forward(x);
        QCOMPARE(events.sizes(), dense.sizes());
        QVERIFY(events.is_contiguous(layout));
        QVERIFY(torch::equal(events, dense));
    }

    void nonSpikeInputsEqualDense()
    {
        // Any values, not only spikes: an average-pooled or encoded input takes the same path.
        const Layer l = conv(3, 8, 3, 1, 1, 1, true);
        auto x = dyadic({4, 3, 9, 9});
        x.masked_fill_(torch::rand(x.sizes()).lt(0.7), 0.0);
        QVERIFY(torch::equal(psnn::EventLayer(l).forward(x), psnn::forwardLayer(l, x, false)));
    }

    void linearEqualsDense_data()
    {
        QTest::addColumn<bool>("bias");
        QTest::addColumn<double>("rate");
        QTest::newRow("bias, 3 %") << true << 0.03;
        QTest::newRow("no bias, 50 %") << false << 0.5;
        QTest::newRow("every input") << true << 1.0;
    }
    void linearEqualsDense()
    {
        QFETCH(bool, bias);
        QFETCH(double, rate);
        Layer l;
        l.kind = LayerKind::Linear;
        l.name = "fc";
        l.weight = dyadic({10, 300});
        if (bias)
            l.bias = dyadic({10});
        const auto x = spikes({9, 300}, rate, true);
        const auto events = psnn::EventLayer(l).forward(x);
        QCOMPARE(events.sizes(), (std::vector<std::int64_t>{9, 10}));
        QVERIFY(torch::equal(events, psnn::forwardLayer(l, x, false)));
    }

    void outputsFollowTheEventsAlone()
    {
        // One spike of 1 at input (channel 1, 4, 4) of a 3x3 convolution without bias: the outputs
        // at (o, 4 - ky + 1, 4 - kx + 1) are weight[o, 1, ky, kx], and every other output is 0.
        Layer l = conv(2, 3, 3, 1, 1, 1, false);
        auto x = torch::zeros({1, 2, 9, 9});
        x[0][1][4][4] = 1.0;
        const auto out = psnn::EventLayer(l).forward(x);
        auto expected = torch::zeros({1, 3, 9, 9});
        for (int ky = 0; ky < 3; ++ky)
            for (int kx = 0; kx < 3; ++kx)
                expected.select(0, 0).select(1, 5 - ky).select(1, 5 - kx).copy_(l.weight.select(1, 1).select(1, ky).select(1, kx));
        QVERIFY(torch::equal(out, expected));
    }

    void refusesWhatItCannotRun()
    {
        Layer grouped = conv(4, 4, 3, 1, 1, 1, false);
        grouped.weight = dyadic({4, 2, 3, 3});
        grouped.groups = 2;
        grouped.name = "grouped";
        QVERIFY(!psnn::EventLayer::supports(grouped));
        expectError([&] { psnn::EventLayer e(grouped); }, {"one group", "layer grouped"});
        const Layer l = conv(5, 12, 3, 1, 1, 1, true);
        expectError([&] { psnn::EventLayer(l).forward(torch::zeros({1, 4, 8, 8})); }, {"5 channels", "layer conv"});
    }
};

QTEST_GUILESS_MAIN(TestEventPropagation)
#include "tst_eventpropagation.moc"
