#include "model/torchscriptimport.h"

#include "core/error.h"
#include "model/importedmodel.h"
#include "model/torchscriptblock.h"

#include <torch/script.h>
#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/ir/ir.h>

#include <filesystem>
#include <optional>
#include <sstream>

namespace psnn {

namespace {

using torch::jit::Module;

std::string firstLine(const std::string &s)
{
    return s.substr(0, s.find('\n'));
}

// The value of a graph input that is a constant, or a list of constants.
std::optional<c10::IValue> constantValue(torch::jit::Value *v)
{
    if (auto iv = torch::jit::toIValue(v))
        return iv;
    if (v->node()->kind() == c10::prim::ListConstruct) {
        c10::List<std::int64_t> list;
        for (torch::jit::Value *in : v->node()->inputs()) {
            auto iv = torch::jit::toIValue(in);
            if (!iv || !iv->isInt())
                return std::nullopt;
            list.push_back(iv->toInt());
        }
        return c10::IValue(list);
    }
    return std::nullopt;
}

// Reads a hyper-parameter: from the module type's constants (scripted modules keep them) or else
// from the argument of the aten op in its forward graph (traced modules bake them in there).
class HyperParams {
public:
    HyperParams(const Module &m, std::string path) : m_module(m), m_path(std::move(path)) {}

    std::optional<c10::IValue> get(const std::string &constant, const std::vector<std::pair<std::string, int>> &opArgs) const
    {
        const auto type = m_module.type();
        if (type->hasConstant(constant))
            return type->getConstant(constant);
        if (!m_graph)
            m_graph = m_module.get_method("forward").graph();
        for (torch::jit::Node *node : m_graph->nodes()) {
            for (const auto &[op, index] : opArgs) {
                if (node->kind().toQualString() == op && index < int(node->inputs().size()))
                    return constantValue(node->input(std::size_t(index)));
            }
        }
        return std::nullopt;
    }

    std::array<int, 2> pair(const std::string &constant, const std::vector<std::pair<std::string, int>> &opArgs,
                            std::array<int, 2> fallback) const
    {
        const auto v = get(constant, opArgs);
        if (!v || v->isNone())
            return fallback;
        if (v->isInt())
            return {int(v->toInt()), int(v->toInt())};
        if (v->isIntList()) {
            const auto l = v->toIntVector();
            if (l.size() == 2)
                return {int(l[0]), int(l[1])};
            if (l.size() == 1)
                return {int(l[0]), int(l[0])};
        }
        if (v->isTuple()) {
            const auto &e = v->toTupleRef().elements();
            if (e.size() == 2 && e[0].isInt() && e[1].isInt())
                return {int(e[0].toInt()), int(e[1].toInt())};
        }
        throw Error(ErrorCode::UnsupportedLayer, "unsupported value of '" + constant + "': " + describe(*v), m_path);
    }

    double number(const std::string &constant, const std::vector<std::pair<std::string, int>> &opArgs, double fallback) const
    {
        const auto v = get(constant, opArgs);
        if (!v || v->isNone())
            return fallback;
        return v->isDouble() ? v->toDouble() : v->isInt() ? double(v->toInt()) : fallback;
    }

    bool flag(const std::string &constant, const std::vector<std::pair<std::string, int>> &opArgs, bool fallback) const
    {
        const auto v = get(constant, opArgs);
        return v && v->isBool() ? v->toBool() : fallback;
    }

