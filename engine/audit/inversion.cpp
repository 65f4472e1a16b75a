#include "audit/inversion.h"

#include "core/imageops.h"
#include "snn/ratenetwork.h"
#include "snn/simulation.h"

#include <torch/torch.h>

namespace psnn {

namespace {

torch::Tensor normalize(const torch::Tensor &pixels, const Normalization &n)
{
    const auto mean = torch::tensor(n.mean).view({1, -1, 1, 1});
    const auto stdev = torch::tensor(n.std).view({1, -1, 1, 1});
    return (pixels - mean) / stdev;
}

} // namespace

Network weightsAsAnn(const Network &model)
{
    Network ann = cloneNetwork(model);
    ann.spiking = false;
    for (Layer &l : ann.layers)
        l.threshold = 1.0;
    return ann;
}

ScoreFn annScores(const Network &ann)
{
    auto net = std::make_shared<Network>(ann);
    return [net](const torch::Tensor &pixels) { return forward(*net, normalize(pixels, net->normalization)); };
}

ScoreFn rateScores(const Network &snn)
{
    auto net = std::make_shared<Network>(snn);
    return [net](const torch::Tensor &pixels) { return rateForward(*net, normalize(pixels, net->normalization)); };
}

ScoreFn snnScores(const Network &snn, int timesteps, bool trainable, const CancelToken &cancel)
{
    auto driven = std::make_shared<Network>(snn);
    driven->snn.coding = InputCoding::Direct;
    driven->snn.timesteps = timesteps;
    return [driven, trainable, cancel](const torch::Tensor &pixels) {
        SimulationOptions o;
        o.trainable = trainable;
        o.cancel = &cancel; // a layer's work at a time, forward and backward
        return simulate(*driven, normalize(pixels, driven->normalization), o).output.mean(0);
    };
}

torch::Tensor inversionObjective(const ScoreFn &scores, const torch::Tensor &pixels, const torch::Tensor &targets,
                                 const Normalization &norm, const InversionOptions &o)
{
    const auto ce = torch::cross_entropy_loss(scores(pixels), targets, {}, at::Reduction::None);
    const auto l2 = normalize(pixels, norm).pow(2).flatten(1).mean(1);
    return ce + o.tvWeight * totalVariation(pixels) / double(pixels[0].numel()) + o.l2Weight * l2;
}

torch::Tensor invertByGradient(const ScoreFn &scores, const torch::Tensor &start, const torch::Tensor &targets,
                               const Normalization &norm, const InversionOptions &o,
                               const std::function<void(double)> &tick, const CancelToken &cancel)
{
    const std::int64_t K = start.size(0);
    std::vector<torch::Tensor> results;
    // Random shifts (as in DeepInversion) keep the attack from settling on pixel-exact patterns
    // that only this network responds to; the same seed gives the same shifts for every model.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(0x5eed);
    const auto shifted = [&](const torch::Tensor &x) {
        if (o.jitter <= 0)
            return scores(x);
        const auto d = torch::randint(-o.jitter, o.jitter + 1, {2}, gen);
        return scores(torch::roll(x, {d[0].item<std::int64_t>(), d[1].item<std::int64_t>()}, {2, 3}));
    };
    // Reconstructions are independent (summed loss, element-wise Adam): batches only bound memory.
    for (std::int64_t from = 0; from < K; from += o.batchSize) {
        const std::int64_t n = std::min<std::int64_t>(o.batchSize, K - from);
        auto x = start.narrow(0, from, n).clone();
        x.set_requires_grad(true);
        const auto t = targets.narrow(0, from, n);
        torch::optim::Adam opt({x}, torch::optim::AdamOptions(o.learningRate));
        for (int it = 0; it < o.iterations; ++it) {
            cancel.check();
            opt.zero_grad();
            inversionObjective(shifted, x, t, norm, o).sum().backward();
            opt.step();
            {
                torch::NoGradGuard noGrad;
                x.clamp_(0.0, 1.0);
            }
            if (tick)
                tick((double(from) + double(n) * (it + 1) / o.iterations) / double(K));
        }
        results.push_back(x.detach());
    }
    return torch::cat(results);
}

torch::Tensor invertByEvolution(const ScoreFn &scores, const torch::Tensor &start, const torch::Tensor &targets,
                                const Normalization &norm, const InversionOptions &objective,
                                const EvolutionOptions &o, std::uint64_t seed,
                                const std::function<void(double)> &tick, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const std::int64_t K = start.size(0), C = start.size(1), H = start.size(2), W = start.size(3);
    const std::int64_t h = std::max<std::int64_t>(1, H / std::max(1, o.downsample));
    const std::int64_t w = std::max<std::int64_t>(1, W / std::max(1, o.downsample));
    const std::int64_t pairs = std::max(1, o.population / 2);
    const auto up = [&](const torch::Tensor &z) {
        return torch::upsample_bilinear2d(z, {H, W}, false).clamp(0.0, 1.0);
    };
    // The coarse image z is the search space: a few hundred numbers instead of every pixel.
    auto z = torch::adaptive_avg_pool2d(start, {h, w}).contiguous();
    auto m = torch::zeros_like(z), v = torch::zeros_like(z);
    const double b1 = 0.9, b2 = 0.999;
    for (int it = 0; it < o.iterations; ++it) {
        cancel.check();
        const auto eps = torch::randn({K, pairs, C, h, w}, gen);
        const auto zs = z.unsqueeze(1);
        const auto plus = (zs + o.sigma * eps).flatten(0, 1), minus = (zs - o.sigma * eps).flatten(0, 1);
        const auto cand = torch::cat({up(plus), up(minus)});
        const auto tgt = targets.repeat_interleave(pairs).repeat({2});
        const auto f = inversionObjective(scores, cand, tgt, norm, objective).view({2, K, pairs});
        // Antithetic estimate of the objective's gradient with respect to z.
        const auto diff = (f[0] - f[1]).view({K, pairs, 1, 1, 1});
        const auto g = (diff * eps).mean(1) / (2 * o.sigma);
        m = b1 * m + (1 - b1) * g;
        v = b2 * v + (1 - b2) * g * g;
        const double c1 = 1 - std::pow(b1, it + 1), c2 = 1 - std::pow(b2, it + 1);
        z = (z - o.learningRate * (m / c1) / ((v / c2).sqrt() + 1e-8)).clamp(0.0, 1.0);
        if (tick)
            tick(double(it + 1) / o.iterations);
    }
    return up(z);
}

} // namespace psnn
