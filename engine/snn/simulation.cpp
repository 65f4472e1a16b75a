#include "snn/simulation.h"

#include "core/error.h"
#include "snn/neurons.h"

#include <torch/torch.h>

#include <algorithm>

namespace psnn {

namespace {

bool isLinearStage(LayerKind k)
{
    return k == LayerKind::Conv2d || k == LayerKind::Linear || k == LayerKind::AvgPool2d
           || k == LayerKind::AdaptiveAvgPool2d || k == LayerKind::Flatten || k == LayerKind::Dropout
           || k == LayerKind::Fork || k == LayerKind::Add;
}


// The stages before the first neuron are affine. Direct coding: their output is the same every
// step, computed once. Pixel coding: the shift of the normalisation enters as the constant
// current F(-mean/std) - F(0) at the first neuron.
struct AffineInput {
    torch::Tensor constantCurrent; ///< direct coding: the first neuron layer's input current
    torch::Tensor pixelShift;      ///< poisson-pixel coding: added to the first neuron layer's input
};

AffineInput affineInput(const Network &snn, const torch::Tensor &images)
{
    const bool direct = snn.snn.coding == InputCoding::Direct;
    AffineInput r;
    if (!direct && snn.snn.coding != InputCoding::PoissonPixel)
        return r;
    auto one = images.sizes().vec();
    one[0] = 1;
    const auto mean = torch::tensor(snn.normalization.mean).view({1, -1, 1, 1});
    const auto stdev = torch::tensor(snn.normalization.std).view({1, -1, 1, 1});
    torch::Tensor a = direct ? images : (-mean / stdev).expand(one).contiguous();
    torch::Tensor z = torch::zeros(one);
    for (const Layer &l : snn.layers) {
        if (l.kind == LayerKind::ReLU)
            break;
        // Direct coding runs the layers from the Fork on every step (see blockInput).
        if (l.kind == LayerKind::Fork && direct)
            break;
        if (l.kind == LayerKind::Fork)
            throw Error(ErrorCode::UnsupportedLayer, "poisson-pixel coding needs an affine first stage without a "
                                                     "residual block before the first neuron (use poisson or direct coding)",
                        "layer " + l.name);
        if (l.kind == LayerKind::MaxPool2d && !direct)
            throw Error(ErrorCode::UnsupportedLayer, "poisson-pixel coding needs an affine first stage; max pooling "
                                                     "of the input is not affine (use poisson or direct coding)",
                        "layer " + l.name);
        a = forwardLayer(l, a, false);
        z = forwardLayer(l, z, false);
    }
    if (direct)
        r.constantCurrent = a;
    else
        r.pixelShift = a - z;
    return r;
}

// Time runs in blocks of steps through the whole network: every linear stage still sees
// block x B inputs at once, but no activation grows past ~blockBytes, so the allocator reuses
// its memory instead of mapping fresh pages for every step (that cost ~half the run time).
std::int64_t stepsPerBlock(const Network &snn, const torch::Tensor &images, std::int64_t blockBytes)
{
    std::int64_t widest = images[0].numel();
    for (const Shape &s : layerOutputShapes(snn)) {
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        widest = std::max(widest, n);
    }
    return std::clamp<std::int64_t>(blockBytes / (4 * images.size(0) * widest), 1, snn.snn.timesteps);
}

// One simulation: the neuron states and max-pool counts carried from block to block, and what
// the result collects.
class Simulator {
public:
    Simulator(const Network &snn, const torch::Tensor &images, const SimulationOptions &o)
        : m_snn(snn), m_images(images), m_o(o), m_B(images.size(0)),
          m_leak(snn.snn.neuron == NeuronModel::LIF ? snn.snn.leak : 1.0),
          m_direct(snn.snn.coding == InputCoding::Direct), m_gen(at::make_generator<at::CPUGeneratorImpl>(o.seed)),
          m_input(affineInput(snn, images)), m_neurons(neuronLayers(snn)), m_states(m_neurons.size()),
          m_counts(snn.layers.size()), m_pooled(snn.layers.size()), m_spikeSteps(m_neurons.size())
    {
        if (o.traceLayer >= 0 && !o.traceNeurons.empty())
            m_traceIdx = torch::tensor(o.traceNeurons, torch::kLong);
    }

