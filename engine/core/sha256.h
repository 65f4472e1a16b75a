#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace psnn {

/// Incremental SHA-256 (OpenSSL's EVP interface), used for file hashes in manifests and model
/// integrity. Not copyable; the digest context is released with the object.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const void *data, std::size_t size);
    /// Finishes and returns the digest as 64 lowercase hex digits; the object is then spent.
    std::string hexDigest();

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

/// SHA-256 of a file's bytes as 64 hex digits. Throws Error(FileRead) naming the file.
std::string sha256File(const std::string &path);

} // namespace psnn
