#include "snn/neurons.h"

#include "snn/simulation.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <algorithm>
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

// Neurons per chunk of a scan: 8 KB of membrane, which stays in L1 while time advances.
constexpr std::int64_t kChunk = 2048;

// `x` with these strides: a copy unless it has them already.
torch::Tensor withStrides(const torch::Tensor &x, at::IntArrayRef strides)
{
    if (x.strides() == strides)
        return x;
    auto out = at::empty_strided(x.sizes(), strides, x.options());
    out.copy_(x);
    return out;
}

// The flat scans index step t's neuron i at t * n + i in the current, the output and the slope,
// and at i in every per-neuron state: so the steps lie one after the other, each in the same
// memory order as the state (NCHW or channels-last, whichever the layer's convolution wrote).
// Returns the current so laid out; the state follows it (copies only when the layout changed).
torch::Tensor alignSteps(const torch::Tensor &current, NeuronState &state)
{
    const auto step = current[0];
    const bool dense = current.is_non_overlapping_and_dense() && current.stride(0) == step.numel();
    const auto in = dense ? current : current.contiguous();
    const auto strides = in[0].strides().vec();
    for (torch::Tensor *t : {&state.membrane, &state.netSpikes, &state.thetaMap, &state.amplitudeMap})
        if (t->defined())
            *t = withStrides(*t, strides);
    return in;
}

// One step of `n` neurons, written as selects so that the compiler vectorises it (engine/
// CMakeLists.txt compiles this file without FP trapping, which would forbid that). With `Map`
// each neuron has its own threshold and amplitude (per-channel thresholds). With `Grad` it writes
// unit spikes (the amplitude is applied by autograd afterwards) and each neuron's surrogate slope
// d spike / d membrane into `slope`. Returns the number of spike events.
template <bool Signed, bool Leaky, bool Map, bool Grad>
std::int64_t neuronStep(const float *__restrict in, float *__restrict out, float *__restrict u, float *__restrict net,
                        std::int64_t n, const float *__restrict thetas, const float *__restrict amps, float decay,
                        float *__restrict slope)
{
    int count = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const float theta = Map ? thetas[i] : thetas[0];
        float v = Leaky ? u[i] * decay + in[i] : u[i] + in[i];
        if constexpr (Grad) {
            // The surrogate of SpikeFunction, 0.3 max(0, 1 - |v / theta - 1|), by the chain rule / theta.
            const float x = v / theta - 1.0f;
            slope[i] = 0.3f * std::max(0.0f, 1.0f - std::fabs(x)) / theta;
        }
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
        out[i] = Grad ? s : s * (Map ? amps[i] : amps[0]);
        count += s != 0.0f;
    }
    return count;
}

// The same neurons in one pass over memory: each chunk's state stays in L1 while time advances,
// where tensor operations would read and write the whole layer four times per step.
// Writes the weighted spikes (+-amplitude or 0) into `out` and returns the spike events per step.
template <bool Signed, bool Leaky, bool Map, bool Grad>
std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, float decay,
                                float *slope)
{
    const std::int64_t steps = current.size(0);
    const std::int64_t n = state.membrane.numel();
    const float *in = current.data_ptr<float>();
    float *o = out.data_ptr<float>();
    float *u = state.membrane.data_ptr<float>();
    float *net = Signed ? state.netSpikes.data_ptr<float>() : nullptr;
    const float *thetas = Map ? state.thetaMap.data_ptr<float>() : &state.theta;
    const float *amps = Map ? state.amplitudeMap.data_ptr<float>() : &state.amplitude;
    std::vector<double> events(std::size_t(steps), 0.0);
    std::mutex merge;
    at::parallel_for(0, n, kChunk, [&](std::int64_t begin, std::int64_t end) {
        std::vector<double> local(std::size_t(steps), 0.0);
        for (std::int64_t b = begin; b < end; b += kChunk) {
            const std::int64_t len = std::min(end, b + kChunk) - b;
            const std::int64_t at = Map ? b : 0;
            for (std::int64_t t = 0; t < steps; ++t)
                local[std::size_t(t)] += double(neuronStep<Signed, Leaky, Map, Grad>(
                    in + t * n + b, o + t * n + b, u + b, Signed ? net + b : nullptr, len, thetas + at, amps + at, decay,
                    Grad ? slope + t * n + b : nullptr));
        }
        const std::lock_guard<std::mutex> lock(merge);
        for (std::size_t t = 0; t < local.size(); ++t)
            events[t] += local[t];
    });
    return events;
}

template <bool Signed, bool Leaky, bool Grad>
std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, float decay,
                                float *slope)
{
    return state.thetaMap.defined() ? scanNeurons<Signed, Leaky, true, Grad>(current, out, state, decay, slope)
                                    : scanNeurons<Signed, Leaky, false, Grad>(current, out, state, decay, slope);
}

