#include "core/network.h"

#include "core/error.h"

#include <torch/torch.h>

#include <sstream>

namespace psnn {

namespace {
struct KindName {
    LayerKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {LayerKind::Conv2d, "Conv2d"},       {LayerKind::BatchNorm2d, "BatchNorm2d"},
    {LayerKind::ReLU, "ReLU"},           {LayerKind::AvgPool2d, "AvgPool2d"},
    {LayerKind::MaxPool2d, "MaxPool2d"}, {LayerKind::AdaptiveAvgPool2d, "AdaptiveAvgPool2d"},
    {LayerKind::Dropout, "Dropout"},     {LayerKind::Flatten, "Flatten"},
    {LayerKind::Linear, "Linear"},
};

std::vector<std::int64_t> pair(const std::array<int, 2> &a) { return {a[0], a[1]}; }
} // namespace

const char *layerKindName(LayerKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return k.name;
    return "?";
}

LayerKind layerKindFromName(const std::string &name)
{
    for (const auto &k : kKindNames)
        if (name == k.name)
            return k.kind;
    throw Error(ErrorCode::BadFormat, "unknown layer type '" + name + "'");
}

std::string shapeToString(const Shape &s)
{
    std::ostringstream out;
    for (std::size_t i = 0; i < s.size(); ++i)
        out << (i ? "x" : "") << s[i];
    return out.str();
}

torch::Tensor forwardLayer(const Layer &l, const torch::Tensor &x, bool training)
{
    switch (l.kind) {
    case LayerKind::Conv2d:
        return torch::conv2d(x, l.weight, l.bias, pair(l.stride), pair(l.padding), pair(l.dilation), l.groups);
    case LayerKind::BatchNorm2d:
        return torch::batch_norm(x, l.weight, l.bias, l.runningMean, l.runningVar, training, l.momentum, l.eps,
                                 false);
    case LayerKind::ReLU:
        return torch::relu(x);
    case LayerKind::AvgPool2d:
        return torch::avg_pool2d(x, pair(l.kernel), pair(l.stride), pair(l.padding), l.ceilMode, l.countIncludePad);
    case LayerKind::MaxPool2d:
        return torch::max_pool2d(x, pair(l.kernel), pair(l.stride), pair(l.padding), pair(l.dilation), l.ceilMode);
    case LayerKind::AdaptiveAvgPool2d:
        return torch::adaptive_avg_pool2d(x, pair(l.outputSize));
    case LayerKind::Dropout:
        return torch::dropout(x, l.dropout, training);
    case LayerKind::Flatten:
        return x.flatten(1);
    case LayerKind::Linear:
        return torch::linear(x, l.weight, l.bias);
    }
    return x;
}

torch::Tensor forward(const Network &net, const torch::Tensor &x, bool training)
{
    torch::Tensor h = x;
    for (const Layer &l : net.layers)
        h = forwardLayer(l, h, training);
    return h;
}

std::vector<Shape> layerOutputShapes(const Network &net)
{
    torch::NoGradGuard noGrad;
    std::vector<Shape> shapes;
    Shape in = net.inputShape;
    for (const Layer &l : net.layers) {
        const std::string what = l.name + " (" + layerKindName(l.kind) + ")";
        if (l.kind == LayerKind::Conv2d || l.kind == LayerKind::BatchNorm2d || l.kind == LayerKind::AvgPool2d
            || l.kind == LayerKind::MaxPool2d || l.kind == LayerKind::AdaptiveAvgPool2d) {
            if (in.size() != 3)
                throw Error(ErrorCode::ShapeMismatch, "expects an image-shaped input but receives " + shapeToString(in),
                            what);
        }
        if (l.kind == LayerKind::Conv2d && in[0] != l.weight.size(1) * l.groups)
            throw Error(ErrorCode::ShapeMismatch,
                        "expects " + std::to_string(l.weight.size(1) * l.groups) + " input channels but receives "
                            + shapeToString(in),
                        what);
        if (l.kind == LayerKind::BatchNorm2d && in[0] != l.weight.size(0))
            throw Error(ErrorCode::ShapeMismatch,
                        "has " + std::to_string(l.weight.size(0)) + " channels but receives " + shapeToString(in), what);
        if (l.kind == LayerKind::Linear && (in.size() != 1 || in[0] != l.weight.size(1)))
            throw Error(ErrorCode::ShapeMismatch,
                        "expects " + std::to_string(l.weight.size(1)) + " input features but receives "
                            + shapeToString(in) + (in.size() != 1 ? " (no Flatten before it?)" : ""),
                        what);
        Shape batched = in;
        batched.insert(batched.begin(), 1);
        torch::Tensor out;
        try {
            out = forwardLayer(l, torch::zeros(batched), false);
        } catch (const c10::Error &e) {
            throw Error(ErrorCode::ShapeMismatch,
                        "cannot take an input of " + shapeToString(in) + ": " + e.what_without_backtrace(), what);
        }
        in = Shape(out.sizes().begin() + 1, out.sizes().end());
        if (std::find(in.begin(), in.end(), 0) != in.end())
            throw Error(ErrorCode::ShapeMismatch, "output would be empty (" + shapeToString(in) + ")", what);
        shapes.push_back(in);
    }
    return shapes;
}

std::int64_t layerMacs(const Layer &l, const Shape &in, const Shape &out)
{
    auto count = [](const Shape &s) {
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        return n;
    };
    if (l.kind == LayerKind::Conv2d)
        return count(out) * l.weight.size(1) * l.weight.size(2) * l.weight.size(3);
    if (l.kind == LayerKind::Linear)
        return count(in) * count(out);
    return 0;
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const Network &net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const Layer &l : net.layers) {
        if (l.weight.defined())
            out.emplace_back(l.name + ".weight", l.weight);
        if (l.bias.defined())
            out.emplace_back(l.name + ".bias", l.bias);
        if (l.runningMean.defined())
            out.emplace_back(l.name + ".running_mean", l.runningMean);
        if (l.runningVar.defined())
            out.emplace_back(l.name + ".running_var", l.runningVar);
        if (l.thresholds.defined())
            out.emplace_back(l.name + ".thresholds", l.thresholds);
        if (l.amplitudes.defined())
            out.emplace_back(l.name + ".amplitudes", l.amplitudes);
    }
    return out;
}

