#pragma once
// Engine-internal: spiking networks converted from a Network, and their simulation.
//
// An SNN is stored as a Network: BatchNorm is folded into the preceding convolution, Dropout is
// dropped, and every ReLU becomes a layer of integrate-and-fire neurons whose threshold is kept
// in Layer::threshold. A spike reaches the next layer weighted by its neuron's threshold (the
// threshold folded into the next weights), so spike rates stand for the ANN's activations and the
// biases of folded BatchNorm layers keep their meaning. With SnnSettings::signedSpikes a neuron may
// also send -1 (a negative spike). The last layer has no neurons: its output current is summed
// over time.

#include "core/network.h"
#include "core/progress.h"
#include "snn/eventpropagation.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace psnn {

/// Simulates the SNN on a normalised batch [B, C, H, W] for net.snn.timesteps steps.
/// Linear stages (conv, linear, pooling) run once over a block of steps x B inputs; neuron layers
/// then scan their state over those steps, which equals a step-by-step simulation exactly.
struct SimulationOptions {
    std::uint64_t seed = 0;            ///< Poisson input draws
    bool trainable = false;            ///< build an autograd graph (surrogate gradient) for BPTT
    int stopBeforeNeuron = -1;         ///< >= 0: return the input current of that neuron layer instead
    int traceLayer = -1;               ///< neuron layer whose spikes and membrane are recorded (sample 0)
    std::vector<std::int64_t> traceNeurons; ///< flat neuron indices for membrane traces
    double thresholdScale = 1.0;       ///< multiplies every threshold (for live what-if views)
    std::int64_t blockBytes = 16 << 20; ///< steps simulated together: as many as fit this per activation
    /// Checked before each layer's block of steps, and (trainable) again when backward reaches
    /// it, so that one BPTT step stops within a layer's work (Cancelled, also out of backward()).
    const CancelToken *cancel = nullptr;
    /// Conv2d and Linear layers outside training: dense, event-driven, or chosen per layer and
    /// block from the rate of its input (Automatic). The numbers differ only in summation order.
    Propagation propagation = Propagation::Automatic;
    /// trainable: when the whole run's graph would hold more than this (estimated from the
    /// layers' sizes), blocks after the first keep none and each runs again in backward from the
    /// neuron state it started with: memory of one block instead of T steps, for one more
    /// forward pass, and the same gradients. 0: always.
    std::int64_t graphBytes = std::int64_t(2) << 30;
};

struct SimulationResult {
    torch::Tensor output;              ///< [T, B, classes]: output current at each step (not summed)
    torch::Tensor current;             ///< with stopBeforeNeuron: that layer's input current [T, B, ...]
    std::vector<torch::Tensor> spikesPerStep; ///< per neuron layer: [T] spike events (negative ones too) summed over batch and neurons
    std::vector<std::int64_t> neuronsPerLayer;
    /// trainable only: per neuron layer, its spike events (negative ones too) over the batch and
    /// all steps, differentiable through the surrogate gradient (the spike-count regulariser)
    std::vector<torch::Tensor> spikeTotals;
    torch::Tensor inputSpikesPerStep;  ///< [T] nonzero input events summed over the batch (Poisson); empty for direct
    torch::Tensor traceSpikes;         ///< [T, neurons of traceLayer] for sample 0: 1, -1 (negative spike) or 0
    torch::Tensor traceMembrane;       ///< [T, traceNeurons.size()] membrane after integration
};

SimulationResult simulate(const Network &snn, const torch::Tensor &images, const SimulationOptions &options = {});

/// Encodes a normalised batch as `steps` steps of input [steps, B, C, H, W]: signed Poisson
/// spikes (sign(x) with probability min(|x|, 1), fresh every step), Poisson spikes of the pixel
/// intensities divided by the channel std (poisson-pixel), or the image itself (direct).
torch::Tensor encodeInput(const Network &snn, const torch::Tensor &images, torch::Generator &gen, std::int64_t steps);

/// Heaviside spike of (U / theta - 1) with the piecewise-linear surrogate gradient
/// 0.3 * max(0, 1 - |U / theta - 1|) with respect to U / theta - 1 (Rathi & Roy, PrivateSNN code).
torch::Tensor spikeWithSurrogate(const torch::Tensor &normalizedMembrane);

/// Indices into net.layers of the neuron (ReLU) layers, in order.
std::vector<int> neuronLayers(const Network &net);

} // namespace psnn
