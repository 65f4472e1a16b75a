#include "core/imageset.h"

#include <cmath>

namespace psnn {

Normalization computeNormalization(const ImageSet &set)
{
    Normalization n;
    const std::size_t plane = std::size_t(set.height) * set.width;
    for (int c = 0; c < set.channels; ++c) {
        double sum = 0, sumSq = 0;
        for (std::size_t i = 0; i < set.size(); ++i) {
            const std::uint8_t *p = set.image(i) + c * plane;
            for (std::size_t k = 0; k < plane; ++k) {
                const double v = p[k] / 255.0;
                sum += v;
                sumSq += v * v;
            }
        }
        const double count = double(plane) * double(set.size());
        const double mean = count > 0 ? sum / count : 0.0;
        const double var = count > 0 ? sumSq / count - mean * mean : 1.0;
        n.mean.push_back(float(mean));
        n.std.push_back(float(std::sqrt(std::max(var, 1e-12))));
    }
    return n;
}

} // namespace psnn
