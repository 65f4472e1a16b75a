#include "snn.h"
#include "error.h"

#include <torch/torch.h>

#include <cmath>

namespace psnn {

namespace {

// Heaviside forward, piecewise-linear surrogate backward.
class SpikeFunction : public torch::autograd::Function<SpikeFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x)
    {
        ctx->save_for_backward({x});
        return x.gt(0).to(x.scalar_type());
    }
    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *ctx, torch::autograd::tensor_list grads)
    {
        const auto x = ctx->get_saved_variables()[0];
        return {grads[0] * 0.3 * torch::clamp_min(1.0 - x.abs(), 0.0)};
    }
};

bool isLinearStage(LayerKind k)
{
    return k == LayerKind::Conv2d || k == LayerKind::Linear || k == LayerKind::AvgPool2d
           || k == LayerKind::AdaptiveAvgPool2d || k == LayerKind::Flatten || k == LayerKind::Dropout;
}

} // namespace

torch::Tensor spikeWithSurrogate(const torch::Tensor &normalizedMembrane)
{
    return SpikeFunction::apply(normalizedMembrane);
}

std::vector<int> neuronLayers(const Network &net)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < net.layers.size(); ++i)
        if (net.layers[i].kind == LayerKind::ReLU)
            out.push_back(int(i));
    return out;
}

Network foldBatchNorm(const Network &ann)
{
    torch::NoGradGuard noGrad;
    Network out = cloneNetwork(ann);
    out.layers.clear();
    for (const Layer &l : cloneNetwork(ann).layers) {
        if (l.kind == LayerKind::Dropout)
            continue;
        if (l.kind != LayerKind::BatchNorm2d) {
            out.layers.push_back(l);
            continue;
        }
        if (out.layers.empty() || out.layers.back().kind != LayerKind::Conv2d)
            throw Error(ErrorCode::UnsupportedLayer, "BatchNorm2d must directly follow a Conv2d to be folded",
                        "layer " + l.name);
        Layer &conv = out.layers.back();
        const auto scale = l.weight / torch::sqrt(l.runningVar + l.eps);
        const auto bias = conv.bias.defined() ? conv.bias : torch::zeros_like(l.runningMean);
        conv.weight = conv.weight * scale.view({-1, 1, 1, 1});
        conv.bias = (bias - l.runningMean) * scale + l.bias;
    }
    return out;
}

torch::Tensor encodeInput(const Network &snn, const torch::Tensor &images, torch::Generator &gen, std::int64_t steps)
{
    auto shape = images.sizes().vec();
    shape.insert(shape.begin(), steps);
    if (snn.snn.coding == InputCoding::Direct)
        return images.unsqueeze(0).expand(shape);
    if (snn.snn.coding == InputCoding::PoissonPixel) {
        // Pixel intensities in [0, 1] fire with their own probability; the division by the
        // channel's std is the scale part of the normalisation (its shift is added in simulate()).
        const auto mean = torch::tensor(snn.normalization.mean).view({-1, 1, 1});
        const auto stdev = torch::tensor(snn.normalization.std).view({-1, 1, 1});
        const auto pixels = (images * stdev + mean).clamp(0.0, 1.0);
        return torch::rand(shape, gen, images.options()).lt(pixels.unsqueeze(0)).to(images.scalar_type()) / stdev;
    }
    // As in the PrivateSNN code: spike = sign(x) with probability |x|; |x| >= 1 fires every step.
    const auto fire = torch::rand(shape, gen, images.options()).lt(images.abs().unsqueeze(0));
    return fire.to(images.scalar_type()) * images.sign().unsqueeze(0);
}