void checkFinite(const Network &net)
{
    for (const auto &[name, t] : namedTensors(net)) {
        const auto bad = (~torch::isfinite(t)).sum().item<std::int64_t>();
        if (bad > 0)
            throw Error(ErrorCode::BadWeights,
                        std::to_string(bad) + " of " + std::to_string(t.numel()) + " values are NaN or infinite",
                        "tensor " + name);
    }
}

torch::Tensor imagesToTensor(const ImageSet &set, const std::vector<std::int64_t> &indices, const Normalization &norm)
{
    const auto bytes = std::int64_t(set.imageBytes());
    auto out = torch::empty({std::int64_t(indices.size()), set.channels, set.height, set.width}, torch::kUInt8);
    auto *dst = out.data_ptr<std::uint8_t>();
    for (std::size_t i = 0; i < indices.size(); ++i)
        std::memcpy(dst + std::int64_t(i) * bytes, set.image(std::size_t(indices[i])), std::size_t(bytes));
    auto x = out.to(torch::kFloat32).div_(255.0f);
    if (!norm.mean.empty()) {
        auto mean = torch::tensor(norm.mean).view({1, -1, 1, 1});
        auto stdev = torch::tensor(norm.std).view({1, -1, 1, 1});
        x = (x - mean) / stdev;
    }
    return x;
}

Network cloneNetwork(const Network &net)
{
    Network copy = net;
    for (Layer &l : copy.layers) {
        for (torch::Tensor *t : {&l.weight, &l.bias, &l.runningMean, &l.runningVar, &l.thresholds, &l.amplitudes})
            if (t->defined())
                *t = t->detach().clone();
    }
    return copy;
}

} // namespace psnn
