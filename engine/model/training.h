#pragma once
// Public: training an ANN from a preset (the CLI's `train`).

#include "core/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

struct PresetInfo {
    std::string name;
    std::string description;
    std::vector<std::int64_t> defaultInput; ///< {C,H,W} it was designed for
};

/// The architectures `trainModel` can build, in display order.
const std::vector<PresetInfo> &presets();

struct TrainOptions {
    std::string preset = "fmnist-cnn";  ///< see `privatesnn-cli train --help` for the list
    std::string data = "fashion-mnist"; ///< data set spec (see loadDataset); train split for training
    std::string testData;               ///< spec for the test split; empty: same as `data`
    std::string output;                 ///< .psnn path; a manifest goes beside it (<output>.manifest.json)
    int epochs = 10;
    int batchSize = 128;
    std::string optimizer = "adam";     ///< "adam" or "sgd" (momentum, Nesterov)
    double learningRate = 1e-3;
    double momentum = 0.9;              ///< SGD only
    double weightDecay = 1e-4;
    std::string schedule = "cosine";    ///< "cosine", "step" (x0.1 at 50% and 75%), "constant"
    std::uint64_t seed = 1;
    bool batchNorm = true;              ///< presets other than judge-lenet: BN after every conv
    bool augment = true;                ///< random crop with padding and horizontal flip
    int cropPadding = 2;
    std::int64_t trainLimit = 0;        ///< use only the first N training images (0: all); for quick runs
    std::int64_t testLimit = 0;         ///< likewise for the test set
    int threads = 0;                    ///< 0: all cores
    std::string commandLine;            ///< recorded in the manifest so the run can be repeated
};

struct EpochRecord {
    int epoch = 0;
    double loss = 0;          ///< mean training loss
    double trainAccuracy = 0; ///< on the (augmented) batches seen
    double seconds = 0;
};

struct TrainResult {
    std::string modelPath;
    std::string manifestPath;
    double testAccuracy = 0;  ///< fraction in [0, 1]
    double seconds = 0;
    double imagesPerSecond = 0;
    std::int64_t parameters = 0;
    std::vector<EpochRecord> epochs;
};

/// Trains and writes the model and its manifest atomically at the end (nothing is written if it
/// fails or is cancelled). Options are validated before any data is read. Throws Error or Cancelled.
TrainResult trainModel(const TrainOptions &options, const ProgressFn &progress = {}, const CancelToken &cancel = {});

} // namespace psnn
