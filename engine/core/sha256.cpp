#include "core/sha256.h"

#include "core/error.h"

#include <openssl/evp.h>

#include <fstream>
#include <stdexcept>
#include <vector>

namespace psnn {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
    // Only allocation can fail here; that is not the user's input, hence no psnn::Error.
    if (!m_ctx->ctx || EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
}

Sha256::~Sha256() = default;

void Sha256::update(const void *data, std::size_t size)
{
    if (size > 0 && EVP_DigestUpdate(m_ctx->ctx, data, size) != 1)
        throw std::runtime_error("OpenSSL's SHA-256 update failed");
}

std::string Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx->ctx, digest, &length) != 1)
        throw std::runtime_error("OpenSSL's SHA-256 finish failed");
    static const char *hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

std::string sha256File(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open the file to hash it", path);
    Sha256 hash;
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), std::streamsize(buf.size()));
        hash.update(buf.data(), std::size_t(in.gcount()));
    }
    if (in.bad())
        throw Error(ErrorCode::FileRead, "read error while hashing", path);
    return hash.hexDigest();
}

} // namespace psnn
