#include "snn/deploysearch.h"

#include "model/networkeval.h"
#include "snn/snnnetworkeval.h"

#include <torch/torch.h>

#include <random>

namespace psnn {

int smallestStableTimesteps(const std::vector<double> &accuracyPerStep, double target)
{
    int chosen = 0;
    for (int t = int(accuracyPerStep.size()); t >= 1; --t) {
        if (accuracyPerStep[std::size_t(t - 1)] < target)
            break;
        chosen = t;
    }
    return chosen;
}

ImageSet boundaryProbes(const ImageSet &images, const Network &ann, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    ImageSet probes = images;
    probes.sourceFiles.clear();
    std::mt19937_64 rng(seed);
    const std::size_t n = images.size(), bytes = images.imageBytes();
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t j = pick(rng);
        for (int tries = 0; tries < 16 && images.labels[j] == images.labels[i]; ++tries)
            j = pick(rng);
        for (std::size_t b = 0; b < bytes; ++b)
            probes.pixels[i * bytes + b] = std::uint8_t((int(images.image(i)[b]) + int(images.image(j)[b]) + 1) / 2);
    }
    for (std::size_t from = 0; from < n; from += 256) {
        std::vector<std::int64_t> idx;
        for (std::size_t i = from; i < std::min(n, from + 256); ++i)
            idx.push_back(std::int64_t(i));
        const auto pred = forward(ann, imagesToTensor(probes, idx, ann.normalization)).argmax(1).contiguous();
        for (std::size_t k = 0; k < idx.size(); ++k)
            probes.labels[from + k] = int(pred[std::int64_t(k)].item<std::int64_t>());
    }
    return probes;
}

DeploySearch searchDeployTimesteps(const Network &snn, const Network &ann, const ImageSet &synthetic, double marginPoints,
                                   int maxTimesteps, std::uint64_t seed, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const ImageSet images = boundaryProbes(synthetic, ann, seed);
    Network net = snn;
    net.snn.timesteps = maxTimesteps;
    DeploySearch s;
    s.ran = true;
    s.annAccuracy = evaluateNetwork(ann, images, 0, 64, {}, cancel).accuracy;
    s.target = s.annAccuracy - marginPoints / 100.0;
    SnnEvalOptions eo;
    eo.seed = seed;
    s.accuracyPerStep = evaluateSnnNetwork(net, images, eo, "the encrypted SNN", {}, cancel).accuracyPerStep;
    s.chosen = smallestStableTimesteps(s.accuracyPerStep, s.target);
    s.reached = s.chosen > 0;
    if (!s.reached)
        s.chosen = maxTimesteps;
    return s;
}

nlohmann::json deploySearchToJson(const DeploySearch &s, double marginPoints)
{
    if (!s.ran)
        return nullptr;
    return {{"margin_points", marginPoints},    {"ann_probe_accuracy", s.annAccuracy},
            {"target", s.target},               {"probe_accuracy_per_step", s.accuracyPerStep},
            {"chosen", s.chosen},               {"reached", s.reached}};
}

} // namespace psnn
