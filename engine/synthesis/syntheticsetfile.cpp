#include "synthesis/synthesis.h"

#include "core/error.h"
#include "core/fileio.h"
#include "core/imageops.h"
#include "core/sha256.h"
#include "synthesis/syntheticsetaccess.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

using nlohmann::json;

namespace psnn {

namespace {

constexpr char kMagic[8] = {'P', 'S', 'N', 'N', 'S', 'Y', 'N', 'T'};

} // namespace

void writeSyntheticSet(const SyntheticSet &set, const std::string &path)
{
    const ImageSet &im = set.images();
    Sha256 hash;
    hash.update(im.pixels.data(), im.pixels.size());
    const json header = {{"format", "privatesnn-synthetic"}, {"channels", im.channels}, {"height", im.height},
                         {"width", im.width}, {"count", im.size()}, {"class_names", im.classNames},
                         {"labels", im.labels}, {"intended", set.intendedClass()}, {"confidence", set.annConfidence()},
                         {"model_sha256", set.sourceModelSha256()}, {"pixels_sha256", hash.hexDigest()}};
    const std::string text = header.dump();
    std::string out(kMagic, 8);
    const std::uint32_t len = std::uint32_t(text.size());
    out.append(reinterpret_cast<const char *>(&len), 4);
    out += text;
    out.append(reinterpret_cast<const char *>(im.pixels.data()), im.pixels.size());
    writeFileAtomic(path, out);
}

SyntheticSet readSyntheticSet(const std::string &path)
{
    const auto bytes = readFileMaybeGz(path);
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 8) != 0)
        throw Error(ErrorCode::BadFormat, "not a synthetic image set written by the synthesize stage", path);
    std::uint32_t len = 0;
    std::memcpy(&len, bytes.data() + 8, 4);
    if (12 + std::size_t(len) > bytes.size())
        throw Error(ErrorCode::BadFormat, "truncated synthetic set header", path);
    try {
        const json h = json::parse(bytes.begin() + 12, bytes.begin() + 12 + len);
        ImageSet im;
        im.channels = h.at("channels");
        im.height = h.at("height");
        im.width = h.at("width");
        im.classNames = h.at("class_names").get<std::vector<std::string>>();
        im.labels = h.at("labels").get<std::vector<int>>();
        // Checked before any product is formed, so that no header value can wrap the size check.
        for (const int side : {im.channels, im.height, im.width})
            if (side < 1 || side > 4096)
                throw Error(ErrorCode::BadFormat, "image size " + std::to_string(im.channels) + "x" + std::to_string(im.height)
                                                      + "x" + std::to_string(im.width) + " is not an image",
                            path);
        const std::size_t pixelBytes = bytes.size() - 12 - len;
        if (im.imageBytes() > pixelBytes || (!im.labels.empty() && pixelBytes / im.imageBytes() < im.size()))
            throw Error(ErrorCode::BadFormat, "pixel data does not match the header (truncated?)", path);
        im.pixels.assign(bytes.begin() + 12 + len, bytes.end());
        im.sourceFiles = {path};
        if (im.pixels.size() != im.size() * im.imageBytes())
            throw Error(ErrorCode::BadFormat, "pixel data does not match the header (truncated?)", path);
        Sha256 hash;
        hash.update(im.pixels.data(), im.pixels.size());
        if (hash.hexDigest() != h.at("pixels_sha256").get<std::string>())
            throw Error(ErrorCode::BadFormat, "pixel data is damaged (SHA-256 mismatch)", path);
        for (int l : im.labels)
            if (l < 0 || l >= int(im.classNames.size()))
                throw Error(ErrorCode::BadFormat, "label out of range", path);
        auto intended = h.at("intended").get<std::vector<int>>();
        auto confidence = h.at("confidence").get<std::vector<float>>();
        if (intended.size() != im.size() || confidence.size() != im.size())
            throw Error(ErrorCode::BadFormat,
                        std::to_string(im.size()) + " images but " + std::to_string(intended.size()) + " intended classes and "
                            + std::to_string(confidence.size()) + " confidences",
                        path);
        for (int c : intended)
            if (c < 0 || c >= int(im.classNames.size()))
                throw Error(ErrorCode::BadFormat, "intended class out of range", path);
        return SyntheticSetAccess::make(std::move(im), std::move(intended), std::move(confidence),
                                        h.at("model_sha256").get<std::string>(), path);
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged synthetic set header: ") + e.what(), path);
    }
}

void writeSyntheticGrid(const SyntheticSet &set, const std::string &pngPath, int perClass)
{
    const ImageSet &im = set.images();
    const int classes = int(im.classNames.size());
    const int cell = std::max(im.width, im.height) * (im.width <= 32 ? 2 : 1) + 2;
    cv::Mat grid(classes * cell, perClass * cell, CV_8UC3, cv::Scalar(255, 255, 255));
    std::vector<int> used(std::size_t(classes), 0);
    for (std::size_t i = 0; i < im.size(); ++i) {
        const int c = set.intendedClass()[i];
        if (used[std::size_t(c)] >= perClass)
            continue;
        cv::Mat rgb = planarToBgr(im.image(i), im.channels, im.height, im.width);
        cv::resize(rgb, rgb, {cell - 2, cell - 2}, 0, 0, cv::INTER_NEAREST);
        rgb.copyTo(grid(cv::Rect(used[std::size_t(c)] * cell + 1, c * cell + 1, cell - 2, cell - 2)));
        ++used[std::size_t(c)];
    }
    writePng(grid, pngPath);
}

} // namespace psnn
