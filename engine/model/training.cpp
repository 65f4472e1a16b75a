#include "model/training.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/runtime.h"
#include "core/sha256.h"
#include "data/datasets.h"
#include "model/modelfile.h"
#include "model/networkeval.h"
#include "model/presets.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <numeric>
#include <random>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

void validate(const TrainOptions &o)
{
    auto fail = [](const std::string &m) { throw Error(ErrorCode::InvalidArgument, m); };
    bool known = false;
    for (const auto &p : presets())
        known |= p.name == o.preset;
    if (!known)
        buildPreset(o.preset, {1, 28, 28}, 10, false); // throws the message listing the presets
    if (o.output.empty())
        fail("no output file given (--out)");
    const fs::path dir = fs::path(o.output).has_parent_path() ? fs::path(o.output).parent_path() : fs::path(".");
    if (!fs::is_directory(dir))
        throw Error(ErrorCode::FileWrite, "the output folder does not exist", dir.string());
    if (o.epochs < 1 || o.epochs > 10000)
        fail("epochs must be between 1 and 10000, not " + std::to_string(o.epochs));
    if (o.batchSize < 1 || o.batchSize > 65536)
        fail("batch size must be between 1 and 65536, not " + std::to_string(o.batchSize));
    if (!(o.learningRate > 0 && o.learningRate < 10))
        fail("learning rate must be in (0, 10)");
    if (o.optimizer != "adam" && o.optimizer != "sgd")
        fail("optimizer must be 'adam' or 'sgd', not '" + o.optimizer + "'");
    if (o.schedule != "cosine" && o.schedule != "step" && o.schedule != "constant")
        fail("schedule must be 'cosine', 'step' or 'constant', not '" + o.schedule + "'");
    if (o.cropPadding < 0 || o.cropPadding > 16)
        fail("crop padding must be between 0 and 16");
}

double learningRateAt(const TrainOptions &o, double progress)
{
    if (o.schedule == "cosine")
        return o.learningRate * 0.5 * (1.0 + std::cos(M_PI * progress));
    if (o.schedule == "step")
        return o.learningRate * (progress >= 0.75 ? 0.01 : progress >= 0.5 ? 0.1 : 1.0);
    return o.learningRate;
}

// Random crop after zero padding (black border in pixel space) and horizontal flip, per sample.
torch::Tensor augmentBatch(const torch::Tensor &x, int padding, std::mt19937_64 &rng)
{
    const auto n = x.size(0), h = x.size(2), w = x.size(3);
    torch::Tensor padded = padding > 0 ? torch::constant_pad_nd(x, {padding, padding, padding, padding}, 0.0) : x;
    auto out = torch::empty_like(x);
    std::uniform_int_distribution<int> offset(0, 2 * padding);
    std::bernoulli_distribution flip(0.5);
    for (std::int64_t i = 0; i < n; ++i) {
        auto crop = padded[i].narrow(1, offset(rng), h).narrow(2, offset(rng), w);
        out[i].copy_(flip(rng) ? crop.flip({2}) : crop);
    }
    return out;
}

json describeFiles(const std::vector<std::string> &files)
{
    json list = json::array();
    const bool hash = files.size() <= 64; // image folders can hold 100k files: list them unhashed
    for (const auto &f : files) {
        json e = {{"path", fs::absolute(f).lexically_normal().string()}};
        std::error_code ec;
        e["bytes"] = fs::file_size(f, ec);
        if (hash)
            e["sha256"] = sha256File(f);
        list.push_back(e);
    }
    return list;
}


void setLearningRate(torch::optim::Optimizer &opt, const std::string &kind, double lr)
{
    for (auto &group : opt.param_groups()) {
        if (kind == "adam")
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        else
            static_cast<torch::optim::SGDOptions &>(group.options()).lr(lr);
    }
}

} // namespace

