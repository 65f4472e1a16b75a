#include "snn/conversion.h"

#include "core/error.h"
#include "core/runtime.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "snn/converter.h"
#include "snn/simulation.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <cmath>
#include <numeric>
#include <random>

namespace psnn {

Network foldBatchNorm(const Network &ann)
{
    torch::NoGradGuard noGrad;
    Network out = cloneNetwork(ann);
    out.layers.clear();
    for (const Layer &l : cloneNetwork(ann).layers) {
        if (l.kind == LayerKind::Dropout)
            continue;
        if (l.kind != LayerKind::BatchNorm2d) {
            out.layers.push_back(l);
            continue;
        }
        if (out.layers.empty() || out.layers.back().kind != LayerKind::Conv2d)
            throw Error(ErrorCode::UnsupportedLayer, "BatchNorm2d must directly follow a Conv2d to be folded",
                        "layer " + l.name);
        Layer &conv = out.layers.back();
        const auto scale = l.weight / torch::sqrt(l.runningVar + l.eps);
        const auto bias = conv.bias.defined() ? conv.bias : torch::zeros_like(l.runningMean);
        conv.weight = conv.weight * scale.view({-1, 1, 1, 1});
        conv.bias = (bias - l.runningMean) * scale + l.bias;
    }
    return out;
}

Network toSpiking(const Network &ann, const SnnSettings &settings, std::vector<std::string> *warnings)
{
    if (settings.timesteps < 1 || settings.timesteps > 100000)
        throw Error(ErrorCode::InvalidArgument, "timesteps must be between 1 and 100000");
    if (settings.neuron == NeuronModel::LIF && !(settings.leak > 0.0 && settings.leak <= 1.0))
        throw Error(ErrorCode::InvalidArgument, "LIF leak must be in (0, 1]");
    if (!(settings.initialMembrane >= 0.0 && settings.initialMembrane < 1.0))
        throw Error(ErrorCode::InvalidArgument, "the initial membrane must be a fraction of the threshold in [0, 1)");
    Network snn = foldBatchNorm(ann);
    if (snn.layers.empty() || snn.layers.back().kind == LayerKind::ReLU)
        throw Error(ErrorCode::UnsupportedLayer, "the network must end in a layer without ReLU (the class scores)");
    snn.spiking = true;
    snn.snn = settings;
    for (Layer &l : snn.layers) {
        l.threshold = 1.0;
        if (l.kind == LayerKind::MaxPool2d && warnings)
            warnings->push_back("layer " + l.name + ": max pooling of spikes passes the input with the most spikes so "
                                "far; expect some accuracy loss against average pooling");
    }
    return snn;
}

void balanceThresholds(Network &snn, const torch::Tensor &images, const ConversionOptions &o,
                       std::vector<std::string> *warnings, const ProgressFn &progress, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    if (!(o.percentile > 0.0 && o.percentile <= 100.0))
        throw Error(ErrorCode::InvalidArgument, "threshold percentile must be in (0, 100]");
    const auto neurons = neuronLayers(snn);
    const std::int64_t n = images.size(0);
    ProgressThrottle throttle(progress);
    for (std::size_t k = 0; k < neurons.size(); ++k) {
        double maxCurrent = -INFINITY;
        std::vector<torch::Tensor> samples;
        for (std::int64_t from = 0, chunk = 0; from < n; from += o.batchSize, ++chunk) {
            cancel.check();
            SimulationOptions so;
            so.seed = o.seed * 1000003ULL + std::uint64_t(chunk);
            so.stopBeforeNeuron = int(k);
            const auto current = simulate(snn, images.narrow(0, from, std::min<std::int64_t>(o.batchSize, n - from)), so)
                                     .current.flatten();
            if (o.percentile >= 100.0) {
                maxCurrent = std::max(maxCurrent, current.max().item<double>());
            } else {
                // A fixed-size random sample per chunk keeps the percentile affordable at any size.
                constexpr std::int64_t kSample = 1 << 20;
                auto gen = at::make_generator<at::CPUGeneratorImpl>(so.seed);
                samples.push_back(current.numel() <= kSample
                                      ? current.clone()
                                      : current.index_select(0, torch::randint(current.numel(), {kSample}, gen,
                                                                                torch::kLong)));
            }
            throttle.report({"convert", (double(k) + double(from + o.batchSize) / double(n)) / double(neurons.size()), 0, -1,
                             "balancing " + snn.layers[std::size_t(neurons[k])].name});
        }
        double threshold = maxCurrent;
        if (o.percentile < 100.0) {
            const auto all = torch::cat(samples);
            const auto kth = std::max<std::int64_t>(1, std::int64_t(std::ceil(o.percentile / 100.0 * double(all.numel()))));
            threshold = std::get<0>(all.kthvalue(kth)).item<double>();
        }
        Layer &layer = snn.layers[std::size_t(neurons[k])];
        if (!(threshold > 0.0) || !std::isfinite(threshold)) {
            if (warnings)
                warnings->push_back("layer " + layer.name + " never received a positive input current; its threshold "
                                    "stays 1 and it will not spike");
            threshold = 1.0;
        }
        layer.threshold = threshold;
    }
}

namespace {

ConversionReport convertFrom(const std::string &annPath, const ImageSet &images, const std::string &outPath,
                             const ConversionOptions &o, bool real, const std::vector<std::string> &filesRead,
                             const ProgressFn &progress, const CancelToken &cancel)
{
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    if (o.balanceImages < 1 || o.batchSize < 1)
        throw Error(ErrorCode::InvalidArgument, "balance images and batch size must be at least 1");
    const Network ann = loadAnyNetwork(annPath);
    if (ann.spiking)
        throw Error(ErrorCode::InvalidArgument, "is already a spiking network; convert its ANN instead", annPath);
    if (Shape{images.channels, images.height, images.width} != ann.inputShape)
        throw Error(ErrorCode::ShapeMismatch,
                    "the model expects " + shapeToString(ann.inputShape) + " images but the balancing images are "
                        + std::to_string(images.channels) + "x" + std::to_string(images.height) + "x"
                        + std::to_string(images.width),
                    annPath);
    ConversionReport report;
    Network snn = toSpiking(ann, o.snn, &report.warnings);
    // A random subset: the synthetic set is stored class by class.
    std::vector<std::int64_t> order(images.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(o.seed);
    std::shuffle(order.begin(), order.end(), rng);
    order.resize(std::min<std::size_t>(order.size(), std::size_t(o.balanceImages)));
    balanceThresholds(snn, imagesToTensor(images, order, ann.normalization), o, &report.warnings, progress, cancel);
    for (int i : neuronLayers(snn)) {
        report.neuronLayers.push_back(snn.layers[std::size_t(i)].name);
        report.thresholds.push_back(snn.layers[std::size_t(i)].threshold);
    }
    report.usedRealData = real;
    report.dataFilesRead = filesRead;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // File names only: a model must not change with the folder it was made in.
    std::vector<std::string> fileNames;
    for (const auto &f : filesRead)
        fileNames.push_back(std::filesystem::path(f).filename().string());
    const nlohmann::json meta = {{"stage", "convert"},
                                 {"source_model", std::filesystem::path(annPath).filename().string()},
                                 {"balanced_on", real ? "real data" : "synthetic data"},
                                 {"data_files_read", fileNames},
                                 {"percentile", o.percentile},
                                 {"balance_images", o.balanceImages},
                                 {"thresholds", report.thresholds},
                                 {"seed", o.seed}};
    saveNetwork(snn, outPath, meta);
    return report;
}

} // namespace

ConversionReport convertModel(const std::string &annPath, const SyntheticSet &set, const std::string &outPath,
                              const ConversionOptions &options, const ProgressFn &progress, const CancelToken &cancel)
{
    std::vector<std::string> files;
    if (!set.file().empty())
        files.push_back(set.file());
    return convertFrom(annPath, set.images(), outPath, options, false, files, progress, cancel);
}

ConversionReport convertModelWithRealData(const std::string &annPath, const ImageSet &real, const std::string &outPath,
                                          const ConversionOptions &options, const ProgressFn &progress,
                                          const CancelToken &cancel)
{
    return convertFrom(annPath, real, outPath, options, true, real.sourceFiles, progress, cancel);
}

} // namespace psnn