    static std::string describe(const c10::IValue &v)
    {
        std::ostringstream s;
        s << v;
        return s.str();
    }

private:
    const Module &m_module;
    std::string m_path;
    mutable std::shared_ptr<torch::jit::Graph> m_graph;
};

torch::Tensor tensorAttr(const Module &m, const char *name)
{
    if (!m.hasattr(name))
        return {};
    const auto v = m.attr(name);
    return v.isTensor() ? v.toTensor().detach().clone().to(torch::kFloat32) : torch::Tensor();
}

Layer convertLeaf(const Module &m, const std::string &path, const std::string &type, std::vector<ImportWarning> &warnings)
{
    const std::string where = "layer " + path;
    const HyperParams hp(m, where);
    Layer l;
    l.name = path;
    if (type == "Conv2d") {
        l.kind = LayerKind::Conv2d;
        l.weight = tensorAttr(m, "weight");
        l.bias = tensorAttr(m, "bias");
        const auto mode = hp.get("padding_mode", {});
        if (mode && mode->isString() && mode->toStringRef() != "zeros")
            throw Error(ErrorCode::UnsupportedLayer, "Conv2d with padding_mode '" + mode->toStringRef()
                                                         + "' is not supported (only 'zeros')", where);
        l.kernel = {int(l.weight.size(2)), int(l.weight.size(3))};
        l.stride = hp.pair("stride", {{"aten::_convolution", 3}, {"aten::conv2d", 3}}, {1, 1});
        l.dilation = hp.pair("dilation", {{"aten::_convolution", 5}, {"aten::conv2d", 5}}, {1, 1});
        const auto pad = hp.get("padding", {{"aten::_convolution", 4}, {"aten::conv2d", 4}});
        if (pad && pad->isString()) {
            // padding='same' (stride 1) pads (k-1)/2 on each side; 'valid' pads nothing.
            if (pad->toStringRef() == "same")
                l.padding = {l.dilation[0] * (l.kernel[0] - 1) / 2, l.dilation[1] * (l.kernel[1] - 1) / 2};
        } else {
            l.padding = hp.pair("padding", {{"aten::_convolution", 4}, {"aten::conv2d", 4}}, {0, 0});
        }
        l.groups = int(hp.number("groups", {{"aten::_convolution", 8}, {"aten::conv2d", 6}}, 1));
    } else if (type == "BatchNorm2d") {
        l.kind = LayerKind::BatchNorm2d;
        l.runningMean = tensorAttr(m, "running_mean");
        l.runningVar = tensorAttr(m, "running_var");
        if (!l.runningMean.defined() || !l.runningVar.defined())
            throw Error(ErrorCode::UnsupportedLayer,
                        "BatchNorm2d without running statistics (track_running_stats=False) is not supported", where);
        l.weight = tensorAttr(m, "weight");
        l.bias = tensorAttr(m, "bias");
        if (!l.weight.defined())
            l.weight = torch::ones_like(l.runningMean);
        if (!l.bias.defined())
            l.bias = torch::zeros_like(l.runningMean);
        l.eps = hp.number("eps", {{"aten::batch_norm", 7}}, 1e-5);
        l.momentum = hp.number("momentum", {{"aten::batch_norm", 6}}, 0.1);
    } else if (type == "ReLU") {
        l.kind = LayerKind::ReLU;
    } else if (type == "MaxPool2d") {
        l.kind = LayerKind::MaxPool2d;
        if (hp.flag("return_indices", {}, false))
            throw Error(ErrorCode::UnsupportedLayer, "MaxPool2d with return_indices=True is not supported", where);
        l.kernel = hp.pair("kernel_size", {{"aten::max_pool2d", 1}}, {2, 2});
        l.stride = hp.pair("stride", {{"aten::max_pool2d", 2}}, l.kernel);
        l.padding = hp.pair("padding", {{"aten::max_pool2d", 3}}, {0, 0});
        l.dilation = hp.pair("dilation", {{"aten::max_pool2d", 4}}, {1, 1});
        l.ceilMode = hp.flag("ceil_mode", {{"aten::max_pool2d", 5}}, false);
        warnings.push_back(maxPoolWarning(where));
    } else if (type == "AvgPool2d") {
        l.kind = LayerKind::AvgPool2d;
        const auto div = hp.get("divisor_override", {{"aten::avg_pool2d", 6}});
        if (div && !div->isNone())
            throw Error(ErrorCode::UnsupportedLayer, "AvgPool2d with divisor_override is not supported", where);
        l.kernel = hp.pair("kernel_size", {{"aten::avg_pool2d", 1}}, {2, 2});
        l.stride = hp.pair("stride", {{"aten::avg_pool2d", 2}}, l.kernel);
        l.padding = hp.pair("padding", {{"aten::avg_pool2d", 3}}, {0, 0});
        l.ceilMode = hp.flag("ceil_mode", {{"aten::avg_pool2d", 4}}, false);
        l.countIncludePad = hp.flag("count_include_pad", {{"aten::avg_pool2d", 5}}, true);
    } else if (type == "AdaptiveAvgPool2d") {
        l.kind = LayerKind::AdaptiveAvgPool2d;
        l.outputSize = hp.pair("output_size", {{"aten::adaptive_avg_pool2d", 1}}, {1, 1});
    } else if (type == "Dropout" || type == "Dropout2d") {
        l.kind = LayerKind::Dropout;
        l.dropout = hp.number("p", {{"aten::dropout", 1}, {"aten::feature_dropout", 1}}, 0.5);
    } else if (type == "Flatten") {
        l.kind = LayerKind::Flatten;
        const double start = hp.number("start_dim", {{"aten::flatten", 1}}, 1);
        const double end = hp.number("end_dim", {{"aten::flatten", 2}}, -1);
        if (start != 1 || end != -1)
            throw Error(ErrorCode::UnsupportedLayer, "Flatten must flatten dimensions 1..-1", where);
    } else if (type == "Linear") {
        l.kind = LayerKind::Linear;
        l.weight = tensorAttr(m, "weight");
        l.bias = tensorAttr(m, "bias");
    } else {
        throw Error(ErrorCode::UnsupportedLayer,
                    "layer type " + type + " is not supported (supported: Conv2d, BatchNorm2d, ReLU, AvgPool2d, "
                                           "MaxPool2d, AdaptiveAvgPool2d, Dropout, Flatten, Linear, and residual "
                                           "blocks whose forward() adds a shortcut)",
                    where);
    }
    return l;
}

void collect(const Module &m, const std::string &prefix, std::vector<Layer> &out, std::vector<ImportWarning> &warnings)
{
    for (const auto &child : m.named_children()) {
        const std::string path = prefix.empty() ? child.name : prefix + "." + child.name;
        const std::string type = child.value.type()->name() ? child.value.type()->name()->name() : "?";
        if (type == "Identity")
            continue;
        if (child.value.children().size() > 0 && isResidualBlock(child.value)) {
            readResidualBlock(child.value, path, out, [&](const Module &sub, const std::string &subPath, std::vector<Layer> &layers) {
                const std::string subType = sub.type()->name() ? sub.type()->name()->name() : "?";
                if (sub.children().size() > 0)
                    collect(sub, subPath, layers, warnings);
                else if (subType != "Identity" && subType != "Sequential") // an empty Sequential: identity
                    layers.push_back(convertLeaf(sub, subPath, subType, warnings));
            });
            continue;
        }
        if (child.value.children().size() > 0) {
            if (child.value.parameters(/*recurse=*/false).size() > 0)
                throw Error(ErrorCode::UnsupportedLayer,
                            "module of type " + type + " holds its own weights beside submodules; only containers "
                                                       "of supported layers can be imported",
                            "layer " + path);
            collect(child.value, path, out, warnings);
            continue;
        }
        out.push_back(convertLeaf(child.value, path, type, warnings));
    }
}

} // namespace

Network importTorchScript(const std::string &path, const ImportOptions &options, ImportReport *report)
{
    ImportReport local;
    ImportReport &rep = report ? *report : local;
    Module module;
    try {
        module = torch::jit::load(path);
    } catch (const c10::Error &e) {
        throw Error(ErrorCode::BadFormat,
                    "not a TorchScript model LibTorch 1.13 can read (" + firstLine(e.what_without_backtrace()) + ")", path);
    }
    module.eval();

    Network net;
    net.architecture = "imported:" + std::filesystem::path(path).filename().string();
    try {
        collect(module, "", net.layers, rep.warnings);
        if (net.layers.empty())
            throw Error(ErrorCode::UnsupportedLayer, "the model has no submodules to import (a plain function?)");
        checkFinite(net);
        net.inputShape = options.inputShape.empty() ? guessInputShape(net, rep.warnings) : options.inputShape;
        checkInputShape(net.inputShape, path);
        completeImportedNetwork(net, options, rep.warnings);
    } catch (const Error &e) {
        const std::string hint = e.code() == ErrorCode::ShapeMismatch
                                     ? " (if the shapes are right, the model's forward() does not run its submodules "
                                       "in declaration order)"
                                     : "";
        throw Error(e.code(), e.what() + hint, path);
    }

    torch::NoGradGuard noGrad;
    torch::manual_seed(0);
    Shape batch = net.inputShape;
    batch.insert(batch.begin(), 4);
    const torch::Tensor x = torch::randn(batch);
    torch::Tensor reference;
    try {
        reference = module.forward({x}).toTensor();
    } catch (const c10::Error &e) {
        throw Error(ErrorCode::ImportMismatch,
                    "the file's own forward() fails on a " + shapeToString(net.inputShape) + " input ("
                        + firstLine(e.what_without_backtrace()) + ")",
                    path);
    }
    rep.maxDifference = verifyImportedNetwork(net, x, reference, options, path,
                                              "its forward() must run its submodules in declaration order");
    return net;
}

} // namespace psnn