    SimulationResult run()
    {
        const std::int64_t T = m_snn.snn.timesteps;
        const std::int64_t block = stepsPerBlock(m_snn, m_images, m_o.blockBytes);
        for (std::int64_t t0 = 0; t0 < T; t0 += block) {
            const std::int64_t steps = std::min(block, T - t0);
            std::size_t first = 0;
            torch::Tensor input = blockInput(steps, first);
            const torch::Tensor h = propagate(std::move(input), first, steps);
            if (h.defined())
                m_outputs.push_back(h.view({steps, m_B, -1}));
        }
        return result();
    }

private:
    // The input of the block [steps * B, ...] and the index of the first layer that must run on it.
    torch::Tensor blockInput(std::int64_t steps, std::size_t &first)
    {
        if (!m_direct) {
            const auto enc = encodeInput(m_snn, m_images, m_gen, steps);
            m_inputEvents.push_back(enc.ne(0).flatten(1).sum(1).to(torch::kFloat64));
            return enc.flatten(0, 1);
        }
        // Skip the affine stages: their constant output is known.
        const auto &layers = m_snn.layers;
        const auto stops = [&](std::size_t i) { return layers[i].kind == LayerKind::ReLU || layers[i].kind == LayerKind::Fork; };
        while (!stops(first) && first + 1 < layers.size())
            ++first;
        if (!stops(first))
            first = layers.size(); // no neuron at all: the output is the constant current
        auto shape = m_input.constantCurrent.sizes().vec();
        shape.insert(shape.begin(), steps);
        return m_input.constantCurrent.unsqueeze(0).expand(shape).flatten(0, 1);
    }

    // Every layer from `first` on; returns the output current, or nothing when the run stops
    // before a neuron layer (stopBeforeNeuron).
    torch::Tensor propagate(torch::Tensor h, std::size_t first, std::int64_t steps)
    {
        int neuronIndex = -1;
        std::vector<torch::Tensor> kept; // residual blocks: each block's input spikes, for its shortcut
        for (std::size_t i = 0; i < m_snn.layers.size(); ++i) {
            const Layer &l = m_snn.layers[i];
            if (l.kind == LayerKind::ReLU)
                ++neuronIndex;
            if (i < first)
                continue;
            if (isLinearStage(l.kind)) {
                if (l.kind != LayerKind::Dropout)
                    h = forwardLayer(l, h, false, &kept);
            } else if (l.kind == LayerKind::MaxPool2d) {
                h = maxPoolBySpikeCount(i, h, steps);
            } else if (l.kind == LayerKind::ReLU) {
                h = neuronLayer(l, neuronIndex, h, steps);
                if (!h.defined())
                    return h;
            } else {
                throw Error(ErrorCode::UnsupportedLayer,
                            std::string(layerKindName(l.kind)) + " has no spiking form; fold it first", "layer " + l.name);
            }
        }
        return h;
    }

