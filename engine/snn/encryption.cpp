#include "snn/encryption.h"
#include "core/error.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "core/runtime.h"
#include "snn/simulation.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <numeric>
#include <random>

namespace psnn {

namespace {

double cosine(const torch::Tensor &a, const torch::Tensor &b)
{
    const auto x = a.flatten().to(torch::kFloat64), y = b.flatten().to(torch::kFloat64);
    return (x.dot(y) / (x.norm() * y.norm()).clamp_min(1e-300)).item<double>();
}

// Similarity per weighted layer; `reference` is the ANN with BN folded, matched by layer name.
std::vector<double> similarities(const Network &reference, const Network &model, std::vector<std::string> *names)
{
    std::vector<double> out;
    for (const Layer &l : model.layers) {
        if (l.kind != LayerKind::Conv2d && l.kind != LayerKind::Linear)
            continue;
        const auto it = std::find_if(reference.layers.begin(), reference.layers.end(),
                                     [&](const Layer &r) { return r.name == l.name; });
        if (it == reference.layers.end() || it->weight.sizes() != l.weight.sizes())
            throw Error(ErrorCode::ShapeMismatch, "the models do not have the same layers", "layer " + l.name);
        out.push_back(cosine(it->weight, l.weight));
        if (names)
            names->push_back(l.name);
    }
    return out;
}

} // namespace

std::vector<LayerSimilarity> weightSimilarity(const std::string &annPath, const std::string &snnPath)
{
    const Network reference = foldBatchNorm(loadAnyNetwork(annPath));
    std::vector<std::string> names;
    const auto s = similarities(reference, loadAnyNetwork(snnPath), &names);
    std::vector<LayerSimilarity> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        out.push_back({names[i], s[i], s[i]});
    return out;
}

EncryptionReport encryptModel(const std::string &snnPath, const std::string &annPath, const SyntheticSet &trainSet,
                              const std::string &outPath, const EncryptionOptions &o, const ProgressFn &progress,
                              const CancelToken &cancel)
{
    if (o.epochs < 1 || o.batchSize < 1 || o.timesteps < 0 || !(o.learningRate > 0) || o.weightDecay < 0
        || o.distillation < 0)
        throw Error(ErrorCode::InvalidArgument, "encryption needs epochs >= 1, batch size >= 1, timesteps >= 0, "
                                                "a positive learning rate and non-negative weights");
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    Network snn = loadAnyNetwork(snnPath);
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network (convert it first)", snnPath);
    const Network ann = loadAnyNetwork(annPath);
    const Network reference = foldBatchNorm(ann);
    const ImageSet &images = trainSet.images();
    if (Shape{images.channels, images.height, images.width} != snn.inputShape)
        throw Error(ErrorCode::ShapeMismatch, "the synthetic images do not fit the network's input", snnPath);

    EncryptionReport report;
    std::vector<std::string> names;
    const auto before = similarities(reference, snn, &names);

    Network trainNet = snn;
    if (o.timesteps > 0)
        trainNet.snn.timesteps = o.timesteps;
    const double T = trainNet.snn.timesteps;
    std::vector<torch::Tensor> params;
    for (Layer &l : trainNet.layers)
        for (torch::Tensor *t : {&l.weight, &l.bias})
            if (t->defined() && (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear)) {
                *t = t->detach().clone().set_requires_grad(true);
                params.push_back(*t);
            }
    torch::optim::Adam opt(params, torch::optim::AdamOptions(o.learningRate).weight_decay(o.weightDecay).amsgrad(true));

    const std::int64_t n = std::int64_t(images.size());
    const auto labels = torch::tensor(images.labels, torch::kLong);
    torch::Tensor teacher;
    if (o.distillation > 0) {
        torch::NoGradGuard noGrad;
        std::vector<std::int64_t> all(static_cast<std::size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        teacher = torch::softmax(forward(ann, imagesToTensor(images, all, ann.normalization)) / o.distillTemperature, 1);
    }
    std::mt19937_64 rng(o.seed);
    ProgressThrottle throttle(progress);
    const std::int64_t batches = (n + o.batchSize - 1) / o.batchSize;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        std::vector<std::int64_t> order(static_cast<std::size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0, agree = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            cancel.check();
            const std::vector<std::int64_t> idx(order.begin() + b * o.batchSize,
                                                order.begin() + std::min(n, (b + 1) * o.batchSize));
            const auto idxT = torch::tensor(idx, torch::kLong);
            SimulationOptions so;
            so.trainable = true;
            so.seed = o.seed * 7919ULL + std::uint64_t(epoch) * 1000003ULL + std::uint64_t(b);
            const auto out = simulate(trainNet, imagesToTensor(images, idx, snn.normalization), so).output.sum(0) / T;
            const auto y = labels.index_select(0, idxT);
            auto loss = torch::cross_entropy_loss(out, y);
            if (o.distillation > 0) {
                const auto soft = teacher.index_select(0, idxT);
                loss = loss + o.distillation * o.distillTemperature * o.distillTemperature
                                  * torch::kl_div(torch::log_softmax(out / o.distillTemperature, 1), soft, at::Reduction::Sum)
                                  / double(idx.size());
            }
            opt.zero_grad();
            loss.backward();
            opt.step();
            lossSum += loss.item<double>() * double(idx.size());
            agree += out.argmax(1).eq(y).sum().item<double>();
            const double done = (double(epoch) + double(b + 1) / double(batches)) / double(o.epochs);
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            throttle.report({"encrypt", done, done * double(n) * o.epochs / secs, secs / done * (1.0 - done),
                             "epoch " + std::to_string(epoch + 1) + "/" + std::to_string(o.epochs) + ", loss "
                                 + std::to_string(lossSum / double((b + 1) * o.batchSize)).substr(0, 6)});
        }
        report.epochLoss.push_back(lossSum / double(n));
        report.epochAgreement.push_back(agree / double(n));
    }

    // The encrypted SNN keeps the converted SNN's evaluation settings and thresholds.
    for (std::size_t i = 0; i < snn.layers.size(); ++i) {
        snn.layers[i].weight = trainNet.layers[i].weight.defined() ? trainNet.layers[i].weight.detach() : snn.layers[i].weight;
        snn.layers[i].bias = trainNet.layers[i].bias.defined() ? trainNet.layers[i].bias.detach() : snn.layers[i].bias;
    }
    checkFinite(snn);
    const auto after = similarities(reference, snn, nullptr);
    for (std::size_t i = 0; i < names.size(); ++i)
        report.similarity.push_back({names[i], before[i], after[i]});
    if (!trainSet.file().empty())
        report.dataFilesRead.push_back(trainSet.file());
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    nlohmann::json sim = nlohmann::json::array();
    for (const auto &s : report.similarity)
        sim.push_back({{"layer", s.layer}, {"before", s.before}, {"after", s.after}});
    // File names only: a model must not change with the folder it was made in.
    std::vector<std::string> fileNames;
    for (const auto &f : report.dataFilesRead)
        fileNames.push_back(std::filesystem::path(f).filename().string());
    saveNetwork(snn, outPath,
                {{"stage", "encrypt"}, {"source_model", std::filesystem::path(snnPath).filename().string()},
                 {"data_files_read", fileNames},
                 {"epochs", o.epochs}, {"train_timesteps", T}, {"learning_rate", o.learningRate},
                 {"weight_decay", o.weightDecay}, {"epoch_loss", report.epochLoss}, {"weight_similarity", sim},
                 {"seed", o.seed}});
    return report;
}

} // namespace psnn
