#include "synthesis/synthesis.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/imageops.h"
#include "model/modelloader.h"
#include "core/runtime.h"
#include "core/sha256.h"
#include "synthesis/syntheticsetaccess.h"

#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cstring>

using nlohmann::json;

namespace psnn {

namespace {

constexpr char kMagic[8] = {'P', 'S', 'N', 'N', 'S', 'Y', 'N', 'T'};

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
    for (const Layer &l : net.layers) {
        if (l.kind == LayerKind::BatchNorm2d) {
            const auto mean = x.mean({0, 2, 3});
            const auto var = x.var({0, 2, 3}, false);
            bnLoss = bnLoss + (mean - l.runningMean).norm() + (var - l.runningVar).norm();
        }
        x = forwardLayer(l, x, false);
    }
    return x;
}

} // namespace

SyntheticSet synthesize(const std::string &modelPath, const SynthesisOptions &o, SynthesisReport *report,
                        const ProgressFn &progress, const CancelToken &cancel)
{
    validate(o);
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    const Network net = loadAnyNetwork(modelPath);
    if (net.spiking)
        throw Error(ErrorCode::InvalidArgument, "synthesize from the ANN, not from a spiking network", modelPath);
    if (o.method == "bn-inversion"
        && std::none_of(net.layers.begin(), net.layers.end(), [](const Layer &l) { return l.kind == LayerKind::BatchNorm2d; }))
        throw Error(ErrorCode::InvalidArgument, "bn-inversion needs a network with BatchNorm2d layers", modelPath);
    const std::string modelSha = sha256File(modelPath);

    const int K = net.numClasses();
    const std::int64_t total = std::int64_t(K) * o.imagesPerClass;
    const auto sim = o.method == "data-impressions" ? classSimilarity(net, o.epsilon) : torch::Tensor();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);

    // Valid range of normalised pixels, per channel: pixels stay in [0, 1].
    const auto mean = torch::tensor(net.normalization.mean).view({1, -1, 1, 1});
    const auto stdev = torch::tensor(net.normalization.std).view({1, -1, 1, 1});
    const auto lo = (0.0 - mean) / stdev, hi = (1.0 - mean) / stdev;

    ImageSet images;
    images.channels = int(net.inputShape[0]);
    images.height = int(net.inputShape[1]);
    images.width = int(net.inputShape[2]);
    images.classNames = net.classNames;
    std::vector<int> intended;
    std::vector<float> confidence;
    SynthesisReport rep;
    double lossSum = 0;
    ProgressThrottle throttle(progress);
    const std::int64_t batches = (total + o.batchSize - 1) / o.batchSize;

    for (std::int64_t b = 0; b < batches; ++b) {
        const std::int64_t from = b * o.batchSize, n = std::min<std::int64_t>(o.batchSize, total - from);
        const auto cls = torch::arange(from, from + n, torch::kLong).div(o.imagesPerClass, "floor");
        torch::Tensor target;
        if (o.method == "data-impressions")
            target = at::_sample_dirichlet(sim.index_select(0, cls) * o.concentration, gen);
        else
            target = torch::one_hot(cls, K).to(torch::kFloat32);
        auto shape = net.inputShape;
        shape.insert(shape.begin(), n);
        auto x = (torch::rand(shape, gen) - mean) / stdev;
        x.set_requires_grad(true);
        torch::optim::Adam opt({x}, torch::optim::AdamOptions(o.learningRate));
        double loss = 0;
        for (int it = 0; it < o.iterations; ++it) {
            if (it % 10 == 0)
                cancel.check();
            opt.zero_grad();
            torch::Tensor l;
            if (o.method == "data-impressions") {
                const auto logp = torch::log_softmax(forward(net, x) / o.temperature, 1);
                l = -(target * logp).sum(); // summed: the same gradients as independent runs
            } else {
                torch::Tensor bnLoss;
                const auto logits = forwardWithBnLoss(net, x, bnLoss);
                l = torch::cross_entropy_loss(logits, cls, {}, at::Reduction::Sum) + o.bnWeight * bnLoss * double(n)
                    + o.tvWeight * totalVariation(x).sum() + o.l2Weight * x.pow(2).sum();
            }
            l.backward();
            opt.step();
            {
                torch::NoGradGuard noGrad;
                x.copy_(torch::max(torch::min(x, hi), lo));
            }
            loss = l.item<double>() / double(n);
            if (b == 0 && it % 10 == 0)
                rep.lossCurve.push_back(loss);
            const double done = (double(b) + double(it + 1) / o.iterations) / double(batches);
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            throttle.report({"synthesize", done, done * double(total) / secs, secs / done * (1.0 - done),
                             "batch " + std::to_string(b + 1) + "/" + std::to_string(batches) + ", loss "
                                 + std::to_string(loss).substr(0, 6)});
        }
        lossSum += loss * double(n);
        const auto px = toPixels(x.detach(), net.normalization);
        images.pixels.insert(images.pixels.end(), px.begin(), px.end());
        for (std::int64_t i = 0; i < n; ++i)
            intended.push_back(int(cls[i].item<std::int64_t>()));
    }

    // Labels and confidences come from the ANN on the stored 8-bit images, which is what later
    // stages will see.
    {
        torch::NoGradGuard noGrad;
        for (std::int64_t from = 0; from < total; from += 256) {
            std::vector<std::int64_t> idx;
            for (std::int64_t i = from; i < std::min<std::int64_t>(total, from + 256); ++i)
                idx.push_back(i);
            images.labels.resize(std::size_t(total));
            const auto probs = torch::softmax(forward(net, imagesToTensor(images, idx, net.normalization)), 1);
            const auto [conf, pred] = probs.max(1);
            for (std::size_t k = 0; k < idx.size(); ++k) {
                images.labels[std::size_t(idx[k])] = int(pred[std::int64_t(k)].item<std::int64_t>());
                confidence.push_back(conf[std::int64_t(k)].item<float>());
            }
        }
    }
    rep.finalLoss = lossSum / double(total);
    rep.perClassCount.assign(std::size_t(K), 0);
    double hits = 0, confSum = 0;
    for (std::size_t i = 0; i < intended.size(); ++i) {
        ++rep.perClassCount[std::size_t(images.labels[i])];
        hits += images.labels[i] == intended[i];
        confSum += confidence[i];
    }
    rep.assignedToIntended = hits / double(total);
    rep.meanConfidence = confSum / double(total);
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rep.imagesPerSecond = double(total) / rep.seconds;
    if (report)
        *report = rep;
    return SyntheticSetAccess::make(std::move(images), std::move(intended), std::move(confidence), modelSha);
}

