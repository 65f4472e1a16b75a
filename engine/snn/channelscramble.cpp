#include "snn/channelscramble.h"

#include "core/error.h"

#include <torch/torch.h>

namespace psnn {

namespace {

bool perChannel(LayerKind k)
{
    return k == LayerKind::AvgPool2d || k == LayerKind::MaxPool2d || k == LayerKind::AdaptiveAvgPool2d
           || k == LayerKind::Dropout;
}

[[noreturn]] void refuse(const Layer &l, const std::string &why)
{
    throw Error(ErrorCode::UnsupportedLayer, "channel scrambling " + why, "layer " + l.name);
}

// The index of the last weighted layer before `i` reached through per-channel operations only
// (which commute with a positive gain per channel); an Add is returned as itself.
std::size_t feedingLayer(const Network &snn, std::size_t neuron)
{
    for (std::size_t i = neuron; i-- > 0;) {
        const LayerKind k = snn.layers[i].kind;
        if (k == LayerKind::Conv2d || k == LayerKind::Linear || k == LayerKind::Add)
            return i;
        if (!perChannel(k))
            break;
    }
    refuse(snn.layers[neuron], "needs a convolution, linear layer or residual add feeding each neuron layer directly");
}

void scaleOutputs(Layer &l, const torch::Tensor &gain)
{
    auto shape = std::vector<std::int64_t>(std::size_t(l.weight.dim()), 1);
    shape[0] = gain.size(0);
    l.weight = l.weight * gain.view(shape);
    if (l.bias.defined())
        l.bias = l.bias * gain;
}

// A residual block whose add gets the gains: the branch's last weighted layer and the shortcut's
// last conv scale their outputs. An identity shortcut carries the block input's spikes, so the
// neuron layer that sends them carries the gain in its amplitudes and the branch's first conv
// takes it back out of its input channels.
void scaleBlock(Network &snn, std::size_t add, const torch::Tensor &gain)
{
    Layer &a = snn.layers[add];
    scaleOutputs(snn.layers[feedingLayer(snn, add)], gain);
    if (!a.shortcut.empty()) {
        for (auto it = a.shortcut.rbegin(); it != a.shortcut.rend(); ++it)
            if (it->kind == LayerKind::Conv2d)
                return scaleOutputs(*it, gain);
    }
    std::size_t fork = add, depth = 0;
    while (fork-- > 0 && !(snn.layers[fork].kind == LayerKind::Fork && depth == 0))
        depth += snn.layers[fork].kind == LayerKind::Add ? 1 : snn.layers[fork].kind == LayerKind::Fork ? -1 : 0;
    std::size_t source = fork;
    while (source-- > 0 && perChannel(snn.layers[source].kind))
        ;
    std::size_t firstConv = fork + 1;
    if (source >= snn.layers.size() || snn.layers[source].kind != LayerKind::ReLU
        || snn.layers[firstConv].kind != LayerKind::Conv2d)
        refuse(a, "needs a neuron layer before each identity shortcut and a convolution first in its branch");
    Layer &neuron = snn.layers[source];
    neuron.amplitudes = neuron.amplitudes * gain;
    Layer &conv = snn.layers[firstConv];
    conv.weight = conv.weight / gain.view({1, -1, 1, 1});
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
    const auto shapes = layerOutputShapes(snn);
    for (std::size_t i = 0; i < snn.layers.size(); ++i) {
        Layer &neuron = snn.layers[i];
        if (neuron.kind != LayerKind::ReLU)
            continue;
        const std::size_t in = feedingLayer(snn, i);
        const std::int64_t channels = shapes[i][0];
        const auto gain = torch::pow(2.0, torch::randint(-spread, spread + 1, {channels}, gen).to(torch::kFloat32));
        const auto thresholds = neuron.thresholds.defined() ? neuron.thresholds : torch::full({channels}, float(neuron.threshold));
        if (!neuron.amplitudes.defined())
            neuron.amplitudes = thresholds.clone(); // spikes keep carrying what they carried
        neuron.thresholds = thresholds * gain;
        if (snn.layers[in].kind == LayerKind::Add)
            scaleBlock(snn, in, gain);
        else
            scaleOutputs(snn.layers[in], gain);
    }
}

} // namespace psnn
