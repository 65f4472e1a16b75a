#include "spikemap.h"

#include <algorithm>
#include <cmath>

namespace SpikeMap {

Geometry geometry(const QVector<qint64> &shape)
{
    if (shape.size() == 3)
        return {int(shape[0]), int(shape[1]), int(shape[2])};
    const qint64 n = shape.isEmpty() ? 0 : shape[0];
    const int w = std::max(1, int(std::ceil(std::sqrt(double(n)))));
    return {n > 0 ? 1 : 0, int((n + w - 1) / w), w};
}

QImage channelImage(const Geometry &g, const QVector<float> &values, int c, float maximum)
{
    QImage img(g.width, g.height, QImage::Format_Grayscale8);
    img.fill(0);
    const qint64 plane = qint64(g.height) * g.width;
    for (int y = 0; y < g.height; ++y) {
        uchar *line = img.scanLine(y);
        for (int x = 0; x < g.width; ++x) {
            const qint64 i = c * plane + qint64(y) * g.width + x;
            if (i < values.size() && maximum > 0)
                line[x] = uchar(std::clamp(values[i] / maximum, 0.0f, 1.0f) * 255.0f + 0.5f);
        }
    }
    return img;
}

QVector<float> channelSum(const Geometry &g, const QVector<float> &values)
{
    const qint64 plane = qint64(g.height) * g.width;
    QVector<float> sum(plane, 0.0f);
    for (qint64 i = 0; i < values.size(); ++i)
        sum[i % plane] += values[i];
    return sum;
}

QImage enlarged(const QImage &map, int side)
{
    const int scale = std::max(1, side / std::max({1, map.width(), map.height()}));
    return map.scaled(map.width() * scale, map.height() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

} // namespace SpikeMap
