#pragma once
// Public: what the CLI and GUI know about models. Plain types only, no torch.

#include "core/imageset.h"
#include "core/modeltypes.h"
#include "core/progress.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// A warning from import that a setting removes, so that each front end can name its own control
/// (the CLI an option, the GUI a field of the import dialog).
struct ImportWarning {
    std::string topic;    ///< "input-shape", "normalization", "classes"; "layers" when no setting removes it;
                          ///< "model-file" for a .psnn whose header no checksum covers
    std::string message;  ///< English, without option names
};

/// An import check on test images (model/importcheck.h) that the normalisation was set after: the
/// manifest records that the import read the test set, and what it found.
struct ImportCheckRecord {
    std::string testData;                 ///< empty: no check
    std::int64_t images = 0;
    double accuracy = 0;                  ///< with the normalisation that was kept
    std::string normalization;            ///< its preset id ("" for custom values)
    std::vector<std::string> dataFiles;
};

/// What the separate process that reads a TorchScript file may use (model/importsandbox.h). Not
/// a model setting: the manifest does not record it.
struct ImportLimits {
    std::int64_t memoryMiB = 4096;  ///< its address space
    double seconds = 300;           ///< wall clock, and CPU time
};

struct ImportOptions {
    Shape inputShape;                     ///< {C,H,W}; empty: guessed from the weights (with a warning)
    Normalization normalization;          ///< empty: identity (mean 0, std 1), with a warning
    std::vector<std::string> classNames;  ///< empty: "0".."N-1"
    double tolerance = 1e-4;              ///< import verification: max |diff| relative to max(1, max |reference|)
    ImportCheckRecord check;              ///< not a setting: how the normalisation was found, for the manifest
    ImportLimits limits;                  ///< not a setting: for TorchScript files
    CancelToken cancel;                   ///< not a setting: the job's, which stops a TorchScript import's process
};

struct LayerInfo {
    std::string name;         ///< path in the source model, e.g. "features.3"
    std::string type;         ///< "Conv2d", "ReLU", ...
    Shape outputShape;        ///< per sample
    std::int64_t parameters = 0;
    std::int64_t macs = 0;    ///< multiply-accumulates per sample
    std::string detail;       ///< kernel/stride/padding etc. in English words (CLI)
    // The same facts as data, for views that word them in the user's language.
    std::array<int, 2> kernel{0, 0};   ///< conv and pooling windows; 0 where not applicable
    std::array<int, 2> stride{0, 0};
    std::array<int, 2> padding{0, 0};
    bool hasBias = false;              ///< Conv2d and Linear
    double dropout = -1;               ///< Dropout probability; negative where not applicable
    double threshold = -1;             ///< SNN neuron layers: firing threshold; negative elsewhere
    /// The residual block this layer belongs to (its Fork's name), from the Fork to the ReLU
    /// after its Add; empty outside blocks.
    std::string block;
    /// Add: the stride of the shortcut's 1x1 conv (and whether a BN follows it); 0 for identity.
    int shortcutStride = 0;
    bool shortcutBatchNorm = false;
};

struct ModelSummary {
    std::string path;
    std::string format;       ///< "PrivateSNN model", "TorchScript" or "ONNX"
    std::string architecture;
    Shape inputShape;
    Normalization normalization;
    std::vector<std::string> classNames;
    std::vector<LayerInfo> layers;
    std::int64_t totalParameters = 0;
    std::int64_t totalMacs = 0;
    bool spiking = false;                 ///< a converted or encrypted SNN
    SnnSettings snn;                      ///< valid when spiking
    std::vector<ImportWarning> warnings;  ///< from import (guessed shape, no normalisation, MaxPool, ...)
    double importDifference = 0.0;        ///< imports only: largest difference in the import check
    std::string metadataJson;             ///< .psnn only: the stored manifest, as JSON text
};

/// Reads a .psnn, TorchScript or ONNX model and describes it. Throws Error naming the file (and layer).
ModelSummary inspectModel(const std::string &path, const ImportOptions &options = {});

/// Imports any supported model file and writes it in the project's own format, atomically.
ModelSummary importModel(const std::string &source, const std::string &destination, const ImportOptions &options = {});

/// The messages of `warnings`, for the manifest.
std::vector<std::string> warningMessages(const std::vector<ImportWarning> &warnings);
/// Their topics, in the same order.
std::vector<std::string> warningTopics(const std::vector<ImportWarning> &warnings);

/// Renders a summary as an aligned text table (the CLI's `info`), without its warnings.
std::string formatSummary(const ModelSummary &summary);

/// The bundled resources folder (demo models): $PSNN_RESOURCES, or next to the executable
/// (../share/privatesnn), or the source tree's resources/.
std::string resourcesDir();
/// Path of the bundled demo ANN and judge.
std::string demoModelPath();
std::string judgeModelPath();
/// The bundled judge for a test set's classes (Fashion-MNIST, CIFAR-10), or "" when none is bundled.
std::string bundledJudgePath(const std::string &testData);

} // namespace psnn
