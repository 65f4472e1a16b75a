#pragma once
// Engine-internal: the function an SNN's spike rates approximate, as an ordinary network. This
// is the reading an informed attacker makes of an SNN file: the weights with the thresholds
// divided out and the integrate-and-fire neuron's rate function in place of a ReLU.

#include "core/network.h"

#include <torch/types.h>

namespace psnn {

/// The rate network of `snn` on a normalised batch [N, C, H, W]: every neuron layer computes
/// amplitude * clamp(current / threshold, 0, 1) per channel (a neuron fires at most once a step
/// and carries its amplitude), pooling pools rates, and the input is what the coding delivers on
/// average (signed Poisson clips the normalised image to [-1, 1]; pixel Poisson and direct
/// coding deliver it as is). Differentiable. Throws Error(InvalidArgument) for an ANN.
torch::Tensor rateForward(const Network &snn, const torch::Tensor &x);

} // namespace psnn
