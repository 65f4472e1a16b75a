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
    /// Quantisation-aware thresholds for small T (QCFS-style, after Bu et al. 2022; the project's
    /// own data-free form): each layer's threshold minimises the mean squared error between its
    /// input current c and what T steps of a neuron starting at half its threshold deliver,
    /// theta * clamp(floor(c * T / theta + 0.5), 0, T) / T, over the balancing images; the
    /// percentile is then not used.
    bool quantizedThresholds = false;
    int balanceImages = 256;      ///< images used for threshold balancing
    int batchSize = 32;           ///< images simulated together
    std::uint64_t seed = 1;
    /// `auto`: the coding, membrane start, signed spikes, percentile and (for networks with BN)
    /// the images thresholds are balanced on are chosen by agreement with the ANN on held-out
    /// synthetic images at snn.timesteps; snn and percentile are where the search starts. No
    /// real data is read.
    bool automatic = false;
    int scoreImages = 256;        ///< auto: held-out synthetic images each candidate is scored on
    int bnIterations = 200;       ///< auto, with BN: Adam steps of the BN-statistics inversion set
};

/// One setting `auto` conversion tries, and how it did.
struct ConversionCandidate {
    SnnSettings snn;
    double percentile = 100.0;
    bool quantizedThresholds = false; ///< quantisation-aware thresholds instead of the percentile
    std::string thresholdImages = "data-impressions"; ///< the synthetic images balanced on, or "bn-inversion"
    double agreement = -1;        ///< fraction of held-out synthetic images where the SNN's class is the ANN's
    std::int64_t scored = 0;      ///< held-out images scored
    std::string error;            ///< why the candidate cannot run (e.g. max pooling of Poisson pixels); else empty
};

struct ConversionReport {
    std::vector<std::string> neuronLayers;  ///< names of the layers that became neurons
    std::vector<double> thresholds;         ///< one per neuron layer
    std::vector<std::string> warnings;
    std::vector<std::string> dataFilesRead; ///< the synthetic set file, or the real files when asked for
    bool usedRealData = false;
    double seconds = 0;
    SnnSettings snn;                        ///< the settings the SNN was converted with
    double percentile = 100.0;
    std::vector<ConversionCandidate> candidates; ///< auto: every candidate tried, in order
    int chosen = -1;                        ///< auto: index of the chosen candidate
};

/// Converts with thresholds balanced on synthetic images: the data-free PrivateSNN way.
ConversionReport convertModel(const std::string &annPath, const SyntheticSet &balanceSet, const std::string &outPath,
                              const ConversionOptions &options, const ProgressFn &progress = {},
                              const CancelToken &cancel = {});

/// Converts each candidate as `auto` does (thresholds balanced on the balancing part of the
/// synthetic set, agreement with the ANN scored on its held-out part) and fills in its score.
/// With `outDir`, each candidate's SNN is also saved there as candidate-<index>.psnn (to compare
/// with real data in benchmarks). Throws Error for a model or set that cannot be converted.
std::vector<ConversionCandidate> scoreConversionCandidates(const std::string &annPath, const SyntheticSet &set,
                                                           std::vector<ConversionCandidate> candidates,
                                                           const ConversionOptions &options,
                                                           const std::string &outDir = {},
                                                           const ProgressFn &progress = {},
                                                           const CancelToken &cancel = {});

/// Every combination `auto` chooses among for this ANN (it searches them in three steps).
std::vector<ConversionCandidate> conversionCandidateGrid(const std::string &annPath, const ConversionOptions &options);

/// For comparison only: balances thresholds on real images. The report marks usedRealData and
/// lists the real files read.
ConversionReport convertModelWithRealData(const std::string &annPath, const ImageSet &realImages,
                                          const std::string &outPath, const ConversionOptions &options,
                                          const ProgressFn &progress = {}, const CancelToken &cancel = {});

} // namespace psnn