SimulationResult simulate(const Network &snn, const torch::Tensor &images, const SimulationOptions &o)
{
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "simulate() needs a spiking network");
    const std::int64_t T = snn.snn.timesteps;
    const std::int64_t B = images.size(0);
    const double leak = snn.snn.neuron == NeuronModel::LIF ? snn.snn.leak : 1.0;
    const bool direct = snn.snn.coding == InputCoding::Direct;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);

    // Time runs in blocks of `block` steps through the whole network: every linear stage still
    // sees block x B inputs at once, but no activation grows past ~16 MB, so the allocator reuses
    // its memory instead of mapping fresh pages for every step (that cost ~half the run time).
    std::int64_t widest = images[0].numel();
    for (const Shape &s : layerOutputShapes(snn)) {
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        widest = std::max(widest, n);
    }
    const std::int64_t block = std::clamp<std::int64_t>(o.blockBytes / (4 * B * widest), 1, T);

    // The stages before the first neuron are affine. Direct coding: their output is the same every
    // step, computed once. Pixel coding: the shift of the normalisation enters as the constant
    // current F(-mean/std) - F(0) at the first neuron.
    torch::Tensor constantCurrent, pixelShift;
    if (direct || snn.snn.coding == InputCoding::PoissonPixel) {
        auto one = images.sizes().vec();
        one[0] = 1;
        const auto mean = torch::tensor(snn.normalization.mean).view({1, -1, 1, 1});
        const auto stdev = torch::tensor(snn.normalization.std).view({1, -1, 1, 1});
        torch::Tensor a = direct ? images : (-mean / stdev).expand(one).contiguous();
        torch::Tensor z = torch::zeros(one);
        for (const Layer &l : snn.layers) {
            if (l.kind == LayerKind::ReLU)
                break;
            if (l.kind == LayerKind::MaxPool2d && !direct)
                throw Error(ErrorCode::UnsupportedLayer, "poisson-pixel coding needs an affine first stage; max pooling "
                                                         "of the input is not affine (use poisson or direct coding)",
                            "layer " + l.name);
            a = forwardLayer(l, a, false);
            z = forwardLayer(l, z, false);
        }
        if (direct)
            constantCurrent = a;
        else
            pixelShift = a - z;
    }

    SimulationResult r;
    const auto neurons = neuronLayers(snn);
    std::vector<torch::Tensor> membrane(neurons.size()), counts(snn.layers.size());
    std::vector<std::vector<torch::Tensor>> spikeSteps(neurons.size());
    std::vector<torch::Tensor> outputs, currents, inputEvents, traceSpikes, traceMembrane;
    torch::Tensor traceIdx;
    if (o.traceLayer >= 0 && !o.traceNeurons.empty())
        traceIdx = torch::tensor(o.traceNeurons, torch::kLong);

    for (std::int64_t t0 = 0; t0 < T; t0 += block) {
        const std::int64_t steps = std::min(block, T - t0);
        torch::Tensor h; // [steps * B, ...]
        std::size_t li = 0;
        if (direct) {
            // Skip the affine stages: their constant output is known.
            while (snn.layers[li].kind != LayerKind::ReLU && li + 1 < snn.layers.size())
                ++li;
            if (snn.layers[li].kind != LayerKind::ReLU)
                li = snn.layers.size(); // no neuron at all: the output is the constant current
            auto shape = constantCurrent.sizes().vec();
            shape.insert(shape.begin(), steps);
            h = constantCurrent.unsqueeze(0).expand(shape).flatten(0, 1);
        } else {
            const auto enc = encodeInput(snn, images, gen, steps);
            inputEvents.push_back(enc.ne(0).flatten(1).sum(1).to(torch::kFloat64));
            h = enc.flatten(0, 1);
        }
        int neuronIndex = -1;
        for (std::size_t i = 0; i < snn.layers.size(); ++i) {
            const Layer &l = snn.layers[i];
            if (l.kind == LayerKind::ReLU)
                ++neuronIndex;
            if (i < li)
                continue;
            if (isLinearStage(l.kind)) {
                if (l.kind != LayerKind::Dropout)
                    h = forwardLayer(l, h, false);
                continue;
            }
            if (l.kind == LayerKind::MaxPool2d) {
                // Gate on spike counts accumulated since step 0, carried across blocks.
                const auto sizes = h.sizes();
                auto blockCounts = h.view({steps, B, sizes[1], sizes[2], sizes[3]}).cumsum(0);
                if (counts[i].defined())
                    blockCounts = blockCounts + counts[i].unsqueeze(0);
                counts[i] = blockCounts[steps - 1].detach();
                const auto idx = std::get<1>(torch::max_pool2d_with_indices(
                    blockCounts.view(sizes), {l.kernel[0], l.kernel[1]}, {l.stride[0], l.stride[1]},
                    {l.padding[0], l.padding[1]}, {l.dilation[0], l.dilation[1]}, l.ceilMode));
                h = h.flatten(2).gather(2, idx.flatten(2)).view(idx.sizes());
                continue;
            }
            if (l.kind != LayerKind::ReLU)
                throw Error(ErrorCode::UnsupportedLayer,
                            std::string(layerKindName(l.kind)) + " has no spiking form; fold it first", "layer " + l.name);

            auto shape = h.sizes().vec();
            shape[0] = B;
            shape.insert(shape.begin(), steps);
            torch::Tensor current = h.view(shape);
            if (neuronIndex == 0 && pixelShift.defined())
                current = current + pixelShift.unsqueeze(0);
            if (neuronIndex == o.stopBeforeNeuron) {
                currents.push_back(current);
                h = torch::Tensor();
                break;
            }
            const double theta = l.threshold * o.thresholdScale;
            const std::size_t k = std::size_t(neuronIndex);
            if (!membrane[k].defined())
                membrane[k] = torch::zeros_like(current[0], at::MemoryFormat::Contiguous);
            torch::Tensor &u = membrane[k];
            const bool tracing = neuronIndex == o.traceLayer;
            torch::Tensor train; // [steps, B, ...] of 0/1
            if (o.trainable) {
                std::vector<torch::Tensor> spikes;
                for (std::int64_t t = 0; t < steps; ++t) {
                    u = leak == 1.0 ? u + current[t] : u * leak + current[t];
                    if (tracing && traceIdx.defined())
                        traceMembrane.push_back(u[0].flatten().detach().index_select(0, traceIdx));
                    const auto s = spikeWithSurrogate(u / theta - 1.0);
                    u = u - s.detach() * theta; // soft reset, not differentiated (as in the paper's code)
                    spikes.push_back(s);
                }
                train = torch::stack(spikes);
            } else {
                // In place: no allocation per step.
                train = torch::empty_like(current);
                for (std::int64_t t = 0; t < steps; ++t) {
                    if (leak != 1.0)
                        u.mul_(leak);
                    u.add_(current[t]);
                    if (tracing && traceIdx.defined())
                        traceMembrane.push_back(u[0].flatten().index_select(0, traceIdx));
                    auto st = train[t];
                    at::gt_out(st, u, theta);
                    u.sub_(st, theta);
                }
            }
            spikeSteps[k].push_back(train.detach().flatten(1).sum(1).to(torch::kFloat64));
            if (r.neuronsPerLayer.size() <= k)
                r.neuronsPerLayer.push_back(train[0][0].numel());
            if (tracing)
                traceSpikes.push_back(train.detach().select(1, 0).flatten(1));
            // Spikes carry the threshold as their weight (the same as scaling the next layer's
            // weights by it): rates then encode activations in the ANN's units, so folded BN
            // biases stay right.
            h = (train * theta).flatten(0, 1);
        }
        if (h.defined())
            outputs.push_back(h.view({steps, B, -1}));
    }

    if (o.stopBeforeNeuron >= 0) {
        if (currents.empty())
            throw Error(ErrorCode::InvalidArgument, "neuron layer " + std::to_string(o.stopBeforeNeuron) + " does not exist");
        r.current = torch::cat(currents);
        return r;
    }
    r.output = torch::cat(outputs);
    for (auto &steps : spikeSteps)
        r.spikesPerStep.push_back(torch::cat(steps));
    if (!inputEvents.empty())
        r.inputSpikesPerStep = torch::cat(inputEvents);
    if (!traceSpikes.empty())
        r.traceSpikes = torch::cat(traceSpikes);
    if (!traceMembrane.empty())
        r.traceMembrane = torch::stack(traceMembrane);
    return r;
}

} // namespace psnn
