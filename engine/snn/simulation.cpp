#include "snn/simulation.h"
#include "core/error.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <cmath>
#include <mutex>

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

/// The state of one layer of neurons between blocks of steps.
struct NeuronState {
    torch::Tensor membrane;
    torch::Tensor netSpikes; ///< signed spikes only: positive minus negative spikes so far
};

// One step at a time with tensor operations: differentiable (surrogate gradient) and able to
// record membranes. Returns the spikes [steps, B, ...] as 1, -1 (negative) or 0.
torch::Tensor stepNeurons(const torch::Tensor &current, NeuronState &state, float theta, double leak, bool signedSpikes,
                          bool trainable, const torch::Tensor &traceIdx, std::vector<torch::Tensor> &traceMembrane)
{
    torch::Tensor &u = state.membrane;
    std::vector<torch::Tensor> spikes;
    for (std::int64_t t = 0; t < current.size(0); ++t) {
        u = leak == 1.0 ? u + current[t] : u * leak + current[t];
        if (traceIdx.defined())
            traceMembrane.push_back(u[0].flatten().detach().index_select(0, traceIdx));
        auto s = trainable ? SpikeFunction::apply(u / theta - 1.0) : u.gt(theta).to(u.scalar_type());
        u = u - s.detach() * theta; // soft reset, not differentiated (as in the paper's code)
        if (signedSpikes) {
            // Negative spikes pass no gradient: training shapes the positive ones.
            const auto negative = u.detach().lt(0.0).logical_and(state.netSpikes.gt(0.0)).to(u.scalar_type());
            u = u + negative * theta;
            state.netSpikes = state.netSpikes + s.detach() - negative;
            s = s - negative;
        }
        spikes.push_back(s);
    }
    return torch::stack(spikes);
}

// One step of `n` neurons, written as selects so that the compiler vectorises it (engine/
// CMakeLists.txt compiles this file without FP trapping, which would forbid that). Returns the
// number of spike events.
template <bool Signed, bool Leaky>
std::int64_t neuronStep(const float *__restrict in, float *__restrict out, float *__restrict u, float *__restrict net,
                        std::int64_t n, float theta, float decay)
{
    int count = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        float v = Leaky ? u[i] * decay + in[i] : u[i] + in[i];
        const bool fire = v > theta;
        v = fire ? v - theta : v;
        float s = fire ? 1.0f : 0.0f;
        if constexpr (Signed) {
            const bool takeBack = (v < 0.0f) & (net[i] > 0.0f);
            v = takeBack ? v + theta : v;
            s = takeBack ? -1.0f : s;
            net[i] += s;
        }
        u[i] = v;
        out[i] = s * theta;
        count += s != 0.0f;
    }
    return count;
}

// The same neurons in one pass over memory: each chunk's state stays in L1 while time advances,
// where tensor operations would read and write the whole layer four times per step.
// Writes the weighted spikes (+-theta or 0) into `out` and returns the spike events per step.
template <bool Signed, bool Leaky>
std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, float theta, float decay)
{
    const std::int64_t steps = current.size(0);
    const std::int64_t n = state.membrane.numel();
    const float *in = current.data_ptr<float>();
    float *o = out.data_ptr<float>();
    float *u = state.membrane.data_ptr<float>();
    float *net = Signed ? state.netSpikes.data_ptr<float>() : nullptr;
    std::vector<double> events(std::size_t(steps), 0.0);
    std::mutex merge;
    constexpr std::int64_t kChunk = 2048; // 8 KB of membrane
    at::parallel_for(0, n, kChunk, [&](std::int64_t begin, std::int64_t end) {
        std::vector<double> local(std::size_t(steps), 0.0);
        for (std::int64_t b = begin; b < end; b += kChunk) {
            const std::int64_t len = std::min(end, b + kChunk) - b;
            for (std::int64_t t = 0; t < steps; ++t)
                local[std::size_t(t)] += double(neuronStep<Signed, Leaky>(in + t * n + b, o + t * n + b, u + b,
                                                                          Signed ? net + b : nullptr, len, theta, decay));
        }
        const std::lock_guard<std::mutex> lock(merge);
        for (std::size_t t = 0; t < local.size(); ++t)
            events[t] += local[t];
    });
    return events;
}

std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, float theta, double leak)
{
    const bool leaky = leak != 1.0;
    if (state.netSpikes.defined())
        return leaky ? scanNeurons<true, true>(current, out, state, theta, float(leak))
                     : scanNeurons<true, false>(current, out, state, theta, 1.0f);
    return leaky ? scanNeurons<false, true>(current, out, state, theta, float(leak))
                 : scanNeurons<false, false>(current, out, state, theta, 1.0f);
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
    std::vector<NeuronState> states(neurons.size());
    std::vector<torch::Tensor> counts(snn.layers.size());
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
            const float theta = float(l.threshold * o.thresholdScale);
            const std::size_t k = std::size_t(neuronIndex);
            NeuronState &state = states[k];
            if (!state.membrane.defined()) {
                state.membrane = torch::full_like(current[0], float(snn.snn.initialMembrane * theta),
                                                  at::MemoryFormat::Contiguous);
                if (snn.snn.signedSpikes)
                    state.netSpikes = torch::zeros_like(state.membrane);
            }
            const bool tracing = neuronIndex == o.traceLayer;
            // Spikes are 1, or -1 for a negative spike; they carry the threshold as their weight
            // (the same as scaling the next layer's weights by it): rates then encode activations
            // in the ANN's units, so folded BN biases stay right.
            torch::Tensor weighted;
            if (o.trainable || tracing || current.requires_grad()) {
                const auto train = stepNeurons(current, state, theta, leak, snn.snn.signedSpikes, o.trainable,
                                               tracing ? traceIdx : torch::Tensor(), traceMembrane);
                spikeSteps[k].push_back(train.detach().abs().flatten(1).sum(1).to(torch::kFloat64));
                if (tracing)
                    traceSpikes.push_back(train.detach().select(1, 0).flatten(1));
                weighted = train * theta;
            } else {
                weighted = torch::empty_like(current, at::MemoryFormat::Contiguous);
                spikeSteps[k].push_back(
                    torch::tensor(scanNeurons(current.contiguous(), weighted, state, theta, leak), torch::kFloat64));
            }
            if (r.neuronsPerLayer.size() <= k)
                r.neuronsPerLayer.push_back(current[0][0].numel());
            h = weighted.flatten(0, 1);
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
