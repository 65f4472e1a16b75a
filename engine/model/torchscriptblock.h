#pragma once
// Engine-internal: reads a residual block (a module whose forward() adds a shortcut, such as
// torchvision's BasicBlock) from its TorchScript forward graph.

#include "core/network.h"
#include "model/models.h"

#include <torch/script.h>

#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Collects the layers of a submodule (its leaves in declaration order) into `out`.
using CollectFn = std::function<void(const torch::jit::Module &m, const std::string &path, std::vector<Layer> &out)>;

/// True when `m`'s forward graph adds two tensors: the block to read with readResidualBlock.
bool isResidualBlock(const torch::jit::Module &m);

/// Follows the forward graph of `m` (submodule calls, relu, add, dropout) and appends the block
/// as Fork, branch layers, Add (with the shortcut's layers), and the layers after the add. Throws
/// Error(UnsupportedLayer) naming the block and the graph node it cannot follow (another op, two
/// adds, a shortcut with neurons).
void readResidualBlock(const torch::jit::Module &m, const std::string &path, std::vector<Layer> &out,
                       const CollectFn &collect);

} // namespace psnn
