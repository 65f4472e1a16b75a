#pragma once
// Engine-internal: one layer of IF/LIF neurons scanned over a block of steps, two ways: tensor
// operations (differentiable through the surrogate gradient, able to record membranes) and a
// fused kernel (one pass over memory, for inference or with the surrogate gradient). All give
// the same spikes.

#include <torch/types.h>

#include <vector>

namespace psnn {

/// The state of one layer of neurons between blocks of steps, and its constants.
struct NeuronState {
    torch::Tensor membrane;
    torch::Tensor netSpikes; ///< signed spikes only: positive minus negative spikes so far
    float theta = 1;         ///< the layer's threshold, when all its neurons share it
    float amplitude = 1;     ///< what a spike carries to the next layer, likewise
    /// Per neuron (shaped like the membrane) instead, for per-channel thresholds; else undefined.
    torch::Tensor thetaMap, amplitudeMap;
};

/// Step by step with tensor operations. `current` is [steps, B, ...]; returns the spikes
/// [steps, B, ...] as 1, -1 (negative) or 0. With `trainable` spikes carry the surrogate
/// gradient; with a defined `traceIdx` the membranes of sample 0's neurons at those flat indices
/// are appended to `traceMembrane` after integration.
torch::Tensor stepNeurons(const torch::Tensor &current, NeuronState &state, double leak, bool signedSpikes,
                          bool trainable, const torch::Tensor &traceIdx, std::vector<torch::Tensor> &traceMembrane);

/// The fused kernel with the surrogate gradient: the same spikes as stepNeurons with
/// `trainable` (unit, differentiable; state.membrane becomes the differentiable membrane after the
/// block), one pass over memory forward and one backward. `events` gets the spike events per step.
torch::Tensor scanTrainableNeurons(const torch::Tensor &current, NeuronState &state, double leak,
                                   std::vector<double> &events);

/// The fused kernel: makes `out`, the weighted spikes (+-amplitude or 0) laid out like `current`
/// (NCHW or channels-last; the state follows that layout), and returns the spike events per step.
/// Signed when state.netSpikes is defined.
std::vector<double> scanNeurons(const torch::Tensor &current, torch::Tensor &out, NeuronState &state, double leak);

} // namespace psnn
