#pragma once
// The machine's dense fp32 ceiling, measured in the calling process so that shares compare
// within one run: the faster of two 2048^3 products. OpenBLAS (torch::mm) alone is not the
// ceiling: Debian's 0.3.21 runs its AVX2 kernel, and on the AVX-512 machines oneDNN's JIT ran
// the same product (as a 1x1 channels-last convolution) about twice as fast (bench/RESULTS.md).

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace psnn::bench {

struct DenseCeiling {
    double blas = 0;   ///< FLOP/s of torch::mm (OpenBLAS)
    double onednn = 0; ///< FLOP/s of the same product through oneDNN
    double best() const { return std::max(blas, onednn); }
};

inline DenseCeiling measureDenseCeiling(int reps = 5)
{
    const auto rate = [reps](const auto &product) {
        product();
        const auto t0 = std::chrono::steady_clock::now();
        for (int r = 0; r < reps; ++r)
            product();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return 2.0 * 2048.0 * 2048.0 * 2048.0 * reps / s;
    };
    const auto m = torch::randn({2048, 2048});
    // 2048 pixels (32 x 64) of 2048 channels times a 2048 x 2048 1x1 kernel.
    const auto x = torch::randn({1, 2048, 32, 64}).contiguous(at::MemoryFormat::ChannelsLast);
    const auto w = torch::randn({2048, 2048, 1, 1}).contiguous(at::MemoryFormat::ChannelsLast);
    DenseCeiling c;
    c.blas = rate([&] { torch::mm(m, m); });
    c.onednn = rate([&] { torch::conv2d(x, w); });
    return c;
}

} // namespace psnn::bench
