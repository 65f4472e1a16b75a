#include "audit/galleries.h"

#include "core/error.h"
#include "core/imageops.h"
#include "core/network.h"

#include <torch/torch.h>

namespace psnn {

torch::Tensor quantize(const torch::Tensor &pixels)
{
    return (pixels * 255.0).round().clamp(0, 255) / 255.0;
}

std::vector<float> imageValues(const torch::Tensor &pixels01)
{
    const auto v = (pixels01 * 255.0).to(torch::kFloat32).contiguous();
    return {v.data_ptr<float>(), v.data_ptr<float>() + v.numel()};
}

cv::Mat gallery(const torch::Tensor &pixels, int rows, int cols)
{
    const std::int64_t C = pixels.size(1), H = pixels.size(2), W = pixels.size(3);
    cv::Mat grid(int(rows * H), int(cols * W), CV_8UC3, cv::Scalar(0, 0, 0));
    const auto px = (pixels * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols && r * cols + c < px.size(0); ++c)
            planarToBgr(px[r * cols + c].data_ptr<std::uint8_t>(), int(C), int(H), int(W))
                .copyTo(grid(cv::Rect(int(c * W), int(r * H), int(W), int(H))));
    return grid;
}

RealClasses realClasses(const ImageSet &set, int classes, int perClass)
{
    auto idx = std::vector<std::vector<std::int64_t>>(std::size_t(classes));
    for (std::size_t i = 0; i < set.size(); ++i)
        if (int(idx[std::size_t(set.labels[i])].size()) < perClass)
            idx[std::size_t(set.labels[i])].push_back(std::int64_t(i));
    RealClasses r;
    const Normalization identity{std::vector<float>(std::size_t(set.channels), 0.f),
                                 std::vector<float>(std::size_t(set.channels), 1.f)};
    for (int c = 0; c < classes; ++c) {
        if (idx[std::size_t(c)].empty())
            throw Error(ErrorCode::BadFormat, "the real data has no image of class " + std::to_string(c)
                                                  + " (needed for its SSIM reference)");
        const auto x = imagesToTensor(set, idx[std::size_t(c)], identity);
        r.images.push_back(x);
        r.mean.push_back(x.mean(0));
    }
    return r;
}

void writeRealGallery(const RealClasses &real, int examples, const std::string &pngPath)
{
    std::vector<torch::Tensor> cells;
    for (std::size_t c = 0; c < real.mean.size(); ++c) {
        cells.push_back(real.mean[c].unsqueeze(0));
        const auto &imgs = real.images[c];
        auto ex = imgs.narrow(0, 0, std::min<std::int64_t>(examples, imgs.size(0)));
        if (ex.size(0) < examples)
            ex = torch::cat({ex, torch::zeros({examples - ex.size(0), ex.size(1), ex.size(2), ex.size(3)})});
        cells.push_back(ex);
    }
    writePng(gallery(torch::cat(cells), int(real.mean.size()), 1 + examples), pngPath);
}

} // namespace psnn
