#pragma once
// Engine-internal: image helpers shared by synthesis and the audit (torch and OpenCV).

#include "core/imageset.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Sum of squared differences between neighbouring pixels, per image of a batch [N, C, H, W]: [N].
torch::Tensor totalVariation(const torch::Tensor &x);

/// Normalised images [N, C, H, W] back to 8-bit planar pixels.
std::vector<std::uint8_t> toPixels(const torch::Tensor &normalized, const Normalization &n);

/// One planar 8-bit image as an OpenCV BGR picture (grey images become three equal channels).
cv::Mat planarToBgr(const std::uint8_t *planar, int channels, int height, int width);

/// Encodes `image` as PNG and writes it atomically; Error(FileWrite) names the path.
void writePng(const cv::Mat &image, const std::string &path);

} // namespace psnn
