#pragma once
// Engine-internal: model inversion attacks on a Network (ANN or SNN) for the audit.

#include "audit/audit.h"
#include "core/network.h"
#include "core/progress.h"

#include <torch/types.h>

#include <functional>

namespace psnn {

/// Class scores [K, classes] of pixel images [K, C, H, W] in [0, 1].
using ScoreFn = std::function<torch::Tensor(const torch::Tensor &pixels)>;

/// Scenario 1: the model's weights read into an ANN of the same shape: neurons become ReLUs and
/// the thresholds are ignored.
Network weightsAsAnn(const Network &model);

/// The threshold-aware reading: scores of the SNN's rate network (snn/ratenetwork.h).
ScoreFn rateScores(const Network &snn);

/// Scores of an ANN (the normalisation applied to the pixels first).
ScoreFn annScores(const Network &ann);

/// Scores of an SNN driven for `timesteps` steps by the analog image as input current (the
/// attacker's choice: it is the noise-free mean of the rate-coded input): the output current
/// averaged over time. `trainable`: through the surrogate gradient. `cancel` is checked at each
/// layer, forward and backward (snn/simulation.h).
ScoreFn snnScores(const Network &snn, int timesteps, bool trainable, const CancelToken &cancel = {});

/// The attack objective per image [K]: cross-entropy to `targets` + priors.
torch::Tensor inversionObjective(const ScoreFn &scores, const torch::Tensor &pixels, const torch::Tensor &targets,
                                 const Normalization &norm, const InversionOptions &options);

/// Gradient inversion from `start` (pixels); returns the final pixels. `tick(fraction)` reports.
torch::Tensor invertByGradient(const ScoreFn &scores, const torch::Tensor &start, const torch::Tensor &targets,
                               const Normalization &norm, const InversionOptions &options,
                               const std::function<void(double)> &tick, const CancelToken &cancel);

/// Evolution-strategies inversion (no gradient of the model is used).
torch::Tensor invertByEvolution(const ScoreFn &scores, const torch::Tensor &start, const torch::Tensor &targets,
                                const Normalization &norm, const InversionOptions &objective,
                                const EvolutionOptions &options, std::uint64_t seed,
                                const std::function<void(double)> &tick, const CancelToken &cancel);

} // namespace psnn
