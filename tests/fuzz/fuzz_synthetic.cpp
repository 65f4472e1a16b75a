// synthetic.bin, read as the convert and audit stages read it, then drawn as the synthesize
// stage's contact sheet does. As for .psnn, each input is also tried with its pixel checksum
// made to fit, so that mutations reach the header's contents.
#include "core/sha256.h"
#include "fuzzinput.h"
#include "synthesis/synthesis.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace {

std::string reseal(std::string_view bytes)
{
    if (bytes.size() < 12)
        return {};
    std::uint32_t len = 0;
    std::memcpy(&len, bytes.data() + 8, 4);
    if (len > bytes.size() - 12)
        return {};
    nlohmann::json header = nlohmann::json::parse(bytes.substr(12, len), nullptr, false);
    if (!header.is_object())
        return {};
    const std::string_view pixels = bytes.substr(12 + len);
    psnn::Sha256 hash;
    hash.update(pixels.data(), pixels.size());
    header["pixels_sha256"] = hash.hexDigest();
    const std::string text = header.dump();
    const std::uint32_t newLen = std::uint32_t(text.size());
    return std::string(bytes.substr(0, 8)) + std::string(reinterpret_cast<const char *>(&newLen), 4) + text + std::string(pixels);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("synthetic.bin", data, size);
    const std::string grid = fuzz::ScratchDir::instance().path("synthetic.png");
    const auto readAndDraw = [&](const char *name) {
        fuzz::expectCleanRefusal(name, [&] { writeSyntheticGrid(readSyntheticSet(file), grid, 4); });
    };
    readAndDraw("synthetic");
    const std::string sealed = reseal(fuzz::view(data, size));
    if (!sealed.empty()) {
        fuzz::writeBytes(file, sealed);
        readAndDraw("synthetic-sealed");
    }
    return 0;
}
