#pragma once
// Engine-internal: conversion on Network values (conversion.cpp wraps it with files).

#include "core/network.h"
#include "snn/conversion.h"

#include <nlohmann/json.hpp>

namespace psnn {

/// Folds each BatchNorm2d into the Conv2d before it (giving it a bias) and removes Dropout.
/// Throws Error(UnsupportedLayer) for a BatchNorm2d that does not follow a convolution.
Network foldBatchNorm(const Network &ann);

/// Folds BN, drops Dropout and turns ReLUs into neurons with threshold 1. Throws
/// Error(UnsupportedLayer) when the network does not end in a layer without ReLU.
Network toSpiking(const Network &ann, const SnnSettings &settings, std::vector<std::string> *warnings = nullptr);

/// Layer-by-layer threshold balancing: each neuron layer's threshold becomes the chosen percentile
/// of its input current over steps, neurons and images, with the earlier thresholds already set.
void balanceThresholds(Network &snn, const torch::Tensor &images, const ConversionOptions &options,
                       std::vector<std::string> *warnings, const ProgressFn &progress, const CancelToken &cancel);

/// The candidates of an `auto` conversion as the manifest and model file record them.
nlohmann::json candidatesJson(const std::vector<ConversionCandidate> &candidates);
/// The inverse; throws nlohmann::json exceptions when damaged.
std::vector<ConversionCandidate> candidatesFromJson(const nlohmann::json &j);

} // namespace psnn
