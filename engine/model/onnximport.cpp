#include "model/onnximport.h"

#include "core/error.h"
#include "model/importedmodel.h"
#include "model/onnxgraph.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

namespace psnn {

namespace {

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// PyTorch's exporter names a node by its module scopes and op, "/layer2/layer2.0/downsample/
// downsample.0/Conv"; a scope inside a Sequential repeats the Sequential's name. This gives the
// module path the TorchScript importer would show ("layer2.0.downsample.0"), and the op's token.
std::pair<std::string, std::string> scopeOf(const onnx::NodeProto &node, int index)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    const std::string &name = node.name();
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (end > start)
            parts.push_back(name.substr(start, end - start));
        start = end + 1;
    }
    if (parts.empty())
        return {"", lower(node.op_type()) + "_" + std::to_string(index)};
    const std::string token = lower(parts.back());
    parts.pop_back();
    std::vector<std::string> path;
    for (const std::string &p : parts) {
        const std::size_t dot = p.find('.');
        if (!path.empty() && dot != std::string::npos && p.substr(0, dot) == path.back())
            path.back() = p;
        else
            path.push_back(p);
    }
    std::string joined;
    for (const std::string &p : path)
        joined += (joined.empty() ? "" : ".") + p;
    return {joined, token};
}

class Translator {
public:
    Translator(const OnnxGraph &graph, std::vector<ImportWarning> &warnings) : m_g(graph), m_warnings(warnings) {}

    // Walks from the input to the output: one consumer continues the chain, two open a block.
    std::vector<Layer> translate()
    {
        std::vector<Layer> out;
        std::string current = m_g.inputName();
        while (current != m_g.outputName()) {
            const std::vector<int> &next = m_g.consumers(current);
            if (next.empty())
                throw Error(ErrorCode::UnsupportedLayer, "the value '" + current + "' leads nowhere: the output does not "
                                                                                   "follow from the input through one chain");
            if (next.size() == 1) {
                if (isResidualAdd(next[0]))
                    throw Error(ErrorCode::UnsupportedLayer, where(next[0]) + " adds two values that do not fork from one; "
                                                                              "only residual blocks are supported");
                appendNode(next[0], out);
                current = m_g.node(next[0]).output(0);
                continue;
            }
            if (next.size() != 2 || next[0] == next[1])
                throw Error(ErrorCode::UnsupportedLayer,
                            "the value '" + current + "' feeds " + std::to_string(next.size())
                                + " nodes; only residual blocks (two branches that meet at an Add) are supported");
            current = appendBlock(current, next[0], next[1], out);
        }
        if (m_pad)
            throw Error(ErrorCode::UnsupportedLayer, "the graph ends with a Pad");
        return out;
    }

private:
    std::string where(int i) const { return describeNode(m_g.node(i), i); }

    bool isResidualAdd(int i) const
    {
        const onnx::NodeProto &n = m_g.node(i);
        return n.op_type() == "Add" && n.input_size() == 2 && m_g.isActivation(n.input(0)) && m_g.isActivation(n.input(1));
    }

    // The nodes from `first` up to the Add that ends its branch, and that Add.
    std::pair<std::vector<int>, int> branchToAdd(int first) const
    {
        std::vector<int> nodes;
        int i = first;
        while (!isResidualAdd(i)) {
            nodes.push_back(i);
            const std::vector<int> &next = m_g.consumers(m_g.node(i).output(0));
            if (next.size() != 1)
                throw Error(ErrorCode::UnsupportedLayer, "the output of " + where(i) + " feeds " + std::to_string(next.size())
                                                             + " nodes inside a residual branch; nested blocks are not supported");
            i = next[0];
        }
        return {nodes, i};
    }

    std::string appendBlock(const std::string &from, int first, int second, std::vector<Layer> &out)
    {
        auto [a, addA] = branchToAdd(first);
        auto [b, addB] = branchToAdd(second);
        if (addA != addB)
            throw Error(ErrorCode::UnsupportedLayer, "the two branches from '" + from + "' end at different adds ("
                                                         + where(addA) + ", " + where(addB) + "); nested blocks are not supported");
        const auto hasNeurons = [&](const std::vector<int> &nodes) {
            return std::any_of(nodes.begin(), nodes.end(), [&](int i) { return m_g.node(i).op_type() == "Relu"; });
        };
        // The shortcut is the branch without neurons: nothing (identity) or a 1x1 conv and its BN.
        if (hasNeurons(a) == hasNeurons(b) ? a.size() < b.size() : hasNeurons(b))
            std::swap(a, b);
        if (hasNeurons(b))
            throw Error(ErrorCode::UnsupportedLayer, "both branches into " + where(addA)
                                                         + " have neurons; a shortcut may hold only a conv and its batch norm");
        Layer fork;
        fork.kind = LayerKind::Fork;
        const auto [scope, token] = scopeOf(m_g.node(addA), addA);
        fork.name = unique(scope.empty() ? token : scope);
        out.push_back(fork);
        for (int i : a)
            appendNode(i, out);
        Layer add;
        add.kind = LayerKind::Add;
        add.name = unique(fork.name + ".add");
        for (int i : b)
            appendNode(i, add.shortcut);
        if (m_pad)
            throw Error(ErrorCode::UnsupportedLayer, "a branch into " + where(addA) + " ends with a Pad");
        out.push_back(add);
        return m_g.node(addA).output(0);
    }

