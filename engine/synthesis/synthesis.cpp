#include "synthesis/synthesis.h"

#include "core/error.h"
#include "core/imageops.h"
#include "core/runtime.h"
#include "core/sha256.h"
#include "model/modelloader.h"
#include "synthesis/syntheticsetaccess.h"

#include <torch/torch.h>

#include <chrono>
#include <functional>

namespace psnn {

namespace {

void validate(const SynthesisOptions &o)
{
    auto fail = [](const std::string &m) { throw Error(ErrorCode::InvalidArgument, m); };
    if (o.method != "data-impressions" && o.method != "bn-inversion")
        fail("synthesis method must be 'data-impressions' or 'bn-inversion', not '" + o.method + "'");
    if (o.imagesPerClass < 1 || o.imagesPerClass > 100000)
        fail("images per class must be between 1 and 100000");
    if (o.iterations < 1 || o.iterations > 1000000)
        fail("iterations must be between 1 and 1000000");
    if (!(o.learningRate > 0) || !(o.temperature > 0) || !(o.concentration > 0) || !(o.epsilon > 0))
        fail("learning rate, temperature, concentration and epsilon must be positive");
    if (o.batchSize < 1)
        fail("batch size must be at least 1");
}

// Cosine similarity of the last Linear layer's rows, each row min-max normalised to [0, 1] and
// floored at epsilon (Nayak et al. 2019).
torch::Tensor classSimilarity(const Network &net, double epsilon)
{
    for (auto it = net.layers.rbegin(); it != net.layers.rend(); ++it) {
        if (it->kind != LayerKind::Linear)
            continue;
        const auto w = torch::nn::functional::normalize(it->weight, torch::nn::functional::NormalizeFuncOptions().dim(1));
        auto s = w.matmul(w.t());
        const auto lo = std::get<0>(s.min(1, true)), hi = std::get<0>(s.max(1, true));
        s = (s - lo) / (hi - lo).clamp_min(1e-12);
        return s.clamp_min(epsilon);
    }
    throw Error(ErrorCode::UnsupportedLayer, "data impressions need a final Linear layer (its weights give the class similarity)");
}

// Forward pass that also returns the BN-statistics mismatch of every BatchNorm2d input.
torch::Tensor forwardWithBnLoss(const Network &net, torch::Tensor x, torch::Tensor &bnLoss)
{
    bnLoss = torch::zeros({});
    const auto matchStatistics = [&](const Layer &l, const torch::Tensor &in) {
        if (l.kind == LayerKind::BatchNorm2d) {
            const auto mean = in.mean({0, 2, 3});
            const auto var = in.var({0, 2, 3}, false);
            bnLoss = bnLoss + (mean - l.runningMean).norm() + (var - l.runningVar).norm();
        }
    };
    std::vector<torch::Tensor> kept;
    for (const Layer &l : net.layers) {
        matchStatistics(l, x);
        if (l.kind == LayerKind::Add) {
            // A downsampling shortcut's BN has statistics of its own to match.
            torch::Tensor s = kept.back();
            kept.pop_back();
            for (const Layer &sl : l.shortcut) {
                matchStatistics(sl, s);
                s = forwardLayer(sl, s, false);
            }
            x = x + s;
            continue;
        }
        x = forwardLayer(l, x, false, &kept);
    }
    return x;
}

// Valid range of normalised pixels, per channel: pixels stay in [0, 1].
struct PixelRange {
    torch::Tensor mean, stdev, lo, hi;
    explicit PixelRange(const Normalization &n)
        : mean(torch::tensor(n.mean).view({1, -1, 1, 1})), stdev(torch::tensor(n.std).view({1, -1, 1, 1})),
          lo((0.0 - mean) / stdev), hi((1.0 - mean) / stdev)
    {
    }
};

Network loadSynthesisModel(const std::string &modelPath, const SynthesisOptions &o)
{
    Network net = loadAnyNetwork(modelPath);
    if (net.spiking)
        throw Error(ErrorCode::InvalidArgument, "synthesize from the ANN, not from a spiking network", modelPath);
    if (o.method == "bn-inversion"
        && std::none_of(net.layers.begin(), net.layers.end(), [](const Layer &l) { return l.kind == LayerKind::BatchNorm2d; }))
        throw Error(ErrorCode::InvalidArgument, "bn-inversion needs a network with BatchNorm2d layers", modelPath);
    return net;
}

// The loss of a batch x of normalised images made for classes `cls` (summed over images: the
// same gradients as independent runs).
torch::Tensor batchLoss(const Network &net, const SynthesisOptions &o, const torch::Tensor &x, const torch::Tensor &cls,
                        const torch::Tensor &target)
{
    if (o.method == "data-impressions") {
        const auto logp = torch::log_softmax(forward(net, x) / o.temperature, 1);
        return -(target * logp).sum();
    }
    torch::Tensor bnLoss;
    const auto logits = forwardWithBnLoss(net, x, bnLoss);
    return torch::cross_entropy_loss(logits, cls, {}, at::Reduction::Sum) + o.bnWeight * bnLoss * double(x.size(0))
           + o.tvWeight * totalVariation(x).sum() + o.l2Weight * x.pow(2).sum();
}

// Adam on the pixels of one batch from uniform noise; returns the normalised images and their
// final mean loss. `tick(iteration, loss)` is called after every step.
torch::Tensor optimiseBatch(const Network &net, const SynthesisOptions &o, const torch::Tensor &cls,
                            const torch::Tensor &target, const PixelRange &range, torch::Generator &gen, double &loss,
                            const std::function<void(int, double)> &tick, const CancelToken &cancel)
{
    auto shape = net.inputShape;
    shape.insert(shape.begin(), cls.size(0));
    auto x = (torch::rand(shape, gen) - range.mean) / range.stdev;
    x.set_requires_grad(true);
    torch::optim::Adam opt({x}, torch::optim::AdamOptions(o.learningRate));
    for (int it = 0; it < o.iterations; ++it) {
        if (it % 10 == 0)
            cancel.check();
        opt.zero_grad();
        const torch::Tensor l = batchLoss(net, o, x, cls, target);
        l.backward();
        opt.step();
        {
            torch::NoGradGuard noGrad;
            x.copy_(torch::max(torch::min(x, range.hi), range.lo));
        }
        loss = l.item<double>() / double(cls.size(0));
        tick(it, loss);
    }
    return x.detach();
}

// Labels and confidences come from the ANN on the stored 8-bit images, which is what later
// stages will see.
std::vector<float> labelWithAnn(const Network &net, ImageSet &images)
{
    torch::NoGradGuard noGrad;
    const std::int64_t total = std::int64_t(images.pixels.size() / images.imageBytes());
    std::vector<float> confidence;
    images.labels.resize(std::size_t(total));
    for (std::int64_t from = 0; from < total; from += 256) {
        std::vector<std::int64_t> idx;
        for (std::int64_t i = from; i < std::min<std::int64_t>(total, from + 256); ++i)
            idx.push_back(i);
        const auto probs = torch::softmax(forward(net, imagesToTensor(images, idx, net.normalization)), 1);
        const auto [conf, pred] = probs.max(1);
        for (std::size_t k = 0; k < idx.size(); ++k) {
            images.labels[std::size_t(idx[k])] = int(pred[std::int64_t(k)].item<std::int64_t>());
            confidence.push_back(conf[std::int64_t(k)].item<float>());
        }
    }
    return confidence;
}

// How well the images do what they were made for, per the ANN.
void summarize(SynthesisReport &rep, const ImageSet &images, const std::vector<int> &intended,
               const std::vector<float> &confidence, int classes)
{
    const double total = double(intended.size());
    rep.perClassCount.assign(std::size_t(classes), 0);
    double hits = 0, confSum = 0;
    for (std::size_t i = 0; i < intended.size(); ++i) {
        ++rep.perClassCount[std::size_t(images.labels[i])];
        hits += images.labels[i] == intended[i];
        confSum += confidence[i];
    }
    rep.assignedToIntended = hits / total;
    rep.meanConfidence = confSum / total;
}

} // namespace

SyntheticSet synthesize(const std::string &modelPath, const SynthesisOptions &o, SynthesisReport *report,
                        const ProgressFn &progress, const CancelToken &cancel)
{
    validate(o);
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    const Network net = loadSynthesisModel(modelPath, o);
    const std::string modelSha = sha256File(modelPath);

    const int K = net.numClasses();
    const std::int64_t total = std::int64_t(K) * o.imagesPerClass;
    const auto sim = o.method == "data-impressions" ? classSimilarity(net, o.epsilon) : torch::Tensor();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    const PixelRange range(net.normalization);

    ImageSet images;
    images.channels = int(net.inputShape[0]);
    images.height = int(net.inputShape[1]);
    images.width = int(net.inputShape[2]);
    images.classNames = net.classNames;
    std::vector<int> intended;
    SynthesisReport rep;
    double lossSum = 0;
    ProgressThrottle throttle(progress);
    const std::int64_t batches = (total + o.batchSize - 1) / o.batchSize;

    for (std::int64_t b = 0; b < batches; ++b) {
        const std::int64_t from = b * o.batchSize, n = std::min<std::int64_t>(o.batchSize, total - from);
        const auto cls = torch::arange(from, from + n, torch::kLong).div(o.imagesPerClass, "floor");
        const torch::Tensor target = o.method == "data-impressions"
                                         ? at::_sample_dirichlet(sim.index_select(0, cls) * o.concentration, gen)
                                         : torch::one_hot(cls, K).to(torch::kFloat32);
        const auto tick = [&](int it, double loss) {
            if (b == 0 && it % 10 == 0)
                rep.lossCurve.push_back(loss);
            const double done = (double(b) + double(it + 1) / o.iterations) / double(batches);
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            throttle.report({"synthesize", done, done * double(total) / secs, secs / done * (1.0 - done),
                             "batch " + std::to_string(b + 1) + "/" + std::to_string(batches) + ", loss "
                                 + std::to_string(loss).substr(0, 6)});
        };
        double loss = 0;
        const auto x = optimiseBatch(net, o, cls, target, range, gen, loss, tick, cancel);
        lossSum += loss * double(n);
        const auto px = toPixels(x, net.normalization);
        images.pixels.insert(images.pixels.end(), px.begin(), px.end());
        for (std::int64_t i = 0; i < n; ++i)
            intended.push_back(int(cls[i].item<std::int64_t>()));
    }

    std::vector<float> confidence = labelWithAnn(net, images);
    rep.finalLoss = lossSum / double(total);
    summarize(rep, images, intended, confidence, K);
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rep.imagesPerSecond = double(total) / rep.seconds;
    if (report)
        *report = rep;
    return SyntheticSetAccess::make(std::move(images), std::move(intended), std::move(confidence), modelSha);
}

} // namespace psnn
