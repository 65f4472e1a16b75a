#include "snn/conversion.h"

#include "core/error.h"
#include "core/runtime.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "snn/autoconversion.h"
#include "snn/converter.h"
#include "snn/simulation.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <cmath>
#include <numeric>
#include <random>

namespace psnn {

namespace {

// Folds every BatchNorm2d into the Conv2d right before it; shortcuts are folded the same way.
std::vector<Layer> foldLayers(const std::vector<Layer> &layers)
{
    std::vector<Layer> out;
    for (const Layer &l : layers) {
        if (l.kind == LayerKind::Dropout)
            continue;
        if (l.kind != LayerKind::BatchNorm2d) {
            out.push_back(l);
            out.back().shortcut = foldLayers(l.shortcut);
            continue;
        }
        if (out.empty() || out.back().kind != LayerKind::Conv2d)
            throw Error(ErrorCode::UnsupportedLayer, "BatchNorm2d must directly follow a Conv2d to be folded",
                        "layer " + l.name);
        Layer &conv = out.back();
        const auto scale = l.weight / torch::sqrt(l.runningVar + l.eps);
        const auto bias = conv.bias.defined() ? conv.bias : torch::zeros_like(l.runningMean);
        conv.weight = conv.weight * scale.view({-1, 1, 1, 1});
        conv.bias = (bias - l.runningMean) * scale + l.bias;
    }
    return out;
}

} // namespace

Network foldBatchNorm(const Network &ann)
{
    torch::NoGradGuard noGrad;
    Network out = cloneNetwork(ann);
    out.layers = foldLayers(out.layers);
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
            warnings->push_back("layer " + l.name + ": max pooling of spikes keeps each pooled unit's spike count at "
                                "the largest count in its window; rates, not single spikes, follow the ANN's max");
    }
    return snn;
}