    std::string unique(const std::string &name)
    {
        std::string n = name;
        for (int k = 2; !m_names.insert(n).second; ++k)
            n = name + "_" + std::to_string(k);
        return n;
    }

    std::string layerName(int i)
    {
        const auto [scope, token] = scopeOf(m_g.node(i), i);
        // A module's one op takes the module's path; a functional op in a module's forward(), or
        // a second op of one module, is named after its token inside that path.
        if (!scope.empty() && !m_names.count(scope) && token == lower(m_g.node(i).op_type()))
            return unique(scope);
        return unique(scope.empty() ? token : scope + "." + token);
    }

    // A weight input: a constant of the graph (an initializer, or folded), never the image.
    torch::Tensor constant(int i, int k) const
    {
        const onnx::NodeProto &n = m_g.node(i);
        if (k >= n.input_size() || n.input(k).empty())
            return {};
        if (m_g.isActivation(n.input(k)))
            throw Error(ErrorCode::UnsupportedLayer, where(i) + ": its input " + std::to_string(k + 1)
                                                         + " is computed from the image; only constant weights are supported");
        return m_g.value(n.input(k)).to(torch::kFloat32).clone();
    }

    void appendNode(int i, std::vector<Layer> &out)
    {
        const onnx::NodeProto &n = m_g.node(i);
        const std::string &op = n.op_type();
        const std::string at = where(i);
        if (m_pad && op != "Conv" && op != "AveragePool")
            throw Error(ErrorCode::UnsupportedLayer, at + " follows a Pad; a Pad is supported only before Conv and AveragePool");
        if (op == "Identity")
            return;
        if (op == "Add" || op == "Sub") {
            addBias(i, out);
            return;
        }
        if (op == "Pad") {
            readPad(i);
            return;
        }
        const torch::Tensor &x = m_g.value(n.input(0));
        const torch::Tensor &y = m_g.value(n.output(0));
        if (op == "Flatten" || op == "Reshape" || op == "Squeeze") {
            // Only flattening each image's features into a vector is a layer; a no-op reshape is none.
            if (y.sizes() == x.sizes())
                return;
            if (!(y.dim() == 2 && x.dim() > 2 && y.size(0) == x.size(0)))
                throw Error(ErrorCode::UnsupportedLayer, at + " reshapes " + shapeToString(x.sizes().vec()) + " into "
                                                             + shapeToString(y.sizes().vec())
                                                             + "; only flattening each image's features is supported");
        }
        Layer l;
        l.name = layerName(i);
        if (op == "Relu") {
            l.kind = LayerKind::ReLU;
        } else if (op == "Dropout") {
            l.kind = LayerKind::Dropout;
            const torch::Tensor ratio = constant(i, 1);
            l.dropout = ratio.defined() ? ratio.item<double>() : onnxFloat(n, "ratio", 0.5f);
        } else if (op == "Conv") {
            l.kind = LayerKind::Conv2d;
            l.weight = constant(i, 1);
            l.bias = constant(i, 2);
            const OnnxWindow w = onnxWindow(n, {int(l.weight.size(2)), int(l.weight.size(3))});
            l.kernel = w.kernel;
            l.stride = w.stride;
            l.dilation = w.dilation;
            l.padding = takePad(w.padding);
            l.groups = int(onnxInt(n, "group", 1));
        } else if (op == "BatchNormalization") {
            l.kind = LayerKind::BatchNorm2d;
            l.weight = constant(i, 1);
            l.bias = constant(i, 2);
            l.runningMean = constant(i, 3);
            l.runningVar = constant(i, 4);
            l.eps = onnxFloat(n, "epsilon", 1e-5f);
            // ONNX keeps momentum for the running statistics, PyTorch for the new batch.
            l.momentum = 1.0 - onnxFloat(n, "momentum", 0.9f);
        } else if (op == "AveragePool" || op == "MaxPool") {
            const OnnxWindow w = onnxWindow(n, {0, 0});
            l.kind = op == "MaxPool" ? LayerKind::MaxPool2d : LayerKind::AvgPool2d;
            l.kernel = w.kernel;
            l.stride = w.stride;
            l.ceilMode = w.ceilMode;
            l.dilation = w.dilation;
            l.countIncludePad = onnxInt(n, "count_include_pad", 0) != 0;
            if (m_pad) {
                // The Pad's zeros count in the average: count_include_pad, as PyTorch's AvgPool2d.
                if (!l.countIncludePad && (w.padding[0] || w.padding[1]))
                    throw Error(ErrorCode::UnsupportedLayer, at + " mixes a Pad with its own pads that do not count");
                l.countIncludePad = true;
            }
            l.padding = takePad(w.padding);
            if (l.kind == LayerKind::MaxPool2d)
                m_warnings.push_back(maxPoolWarning("layer " + l.name));
        } else if (op == "GlobalAveragePool") {
            l.kind = LayerKind::AdaptiveAvgPool2d;
            l.outputSize = {1, 1};
        } else if (op == "Flatten" || op == "Reshape" || op == "Squeeze") {
            l.kind = LayerKind::Flatten;
        } else if (op == "Gemm") {
            if (onnxInt(n, "transA", 0))
                throw Error(ErrorCode::UnsupportedLayer, at + ": a Gemm with transA is not supported");
            l.kind = LayerKind::Linear;
            const torch::Tensor b = constant(i, 1);
            l.weight = (onnxInt(n, "transB", 0) ? b : b.t()).contiguous() * onnxFloat(n, "alpha", 1.0f);
            const torch::Tensor c = constant(i, 2);
            if (c.defined())
                l.bias = biasOf(c * onnxFloat(n, "beta", 1.0f), l.weight.size(0), at);
        } else if (op == "MatMul") {
            if (!m_g.isActivation(n.input(0)))
                throw Error(ErrorCode::UnsupportedLayer, at + ": only the image's features times a weight matrix is supported");
            const torch::Tensor w = constant(i, 1);
            if (w.dim() != 2)
                throw Error(ErrorCode::UnsupportedLayer, at + ": its weights must be a matrix, not " + shapeToString(w.sizes().vec()));
            l.kind = LayerKind::Linear;
            l.weight = w.t().contiguous();
        } else {
            throw Error(ErrorCode::UnsupportedLayer, at + ": op type " + op + " on the image's values cannot be a layer "
                                                          "(supported: Conv, BatchNormalization, Relu, AveragePool, MaxPool, "
                                                          "GlobalAveragePool, Flatten, Reshape, Gemm, MatMul, Add, Dropout, Identity)");
        }
        out.push_back(std::move(l));
    }