namespace {

struct TrainingData {
    ImageSet train, test;
};

TrainingData loadTrainingData(const TrainOptions &o)
{
    TrainingData d{loadDataset(o.data, Split::Train), loadDataset(o.testData.empty() ? o.data : o.testData, Split::Test)};
    const Shape input{d.train.channels, d.train.height, d.train.width};
    if (Shape{d.test.channels, d.test.height, d.test.width} != input)
        throw Error(ErrorCode::ShapeMismatch, "test images are " + std::to_string(d.test.channels) + "x"
                                                  + std::to_string(d.test.height) + "x" + std::to_string(d.test.width)
                                                  + " but training images are " + shapeToString(input),
                    o.testData);
    return d;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainOptions &o, const std::vector<torch::Tensor> &params)
{
    if (o.optimizer == "adam")
        return std::make_unique<torch::optim::Adam>(params,
                                                    torch::optim::AdamOptions(o.learningRate).weight_decay(o.weightDecay));
    return std::make_unique<torch::optim::SGD>(
        params, torch::optim::SGDOptions(o.learningRate).momentum(o.momentum).weight_decay(o.weightDecay).nesterov(true));
}

// Mini-batch training of a preset network on one data set, epoch by epoch.
class Trainer {
public:
    Trainer(Network &net, const ImageSet &train, const TrainOptions &o, const ProgressFn &progress,
            const CancelToken &cancel)
        : m_net(net), m_train(train), m_o(o), m_cancel(cancel), m_throttle(progress, 0.1),
          m_n(o.trainLimit > 0 ? std::min<std::int64_t>(o.trainLimit, std::int64_t(train.size()))
                               : std::int64_t(train.size())),
          m_batchesPerEpoch((m_n + o.batchSize - 1) / o.batchSize), m_totalBatches(m_batchesPerEpoch * o.epochs),
          m_rng(o.seed), m_mean(torch::tensor(net.normalization.mean).view({1, -1, 1, 1})),
          m_stdev(torch::tensor(net.normalization.std).view({1, -1, 1, 1}))
    {
        for (Layer *l : allLayers(m_net))
            for (torch::Tensor *t : {&l->weight, &l->bias})
                if (t->defined()) {
                    t->set_requires_grad(true);
                    m_params.push_back(*t);
                }
        m_opt = makeOptimizer(o, m_params);
    }

    std::int64_t images() const { return m_n; }

    EpochRecord epoch(int epoch)
    {
        const auto e0 = std::chrono::steady_clock::now();
        std::vector<std::int64_t> order(static_cast<std::size_t>(m_n));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), m_rng);
        double lossSum = 0;
        std::int64_t correct = 0;
        for (std::int64_t b = 0; b < m_batchesPerEpoch; ++b, ++m_step) {
            m_cancel.check();
            setLearningRate(*m_opt, m_o.optimizer, learningRateAt(m_o, double(m_step) / double(m_totalBatches)));
            const std::vector<std::int64_t> idx(order.begin() + b * m_o.batchSize,
                                                order.begin() + std::min(m_n, (b + 1) * m_o.batchSize));
            const auto [loss, hits] = step(idx);
            lossSum += loss * double(idx.size());
            correct += hits;
            report(epoch, lossSum / double((b + 1) * m_o.batchSize > m_n ? m_n : (b + 1) * m_o.batchSize));
        }
        EpochRecord rec;
        rec.epoch = epoch;
        rec.loss = lossSum / double(m_n);
        rec.trainAccuracy = double(correct) / double(m_n);
        rec.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - e0).count();
        return rec;
    }

    /// Ends training: the weights become plain tensors again.
    void finish()
    {
        for (torch::Tensor &p : m_params)
            p.set_requires_grad(false);
        for (Layer *l : allLayers(m_net))
            for (torch::Tensor *t : {&l->weight, &l->bias})
                if (t->defined())
                    *t = t->detach();
    }

private:
    // One optimiser step; returns {loss, correct predictions}.
    std::pair<double, std::int64_t> step(const std::vector<std::int64_t> &idx)
    {
        torch::Tensor x = imagesToTensor(m_train, idx, {});
        if (m_o.augment)
            x = augmentBatch(x, m_o.cropPadding, m_rng);
        x = (x - m_mean) / m_stdev;
        std::vector<std::int64_t> labels;
        for (auto i : idx)
            labels.push_back(m_train.labels[std::size_t(i)]);
        const auto y = torch::tensor(labels);
        m_opt->zero_grad();
        const auto logits = forward(m_net, x, true);
        const auto loss = torch::cross_entropy_loss(logits, y);
        loss.backward();
        m_opt->step();
        return {loss.item<double>(), logits.argmax(1).eq(y).sum().item<std::int64_t>()};
    }

    void report(int epoch, double meanLoss)
    {
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        const double done = double(m_step + 1);
        char msg[128];
        std::snprintf(msg, sizeof msg, "epoch %d/%d, loss %.4f", epoch, m_o.epochs, meanLoss);
        m_throttle.report({"train", done / double(m_totalBatches) * 0.98, done * m_o.batchSize / secs,
                           secs / done * double(m_totalBatches - m_step - 1), msg});
    }

    Network &m_net;
    const ImageSet &m_train;
    const TrainOptions &m_o;
    const CancelToken &m_cancel;
    ProgressThrottle m_throttle;
    const std::int64_t m_n, m_batchesPerEpoch, m_totalBatches;
    std::mt19937_64 m_rng;
    const torch::Tensor m_mean, m_stdev;
    std::vector<torch::Tensor> m_params;
    std::unique_ptr<torch::optim::Optimizer> m_opt;
    std::int64_t m_step = 0;
    const std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

