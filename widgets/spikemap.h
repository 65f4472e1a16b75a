#pragma once

#include <QImage>
#include <QPair>
#include <QVector>

/// A layer's neurons as images: the flat neuron order of a {C,H,W} layer (or of {N} features,
/// laid out as a near-square of one channel) mapped to per-channel pictures. Shared by the
/// spike-map view and the "follow the image" strip.
namespace SpikeMap {

struct Geometry {
    int channels = 0, height = 0, width = 0;
};

Geometry geometry(const QVector<qint64> &shape);
/// Grey image of channel `c` of `values` (one per neuron): 0 black, `maximum` white.
QImage channelImage(const Geometry &g, const QVector<float> &values, int c, float maximum);
/// `values` summed over channels into one H x W map.
QVector<float> channelSum(const Geometry &g, const QVector<float> &values);
/// The picture of a map scaled up by whole pixels to about `side` pixels, without smoothing.
QImage enlarged(const QImage &map, int side);

} // namespace SpikeMap
