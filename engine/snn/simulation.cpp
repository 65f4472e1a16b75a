#include "snn/simulation.h"

#include "core/error.h"
#include "snn/neurons.h"

#include <torch/torch.h>

#include <algorithm>
#include <optional>

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

// The bytes a trainable run's graph keeps: about two floats per layer output and image-step
// (measured: 7.2 GiB peak for the CIFAR-10 VGG at T = 100, batch 32, against 3.5 GiB of outputs).
std::int64_t graphEstimate(const Network &snn, const torch::Tensor &images)
{
    std::int64_t perStep = 0;
    for (const Shape &s : layerOutputShapes(snn)) {
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        perStep += n;
    }
    return 2 * 4 * perStep * images.size(0) * snn.snn.timesteps;
}

// One simulation: the neuron states and max-pool counts carried from block to block, and what
// the result collects.
class Simulator {
public:
    Simulator(const Network &snn, const torch::Tensor &images, const SimulationOptions &o)
        : m_snn(snn), m_images(images), m_o(o), m_cancel(o.cancel ? std::optional<CancelToken>(*o.cancel) : std::nullopt),
          m_B(images.size(0)),
          m_leak(snn.snn.neuron == NeuronModel::LIF ? snn.snn.leak : 1.0),
          m_direct(snn.snn.coding == InputCoding::Direct), m_gen(at::make_generator<at::CPUGeneratorImpl>(o.seed)),
          m_input(affineInput(snn, images)), m_neurons(neuronLayers(snn)), m_states(m_neurons.size()),
          m_counts(snn.layers.size()), m_pooled(snn.layers.size()), m_spikeSteps(m_neurons.size()),
          m_events(snn.layers.size())
    {
        if (o.traceLayer >= 0 && !o.traceNeurons.empty())
            m_traceIdx = torch::tensor(o.traceNeurons, torch::kLong);
        for (const Layer *l : allLayers(m_snn))
            for (const torch::Tensor *t : {&l->weight, &l->bias})
                if (t->defined() && t->requires_grad())
                    m_params.push_back(*t);
    }

    /// `self` owns this simulator: a checkpointed block's backward, which may run after
    /// simulate() returned, keeps it alive through it.
    SimulationResult run(const torch::Tensor &self);

    // What a checkpointed block carries from one block to the next: every neuron layer's
    // membrane (and net spike count), every max pool's counts. Fixed in number after block 0.
    std::vector<torch::Tensor> state() const
    {
        std::vector<torch::Tensor> out;
        for (const NeuronState &n : m_states) {
            out.push_back(n.membrane);
            if (n.netSpikes.defined())
                out.push_back(n.netSpikes);
        }
        for (std::size_t i = 0; i < m_counts.size(); ++i)
            if (m_counts[i].defined()) {
                out.push_back(m_counts[i]);
                out.push_back(m_pooled[i]);
            }
        return out;
    }
    void setState(const std::vector<torch::Tensor> &in)
    {
        std::size_t at = 0;
        for (NeuronState &n : m_states) {
            n.membrane = in[at++];
            if (n.netSpikes.defined())
                n.netSpikes = in[at++];
        }
        for (std::size_t i = 0; i < m_counts.size(); ++i)
            if (m_counts[i].defined()) {
                m_counts[i] = in[at++];
                m_pooled[i] = in[at++];
            }
    }
    const std::vector<torch::Tensor> &parameters() const { return m_params; }

