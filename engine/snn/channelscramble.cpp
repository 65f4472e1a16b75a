#include "snn/channelscramble.h"

#include "core/error.h"

#include <torch/torch.h>

namespace psnn {

namespace {

// The convolution or linear layer whose output channels feed neuron layer `neuron` through
// per-channel operations only (which commute with a positive gain per channel).
Layer &feedingLayer(Network &snn, std::size_t neuron)
{
    for (std::size_t i = neuron; i-- > 0;) {
        Layer &l = snn.layers[i];
        if (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear)
            return l;
        const bool perChannel = l.kind == LayerKind::AvgPool2d || l.kind == LayerKind::MaxPool2d
                                || l.kind == LayerKind::AdaptiveAvgPool2d || l.kind == LayerKind::Dropout;
        if (!perChannel)
            break;
    }
    throw Error(ErrorCode::UnsupportedLayer,
                "channel scrambling needs a convolution or linear layer feeding each neuron layer directly",
                "layer " + snn.layers[neuron].name);
}

} // namespace

void scrambleChannels(Network &snn, int spread, std::uint64_t seed)
{
    if (spread < 0 || spread > 30)
        throw Error(ErrorCode::InvalidArgument, "the scrambling spread must be between 0 and 30 (gains 2^-30 to 2^30)");
    if (spread == 0)
        return;
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "channel scrambling needs a spiking network");
    torch::NoGradGuard noGrad;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    for (std::size_t i = 0; i < snn.layers.size(); ++i) {
        Layer &neuron = snn.layers[i];
        if (neuron.kind != LayerKind::ReLU)
            continue;
        Layer &in = feedingLayer(snn, i);
        const std::int64_t channels = in.weight.size(0);
        const auto gain = torch::pow(2.0, torch::randint(-spread, spread + 1, {channels}, gen).to(torch::kFloat32));
        const auto thresholds = neuron.thresholds.defined() ? neuron.thresholds : torch::full({channels}, float(neuron.threshold));
        if (!neuron.amplitudes.defined())
            neuron.amplitudes = thresholds.clone(); // spikes keep carrying what they carried
        neuron.thresholds = thresholds * gain;
        auto shape = std::vector<std::int64_t>(std::size_t(in.weight.dim()), 1);
        shape[0] = channels;
        in.weight = in.weight * gain.view(shape);
        if (in.bias.defined())
            in.bias = in.bias * gain;
    }
}

} // namespace psnn
