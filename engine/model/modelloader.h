#pragma once
// Engine-internal: opens any supported model file as a Network.

#include "core/network.h"
#include "model/torchscriptimport.h"

#include <nlohmann/json.hpp>

namespace psnn {

/// A .psnn file (recognised by its magic), an ONNX file (model/onnximport.h) or else a
/// TorchScript file. `report` receives the import warnings and the format found, `metadata` the
/// .psnn manifest.
/// Throws Error naming the file.
Network loadAnyNetwork(const std::string &path, const ImportOptions &options = {}, ImportReport *report = nullptr,
                       nlohmann::json *metadata = nullptr);

} // namespace psnn
