#pragma once
// Public: "encrypting" a converted SNN by training it through time on synthetic images.

#include "core/progress.h"
#include "synthesis/synthesis.h"

#include <string>
#include <vector>

namespace psnn {

struct EncryptionOptions {
    int epochs = 5;
    int timesteps = 0;            ///< training T; 0: the SNN's own T (evaluation keeps the SNN's T)
    double learningRate = 1e-4;   ///< Adam with amsgrad
    double weightDecay = 5e-4;
    int batchSize = 32;
    double distillation = 0.0;    ///< weight of the distillation loss from the ANN's soft outputs (0: off)
    double distillTemperature = 4.0;
    std::uint64_t seed = 1;
    // The paper code's recipe at full strength (its values: 60 epochs, step schedule, LIF).
    std::string schedule = "constant"; ///< or "step": the learning rate / 10 at 60, 80 and 90 % of the epochs
    double leak = 0.0;            ///< in (0, 1): LIF neurons with this leak while training and after; 0: keep
    /// The T the encrypted SNN runs at: "snn" (the converted SNN's), "train" (the training T, the
    /// paper's "temporal" part) or "search": the smallest T from which the SNN's accuracy on the
    /// synthetic images stays within deployMargin points of the ANN's there, up to the larger of
    /// the two (real data is never read).
    std::string deployTimesteps = "snn";
    double deployMargin = 1.0;    ///< accuracy points, for "search"
    /// Weight of the spike-count regulariser: the SNN's synaptic operations per ANN MAC (each
    /// layer's spikes times the synapses they reach), added to the loss; 0: off.
    double spikeWeight = 0.0;
    /// The project's own: channel scrambling (snn/channelscramble.h) after training, gains
    /// 2^-spread to 2^spread per channel; 0: off. The SNN's outputs do not change.
    int scrambleSpread = 0;
    /// The project's own: weight of a term that pushes the threshold-aware reading of the
    /// weights (snn/ratenetwork.h) towards uniform class scores on the synthetic images while the
    /// cross-entropy keeps the SNN itself accurate; 0: off.
    double privacyWeight = 0.0;
};

struct LayerSimilarity {
    std::string layer;
    double before = 0;   ///< cosine similarity of the converted SNN's weights to the ANN's (BN folded)
    double after = 0;    ///< the same for the encrypted SNN
};

/// The deployment-T search ("search"): accuracies per step on boundary probes made from the
/// synthetic images (snn/deploysearch.h; the project's own).
struct DeploySearch {
    bool ran = false;
    double annAccuracy = 0;                 ///< the ANN on the probes (their labels are its own answers)
    double target = 0;                      ///< annAccuracy - margin
    std::vector<double> accuracyPerStep;    ///< the encrypted SNN, [t]: prediction after t + 1 steps
    int chosen = 0;                         ///< the T deployed
    bool reached = false;                   ///< false: even the largest T tried falls short; it is deployed
};

struct EncryptionReport {
    std::vector<LayerSimilarity> similarity;
    std::vector<double> epochLoss;
    std::vector<double> epochAgreement;   ///< fraction of synthetic images where the SNN agrees with the ANN label
    std::vector<double> epochSpikeLoad;   ///< synaptic operations per ANN MAC, mean over the epoch's batches
    DeploySearch deploySearch;
    int deployedTimesteps = 0;
    std::vector<std::string> dataFilesRead;
    double seconds = 0;
};

/// Trains the converted SNN at `snnPath` with surrogate-gradient BPTT (thresholds fixed) on
/// Poisson-coded synthetic images against the ANN's labels, and writes the encrypted SNN.
EncryptionReport encryptModel(const std::string &snnPath, const std::string &annPath, const SyntheticSet &trainSet,
                              const std::string &outPath, const EncryptionOptions &options,
                              const ProgressFn &progress = {}, const CancelToken &cancel = {});

/// Cosine similarity of matching weighted layers (by name) of two models' weights.
std::vector<LayerSimilarity> weightSimilarity(const std::string &annPath, const std::string &snnPath);

} // namespace psnn
