#pragma once
// Engine-internal: evaluateSnn() on a network in memory (the T search runs it on a network it
// has not saved).

#include "core/network.h"
#include "snn/snnevaluation.h"

namespace psnn {

/// What evaluateSnn() measures, for `snn` as given; `context` names it in errors.
SnnEvalResult evaluateSnnNetwork(const Network &snn, const ImageSet &test, const SnnEvalOptions &options,
                                 const std::string &context, const ProgressFn &progress = {},
                                 const CancelToken &cancel = {});

} // namespace psnn
