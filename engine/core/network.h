#pragma once
// Engine-internal: the network graph every stage works on. Includes torch; never include it from
// a public header.

#include "core/imageset.h"
#include "core/modeltypes.h"

#include <torch/types.h>

#include <array>
#include <string>
#include <vector>

namespace psnn {

enum class LayerKind {
    Conv2d,
    BatchNorm2d,
    ReLU,
    AvgPool2d,
    MaxPool2d,
    AdaptiveAvgPool2d,
    Dropout,
    Flatten,
    Linear,
    /// A residual block begins: its input is kept for the block's shortcut.
    Fork,
    /// A residual block ends: the input kept at the matching Fork, through `shortcut` (nothing
    /// for an identity shortcut), is added to the block's output. The ReLU after the add is an
    /// ordinary layer after it, so the block's neurons are top-level layers like any other.
    Add,
};

const char *layerKindName(LayerKind kind);
/// Inverse of layerKindName; throws Error(BadFormat) for an unknown name.
LayerKind layerKindFromName(const std::string &name);

/// One layer: its kind, its path in the source model (e.g. "features.3"), geometry and tensors.
/// Only the fields that matter for the kind are used. A residual block is the layers between a
/// Fork and its Add; the Add holds the shortcut's layers (a 1x1 conv and its BN, no neurons).
struct Layer {
    LayerKind kind = LayerKind::ReLU;
    std::string name;
    std::array<int, 2> kernel{1, 1};
    std::array<int, 2> stride{1, 1};
    std::array<int, 2> padding{0, 0};
    std::array<int, 2> dilation{1, 1};
    std::array<int, 2> outputSize{1, 1}; ///< AdaptiveAvgPool2d
    int groups = 1;
    bool ceilMode = false;
    bool countIncludePad = true;
    double eps = 1e-5;       ///< BatchNorm2d
    double momentum = 0.1;   ///< BatchNorm2d running-stat update during training
    double dropout = 0.5;    ///< Dropout probability
    double threshold = 1.0;  ///< ReLU in a spiking network: the neurons' firing threshold
    /// Spiking ReLU layers, optional: a threshold per channel (features for a Linear input)
    /// instead of `threshold`, and what a spike of each channel carries to the next layer
    /// (default: its threshold). Channel scrambling (snn/channelscramble.h) sets both.
    torch::Tensor thresholds;
    torch::Tensor amplitudes;
    torch::Tensor weight;    ///< Conv2d [out,in/groups,kh,kw], Linear [out,in], BatchNorm2d gamma
    torch::Tensor bias;      ///< optional for Conv2d/Linear; BatchNorm2d beta
    torch::Tensor runningMean;
    torch::Tensor runningVar;
    std::vector<Layer> shortcut; ///< Add: the layers on the kept input; empty for identity
};

struct Network {
    std::string architecture;             ///< preset name or "imported:<file>"
    Shape inputShape;                     ///< {C, H, W}
    Normalization normalization;          ///< applied to [0,1] pixels before the first layer
    std::vector<std::string> classNames;
    std::vector<Layer> layers;
    bool spiking = false;                 ///< ReLU layers are IF/LIF neurons; see snn.h
    SnnSettings snn;

    int numClasses() const { return int(classNames.size()); }
};

/// Runs the network on a normalised batch [N, C, H, W]. `training` enables dropout and batch
/// statistics (and updates BN running statistics).
torch::Tensor forward(const Network &net, const torch::Tensor &x, bool training = false);
/// One layer. `kept` carries the inputs kept by Fork layers until their Add; a Fork or an Add
/// without it throws.
torch::Tensor forwardLayer(const Layer &layer, const torch::Tensor &x, bool training,
                           std::vector<torch::Tensor> *kept = nullptr);

/// Every layer, those inside shortcuts included, in order (a shortcut's layers after its Add).
std::vector<Layer *> allLayers(Network &net);
std::vector<const Layer *> allLayers(const Network &net);

/// Throws Error(UnsupportedLayer) unless every Fork has its Add after it and shortcuts hold only
/// Conv2d and BatchNorm2d layers.
void checkResidualBlocks(const Network &net);

/// Output shape of every layer for the network's input shape. Throws Error(ShapeMismatch) naming
/// the first layer whose weights do not fit its input.
std::vector<Shape> layerOutputShapes(const Network &net);

/// Multiply-accumulate operations of one layer for one sample given its input and output shapes.
std::int64_t layerMacs(const Layer &layer, const Shape &in, const Shape &out);

/// Named trainable and buffer tensors, in a stable order ("<layer>.weight", ".bias",
/// ".running_mean", ".running_var").
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const Network &net);

/// Throws Error(BadWeights) naming the first tensor holding NaN or infinite values.
void checkFinite(const Network &net);

/// Normalises 8-bit images from `set` (indices given) into a float batch [N, C, H, W].
torch::Tensor imagesToTensor(const ImageSet &set, const std::vector<std::int64_t> &indices,
                             const Normalization &norm);

/// Deep copy: tensors are cloned, so training one network never changes the other.
Network cloneNetwork(const Network &net);

std::string shapeToString(const Shape &s);

} // namespace psnn
