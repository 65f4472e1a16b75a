#pragma once
// Engine-internal: a spiking network as a self-contained TorchScript module for PyTorch.

#include "core/network.h"

#include <string>

namespace psnn {

/// TorchScript source of the module's forward(images, timesteps, draws=None): the SNN's
/// simulation, one step at a time, on normalised images [B, C, H, W]; returns the output current
/// of every step [timesteps, B, classes] as the engine's simulation does. Poisson codings draw
/// their uniform numbers from `draws` [timesteps, B, C, H, W] when given (the engine's
/// simulation with seed s draws torch.rand with a generator seeded s), else from torch.rand.
std::string snnTorchScriptSource(const Network &snn);

/// Compiles that source with the weights, thresholds and amplitudes as buffers, and returns the
/// module's file as bytes (exportModel() writes them). Throws Error(FileWrite) when LibTorch
/// cannot compile or save it.
std::string snnTorchScriptBytes(const Network &snn);

} // namespace psnn
