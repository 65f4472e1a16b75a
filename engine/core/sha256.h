#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace psnn {

/// Incremental SHA-256 (FIPS 180-4), used for file hashes in manifests and model integrity.
class Sha256 {
public:
    Sha256();
    void update(const void *data, std::size_t size);
    /// Finishes and returns the digest as 64 lowercase hex digits; the object is then spent.
    std::string hexDigest();

private:
    void block(const std::uint8_t *p);

    std::uint32_t m_state[8];
    std::uint8_t m_buffer[64];
    std::size_t m_bufferSize = 0;
    std::uint64_t m_totalBytes = 0;
};

/// SHA-256 of a file's bytes as 64 hex digits. Throws Error(FileRead) naming the file.
std::string sha256File(const std::string &path);

} // namespace psnn
