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
    {LayerKind::Linear, "Linear"},       {LayerKind::Fork, "Fork"},
    {LayerKind::Add, "Add"},
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

torch::Tensor forwardLayer(const Layer &l, const torch::Tensor &x, bool training, std::vector<torch::Tensor> *kept)
{
    if ((l.kind == LayerKind::Fork || l.kind == LayerKind::Add) && !kept)
        throw Error(ErrorCode::UnsupportedLayer, "a residual block's layer cannot run on its own", "layer " + l.name);
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
    case LayerKind::Fork:
        kept->push_back(x);
        return x;
    case LayerKind::Add: {
        if (kept->empty())
            throw Error(ErrorCode::UnsupportedLayer, "adds a shortcut but no Fork came before it", "layer " + l.name);
        torch::Tensor s = kept->back();
        kept->pop_back();
        for (const Layer &sl : l.shortcut)
            s = forwardLayer(sl, s, training);
        if (s.sizes() != x.sizes())
            throw Error(ErrorCode::ShapeMismatch,
                        "adds a shortcut of " + shapeToString(Shape(s.sizes().begin() + 1, s.sizes().end()))
                            + " to a branch of " + shapeToString(Shape(x.sizes().begin() + 1, x.sizes().end())),
                        "layer " + l.name);
        return x + s;
    }
    }
    return x;
}

torch::Tensor forward(const Network &net, const torch::Tensor &x, bool training)
{
    torch::Tensor h = x;
    std::vector<torch::Tensor> kept;
    for (const Layer &l : net.layers)
        h = forwardLayer(l, h, training, &kept);
    return h;
}

std::vector<Layer *> allLayers(Network &net)
{
    std::vector<Layer *> out;
    for (Layer &l : net.layers) {
        out.push_back(&l);
        for (Layer &s : l.shortcut)
            out.push_back(&s);
    }
    return out;
}

std::vector<const Layer *> allLayers(const Network &net)
{
    std::vector<const Layer *> out;
    for (const Layer &l : net.layers) {
        out.push_back(&l);
        for (const Layer &s : l.shortcut)
            out.push_back(&s);
    }
    return out;
}

void checkResidualBlocks(const Network &net)
{
    int open = 0;
    for (const Layer &l : net.layers) {
        open += l.kind == LayerKind::Fork ? 1 : l.kind == LayerKind::Add ? -1 : 0;
        if (open < 0)
            throw Error(ErrorCode::UnsupportedLayer, "adds a shortcut but no Fork came before it", "layer " + l.name);
        for (const Layer &s : l.shortcut)
            if (s.kind != LayerKind::Conv2d && s.kind != LayerKind::BatchNorm2d)
                throw Error(ErrorCode::UnsupportedLayer,
                            std::string("a shortcut may hold only Conv2d and BatchNorm2d, not ") + layerKindName(s.kind),
                            "layer " + s.name);
        if (!l.shortcut.empty() && l.kind != LayerKind::Add)
            throw Error(ErrorCode::UnsupportedLayer, "only an Add layer has a shortcut", "layer " + l.name);
    }
    if (open != 0)
        throw Error(ErrorCode::UnsupportedLayer, "a residual block is not closed: a Fork has no Add after it");
}

std::vector<Shape> layerOutputShapes(const Network &net)
{
    torch::NoGradGuard noGrad;
    checkResidualBlocks(net);
    std::vector<Shape> shapes;
    Shape in = net.inputShape;
    std::vector<torch::Tensor> kept;
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
            out = forwardLayer(l, torch::zeros(batched), false, &kept);
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
    if (l.kind == LayerKind::Add) {
        // The shortcut's convolutions; their input is the block's input, whose shape the Add
        // does not see, but a 1x1 conv's MACs are its output times its input channels.
        std::int64_t macs = 0;
        for (const Layer &s : l.shortcut)
            if (s.kind == LayerKind::Conv2d)
                macs += count(out) * s.weight.size(1) * s.weight.size(2) * s.weight.size(3);
        return macs;
    }
    return 0;
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const Network &net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const Layer *lp : allLayers(net)) {
        const Layer &l = *lp;
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
    for (Layer *l : allLayers(copy)) {
        for (torch::Tensor *t : {&l->weight, &l->bias, &l->runningMean, &l->runningVar, &l->thresholds, &l->amplitudes})
            if (t->defined())
                *t = t->detach().clone();
    }
    return copy;
}

} // namespace psnn
