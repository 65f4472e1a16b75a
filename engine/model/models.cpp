#include "model/models.h"

#include "core/error.h"
#include "data/knowndatasets.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/onnximport.h"

#include <torch/torch.h>

#include <filesystem>
#include <iomanip>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace psnn {

namespace {

std::string pairText(const std::array<int, 2> &a)
{
    return std::to_string(a[0]) + "x" + std::to_string(a[1]);
}

std::string layerDetail(const Layer &l)
{
    switch (l.kind) {
    case LayerKind::Conv2d:
        return pairText(l.kernel) + " kernel, stride " + pairText(l.stride) + ", padding " + pairText(l.padding)
               + (l.bias.defined() ? "" : ", no bias");
    case LayerKind::AvgPool2d:
    case LayerKind::MaxPool2d:
        return pairText(l.kernel) + " window, stride " + pairText(l.stride);
    case LayerKind::AdaptiveAvgPool2d:
        return "to " + pairText(l.outputSize);
    case LayerKind::Dropout:
        return "p = " + std::to_string(l.dropout).substr(0, 4) + " (identity at inference)";
    case LayerKind::Linear:
        return l.bias.defined() ? "" : "no bias";
    case LayerKind::Fork:
        return "residual block: its input is kept for the shortcut";
    case LayerKind::Add:
        return l.shortcut.empty() ? "adds the block's input (identity shortcut)"
                                  : "adds the block's input through a " + pairText(l.shortcut.front().kernel)
                                        + " conv, stride " + pairText(l.shortcut.front().stride)
                                        + (l.shortcut.size() > 1 ? " and BN" : "");
    default:
        return {};
    }
}

ModelSummary summarize(const Network &net, const std::string &path)
{
    ModelSummary s;
    s.path = path;
    s.architecture = net.architecture;
    s.inputShape = net.inputShape;
    s.normalization = net.normalization;
    s.classNames = net.classNames;
    s.spiking = net.spiking;
    s.snn = net.snn;
    const auto shapes = layerOutputShapes(net);
    Shape in = net.inputShape;
    std::vector<std::string> blocks; // open residual blocks
    bool afterAdd = false;           // the ReLU after an Add still belongs to its block
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        const Layer &l = net.layers[i];
        LayerInfo info;
        info.name = l.name;
        info.type = layerKindName(l.kind);
        info.outputShape = shapes[i];
        if (l.kind == LayerKind::Fork)
            blocks.push_back(l.name);
        if (!blocks.empty())
            info.block = blocks.back();
        else if (afterAdd && l.kind == LayerKind::ReLU)
            info.block = s.layers.back().block;
        afterAdd = false;
        if (l.kind == LayerKind::Add) {
            blocks.pop_back();
            afterAdd = true;
            if (!l.shortcut.empty()) {
                info.shortcutStride = l.shortcut.front().stride[0];
                info.shortcutBatchNorm = l.shortcut.size() > 1;
            }
        }
        // Running statistics are buffers, not parameters, as in PyTorch's count.
        std::vector<const Layer *> parts = {&l};
        for (const Layer &p : l.shortcut)
            parts.push_back(&p);
        for (const Layer *p : parts)
            for (const torch::Tensor *t : {&p->weight, &p->bias})
                if (t->defined())
                    info.parameters += t->numel();
        info.macs = layerMacs(l, in, shapes[i]);
        info.detail = layerDetail(l);
        const bool windowed = l.kind == LayerKind::Conv2d || l.kind == LayerKind::AvgPool2d
                              || l.kind == LayerKind::MaxPool2d;
        if (windowed) {
            info.kernel = l.kernel;
            info.stride = l.stride;
            info.padding = l.padding;
        }
        info.hasBias = l.bias.defined() && (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear);
        if (l.kind == LayerKind::Dropout)
            info.dropout = l.dropout;
        if (net.spiking && l.kind == LayerKind::ReLU) {
            info.type = neuronName(net.snn.neuron);
            info.threshold = l.threshold;
            info.detail = "threshold " + std::to_string(l.threshold);
        }
        s.totalParameters += info.parameters;
        s.totalMacs += info.macs;
        s.layers.push_back(info);
        in = shapes[i];
    }
    return s;
}

std::string withThousands(std::int64_t v)
{
    std::string digits = std::to_string(v);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

} // namespace

Network loadAnyNetwork(const std::string &path, const ImportOptions &options, ImportReport *report, nlohmann::json *metadata)
{
    if (!fs::exists(path))
        throw Error(ErrorCode::FileNotFound, "model file does not exist", path);
    if (fs::is_directory(path))
        throw Error(ErrorCode::FileRead, "is a folder, not a model file", path);
    std::error_code ec;
    if (fs::file_size(path, ec) == 0 && !ec)
        throw Error(ErrorCode::BadFormat, "the model file is empty", path);
    ImportReport local;
    ImportReport &rep = report ? *report : local;
    // A .psnn name goes to the .psnn reader whatever its bytes, so that a damaged one is refused
    // as a damaged .psnn and not as a file that LibTorch cannot read.
    if (isModelFile(path) || fs::path(path).extension() == ".psnn") {
        rep.format = "PrivateSNN model";
        bool verified = true;
        Network net = loadNetwork(path, metadata, &verified);
        if (!verified)
            rep.warnings.push_back(
                {"model-file", "written by PrivateSNN Workbench 0.1.x (model format 1): only its weights are covered "
                               "by a checksum, so an edited header (class names, thresholds, layers) would go "
                               "unnoticed; export it as .psnn again to protect it"});
        return net;
    }
    if (looksLikeOnnx(path)) {
        rep.format = "ONNX";
        return importOnnx(path, options, &rep);
    }
    rep.format = "TorchScript";
    return importTorchScriptInChild(path, options, &rep);
}

