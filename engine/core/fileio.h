#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Reads a whole file, transparently gunzipping it when it starts with the gzip magic.
/// Throws Error naming the file: FileNotFound, FileRead, or BadFormat for a damaged gzip stream.
std::vector<std::uint8_t> readFileMaybeGz(const std::string &path);

/// Why writing `file` failed with `err`, if for want of room: "no space left on the disk"
/// (ENOSPC, or a full disk found afterwards), "... in the disk quota" (EDQUOT), "... under the
/// file-size limit (ulimit -f)" (EFBIG, or a file at that limit); "" for any other failure.
std::string noSpaceReason(int err, const std::string &file);
/// noSpaceReason(), or strerror(err) when room was not the problem.
std::string writeFailure(int err, const std::string &file);

/// True for the name writeFileAtomic() gives its temporary file (".NAME.tmp-N"), which a killed
/// writer leaves behind.
bool isAtomicWriteTemporary(const std::string &name);

/// Writes bytes to `path` atomically: a temporary file in the same folder, flushed and synced,
/// then renamed over the target. On any failure (e.g. a full disk) the temporary is removed, the
/// previous file at `path` is untouched, and Error(FileWrite) names the path.
void writeFileAtomic(const std::string &path, const void *data, std::size_t size);
void writeFileAtomic(const std::string &path, const std::string &text);

} // namespace psnn
