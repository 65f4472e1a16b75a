#pragma once
// Engine-internal: the smallest T an encrypted SNN can run at, chosen on the synthetic images.

#include "core/imageset.h"
#include "core/network.h"
#include "core/progress.h"
#include "snn/encryption.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace psnn {

/// The smallest T (1-based) from which every accuracy in `accuracyPerStep` up to its end is at
/// least `target`; 0 when even the last one falls short.
int smallestStableTimesteps(const std::vector<double> &accuracyPerStep, double target);

/// Probes for the search: each synthetic image averaged with one of another class (chosen with
/// `seed`), labelled with the ANN's class of the mix. Synthetic images are far easier than real
/// ones (the ANN is ~97 % sure of them) and an SNN reaches the ANN's answers on them within a few
/// steps; the mixes lie near the ANN's decision boundaries, as real images often do.
ImageSet boundaryProbes(const ImageSet &images, const Network &ann, std::uint64_t seed);

/// Runs `snn` for `maxTimesteps` steps on the boundary probes of `images` and the ANN on them,
/// and picks smallestStableTimesteps at the ANN's accuracy (1 by construction) minus
/// `marginPoints`; when no T reaches it, `maxTimesteps` (reached = false).
DeploySearch searchDeployTimesteps(const Network &snn, const Network &ann, const ImageSet &images, double marginPoints,
                                   int maxTimesteps, std::uint64_t seed, const CancelToken &cancel);

/// The search as recorded in the encrypted model and the workspace; null when it did not run.
nlohmann::json deploySearchToJson(const DeploySearch &search, double marginPoints);

} // namespace psnn
