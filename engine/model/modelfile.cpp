#include "model/modelfile.h"

#include "core/error.h"
#include "core/fileio.h"
#include "core/sha256.h"
#include "model/importedmodel.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <fstream>

using nlohmann::json;

namespace psnn {

namespace {

constexpr char kMagic[8] = {'P', 'S', 'N', 'N', 'M', 'O', 'D', 'L'};

json layerToJson(const Layer &l)
{
    json j = {{"name", l.name}, {"type", layerKindName(l.kind)}};
    switch (l.kind) {
    case LayerKind::Conv2d:
        j.update({{"stride", l.stride}, {"padding", l.padding}, {"dilation", l.dilation}, {"groups", l.groups}});
        break;
    case LayerKind::BatchNorm2d:
        j.update({{"eps", l.eps}, {"momentum", l.momentum}});
        break;
    case LayerKind::AvgPool2d:
        j.update({{"kernel", l.kernel}, {"stride", l.stride}, {"padding", l.padding}, {"ceil_mode", l.ceilMode},
                  {"count_include_pad", l.countIncludePad}});
        break;
    case LayerKind::MaxPool2d:
        j.update({{"kernel", l.kernel}, {"stride", l.stride}, {"padding", l.padding}, {"dilation", l.dilation},
                  {"ceil_mode", l.ceilMode}});
        break;
    case LayerKind::AdaptiveAvgPool2d:
        j["output_size"] = l.outputSize;
        break;
    case LayerKind::Dropout:
        j["p"] = l.dropout;
        break;
    case LayerKind::Add:
        j["shortcut"] = json::array();
        for (const Layer &s : l.shortcut)
            j["shortcut"].push_back(layerToJson(s));
        break;
    case LayerKind::ReLU:
    case LayerKind::Flatten:
    case LayerKind::Linear:
    case LayerKind::Fork:
        break;
    }
    return j;
}

Layer layerFromJson(const json &j)
{
    Layer l;
    l.name = j.at("name").get<std::string>();
    l.kind = layerKindFromName(j.at("type").get<std::string>());
    l.kernel = j.value("kernel", l.kernel);
    l.stride = j.value("stride", l.stride);
    l.padding = j.value("padding", l.padding);
    l.dilation = j.value("dilation", l.dilation);
    l.outputSize = j.value("output_size", l.outputSize);
    l.groups = j.value("groups", l.groups);
    l.ceilMode = j.value("ceil_mode", l.ceilMode);
    l.countIncludePad = j.value("count_include_pad", l.countIncludePad);
    l.eps = j.value("eps", l.eps);
    l.momentum = j.value("momentum", l.momentum);
    l.dropout = j.value("p", l.dropout);
    l.threshold = j.value("threshold", l.threshold);
    if (j.contains("shortcut"))
        for (const json &sj : j.at("shortcut"))
            l.shortcut.push_back(layerFromJson(sj));
    return l;
}

torch::Tensor *tensorSlot(Network &net, const std::string &name)
{
    for (Layer *lp : allLayers(net)) {
        Layer &l = *lp;
        if (name.rfind(l.name + ".", 0) != 0)
            continue;
        const std::string field = name.substr(l.name.size() + 1);
        if (field == "weight")
            return &l.weight;
        if (field == "bias")
            return &l.bias;
        if (field == "running_mean")
            return &l.runningMean;
        if (field == "running_var")
            return &l.runningVar;
        if (field == "thresholds")
            return &l.thresholds;
        if (field == "amplitudes")
            return &l.amplitudes;
    }
    return nullptr;
}

void appendLE32(std::string &out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xff);
}

// Format 2 on: the SHA-256 of header and data, as 64 hex digits before the header, so that an edited
// header (class names, thresholds, layers) is refused as surely as edited weights.
std::string fileDigest(const void *header, std::size_t headerSize, const void *data, std::size_t dataSize)
{
    Sha256 hash;
    hash.update(header, headerSize);
    hash.update(data, dataSize);
    return hash.hexDigest();
}

constexpr std::size_t kDigestSize = 64;

// What layerOutputShapes() and the kernels take for granted about a layer: tensors of the right
// rank and matching sizes, and window geometry a convolution or pooling can run with.
void checkLayerFields(const Layer &l, const std::string &path)
{
    const auto refuse = [&](const std::string &why) {
        throw Error(ErrorCode::BadFormat, "layer " + l.name + " (" + layerKindName(l.kind) + "): " + why, path);
    };
    const auto positive = [](const std::array<int, 2> &a) { return a[0] >= 1 && a[1] >= 1; };
    if (!positive(l.kernel) || !positive(l.stride) || !positive(l.dilation) || !positive(l.outputSize)
        || l.padding[0] < 0 || l.padding[1] < 0 || l.groups < 1)
        refuse("a window size, stride, dilation or group count below 1, or a negative padding");
    const bool needsWeight = l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear || l.kind == LayerKind::BatchNorm2d;
    if (needsWeight && !l.weight.defined())
        refuse("no weight tensor");
    const int rank = l.kind == LayerKind::Conv2d ? 4 : l.kind == LayerKind::Linear ? 2 : 1;
    if (needsWeight && l.weight.dim() != rank)
        refuse("its weight has " + std::to_string(l.weight.dim()) + " dimensions, not " + std::to_string(rank));
    const auto perOutput = [&](const torch::Tensor &t, const char *what) {
        if (t.defined() && (t.dim() != 1 || (needsWeight && t.size(0) != l.weight.size(0))))
            refuse(std::string(what) + " does not have one value per output channel");
    };
    perOutput(l.bias, "the bias");
    if (l.kind == LayerKind::BatchNorm2d) {
        if (!l.runningMean.defined() || !l.runningVar.defined())
            refuse("no running statistics");
        perOutput(l.runningMean, "the running mean");
        perOutput(l.runningVar, "the running variance");
    }
    for (const torch::Tensor *t : {&l.thresholds, &l.amplitudes})
        if (t->defined() && t->dim() != 1)
            refuse("its per-channel thresholds or amplitudes are not a list");
}

std::uint32_t readLE32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

} // namespace

