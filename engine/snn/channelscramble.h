#pragma once
// Engine-internal: channel scrambling, the project's own weight "encryption" (not the paper's).
//
// An integrate-and-fire neuron fires when its membrane crosses its threshold; multiply its
// incoming weights, its bias and its threshold by the same positive gain and it fires at exactly
// the same steps. Keep what its spikes carry to the next layer (its amplitude) and the next layer
// sees exactly what it saw before: the SNN is unchanged. Read as an ANN with the thresholds
// ignored (scenario 1 of the audit), every channel now carries a random gain, so the weights no
// longer compute the ANN's function. Gains are powers of two, which floating point multiplies
// exactly: the scrambled SNN's spikes and outputs are bit-identical to the original's.
//
// An attacker who divides the thresholds out (the threshold-aware reading) undoes it exactly;
// the audit measures both.

#include "core/network.h"

#include <cstdint>

namespace psnn {

/// Scrambles every neuron layer of `snn` in place with gains 2^k, k uniform in [-spread, spread]
/// per channel; the layers get per-channel thresholds and amplitudes. spread 0 does nothing.
/// Throws Error(UnsupportedLayer) naming the layer when something other than pooling or dropout
/// lies between a neuron layer and the convolution, linear layer or residual add that feeds it. A
/// residual add scales both its branch and its shortcut; an identity shortcut moves the gain into
/// the amplitudes of the neuron layer that sends the block's input, and out of the branch's first
/// convolution's input channels, so the SNN stays bit-identical.
void scrambleChannels(Network &snn, int spread, std::uint64_t seed);

} // namespace psnn