template <bool Grad>
std::vector<double> scanAnyNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, double leak,
                                   float *slope)
{
    const bool leaky = leak != 1.0;
    if (state.netSpikes.defined())
        return leaky ? scanNeurons<true, true, Grad>(current, out, state, float(leak), slope)
                     : scanNeurons<true, false, Grad>(current, out, state, 1.0f, slope);
    return leaky ? scanNeurons<false, true, Grad>(current, out, state, float(leak), slope)
                 : scanNeurons<false, false, Grad>(current, out, state, 1.0f, slope);
}

// The trainable neurons as one autograd node over a block: forward is the fused scan (keeping
// only each neuron's surrogate slope per step), backward one reverse pass through time. Per-step
// tensor operations cost about ten passes over the layer each way, which dominated BPTT and
// inversion on small layers. The reset is not differentiated (as in the paper's code), so the
// membrane's gradient carries back unchanged through it: with v_t the membrane before the reset,
// dL/dv_t = dL/ds_t * slope_t + leak * dL/dv_{t+1}, and dL/dcurrent_t = dL/dv_t.
class NeuronScanFunction : public torch::autograd::Function<NeuronScanFunction> {
public:
    // Returns the unit spikes [steps, ...] and the membrane after the block; `state` keeps its
    // constants and net counts (updated), `events` gets the spike events per step.
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &current,
                                                  const torch::Tensor &membrane, NeuronState *state, double leak,
                                                  std::vector<double> *events)
    {
        NeuronState s = *state;
        // Copies: the checkpoint of the block keeps the state it started from.
        s.membrane = membrane.detach().clone();
        if (s.netSpikes.defined())
            s.netSpikes = s.netSpikes.clone();
        const auto in = alignSteps(current, s);
        auto spikes = torch::empty_like(in);
        auto slope = torch::empty_like(in);
        *events = scanAnyNeurons<true>(in, spikes, s, leak, slope.data_ptr<float>());
        state->netSpikes = s.netSpikes;
        ctx->save_for_backward({slope});
        ctx->saved_data["leak"] = leak;
        return {spikes, s.membrane};
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto slope = ctx->get_saved_variables()[0];
        const float leak = float(ctx->saved_data["leak"].toDouble());
        const std::int64_t steps = slope.size(0);
        const std::int64_t n = slope.numel() / std::max<std::int64_t>(steps, 1);
        const auto gs = grads[0].defined() ? withStrides(grads[0], slope.strides()) : torch::zeros_like(slope);
        const auto gu = grads[1].defined() ? withStrides(grads[1], slope[0].strides()) : torch::zeros_like(slope[0]);
        auto gCurrent = torch::empty_like(slope);
        auto gMembrane = torch::empty_like(gu);
        const float *g = gs.data_ptr<float>(), *sl = slope.data_ptr<float>(), *gEnd = gu.data_ptr<float>();
        float *gc = gCurrent.data_ptr<float>(), *gm = gMembrane.data_ptr<float>();
        at::parallel_for(0, n, kChunk, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t b = begin; b < end; b += kChunk) {
                const std::int64_t len = std::min(end, b + kChunk) - b;
                // The carry, dL/dv_{t+1} * leak, starts as the gradient of the final membrane.
                float carry[kChunk];
                std::copy(gEnd + b, gEnd + b + len, carry);
                for (std::int64_t t = steps - 1; t >= 0; --t) {
                    const std::int64_t at = t * n + b;
                    for (std::int64_t i = 0; i < len; ++i) {
                        const float gv = g[at + i] * sl[at + i] + carry[i];
                        gc[at + i] = gv;
                        carry[i] = leak * gv;
                    }
                }
                std::copy(carry, carry + len, gm + b);
            }
        });
        return {gCurrent, gMembrane, torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor spikeWithSurrogate(const torch::Tensor &normalizedMembrane)
{
    return SpikeFunction::apply(normalizedMembrane);
}

torch::Tensor stepNeurons(const torch::Tensor &current, NeuronState &state, double leak, bool signedSpikes,
                          bool trainable, const torch::Tensor &traceIdx, std::vector<torch::Tensor> &traceMembrane)
{
    torch::Tensor &u = state.membrane;
    // A per-neuron threshold broadcasts over the block's steps like the scalar one.
    const auto theta = state.thetaMap.defined() ? state.thetaMap : torch::tensor(state.theta);
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

std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, double leak)
{
    const auto in = alignSteps(current, state);
    out = torch::empty_like(in);
    return scanAnyNeurons<false>(in, out, state, leak, nullptr);
}

torch::Tensor scanTrainableNeurons(const torch::Tensor &current, NeuronState &state, double leak,
                                   std::vector<double> &events)
{
    auto out = NeuronScanFunction::apply(current, state.membrane, &state, leak, &events);
    state.membrane = out[1];
    return out[0];
}

} // namespace psnn