    static torch::Tensor biasOf(const torch::Tensor &c, std::int64_t features, const std::string &at)
    {
        if (c.numel() == 1)
            return torch::full({features}, c.flatten()[0].item<float>());
        if (c.numel() != features)
            throw Error(ErrorCode::UnsupportedLayer, at + ": adds " + shapeToString(c.sizes().vec()) + " to "
                                                         + std::to_string(features) + " features; only a bias is supported");
        return c.reshape({features}).clone();
    }

    // MatMul + Add (or a Conv's bias added apart): the constant joins the bias of the layer before.
    void addBias(int i, std::vector<Layer> &out)
    {
        const onnx::NodeProto &n = m_g.node(i);
        const bool firstIsImage = m_g.isActivation(n.input(0));
        const torch::Tensor c = constant(i, firstIsImage ? 1 : 0);
        if (n.op_type() == "Sub" && !firstIsImage)
            throw Error(ErrorCode::UnsupportedLayer, where(i) + ": subtracts the image's values from a constant");
        if (out.empty() || (out.back().kind != LayerKind::Linear && out.back().kind != LayerKind::Conv2d))
            throw Error(ErrorCode::UnsupportedLayer, where(i) + ": adds a constant that is not the bias of a Gemm, MatMul "
                                                                "or Conv right before it");
        Layer &prev = out.back();
        const std::int64_t features = prev.weight.size(0);
        // A conv's bias broadcasts over the image ([C,1,1]); a linear's over the batch ([F] or [1,F]).
        const bool conv = prev.kind == LayerKind::Conv2d;
        if (conv && c.numel() != 1 && !(c.dim() >= 3 && c.size(-1) == 1 && c.size(-2) == 1))
            throw Error(ErrorCode::UnsupportedLayer, where(i) + ": adds a constant of shape " + shapeToString(c.sizes().vec())
                                                         + " to a conv's output; only a bias per channel is supported");
        torch::Tensor b = biasOf(c, features, where(i));
        if (n.op_type() == "Sub")
            b = -b;
        prev.bias = prev.bias.defined() ? prev.bias + b : b;
    }

