#pragma once
// Engine-internal: the project's own model format (".psnn").
//
// Layout: 8-byte magic "PSNNMODL", uint32 LE format version, uint32 LE header length, (format 2
// on) the SHA-256 of header and data as 64 hex digits, a UTF-8 JSON header (architecture, input
// shape, normalisation, class names, layers, tensor table, SHA-256 of the data block), then the
// tensors as little-endian float32 in table order. Format 1 (0.1.x) lacks the digest of the
// whole file: only its data block is checked.

#include "core/network.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

constexpr int kModelFormatVersion = 2;

/// SNN settings as stored in model files and workspace manifests. Settings added after 0.1.0 are
/// written only when they differ from their defaults, so older files and workspaces read (and
/// compare) as before. Reading throws nlohmann::json errors for missing or mistyped keys.
nlohmann::json snnSettingsToJson(const SnnSettings &settings);
SnnSettings snnSettingsFromJson(const nlohmann::json &j);

/// True if the file starts with the .psnn magic (false for missing or short files).
bool isModelFile(const std::string &path);

/// Writes atomically; `metadata` (e.g. the training manifest) is stored in the header as is.
/// Throws Error(FileWrite) naming the path; a previous file at `path` survives a failure.
void saveNetwork(const Network &net, const std::string &path, const nlohmann::json &metadata = {});

/// Reads a .psnn file exactly as written. Throws Error(BadFormat) naming the file for a wrong
/// magic, an unsupported version, a damaged or edited header, a size or checksum mismatch;
/// BadWeights for NaN/inf values. `headerVerified` is false for format-1 files, whose header no
/// checksum covers.
Network loadNetwork(const std::string &path, nlohmann::json *metadata = nullptr, bool *headerVerified = nullptr);

/// The bytes saveNetwork() writes, and loadNetwork() on bytes in memory (`path` names them in
/// errors): how the TorchScript import process hands its result back (model/importsandbox.h).
std::string networkBytes(const Network &net, const nlohmann::json &metadata = {});
Network networkFromBytes(const std::vector<std::uint8_t> &bytes, const std::string &path, nlohmann::json *metadata = nullptr,
                         bool *headerVerified = nullptr);

} // namespace psnn
