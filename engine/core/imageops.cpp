#include "core/imageops.h"

#include "core/fileio.h"

#include <torch/torch.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace psnn {

torch::Tensor totalVariation(const torch::Tensor &x)
{
    const auto dh = x.narrow(2, 1, x.size(2) - 1) - x.narrow(2, 0, x.size(2) - 1);
    const auto dw = x.narrow(3, 1, x.size(3) - 1) - x.narrow(3, 0, x.size(3) - 1);
    return dh.pow(2).flatten(1).sum(1) + dw.pow(2).flatten(1).sum(1);
}

std::vector<std::uint8_t> toPixels(const torch::Tensor &x, const Normalization &n)
{
    const auto mean = torch::tensor(n.mean).view({1, -1, 1, 1});
    const auto stdev = torch::tensor(n.std).view({1, -1, 1, 1});
    const auto px = ((x * stdev + mean) * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    return {px.data_ptr<std::uint8_t>(), px.data_ptr<std::uint8_t>() + px.numel()};
}

cv::Mat planarToBgr(const std::uint8_t *planar, int channels, int height, int width)
{
    const std::size_t plane = std::size_t(height) * width;
    std::vector<cv::Mat> planes;
    for (int ch = 0; ch < channels; ++ch)
        planes.emplace_back(height, width, CV_8UC1, const_cast<std::uint8_t *>(planar + ch * plane));
    cv::Mat bgr;
    if (channels == 1)
        cv::cvtColor(planes[0], bgr, cv::COLOR_GRAY2BGR);
    else
        cv::merge(std::vector<cv::Mat>{planes[2], planes[1], planes[0]}, bgr);
    return bgr;
}

void writePng(const cv::Mat &image, const std::string &path)
{
    std::vector<std::uint8_t> png;
    cv::imencode(".png", image, png);
    writeFileAtomic(path, png.data(), png.size());
}

} // namespace psnn
