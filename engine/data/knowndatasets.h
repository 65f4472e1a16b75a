#pragma once
// Public: what the workbench knows about the usual data sets and normalisations, so that the
// import dialog and the CLI offer them by name instead of asking for numbers.

#include "core/imageset.h"
#include "core/modeltypes.h"

#include <string>
#include <vector>

namespace psnn {

/// A normalisation by name, as training scripts use them (torchvision's Normalize values).
struct NormalizationPreset {
    std::string id;           ///< "fashion-mnist", "mnist", "cifar10", "cifar100", "imagenet", "minus-one-one", "none"
    std::string description;  ///< English, for the CLI's help
    std::vector<float> mean;  ///< one value per channel; one value for grey images
    std::vector<float> std;
};

/// Every preset, in display order.
const std::vector<NormalizationPreset> &normalizationPresets();

/// The preset named `id`; throws Error(InvalidArgument) naming the valid ids.
const NormalizationPreset &normalizationPreset(const std::string &id);

/// `preset` for an input of `channels` channels: a one-value preset is repeated per channel, and
/// a three-value (colour) preset on grey input is refused (Error(InvalidArgument)).
Normalization presetNormalization(const NormalizationPreset &preset, std::int64_t channels);

/// The id of the preset equal to `n` (within 1e-4), or "" when it is a custom one.
std::string matchingPreset(const Normalization &n);

/// A data set the workbench reads by name.
struct KnownDataset {
    std::string id;                       ///< the spec loadDataset() takes
    Shape inputShape;                     ///< {C,H,W}
    std::vector<std::string> classNames;
    std::string normalization;            ///< the preset usually trained with
};

const std::vector<KnownDataset> &knownDatasets();

/// The known data set `spec` names (by name or by the folder it resolves to), or nullptr.
const KnownDataset *findKnownDataset(const std::string &spec);

} // namespace psnn
