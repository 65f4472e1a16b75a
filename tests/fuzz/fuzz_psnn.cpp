// The .psnn model format, read as `info` and the model view read it (inspectModel: load, checks,
// summary). Each input is tried twice: as it is, and sealed again, with its data size, data
// checksum and file checksum made to fit, so that mutations reach the header's contents instead
// of stopping at the checksum.
#include "core/sha256.h"
#include "fuzzinput.h"
#include "model/models.h"

#include <nlohmann/json.hpp>

namespace {

std::string le32(std::uint32_t v)
{
    std::string s(4, '\0');
    for (int i = 0; i < 4; ++i)
        s[std::size_t(i)] = char((v >> (8 * i)) & 0xff);
    return s;
}

std::string sha256(std::string_view a, std::string_view b = {})
{
    psnn::Sha256 hash;
    hash.update(a.data(), a.size());
    hash.update(b.data(), b.size());
    return hash.hexDigest();
}

// Format 2's layout (engine/model/modelfile.h) with checksums recomputed; "" when the header is
// not JSON, which the plain reading covers.
std::string reseal(std::string_view bytes)
{
    constexpr std::size_t headerStart = 16 + 64;
    if (bytes.size() < headerStart)
        return {};
    const std::uint32_t headerLen = std::uint32_t(std::uint8_t(bytes[12])) | std::uint32_t(std::uint8_t(bytes[13])) << 8
                                    | std::uint32_t(std::uint8_t(bytes[14])) << 16 | std::uint32_t(std::uint8_t(bytes[15])) << 24;
    if (headerLen > bytes.size() - headerStart)
        return {};
    const std::string_view data = bytes.substr(headerStart + headerLen);
    nlohmann::json header = nlohmann::json::parse(bytes.substr(headerStart, headerLen), nullptr, false);
    if (!header.is_object())
        return {};
    header["data_bytes"] = data.size();
    header["data_sha256"] = sha256(data);
    const std::string text = header.dump();
    return std::string("PSNNMODL") + le32(2) + le32(std::uint32_t(text.size())) + sha256(text, data) + text + std::string(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("model.psnn", data, size);
    const std::string_view bytes = fuzz::view(data, size);
    fuzz::expectCleanRefusal("psnn", [&] { inspectModel(file); });
    const std::string sealed = reseal(bytes);
    if (!sealed.empty()) {
        fuzz::writeBytes(file, sealed);
        fuzz::expectCleanRefusal("psnn-sealed", [&] { inspectModel(file); });
    }
    return 0;
}