json trainingManifest(const TrainOptions &o, const TrainingData &data, const TrainResult &result, const EvalResult &eval,
                      std::int64_t trainImages, int threads, const std::string &started)
{
    json epochs = json::array();
    for (const auto &e : result.epochs)
        epochs.push_back({{"epoch", e.epoch}, {"loss", e.loss}, {"train_accuracy", e.trainAccuracy}, {"seconds", e.seconds}});
    return {
        {"stage", "train"},
        {"engine_version", PSNN_VERSION},
        {"command", o.commandLine},
        {"preset", o.preset},
        {"options",
         {{"data", o.data}, {"test_data", o.testData.empty() ? o.data : o.testData}, {"epochs", o.epochs},
          {"batch_size", o.batchSize}, {"optimizer", o.optimizer}, {"learning_rate", o.learningRate},
          {"momentum", o.momentum}, {"weight_decay", o.weightDecay}, {"schedule", o.schedule}, {"seed", o.seed},
          {"batch_norm", o.batchNorm}, {"augment", o.augment}, {"crop_padding", o.cropPadding},
          {"train_limit", o.trainLimit}, {"test_limit", o.testLimit}}},
        {"data_files_read", describeFiles(data.train.sourceFiles)},
        {"test_files_read", describeFiles(data.test.sourceFiles)},
        {"train_images", trainImages},
        {"test_images", eval.count},
        {"test_accuracy", result.testAccuracy},
        {"per_class_test_accuracy", eval.perClassAccuracy},
        {"epochs", epochs},
        {"parameters", result.parameters},
        {"threads", threads},
        {"started", started},
        {"finished", isoTimeNow()},
        {"seconds", result.seconds},
        {"images_per_second", result.imagesPerSecond},
    };
}

} // namespace

TrainResult trainModel(const TrainOptions &o, const ProgressFn &progress, const CancelToken &cancel)
{
    validate(o);
    const int threads = useComputeThreads(o.threads);
    const std::string started = isoTimeNow();
    const auto t0 = std::chrono::steady_clock::now();
    const TrainingData data = loadTrainingData(o);

    torch::manual_seed(o.seed);
    Network net = buildPreset(o.preset, {data.train.channels, data.train.height, data.train.width},
                              int(data.train.classNames.size()), o.batchNorm);
    net.classNames = data.train.classNames;
    net.normalization = computeNormalization(data.train);

    TrainResult result;
    ProgressThrottle throttle(progress, 0.1);
    Trainer trainer(net, data.train, o, progress, cancel);
    const auto trainStart = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= o.epochs; ++epoch)
        result.epochs.push_back(trainer.epoch(epoch));
    const double trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - trainStart).count();
    trainer.finish();

    const EvalResult eval = evaluateNetwork(net, data.test, o.testLimit, 256, {}, cancel);
    result.testAccuracy = eval.accuracy;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    result.imagesPerSecond = double(trainer.images()) * o.epochs / trainSeconds;
    for (const auto &[name, t] : namedTensors(net))
        if (name.find("running_") == std::string::npos)
            result.parameters += t.numel();
    checkFinite(net);

    const json manifest = trainingManifest(o, data, result, eval, trainer.images(), threads, started);
    result.modelPath = o.output;
    result.manifestPath = o.output + ".manifest.json";
    saveNetwork(net, o.output, manifest);
    writeFileAtomic(result.manifestPath, manifest.dump(2) + "\n");
    throttle.report({"train", 1.0, result.imagesPerSecond, 0, "done"});
    return result;
}

} // namespace psnn