    void readPad(int i)
    {
        const onnx::NodeProto &n = m_g.node(i);
        if (m_pad)
            throw Error(ErrorCode::UnsupportedLayer, where(i) + " follows another Pad");
        const torch::Tensor pads = n.input_size() > 1 && !n.input(1).empty() ? constant(i, 1).to(torch::kInt64)
                                                                               : torch::tensor(onnxInts(n, "pads"), torch::kInt64);
        const torch::Tensor fill = constant(i, 2);
        const double value = fill.defined() ? fill.item<double>() : onnxFloat(n, "value", 0.0f);
        // ONNX lists all begins, then all ends: [N, C, H, W, N, C, H, W].
        const std::vector<std::int64_t> p(pads.data_ptr<std::int64_t>(), pads.data_ptr<std::int64_t>() + pads.numel());
        if (p.size() != 8 || p[0] || p[1] || p[4] || p[5] || p[2] != p[6] || p[3] != p[7] || p[2] < 0 || p[3] < 0
            || value != 0.0 || onnxString(n, "mode", "constant") != "constant")
            throw Error(ErrorCode::UnsupportedLayer, where(i) + ": only padding every side of the image equally with "
                                                                "zeros is supported");
        m_pad = std::array<int, 2>{int(p[2]), int(p[3])};
    }

    std::array<int, 2> takePad(std::array<int, 2> own)
    {
        if (m_pad) {
            own = {own[0] + (*m_pad)[0], own[1] + (*m_pad)[1]};
            m_pad.reset();
        }
        return own;
    }

    const OnnxGraph &m_g;
    std::vector<ImportWarning> &m_warnings;
    std::set<std::string> m_names;
    std::optional<std::array<int, 2>> m_pad; ///< a Pad waiting for the Conv or AveragePool after it
};

} // namespace

bool looksLikeOnnx(const std::string &path)
{
    if (lower(std::filesystem::path(path).extension().string()) == ".onnx")
        return true;
    std::ifstream in(path, std::ios::binary);
    char first = 0;
    return in.get(first) && first == 0x08;
}

Network importOnnx(const std::string &path, const ImportOptions &options, ImportReport *report)
{
    ImportReport local;
    ImportReport &rep = report ? *report : local;
    OnnxGraph graph(path);
    const std::vector<std::int64_t> &dims = graph.inputDims();
    if (dims.size() != 4)
        throw Error(ErrorCode::UnsupportedLayer, "the input '" + graph.inputName() + "' has rank " + std::to_string(dims.size())
                                                     + "; only images (N x C x H x W) are supported",
                    path);
    Shape shape = options.inputShape;
    for (std::size_t k = 1; k < 4; ++k) {
        if (shape.empty() && dims[k] < 0) {
            const std::string name = graph.inputDimNames()[k].empty() ? "" : " ('" + graph.inputDimNames()[k] + "')";
            throw Error(ErrorCode::InvalidArgument, "the input's dimension " + std::to_string(k) + name
                                                        + " is dynamic, and the graph needs it to fix its layers; give "
                                                          "the input shape (e.g. 3x32x32)",
                        path);
        }
        if (!shape.empty() && shape.size() == 3 && dims[k] >= 0 && dims[k] != shape[k - 1])
            throw Error(ErrorCode::InvalidArgument, "the model's input is " + shapeToString({dims[1], dims[2], dims[3]})
                                                        + ", not the given " + shapeToString(shape),
                        path);
    }
    if (shape.empty())
        shape = {dims[1], dims[2], dims[3]};
    if (shape.size() != 3)
        throw Error(ErrorCode::InvalidArgument, "the input shape must be C x H x W, not " + shapeToString(shape), path);

    checkInputShape(shape, path);
    // A fixed batch is kept (the exporter's shape arithmetic may depend on it) up to a size that
    // no check needs; a dynamic one runs as 4.
    constexpr std::int64_t kMaxBatch = 64;
    if (dims[0] > kMaxBatch)
        throw Error(ErrorCode::UnsupportedLayer, "the input's batch is fixed at " + std::to_string(dims[0])
                                                     + "; export the model with a dynamic batch or one of at most "
                                                     + std::to_string(kMaxBatch),
                    path);
    torch::manual_seed(0);
    Shape batch = shape;
    batch.insert(batch.begin(), dims[0] > 0 ? dims[0] : 4);
    const torch::Tensor x = torch::randn(batch);
    graph.run(x);

    Network net;
    net.architecture = "imported:" + std::filesystem::path(path).filename().string();
    net.inputShape = shape;
    try {
        net.layers = Translator(graph, rep.warnings).translate();
        completeImportedNetwork(net, options, rep.warnings);
    } catch (const Error &e) {
        throw Error(e.code(), e.what(), path);
    }
    const torch::Tensor reference = graph.value(graph.outputName()).to(torch::kFloat32);
    rep.maxDifference = verifyImportedNetwork(net, x, reference, options, path,
                                              "the graph does something the imported layers do not");
    return net;
}

} // namespace psnn
