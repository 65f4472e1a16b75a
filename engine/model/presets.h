#pragma once
// Engine-internal: the ANN architectures `train` can build.

#include "core/network.h"
#include "model/training.h"

#include <string>

namespace psnn {

/// Builds a freshly initialised network (Kaiming-normal weights from torch's global generator).
/// Throws Error(InvalidArgument) for an unknown preset or an input too small for its pooling.
Network buildPreset(const std::string &name, const Shape &input, int numClasses, bool batchNorm);

} // namespace psnn
