#pragma once
// Engine-internal: a spiking network as a NIR graph (v1.0), written as NIR's HDF5 files are.

#include "core/network.h"

#include <string>
#include <vector>

namespace psnn {

/// Writes `snn` to `path`, atomically (a failure leaves what was there). Returns the warnings about settings NIR keeps only as metadata. Throws Error(UnsupportedLayer)
/// naming the layer or setting NIR cannot express, Error(FileWrite) naming the file.
std::vector<std::string> writeNir(const Network &snn, const std::string &path);

} // namespace psnn
