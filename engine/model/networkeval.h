#pragma once
// Engine-internal: batched inference of a Network over an ImageSet.

#include "core/network.h"
#include "model/evaluation.h"

namespace psnn {

/// Checks that the set's image shape and labels fit the network; throws Error(ShapeMismatch)
/// with both shapes, `context` naming the data.
void checkCompatible(const Network &net, const ImageSet &set, const std::string &context);

/// Accuracy of `net` on the first `limit` images of `set` (all if limit <= 0).
EvalResult evaluateNetwork(const Network &net, const ImageSet &set, std::int64_t limit, int batchSize,
                           const ProgressFn &progress, const CancelToken &cancel);

} // namespace psnn