    // One block from layer `first` on, for a checkpoint: its output current, then each neuron
    // layer's differentiable spike events in it; the totals of earlier blocks are left alone.
    // `record` off (the recomputation in backward) leaves the result's spike counts alone too.
    std::vector<torch::Tensor> checkpointedBlock(const torch::Tensor &input, std::size_t first, std::int64_t steps,
                                                 bool record)
    {
        auto totals = std::move(m_spikeTotals);
        m_spikeTotals.clear();
        m_recording = record;
        std::vector<torch::Tensor> out{propagate(input, first, steps)};
        for (std::size_t k = 0; k < m_neurons.size(); ++k)
            out.push_back(k < m_spikeTotals.size() && m_spikeTotals[k].defined() ? m_spikeTotals[k] : torch::zeros({}));
        m_spikeTotals = std::move(totals);
        m_recording = true;
        return out;
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
                if (runsEventDriven(i, h))
                    h = m_events[i]->forward(h);
                else if (l.kind != LayerKind::Dropout)
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

    // Whether layer i takes this block's input event by event: never while training (autograd
    // needs the dense product), else as asked, or when the input's rate is below the layer's
    // measured crossover.
    bool runsEventDriven(std::size_t i, const torch::Tensor &h)
    {
        const Layer &l = m_snn.layers[i];
        if (m_o.propagation == Propagation::Dense || m_o.trainable || h.requires_grad() || !EventLayer::supports(l))
            return false;
        if (!m_events[i])
            m_events[i].emplace(l);
        if (m_o.propagation == Propagation::EventDriven)
            return true;
        const double crossover = m_events[i]->crossoverRate();
        return crossover > 0 && double(h.count_nonzero().item<std::int64_t>()) < crossover * double(h.numel());
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
        // The current's layout (channels-last after a convolution): the scans then copy nothing.
        const auto layout = oneStep.suggest_memory_format();
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
                return (t * scale).to(torch::kFloat32).view(shape).expand(oneStep.sizes()).contiguous(layout);
            };
            const auto thresholds = l.thresholds.defined() ? l.thresholds : torch::full({channels}, l.threshold);
            state.thetaMap = perChannel(thresholds);
            state.amplitudeMap = perChannel(l.amplitudes.defined() ? l.amplitudes : thresholds);
        }
        state.membrane = state.thetaMap.defined()
                             ? (state.thetaMap * float(m_snn.snn.initialMembrane)).contiguous(layout)
                             : torch::full_like(oneStep, float(m_snn.snn.initialMembrane * state.theta), layout);
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
        if (m_cancel) {
            m_cancel->check();
            // LibTorch's autograd hands an exception from a hook back to backward()'s caller.
            if (current.requires_grad())
                current.register_hook([cancel = *m_cancel](const torch::Tensor &) { cancel.check(); });
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
            torch::Tensor train;
            if (m_o.trainable && !tracing) {
                std::vector<double> events;
                train = scanTrainableNeurons(current, state, m_leak, events);
                if (m_recording)
                    m_spikeSteps[k].push_back(torch::tensor(events, torch::kFloat64));
            } else {
                train = stepNeurons(current, state, m_leak, m_snn.snn.signedSpikes, m_o.trainable,
                                    tracing ? m_traceIdx : torch::Tensor(), m_traceMembrane);
                if (m_recording)
                    m_spikeSteps[k].push_back(train.detach().abs().flatten(1).sum(1).to(torch::kFloat64));
            }
            if (m_o.trainable) {
                const auto events = train.abs().sum();
                m_spikeTotals.resize(std::max(m_spikeTotals.size(), k + 1));
                m_spikeTotals[k] = m_spikeTotals[k].defined() ? m_spikeTotals[k] + events : events;
            }
            if (tracing)
                m_traceSpikes.push_back(train.detach().select(1, 0).flatten(1));
            weighted = state.amplitudeMap.defined() ? train * state.amplitudeMap : train * state.amplitude;
        } else {
            m_spikeSteps[k].push_back(torch::tensor(scanNeurons(current, weighted, state, m_leak), torch::kFloat64));
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

    // Copies (the tensors in them are shared): a checkpointed backward may outlive the caller's.
    const Network m_snn;
    const torch::Tensor m_images;
    const SimulationOptions m_o;
    const std::optional<CancelToken> m_cancel;
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
    std::vector<std::optional<EventLayer>> m_events;      ///< per layer: its weights as event columns, once used
    std::vector<torch::Tensor> m_spikeTotals;             ///< trainable: per neuron layer, differentiable events
    std::vector<std::int64_t> m_neuronsPerLayer;
    std::vector<torch::Tensor> m_outputs, m_currents, m_inputEvents, m_traceSpikes, m_traceMembrane;
    torch::Tensor m_traceIdx;
    std::vector<torch::Tensor> m_params; ///< the weights that require a gradient
    bool m_recording = true;
};

// Training through time with checkpoints: a block keeps no graph. Its backward runs the block
// again from the state it started with (saved), and from the same input, then hands the
// gradients of that state, of the input and of the weights back. Memory is then one block's
// graph plus one state per block, not T steps of graph; the price is one more forward pass.
// Inputs: the block's input, the state, the weights; outputs: the block's output, its spike
// events per neuron layer, the state after it.
class BlockCheckpoint : public torch::autograd::Function<BlockCheckpoint> {
public:
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext *ctx,
                                                  at::TensorList inputs, const torch::Tensor &owner,
                                                  std::int64_t first, std::int64_t steps, std::int64_t stateSize)
    {
        Simulator &sim = fromOwner(owner);
        ctx->save_for_backward(inputs.vec());
        ctx->saved_data["first"] = first;
        ctx->saved_data["steps"] = steps;
        ctx->saved_data["state"] = stateSize;
        ctx->saved_data["owner"] = owner;
        sim.setState({inputs.begin() + 1, inputs.begin() + 1 + stateSize});
        auto out = sim.checkpointedBlock(inputs[0], std::size_t(first), steps, true);
        for (const auto &t : sim.state())
            out.push_back(t);
        return out;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   const torch::autograd::variable_list &grads)
    {
        const auto saved = ctx->get_saved_variables();
        const std::int64_t stateSize = ctx->saved_data["state"].toInt();
        Simulator &sim = fromOwner(ctx->saved_data["owner"].toTensor());
        const torch::AutoGradMode withGradients(true);
        // Fresh leaves for the input and the state; the weights are the network's own.
        const auto leaf = [](const torch::Tensor &t) {
            return t.is_floating_point() && t.requires_grad() ? t.detach().requires_grad_(true) : t.detach();
        };
        const torch::Tensor input = leaf(saved[0]);
        std::vector<torch::Tensor> state;
        for (std::int64_t i = 0; i < stateSize; ++i)
            state.push_back(leaf(saved[std::size_t(1 + i)]));
        sim.setState(state);
        auto out = sim.checkpointedBlock(input, std::size_t(ctx->saved_data["first"].toInt()),
                                         ctx->saved_data["steps"].toInt(), false);
        for (const auto &t : sim.state())
            out.push_back(t);
        // Gradients for every input that takes one: input, state, weights.
        std::vector<std::size_t> slots;
        std::vector<torch::Tensor> targets;
        const auto want = [&](std::size_t slot, const torch::Tensor &t) {
            if (t.requires_grad())
                slots.push_back(slot), targets.push_back(t);
        };
        want(0, input);
        for (std::size_t i = 0; i < state.size(); ++i)
            want(1 + i, state[i]);
        for (std::size_t i = 0; i < sim.parameters().size(); ++i)
            want(1 + state.size() + i, sim.parameters()[i]);
        std::vector<torch::Tensor> ys, gys;
        for (std::size_t i = 0; i < out.size(); ++i)
            if (out[i].requires_grad() && grads[i].defined())
                ys.push_back(out[i]), gys.push_back(grads[i]);
        // One gradient per argument of forward(): the inputs, then none for the owner, first,
        // steps and the state's size.
        torch::autograd::variable_list result(saved.size() + 4);
        if (ys.empty() || targets.empty())
            return result;
        const auto g = torch::autograd::grad(ys, targets, gys, false, false, true);
        for (std::size_t i = 0; i < slots.size(); ++i)
            result[slots[i]] = g[i];
        return result;
    }

private:
    static Simulator &fromOwner(const torch::Tensor &owner) { return *static_cast<Simulator *>(owner.data_ptr()); }
};