    // Max pooling of spikes. The rule: a pooled unit's net count (its spikes, minus its negative
    // spikes, since step 0) equals at every step the largest net count in its window, so its rate
    // follows the max of its inputs' rates as the ANN's max pool follows the max of activations.
    // Its output at step t is therefore the step of that running maximum, M(t) - M(t-1). All
    // inputs of one window come from one neuron layer and carry its threshold as their weight,
    // so the step is that weight, minus it, or 0: a spike train again (only negative spikes when
    // the window's counts can fall, i.e. with signed spikes or signed input). Gating on the
    // count and passing the leader's current spike, the earlier rule, lets the pooled count drift
    // from the maximum whenever the leader changes, which signed spikes do every few steps.
    torch::Tensor maxPoolBySpikeCount(std::size_t i, const torch::Tensor &h, std::int64_t steps)
    {
        const Layer &l = m_snn.layers[i];
        const auto sizes = h.sizes();
        auto counts = h.view({steps, m_B, sizes[1], sizes[2], sizes[3]}).cumsum(0);
        if (m_counts[i].defined())
            counts = counts + m_counts[i].unsqueeze(0);
        // Training keeps the graph across blocks: a gradient reaches every step of the window.
        m_counts[i] = m_o.trainable ? counts[steps - 1] : counts[steps - 1].detach();
        const auto pooled = torch::max_pool2d(counts.view(sizes), {l.kernel[0], l.kernel[1]}, {l.stride[0], l.stride[1]},
                                              {l.padding[0], l.padding[1]}, {l.dilation[0], l.dilation[1]}, l.ceilMode);
        auto perStep = pooled.view({steps, m_B, pooled.size(1), pooled.size(2), pooled.size(3)});
        const auto before = m_pooled[i].defined() ? m_pooled[i].unsqueeze(0) : torch::zeros_like(perStep[0]).unsqueeze(0);
        m_pooled[i] = m_o.trainable ? perStep[steps - 1] : perStep[steps - 1].detach();
        const auto previous = torch::cat({before, perStep.narrow(0, 0, steps - 1)});
        return (perStep - previous).flatten(0, 1);
    }

    // The layer's thresholds and amplitudes (both scaled by thresholdScale, so that what-if views
    // scale the whole neuron), and the membrane at step 0 as a fraction of the threshold.
    void initNeurons(const Layer &l, const torch::Tensor &oneStep, NeuronState &state) const
    {
        const double scale = m_o.thresholdScale;
        state.theta = float(l.threshold * scale);
        state.amplitude = state.theta;
        if (l.thresholds.defined() || l.amplitudes.defined()) {
            const std::int64_t channels = oneStep.size(1);
            const auto perChannel = [&](const torch::Tensor &t) {
                if (t.dim() != 1 || t.size(0) != channels)
                    throw Error(ErrorCode::ShapeMismatch,
                                "per-channel thresholds or amplitudes need " + std::to_string(channels) + " values",
                                "layer " + l.name);
                auto shape = std::vector<std::int64_t>(std::size_t(oneStep.dim()), 1);
                shape[1] = channels;
                return (t * scale).to(torch::kFloat32).view(shape).expand(oneStep.sizes()).contiguous();
            };
            const auto thresholds = l.thresholds.defined() ? l.thresholds : torch::full({channels}, l.threshold);
            state.thetaMap = perChannel(thresholds);
            state.amplitudeMap = perChannel(l.amplitudes.defined() ? l.amplitudes : thresholds);
        }
        state.membrane = state.thetaMap.defined() ? (state.thetaMap * float(m_snn.snn.initialMembrane)).contiguous()
                                                  : torch::full_like(oneStep, float(m_snn.snn.initialMembrane * state.theta),
                                                                     at::MemoryFormat::Contiguous);
        if (m_snn.snn.signedSpikes)
            state.netSpikes = torch::zeros_like(state.membrane);
    }