namespace {

// The threshold among 200 fractions of the largest current whose T-step quantisation of the
// currents (rounded, as with a half-threshold start, and clipped at T spikes) is closest to them.
double quantizationAwareThreshold(const torch::Tensor &currents, int T)
{
    const auto c = currents.to(torch::kFloat64).clamp_min(0);
    const double top = c.max().item<double>();
    if (!(top > 0))
        return top;
    double best = top, bestErr = INFINITY;
    for (int i = 1; i <= 200; ++i) {
        const double theta = top * i / 200.0;
        const auto q = theta * (c * (T / theta) + 0.5).floor().clamp(0, T) / T;
        const double err = (q - c).pow(2).mean().item<double>();
        if (err < bestErr) {
            bestErr = err;
            best = theta;
        }
    }
    return best;
}

} // namespace

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
            const auto steps = simulate(snn, images.narrow(0, from, std::min<std::int64_t>(o.batchSize, n - from)), so).current;
            // Quantisation is of what a neuron integrates over the run: its mean current.
            const auto current = o.quantizedThresholds ? steps.mean(0).flatten() : steps.flatten();
            if (o.percentile >= 100.0 && !o.quantizedThresholds) {
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
        if (o.quantizedThresholds) {
            threshold = quantizationAwareThreshold(torch::cat(samples), snn.snn.timesteps);
        } else if (o.percentile < 100.0) {
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

// The manual way: thresholds balanced on a random subset (the synthetic set is stored class by
// class) with the options as given.
Network balancedOnSubset(const Network &ann, const ImageSet &images, const ConversionOptions &o,
                         ConversionReport &report, const ProgressFn &progress, const CancelToken &cancel)
{
    Network snn = toSpiking(ann, o.snn, &report.warnings);
    std::vector<std::int64_t> order(images.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(o.seed);
    std::shuffle(order.begin(), order.end(), rng);
    order.resize(std::min<std::size_t>(order.size(), std::size_t(o.balanceImages)));
    balanceThresholds(snn, imagesToTensor(images, order, ann.normalization), o, &report.warnings, progress, cancel);
    return snn;
}

Network loadConvertibleAnn(const std::string &annPath, const ImageSet &images)
{
    Network ann = loadAnyNetwork(annPath);
    if (ann.spiking)
        throw Error(ErrorCode::InvalidArgument, "is already a spiking network; convert its ANN instead", annPath);
    if (Shape{images.channels, images.height, images.width} != ann.inputShape)
        throw Error(ErrorCode::ShapeMismatch,
                    "the model expects " + shapeToString(ann.inputShape) + " images but the balancing images are "
                        + std::to_string(images.channels) + "x" + std::to_string(images.height) + "x"
                        + std::to_string(images.width),
                    annPath);
    return ann;
}

void validate(const ConversionOptions &o)
{
    if (o.balanceImages < 1 || o.batchSize < 1)
        throw Error(ErrorCode::InvalidArgument, "balance images and batch size must be at least 1");
    if (o.automatic && (o.scoreImages < 1 || o.bnIterations < 1))
        throw Error(ErrorCode::InvalidArgument, "auto conversion needs at least 1 score image and 1 BN-inversion step");
}

ConversionReport convertFrom(const std::string &annPath, const ImageSet &images, const std::string &outPath,
                             const ConversionOptions &o, bool real, const std::vector<std::string> &filesRead,
                             const ProgressFn &progress, const CancelToken &cancel)
{
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    validate(o);
    const Network ann = loadConvertibleAnn(annPath, images);
    ConversionReport report;
    Network snn = o.automatic && !real ? chooseConversion(annPath, ann, images, o, report, progress, cancel)
                                       : balancedOnSubset(ann, images, o, report, progress, cancel);
    report.snn = snn.snn;
    report.percentile = o.automatic && !real ? report.candidates[std::size_t(report.chosen)].percentile : o.percentile;
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
                                 {"percentile", report.percentile},
                                 {"quantized_thresholds", o.quantizedThresholds},
                                 {"balance_images", o.balanceImages},
                                 {"thresholds", report.thresholds},
                                 {"seed", o.seed}};
    nlohmann::json metadata = meta;
    if (!report.candidates.empty()) {
        metadata["conversion"] = "auto";
        metadata["candidates"] = candidatesJson(report.candidates);
        metadata["chosen"] = report.chosen;
    }
    saveNetwork(snn, outPath, metadata);
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


nlohmann::json candidatesJson(const std::vector<ConversionCandidate> &candidates)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &c : candidates) {
        nlohmann::json j = {{"coding", codingName(c.snn.coding)},       {"initial_membrane", c.snn.initialMembrane},
                            {"signed_spikes", c.snn.signedSpikes},      {"percentile", c.percentile},
                            {"threshold_images", c.thresholdImages},    {"agreement", c.agreement},
                            {"scored", c.scored}};
        if (c.quantizedThresholds)
            j["quantized_thresholds"] = true;
        if (!c.error.empty())
            j["error"] = c.error;
        out.push_back(j);
    }
    return out;
}

std::vector<ConversionCandidate> candidatesFromJson(const nlohmann::json &j)
{
    std::vector<ConversionCandidate> out;
    for (const auto &c : j) {
        ConversionCandidate k;
        k.snn.coding = codingFromName(c.at("coding"));
        k.snn.initialMembrane = c.at("initial_membrane");
        k.snn.signedSpikes = c.at("signed_spikes");
        k.percentile = c.at("percentile");
        k.thresholdImages = c.at("threshold_images");
        k.agreement = c.at("agreement");
        k.scored = c.at("scored");
        k.error = c.value("error", "");
        k.quantizedThresholds = c.value("quantized_thresholds", false);
        out.push_back(k);
    }
    return out;
}

std::vector<ConversionCandidate> scoreConversionCandidates(const std::string &annPath, const SyntheticSet &set,
                                                           std::vector<ConversionCandidate> candidates,
                                                           const ConversionOptions &o, const std::string &outDir,
                                                           const ProgressFn &progress, const CancelToken &cancel)
{
    useComputeThreads();
    validate(o);
    const Network ann = loadConvertibleAnn(annPath, set.images());
    CandidateScorer scorer(annPath, ann, set.images(), o, cancel);
    ProgressThrottle throttle(progress);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        throttle.report({"convert", double(i) / double(candidates.size()), 0, -1,
                         "candidate " + std::to_string(i + 1) + " of " + std::to_string(candidates.size())});
        const Network snn = scorer.score(candidates[i], nullptr);
        if (!outDir.empty() && !snn.layers.empty())
            saveNetwork(snn, outDir + "/candidate-" + std::to_string(i) + ".psnn", {{"stage", "convert"}});
    }
    return candidates;
}

std::vector<ConversionCandidate> conversionCandidateGrid(const std::string &annPath, const ConversionOptions &o)
{
    const Network ann = loadAnyNetwork(annPath);
    const bool bn = std::any_of(ann.layers.begin(), ann.layers.end(),
                                [](const Layer &l) { return l.kind == LayerKind::BatchNorm2d; });
    std::vector<ConversionCandidate> grid;
    for (const std::string images : {"data-impressions", "bn-inversion"}) {
        if (images == "bn-inversion" && !bn)
            continue;
        for (InputCoding coding : candidateCodings())
            for (bool signedSpikes : {false, true})
                for (double membrane : {0.0, 0.5})
                    for (double p : candidatePercentiles()) {
                        ConversionCandidate c;
                        c.snn = o.snn;
                        c.snn.coding = coding;
                        c.snn.signedSpikes = signedSpikes;
                        c.snn.initialMembrane = membrane;
                        c.percentile = p;
                        c.thresholdImages = images;
                        grid.push_back(c);
                    }
    }
    return grid;
}

} // namespace psnn