ModelSummary inspectModel(const std::string &path, const ImportOptions &options)
{
    ImportReport report;
    nlohmann::json metadata;
    const Network net = loadAnyNetwork(path, options, &report, &metadata);
    ModelSummary s = summarize(net, path);
    s.format = report.format;
    s.warnings = report.warnings;
    s.importDifference = report.maxDifference;
    if (s.format == "PrivateSNN model")
        s.metadataJson = metadata.dump(2);
    return s;
}

ModelSummary importModel(const std::string &source, const std::string &destination, const ImportOptions &options)
{
    ImportReport report;
    nlohmann::json metadata;
    const Network net = loadAnyNetwork(source, options, &report, &metadata);
    if (metadata.is_null() || metadata.empty())
        metadata = {{"imported_from", source},
                    {"import_max_difference", report.maxDifference},
                    {"import_warnings", warningMessages(report.warnings)}};
    saveNetwork(net, destination, metadata);
    ModelSummary s = summarize(net, destination);
    s.format = "PrivateSNN model";
    s.warnings = report.warnings;
    s.importDifference = report.maxDifference;
    return s;
}

std::string formatSummary(const ModelSummary &s)
{
    std::ostringstream out;
    out << "Model:        " << s.path << "\n"
        << "Format:       " << s.format << "\n"
        << "Architecture: " << s.architecture << "\n"
        << "Input:        " << shapeToString(s.inputShape) << "\n";
    if (s.spiking) {
        out << "Spiking:      " << neuronName(s.snn.neuron) << " neurons, " << s.snn.timesteps << " timesteps, "
            << codingName(s.snn.coding) << " input coding";
        if (s.snn.initialMembrane != 0.0)
            out << ", membrane starts at " << s.snn.initialMembrane << " x threshold";
        if (s.snn.signedSpikes)
            out << ", signed spikes";
        out << "\n";
    }
    out
        << "Classes:      " << s.classNames.size() << " (";
    for (std::size_t i = 0; i < s.classNames.size() && i < 10; ++i)
        out << (i ? ", " : "") << s.classNames[i];
    out << (s.classNames.size() > 10 ? ", ...)" : ")") << "\n\n";
    out << std::left << std::setw(22) << "layer" << std::setw(19) << "type" << std::setw(14) << "output"
        << std::right << std::setw(12) << "parameters" << std::setw(15) << "MACs" << "  details\n";
    for (const LayerInfo &l : s.layers)
        out << std::left << std::setw(22) << l.name << std::setw(19) << l.type << std::setw(14)
            << shapeToString(l.outputShape) << std::right << std::setw(12) << withThousands(l.parameters)
            << std::setw(15) << withThousands(l.macs) << "  " << l.detail << "\n";
    out << std::left << std::setw(55) << "total" << std::right << std::setw(12) << withThousands(s.totalParameters)
        << std::setw(15) << withThousands(s.totalMacs) << "\n";
    if (s.format == "TorchScript")
        out << "\nImport check: largest difference to the file's own output " << s.importDifference << "\n";
    return out.str();
}

std::vector<std::string> warningMessages(const std::vector<ImportWarning> &warnings)
{
    std::vector<std::string> messages;
    for (const ImportWarning &w : warnings)
        messages.push_back(w.message);
    return messages;
}

std::vector<std::string> warningTopics(const std::vector<ImportWarning> &warnings)
{
    std::vector<std::string> topics;
    for (const ImportWarning &w : warnings)
        topics.push_back(w.topic);
    return topics;
}

std::string resourcesDir()
{
    if (const char *env = std::getenv("PSNN_RESOURCES"))
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path &candidate : {exe.parent_path() / ".." / "share" / "privatesnn", exe.parent_path() / "resources"}) {
            if (fs::is_directory(candidate / "models"))
                return candidate.lexically_normal().string();
        }
    }
    return PSNN_SOURCE_RESOURCES;
}

std::string demoModelPath()
{
    return (fs::path(resourcesDir()) / "models" / "fmnist-demo.psnn").string();
}

std::string judgeModelPath()
{
    return (fs::path(resourcesDir()) / "models" / "fmnist-judge.psnn").string();
}

std::string bundledJudgePath(const std::string &testData)
{
    const KnownDataset *known = findKnownDataset(testData);
    if (known && known->id == "fashion-mnist")
        return judgeModelPath();
    if (known && known->id == "cifar10")
        return (fs::path(resourcesDir()) / "models" / "cifar10-judge.psnn").string();
    return {};
}

} // namespace psnn