    // Integrates the block's input current; returns the weighted spikes [steps * B, ...].
    torch::Tensor neuronLayer(const Layer &l, int neuronIndex, const torch::Tensor &h, std::int64_t steps)
    {
        auto shape = h.sizes().vec();
        shape[0] = m_B;
        shape.insert(shape.begin(), steps);
        torch::Tensor current = h.view(shape);
        if (neuronIndex == 0 && m_input.pixelShift.defined())
            current = current + m_input.pixelShift.unsqueeze(0);
        if (neuronIndex == m_o.stopBeforeNeuron) {
            m_currents.push_back(current);
            return {};
        }
        const std::size_t k = std::size_t(neuronIndex);
        if (m_o.cancel) {
            m_o.cancel->check();
            // LibTorch's autograd hands an exception from a hook back to backward()'s caller.
            if (current.requires_grad())
                current.register_hook([cancel = *m_o.cancel](const torch::Tensor &) { cancel.check(); });
        }
        NeuronState &state = m_states[k];
        if (!state.membrane.defined())
            initNeurons(l, current[0], state);
        const bool tracing = neuronIndex == m_o.traceLayer;
        // Spikes are 1, or -1 for a negative spike; they carry the threshold as their weight
        // (the same as scaling the next layer's weights by it): rates then encode activations
        // in the ANN's units, so folded BN biases stay right. Scrambled channels carry their own
        // amplitude instead.
        torch::Tensor weighted;
        if (m_o.trainable || tracing || current.requires_grad()) {
            const auto train = stepNeurons(current, state, m_leak, m_snn.snn.signedSpikes, m_o.trainable,
                                           tracing ? m_traceIdx : torch::Tensor(), m_traceMembrane);
            m_spikeSteps[k].push_back(train.detach().abs().flatten(1).sum(1).to(torch::kFloat64));
            if (m_o.trainable) {
                const auto events = train.abs().sum();
                m_spikeTotals.resize(std::max(m_spikeTotals.size(), k + 1));
                m_spikeTotals[k] = m_spikeTotals[k].defined() ? m_spikeTotals[k] + events : events;
            }
            if (tracing)
                m_traceSpikes.push_back(train.detach().select(1, 0).flatten(1));
            weighted = state.amplitudeMap.defined() ? train * state.amplitudeMap : train * state.amplitude;
        } else {
            weighted = torch::empty_like(current, at::MemoryFormat::Contiguous);
            m_spikeSteps[k].push_back(
                torch::tensor(scanNeurons(current.contiguous(), weighted, state, m_leak), torch::kFloat64));
        }
        if (m_neuronsPerLayer.size() <= k)
            m_neuronsPerLayer.push_back(current[0][0].numel());
        return weighted.flatten(0, 1);
    }

    SimulationResult result()
    {
        SimulationResult r;
        r.neuronsPerLayer = m_neuronsPerLayer;
        if (m_o.stopBeforeNeuron >= 0) {
            if (m_currents.empty())
                throw Error(ErrorCode::InvalidArgument,
                            "neuron layer " + std::to_string(m_o.stopBeforeNeuron) + " does not exist");
            r.current = torch::cat(m_currents);
            return r;
        }
        r.output = torch::cat(m_outputs);
        for (auto &steps : m_spikeSteps)
            r.spikesPerStep.push_back(torch::cat(steps));
        r.spikeTotals = m_spikeTotals;
        if (!m_inputEvents.empty())
            r.inputSpikesPerStep = torch::cat(m_inputEvents);
        if (!m_traceSpikes.empty())
            r.traceSpikes = torch::cat(m_traceSpikes);
        if (!m_traceMembrane.empty())
            r.traceMembrane = torch::stack(m_traceMembrane);
        return r;
    }

    const Network &m_snn;
    const torch::Tensor &m_images;
    const SimulationOptions &m_o;
    const std::int64_t m_B;
    const double m_leak;
    const bool m_direct;
    torch::Generator m_gen;
    const AffineInput m_input;
    const std::vector<int> m_neurons;
    std::vector<NeuronState> m_states;
    std::vector<torch::Tensor> m_counts;                 ///< per layer: max pooling's input net counts so far
    std::vector<torch::Tensor> m_pooled;                 ///< per layer: max pooling's output net counts so far
    std::vector<std::vector<torch::Tensor>> m_spikeSteps; ///< per neuron layer, per block: events per step
    std::vector<torch::Tensor> m_spikeTotals;             ///< trainable: per neuron layer, differentiable events
    std::vector<std::int64_t> m_neuronsPerLayer;
    std::vector<torch::Tensor> m_outputs, m_currents, m_inputEvents, m_traceSpikes, m_traceMembrane;
    torch::Tensor m_traceIdx;
};

} // namespace

std::vector<int> neuronLayers(const Network &net)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < net.layers.size(); ++i)
        if (net.layers[i].kind == LayerKind::ReLU)
            out.push_back(int(i));
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
    return Simulator(snn, images, o).run();
}

} // namespace psnn
