#pragma once
// Public: ANN to SNN conversion with threshold balancing.

#include "core/progress.h"
#include "model/models.h"
#include "synthesis/synthesis.h"

#include <string>
#include <vector>

namespace psnn {

struct ConversionOptions {
    SnnSettings snn;              ///< timesteps (100), coding (Poisson), neuron (IF), leak
    double percentile = 100.0;    ///< threshold = this percentile of the input current (100 = max)
    int balanceImages = 256;      ///< images used for threshold balancing
    int batchSize = 32;           ///< images simulated together
    std::uint64_t seed = 1;
};

struct ConversionReport {
    std::vector<std::string> neuronLayers;  ///< names of the layers that became neurons
    std::vector<double> thresholds;         ///< one per neuron layer
    std::vector<std::string> warnings;
    std::vector<std::string> dataFilesRead; ///< the synthetic set file, or the real files when asked for
    bool usedRealData = false;
    double seconds = 0;
};

/// Converts with thresholds balanced on synthetic images: the data-free PrivateSNN way.
ConversionReport convertModel(const std::string &annPath, const SyntheticSet &balanceSet, const std::string &outPath,
                              const ConversionOptions &options, const ProgressFn &progress = {},
                              const CancelToken &cancel = {});

/// For comparison only: balances thresholds on real images. The report marks usedRealData and
/// lists the real files read.
ConversionReport convertModelWithRealData(const std::string &annPath, const ImageSet &realImages,
                                          const std::string &outPath, const ConversionOptions &options,
                                          const ProgressFn &progress = {}, const CancelToken &cancel = {});

} // namespace psnn