json snnSettingsToJson(const SnnSettings &s)
{
    json j = {{"timesteps", s.timesteps}, {"coding", codingName(s.coding)}, {"neuron", neuronName(s.neuron)}, {"leak", s.leak}};
    const SnnSettings defaults;
    if (s.initialMembrane != defaults.initialMembrane)
        j["initial_membrane"] = s.initialMembrane;
    if (s.signedSpikes != defaults.signedSpikes)
        j["signed_spikes"] = s.signedSpikes;
    return j;
}

SnnSettings snnSettingsFromJson(const json &j)
{
    SnnSettings s;
    s.timesteps = j.at("timesteps").get<int>();
    s.coding = codingFromName(j.at("coding").get<std::string>());
    s.neuron = j.at("neuron").get<std::string>() == "LIF" ? NeuronModel::LIF : NeuronModel::IF;
    s.leak = j.value("leak", 1.0);
    s.initialMembrane = j.value("initial_membrane", s.initialMembrane);
    s.signedSpikes = j.value("signed_spikes", s.signedSpikes);
    return s;
}

bool isModelFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[8] = {};
    return in.read(magic, 8) && std::memcmp(magic, kMagic, 8) == 0;
}

void saveNetwork(const Network &net, const std::string &path, const json &metadata)
{
    writeFileAtomic(path, networkBytes(net, metadata));
}

std::string networkBytes(const Network &net, const json &metadata)
{
    std::string data;
    json tensors = json::array();
    for (const auto &[name, t] : namedTensors(net)) {
        const auto c = t.detach().to(torch::kFloat32).contiguous();
        tensors.push_back({{"name", name}, {"shape", c.sizes().vec()}, {"offset", data.size()}});
        // The format is little-endian float32; x86-64 and ARM64 are little-endian hosts.
        data.append(reinterpret_cast<const char *>(c.data_ptr<float>()), std::size_t(c.numel()) * sizeof(float));
    }
    Sha256 hash;
    hash.update(data.data(), data.size());

    json layers = json::array();
    for (const Layer &l : net.layers) {
        json lj = layerToJson(l);
        if (net.spiking && l.kind == LayerKind::ReLU)
            lj["threshold"] = l.threshold;
        layers.push_back(lj);
    }
    json header = {
        {"format", "privatesnn-model"},
        {"engine_version", PSNN_VERSION},
        {"architecture", net.architecture},
        {"input_shape", net.inputShape},
        {"normalization", {{"mean", net.normalization.mean}, {"std", net.normalization.std}}},
        {"class_names", net.classNames},
        {"layers", layers},
        {"tensors", tensors},
        {"data_bytes", data.size()},
        {"data_sha256", hash.hexDigest()},
        {"metadata", metadata.is_null() ? json::object() : metadata},
    };
    if (net.spiking)
        header["snn"] = snnSettingsToJson(net.snn);
    const std::string headerText = header.dump(1);
    std::string out(kMagic, 8);
    appendLE32(out, kModelFormatVersion);
    appendLE32(out, std::uint32_t(headerText.size()));
    out += fileDigest(headerText.data(), headerText.size(), data.data(), data.size());
    out += headerText;
    out += data;
    return out;
}

Network loadNetwork(const std::string &path, json *metadata, bool *headerVerified)
{
    return networkFromBytes(readFileMaybeGz(path), path, metadata, headerVerified);
}

