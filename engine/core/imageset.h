#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// A labelled image collection in memory, independent of any tensor library.
/// Pixels are 8-bit, laid out N x C x H x W (planar, RGB order for colour).
struct ImageSet {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<std::uint8_t> pixels;
    std::vector<int> labels;                ///< each in [0, classNames.size())
    std::vector<std::string> classNames;
    std::vector<std::string> sourceFiles;   ///< every file read to build this set (for manifests)

    std::size_t size() const { return labels.size(); }
    std::size_t imageBytes() const { return std::size_t(channels) * height * width; }
    const std::uint8_t *image(std::size_t i) const { return pixels.data() + i * imageBytes(); }
};

/// Per-channel normalisation applied to pixels scaled to [0, 1]: x' = (x - mean) / std.
struct Normalization {
    std::vector<float> mean;
    std::vector<float> std;
};

/// Per-channel mean and standard deviation of a set's pixels scaled to [0, 1].
Normalization computeNormalization(const ImageSet &set);

} // namespace psnn
