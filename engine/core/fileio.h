#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Reads a whole file, transparently gunzipping it when it starts with the gzip magic.
/// Throws Error naming the file: FileNotFound, FileRead, or BadFormat for a damaged gzip stream.
std::vector<std::uint8_t> readFileMaybeGz(const std::string &path);

/// Writes bytes to `path` atomically: a temporary file in the same folder, flushed and synced,
/// then renamed over the target. On any failure (e.g. a full disk) the temporary is removed, the
/// previous file at `path` is untouched, and Error(FileWrite) names the path.
void writeFileAtomic(const std::string &path, const void *data, std::size_t size);
void writeFileAtomic(const std::string &path, const std::string &text);
/// The same for a writer that needs a file name (HDF5, TorchScript): `write` fills a temporary
/// beside `path`, which is renamed over `path` when it returns and removed when it throws.
void writeFileAtomicWith(const std::string &path, const std::function<void(const std::string &tmpPath)> &write);

} // namespace psnn