Network networkFromBytes(const std::vector<std::uint8_t> &bytes, const std::string &path, json *metadata, bool *headerVerified)
{
    if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, 8) != 0)
        throw Error(ErrorCode::BadFormat, "not a PrivateSNN model file (wrong magic bytes)", path);
    const std::uint32_t version = readLE32(bytes.data() + 8);
    if (version > std::uint32_t(kModelFormatVersion))
        throw Error(ErrorCode::BadFormat,
                    "written in model format version " + std::to_string(version) + " by a newer PrivateSNN Workbench; "
                        "this build reads up to version " + std::to_string(kModelFormatVersion),
                    path);
    const std::uint32_t headerLen = readLE32(bytes.data() + 12);
    // Format 1 (0.1.x) has no digest of the whole file: its header is read unverified.
    const std::size_t headerStart = version >= 2 ? 16 + kDigestSize : 16;
    if (headerStart + std::size_t(headerLen) > bytes.size())
        throw Error(ErrorCode::BadFormat, "truncated model file: the header is cut off", path);
    const std::uint8_t *data = bytes.data() + headerStart + headerLen;
    const std::size_t dataSize = bytes.size() - headerStart - headerLen;
    if (version >= 2) {
        const std::string stored(reinterpret_cast<const char *>(bytes.data()) + 16, kDigestSize);
        if (fileDigest(bytes.data() + headerStart, headerLen, data, dataSize) != stored)
            throw Error(ErrorCode::BadFormat,
                        "the file was changed after it was written: its SHA-256 checksum over header and weights "
                        "does not match (an edited header, damaged or truncated data)",
                        path);
    }
    if (headerVerified)
        *headerVerified = version >= 2;

    json header;
    try {
        header = json::parse(bytes.begin() + std::ptrdiff_t(headerStart), bytes.begin() + std::ptrdiff_t(headerStart + headerLen));
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged model header: ") + e.what(), path);
    }

    Network net;
    try {
        const std::size_t expected = header.at("data_bytes").get<std::size_t>();
        if (dataSize != expected)
            throw Error(ErrorCode::BadFormat,
                        "weight data is " + std::to_string(dataSize) + " bytes, the header says "
                            + std::to_string(expected) + (dataSize < expected ? " (truncated file)" : ""),
                        path);
        Sha256 hash;
        hash.update(data, dataSize);
        if (hash.hexDigest() != header.at("data_sha256").get<std::string>())
            throw Error(ErrorCode::BadFormat, "weight data is damaged (SHA-256 checksum mismatch)", path);

        net.architecture = header.at("architecture").get<std::string>();
        net.inputShape = header.at("input_shape").get<Shape>();
        checkInputShape(net.inputShape, path);
        net.normalization.mean = header.at("normalization").at("mean").get<std::vector<float>>();
        net.normalization.std = header.at("normalization").at("std").get<std::vector<float>>();
        net.classNames = header.at("class_names").get<std::vector<std::string>>();
        for (const json &lj : header.at("layers"))
            net.layers.push_back(layerFromJson(lj));
        if (header.contains("snn")) {
            net.spiking = true;
            net.snn = snnSettingsFromJson(header.at("snn"));
        }
        for (const json &tj : header.at("tensors")) {
            const auto name = tj.at("name").get<std::string>();
            const auto shape = tj.at("shape").get<std::vector<std::int64_t>>();
            const auto offset = tj.at("offset").get<std::size_t>();
            // Counted so that no shape, however large or negative, overflows before it is refused.
            std::size_t count = 1;
            for (auto d : shape) {
                if (d < 0 || (d > 0 && count > dataSize / sizeof(float) / std::size_t(d)))
                    throw Error(ErrorCode::BadFormat, "tensor " + name + " has shape " + shapeToString(shape)
                                                          + ", which does not fit the data block", path);
                count *= std::size_t(d);
            }
            if (offset > dataSize || count * sizeof(float) > dataSize - offset)
                throw Error(ErrorCode::BadFormat, "tensor " + name + " lies outside the data block", path);
            torch::Tensor *slot = tensorSlot(net, name);
            if (!slot)
                throw Error(ErrorCode::BadFormat, "tensor " + name + " belongs to no layer", path);
            *slot = torch::empty(shape, torch::kFloat32);
            if (count > 0) // an empty tensor has no data pointer to copy to
                std::memcpy(slot->data_ptr<float>(), data + offset, count * sizeof(float));
        }
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("incomplete model header: ") + e.what(), path);
    } catch (const Error &e) {
        if (e.context().empty())
            throw Error(e.code(), e.what(), path);
        throw;
    }
    for (Layer *lp : allLayers(net)) {
        checkLayerFields(*lp, path);
        if (lp->kind == LayerKind::Conv2d)
            lp->kernel = {int(lp->weight.size(2)), int(lp->weight.size(3))};
    }
    try {
        checkResidualBlocks(net);
        checkFinite(net);
        // The layers must fit each other and the input, as saveNetwork() wrote them.
        layerOutputShapes(net);
    } catch (const Error &e) {
        throw Error(e.code(), e.what(), path); // what() names the layer or tensor
    }
    if (metadata)
        *metadata = header.value("metadata", json::object());
    return net;
}

} // namespace psnn
