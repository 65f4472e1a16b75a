#pragma once
// Public: accuracy and spike activity of a spiking network on a labelled set.

#include "core/imageset.h"
#include "core/modeltypes.h"
#include "core/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

struct SnnEvalOptions {
    std::int64_t limit = 0;      ///< first N images only (0: all)
    int batchSize = 32;
    std::uint64_t seed = 1;      ///< Poisson input draws
    double thresholdScale = 1.0; ///< multiplies every threshold (what-if views)
};

struct SnnEvalResult {
    double accuracy = 0;                          ///< after all timesteps
    std::int64_t count = 0;
    int timesteps = 0;
    std::vector<double> accuracyPerStep;          ///< [t]: prediction from the output summed over steps 0..t
    std::vector<std::string> neuronLayers;        ///< names, in order
    std::vector<std::int64_t> neuronsPerLayer;
    std::vector<std::vector<double>> spikeRatePerStep; ///< [layer][t]: spikes per neuron at step t
    std::vector<double> spikesPerNeuron;          ///< [layer]: spikes per neuron over all steps
    double inputSpikesPerNeuron = -1;             ///< Poisson input events per pixel over all steps; -1 for direct
    std::vector<std::string> dataFiles;
    double seconds = 0;
    double imageStepsPerSecond = 0;               ///< images x timesteps simulated per second
};

SnnEvalResult evaluateSnn(const std::string &snnPath, const ImageSet &test, const SnnEvalOptions &options = {},
                          const ProgressFn &progress = {}, const CancelToken &cancel = {});

/// One neuron layer's spikes for one image, counted per neuron over all steps (negative spikes
/// subtract): what the classroom strip draws as a map.
struct LayerSpikeCounts {
    std::string layer;
    Shape shape;                  ///< neurons per sample: {C,H,W} or {features}
    std::vector<float> counts;    ///< per neuron, in the flat order of `shape`
};

/// Spikes of one neuron layer for one image, as (time, neuron) pairs (what a raster draws), and
/// the membrane potential of chosen neurons (after integration, before reset) with the threshold.
struct SpikeTrace {
    std::string layer;
    int timesteps = 0;
    std::int64_t neurons = 0;
    Shape shape;                                        ///< the traced layer's neurons: {C,H,W} or {features}
    double threshold = 0;
    std::vector<std::pair<int, std::int64_t>> spikes;   ///< (t, neuron)
    std::vector<std::pair<int, std::int64_t>> negativeSpikes; ///< signed neurons: spikes taken back
    std::vector<std::int64_t> tracedNeurons;
    std::vector<std::vector<float>> membrane;           ///< [traced neuron][t]
    std::vector<double> outputPerStep;                  ///< [t * classes + k]: cumulative class scores
    int prediction = -1;
    std::vector<LayerSpikeCounts> layers;               ///< every neuron layer, in order, same run
};

/// `timesteps` > 0 overrides the SNN's own T (live what-if views).
SpikeTrace traceSnn(const std::string &snnPath, const ImageSet &images, std::size_t imageIndex, int neuronLayer,
                    const std::vector<std::int64_t> &neurons, std::uint64_t seed = 1, double thresholdScale = 1.0,
                    int timesteps = 0);

} // namespace psnn