SimulationResult Simulator::run(const torch::Tensor &self)
{
    const std::int64_t T = m_snn.snn.timesteps;
    const std::int64_t block = stepsPerBlock(m_snn, m_images, m_o.blockBytes);
    // Block 0 makes the state (its shapes come from the first currents); it keeps its graph.
    const bool checkpoint = m_o.trainable && m_o.stopBeforeNeuron < 0 && m_o.traceLayer < 0
                            && graphEstimate(m_snn, m_images) > m_o.graphBytes;
    for (std::int64_t t0 = 0; t0 < T; t0 += block) {
        const std::int64_t steps = std::min(block, T - t0);
        std::size_t first = 0;
        torch::Tensor input = blockInput(steps, first);
        // Channels-last from the input on: oneDNN's convolutions run it without reordering (a
        // 32-channel 32x32 layer alone: 314 against 40 GFLOP/s NCHW), the convolutions keep it,
        // and the neuron scans follow whatever layout their current has.
        if (input.dim() == 4)
            input = input.contiguous(at::MemoryFormat::ChannelsLast);
        torch::Tensor h;
        if (checkpoint && t0 > 0) {
            const auto state0 = state();
            torch::autograd::variable_list inputs{input};
            inputs.insert(inputs.end(), state0.begin(), state0.end());
            inputs.insert(inputs.end(), m_params.begin(), m_params.end());
            // A TensorList, not a vector: apply() takes only those (and tensors) as differentiable inputs.
            const auto out = BlockCheckpoint::apply(at::TensorList(inputs), self, std::int64_t(first), steps,
                                                    std::int64_t(state0.size()));
            h = out[0];
            m_spikeTotals.resize(m_neurons.size());
            for (std::size_t k = 0; k < m_neurons.size(); ++k)
                m_spikeTotals[k] = m_spikeTotals[k].defined() ? m_spikeTotals[k] + out[1 + k] : out[1 + k];
            setState({out.begin() + 1 + std::ptrdiff_t(m_neurons.size()), out.end()});
        } else {
            h = propagate(std::move(input), first, steps);
        }
        if (h.defined())
            m_outputs.push_back(h.reshape({steps, m_B, -1}));
    }
    return result();
}

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
    // The simulator lives in a tensor's storage, so that checkpointed blocks can keep it alive
    // until their backward has run (the graph holds the tensor).
    auto *sim = new Simulator(snn, images, o);
    const auto owner = torch::from_blob(
        sim, {1}, [](void *p) { delete static_cast<Simulator *>(p); }, torch::kUInt8);
    return sim->run(owner);
}

} // namespace psnn
