#pragma once
// Engine-internal: the audit's images: reconstructions as stored and judged, contact sheets, and
// the real images of each class that SSIM compares against.

#include "core/imageset.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

#include <string>
#include <vector>

namespace psnn {

/// Pixels in [0, 1] rounded to 8 bits, so that what is judged is exactly what the gallery shows.
torch::Tensor quantize(const torch::Tensor &pixels);

/// An image [C, H, W] in [0, 1] as planar values in [0, 255] (what ssim() takes).
std::vector<float> imageValues(const torch::Tensor &pixels01);

/// A contact sheet of pixels [N, C, H, W] in [0, 1]: `rows` x `cols` cells filled row by row.
cv::Mat gallery(const torch::Tensor &pixels, int rows, int cols);

/// Real images of each class (up to `perClass` each), in [0, 1], with the class mean.
struct RealClasses {
    std::vector<torch::Tensor> images; ///< per class [n, C, H, W]
    std::vector<torch::Tensor> mean;   ///< per class [C, H, W]
};

/// Throws Error(BadFormat) when a class has no image in `set`.
RealClasses realClasses(const ImageSet &set, int classes, int perClass);

/// Writes the real gallery: per class (one row) its mean image, then `examples` examples.
void writeRealGallery(const RealClasses &real, int examples, const std::string &pngPath);

} // namespace psnn
