#pragma once
// Engine-internal: what every importer of a foreign model format does once it has the layers:
// fill in classes and normalisation from the options, and check the imported graph against the
// file's own output; the bounds every model file's input shape must keep.

#include "core/network.h"
#include "model/models.h"

#include <vector>

namespace psnn {

/// Adds implicit flattens, the class names and the normalisation from `options` (with a warning
/// for each one guessed), and checks that the last layer gives class scores. Throws Error
/// without a file name; the importer adds its own.
void completeImportedNetwork(Network &net, const ImportOptions &options, std::vector<ImportWarning> &warnings);

/// The warning every importer gives for a max pool, for the layer named by `where`.
ImportWarning maxPoolWarning(const std::string &where);

/// Tries common image sizes and returns the first the weights fit (with a warning); channels come
/// from the first conv. Throws Error(InvalidArgument) when none fits.
Shape guessInputShape(const Network &net, std::vector<ImportWarning> &warnings);

/// Refuses (Error(BadFormat) naming `path`) an input shape that is not C x H x W with each side
/// 1 to 4096 and at most 2^24 values: no real model's input comes near (ImageNet's is 3x224x224),
/// and the checks that run a batch through the layers must not allocate without bound for a
/// hostile file.
void checkInputShape(const Shape &shape, const std::string &path);

/// Compares the imported graph's output on `x` with the file's own `reference` output and returns
/// the largest difference. Throws Error(ImportMismatch) naming `path` when the shapes differ or
/// the difference exceeds options.tolerance relative to max(1, max |reference|). `why` ends the
/// message: what usually causes a mismatch in this format.
double verifyImportedNetwork(const Network &net, const torch::Tensor &x, const torch::Tensor &reference,
                             const ImportOptions &options, const std::string &path, const std::string &why);

} // namespace psnn
