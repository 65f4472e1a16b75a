#pragma once
// Engine-internal: which weighted layers each source of spikes feeds, counted in MACs. The energy
// estimate and the spike-count regulariser of encryption weigh spikes by it.

#include "core/network.h"

#include <cstdint>
#include <vector>

namespace psnn {

struct WeightedLayerLoad {
    std::size_t layer = 0;     ///< index into net.layers
    std::int64_t macs = 0;     ///< per image
    int source = -1;           ///< the neuron layer that feeds it (index among neuron layers); -1: the input
    /// A residual add (layer is the Add): its shortcut's convolutions, or for an identity shortcut
    /// one synapse per element (macs), which a spike reaches with one accumulate and the ANN does
    /// not multiply; `additions` are the ANN's element-wise additions of branch and shortcut.
    bool identity = false;
    std::int64_t additions = 0;
};

struct SynapticLoad {
    std::vector<WeightedLayerLoad> weighted;   ///< conv and linear layers, in order
    std::vector<std::int64_t> macsFedBy;       ///< [neuron layer]: MACs of the layers its spikes feed
    std::vector<std::int64_t> neurons;         ///< [neuron layer]: its neurons
    std::int64_t inputMacs = 0;                ///< MACs of the layers the input feeds
    std::int64_t totalMacs = 0;
};

/// Pooling and flattening between a neuron layer and the next weighted layer are taken to keep
/// the spikes per neuron on average, so a spike of neuron layer k costs macsFedBy[k] / neurons[k]
/// synaptic operations on average.
SynapticLoad synapticLoad(const Network &net);

} // namespace psnn