void writeSyntheticSet(const SyntheticSet &set, const std::string &path)
{
    const ImageSet &im = set.images();
    Sha256 hash;
    hash.update(im.pixels.data(), im.pixels.size());
    const json header = {{"format", "privatesnn-synthetic"}, {"channels", im.channels}, {"height", im.height},
                         {"width", im.width}, {"count", im.size()}, {"class_names", im.classNames},
                         {"labels", im.labels}, {"intended", set.intendedClass()}, {"confidence", set.annConfidence()},
                         {"model_sha256", set.sourceModelSha256()}, {"pixels_sha256", hash.hexDigest()}};
    const std::string text = header.dump();
    std::string out(kMagic, 8);
    const std::uint32_t len = std::uint32_t(text.size());
    out.append(reinterpret_cast<const char *>(&len), 4);
    out += text;
    out.append(reinterpret_cast<const char *>(im.pixels.data()), im.pixels.size());
    writeFileAtomic(path, out);
}

SyntheticSet readSyntheticSet(const std::string &path)
{
    const auto bytes = readFileMaybeGz(path);
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 8) != 0)
        throw Error(ErrorCode::BadFormat, "not a synthetic image set written by the synthesize stage", path);
    std::uint32_t len = 0;
    std::memcpy(&len, bytes.data() + 8, 4);
    if (12 + std::size_t(len) > bytes.size())
        throw Error(ErrorCode::BadFormat, "truncated synthetic set header", path);
    try {
        const json h = json::parse(bytes.begin() + 12, bytes.begin() + 12 + len);
        ImageSet im;
        im.channels = h.at("channels");
        im.height = h.at("height");
        im.width = h.at("width");
        im.classNames = h.at("class_names").get<std::vector<std::string>>();
        im.labels = h.at("labels").get<std::vector<int>>();
        im.pixels.assign(bytes.begin() + 12 + len, bytes.end());
        im.sourceFiles = {path};
        if (im.pixels.size() != im.size() * im.imageBytes())
            throw Error(ErrorCode::BadFormat, "pixel data does not match the header (truncated?)", path);
        Sha256 hash;
        hash.update(im.pixels.data(), im.pixels.size());
        if (hash.hexDigest() != h.at("pixels_sha256").get<std::string>())
            throw Error(ErrorCode::BadFormat, "pixel data is damaged (SHA-256 mismatch)", path);
        for (int l : im.labels)
            if (l < 0 || l >= int(im.classNames.size()))
                throw Error(ErrorCode::BadFormat, "label out of range", path);
        return SyntheticSetAccess::make(std::move(im), h.at("intended").get<std::vector<int>>(),
                                        h.at("confidence").get<std::vector<float>>(), h.at("model_sha256"), path);
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged synthetic set header: ") + e.what(), path);
    }
}

void writeSyntheticGrid(const SyntheticSet &set, const std::string &pngPath, int perClass)
{
    const ImageSet &im = set.images();
    const int classes = int(im.classNames.size());
    const int cell = std::max(im.width, im.height) * (im.width <= 32 ? 2 : 1) + 2;
    cv::Mat grid(classes * cell, perClass * cell, CV_8UC3, cv::Scalar(255, 255, 255));
    std::vector<int> used(std::size_t(classes), 0);
    for (std::size_t i = 0; i < im.size(); ++i) {
        const int c = set.intendedClass()[i];
        if (used[std::size_t(c)] >= perClass)
            continue;
        cv::Mat rgb = planarToBgr(im.image(i), im.channels, im.height, im.width);
        cv::resize(rgb, rgb, {cell - 2, cell - 2}, 0, 0, cv::INTER_NEAREST);
        rgb.copyTo(grid(cv::Rect(used[std::size_t(c)] * cell + 1, c * cell + 1, cell - 2, cell - 2)));
        ++used[std::size_t(c)];
    }
    writePng(grid, pngPath);
}

} // namespace psnn
