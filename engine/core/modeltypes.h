#pragma once
// Public: the plain types that describe a network and how its spiking form runs. The graph
// (core/network.h) and every stage use them; no torch here.

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Shape of one sample without the batch dimension: {C, H, W} or {features}.
using Shape = std::vector<std::int64_t>;

enum class InputCoding {
    Poisson,      ///< signed Poisson coding of the normalised image, as in the PrivateSNN code
    PoissonPixel, ///< Poisson coding of pixel intensities; the normalisation becomes a constant offset current
    Direct,       ///< the analog image as a constant input current
};
enum class NeuronModel {
    IF,  ///< integrate-and-fire (no leak)
    LIF, ///< leaky integrate-and-fire: U <- leak * U + I
};

/// How a spiking network runs; stored with every SNN.
struct SnnSettings {
    int timesteps = 100;
    InputCoding coding = InputCoding::Poisson;
    NeuronModel neuron = NeuronModel::IF;
    double leak = 1.0;        ///< LIF only; IF always integrates with leak 1
    /// Membrane at step 0 as a fraction of the threshold. 0 (DESIGN) makes spike counts round the
    /// activation down; 0.5 rounds to nearest, which removes the half-spike bias and most of the
    /// start-up delay (Bu et al. 2022, "optimal ANN-SNN conversion").
    double initialMembrane = 0.0;
    /// A neuron that has fired more than its input now justifies may send a negative spike (its
    /// membrane falls below 0): the count then follows ReLU of the summed input instead of its
    /// running maximum, so noise early in the run is taken back (signed neurons, Wang et al. 2022).
    bool signedSpikes = false;
};

const char *codingName(InputCoding c);
/// Inverse of codingName; throws Error(InvalidArgument) naming the valid codings.
InputCoding codingFromName(const std::string &name);
const char *neuronName(NeuronModel n);

} // namespace psnn
