#pragma once
// Engine-internal: reads TorchScript files (torch.jit.script or torch.jit.trace) into a Network.

#include "core/network.h"
#include "model/models.h"

#include <string>
#include <vector>

namespace psnn {

struct ImportReport {
    std::vector<ImportWarning> warnings;
    double maxDifference = 0.0;           ///< between the file's own output and the imported graph
    std::string format;                   ///< what loadAnyNetwork found: "PrivateSNN model", "ONNX", "TorchScript"
};

/// Imports a TorchScript model whose submodules run in declaration order (nn.Sequential, or
/// modules holding Sequentials with a view/flatten before the first Linear). Each import is
/// verified: a random batch goes through the file's own forward() and the imported graph.
/// Throws Error naming the file and, where it applies, the layer path: UnsupportedLayer,
/// BadWeights, ImportMismatch (with the largest difference), BadFormat for unreadable files.
Network importTorchScript(const std::string &path, const ImportOptions &options, ImportReport *report = nullptr);

/// importTorchScript() in a child process under options.limits (model/importsandbox.h), so that
/// a file that crashes LibTorch, loops or allocates without bound ends in an Error naming it:
/// LimitExceeded for the limits, BadFormat for a crash. The child's own Errors come back as they
/// were thrown there. options.cancel stops the child and throws Cancelled.
Network importTorchScriptInChild(const std::string &path, const ImportOptions &options, ImportReport *report = nullptr);

} // namespace psnn
