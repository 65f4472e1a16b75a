#include "model/training.h"
#include "data/datasets.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/fileio.h"
#include "model/modelfile.h"
#include "model/networkeval.h"
#include "model/presets.h"
#include "core/runtime.h"
#include "core/sha256.h"

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

TrainResult trainModel(const TrainOptions &o, const ProgressFn &progress, const CancelToken &cancel)
{
    validate(o);
    const int threads = useComputeThreads(o.threads);
    const std::string started = isoTimeNow();
    const auto t0 = std::chrono::steady_clock::now();

    const ImageSet train = loadDataset(o.data, Split::Train);
    const ImageSet test = loadDataset(o.testData.empty() ? o.data : o.testData, Split::Test);
    const Shape input{train.channels, train.height, train.width};
    if (Shape{test.channels, test.height, test.width} != input)
        throw Error(ErrorCode::ShapeMismatch, "test images are " + std::to_string(test.channels) + "x"
                                                  + std::to_string(test.height) + "x" + std::to_string(test.width)
                                                  + " but training images are " + shapeToString(input),
                    o.testData);

    torch::manual_seed(o.seed);
    Network net = buildPreset(o.preset, input, int(train.classNames.size()), o.batchNorm);
    net.classNames = train.classNames;
    net.normalization = computeNormalization(train);

    std::vector<torch::Tensor> params;
    for (Layer &l : net.layers)
        for (torch::Tensor *t : {&l.weight, &l.bias})
            if (t->defined()) {
                t->set_requires_grad(true);
                params.push_back(*t);
            }
    std::unique_ptr<torch::optim::Optimizer> opt;
    if (o.optimizer == "adam")
        opt = std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(o.learningRate).weight_decay(o.weightDecay));
    else
        opt = std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(o.learningRate).momentum(o.momentum).weight_decay(o.weightDecay).nesterov(true));

    const std::int64_t n = o.trainLimit > 0 ? std::min<std::int64_t>(o.trainLimit, std::int64_t(train.size()))
                                            : std::int64_t(train.size());
    const std::int64_t batchesPerEpoch = (n + o.batchSize - 1) / o.batchSize;
    const std::int64_t totalBatches = batchesPerEpoch * o.epochs;
    std::mt19937_64 rng(o.seed);
    auto mean = torch::tensor(net.normalization.mean).view({1, -1, 1, 1});
    auto stdev = torch::tensor(net.normalization.std).view({1, -1, 1, 1});

    TrainResult result;
    ProgressThrottle throttle(progress, 0.1);
    std::int64_t step = 0;
    const auto trainStart = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        const auto e0 = std::chrono::steady_clock::now();
        std::vector<std::int64_t> order(static_cast<std::size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        std::int64_t correct = 0;
        for (std::int64_t b = 0; b < batchesPerEpoch; ++b, ++step) {
            cancel.check();
            setLearningRate(*opt, o.optimizer, learningRateAt(o, double(step) / double(totalBatches)));
            const std::vector<std::int64_t> idx(order.begin() + b * o.batchSize,
                                                order.begin() + std::min(n, (b + 1) * o.batchSize));
            torch::Tensor x = imagesToTensor(train, idx, {});
            if (o.augment)
                x = augmentBatch(x, o.cropPadding, rng);
            x = (x - mean) / stdev;
            std::vector<std::int64_t> labels;
            for (auto i : idx)
                labels.push_back(train.labels[std::size_t(i)]);
            const auto y = torch::tensor(labels);
            opt->zero_grad();
            const auto logits = forward(net, x, true);
            const auto loss = torch::cross_entropy_loss(logits, y);
            loss.backward();
            opt->step();
            lossSum += loss.item<double>() * double(idx.size());
            correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();

            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - trainStart).count();
            const double done = double(step + 1);
            char msg[128];
            std::snprintf(msg, sizeof msg, "epoch %d/%d, loss %.4f", epoch, o.epochs,
                          lossSum / double((b + 1) * o.batchSize > n ? n : (b + 1) * o.batchSize));
            throttle.report({"train", done / double(totalBatches) * 0.98, done * o.batchSize / secs,
                             secs / done * double(totalBatches - step - 1), msg});
        }
        EpochRecord rec;
        rec.epoch = epoch;
        rec.loss = lossSum / double(n);
        rec.trainAccuracy = double(correct) / double(n);
        rec.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - e0).count();
        result.epochs.push_back(rec);
    }
    const double trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - trainStart).count();

    for (torch::Tensor &p : params)
        p.set_requires_grad(false);
    for (Layer &l : net.layers)
        for (torch::Tensor *t : {&l.weight, &l.bias})
            if (t->defined())
                *t = t->detach();
    const EvalResult eval = evaluateNetwork(net, test, o.testLimit, 256, {}, cancel);
    result.testAccuracy = eval.accuracy;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    result.imagesPerSecond = double(n) * o.epochs / trainSeconds;
    for (const auto &[name, t] : namedTensors(net))
        if (name.find("running_") == std::string::npos)
            result.parameters += t.numel();
    checkFinite(net);

    json epochs = json::array();
    for (const auto &e : result.epochs)
        epochs.push_back({{"epoch", e.epoch}, {"loss", e.loss}, {"train_accuracy", e.trainAccuracy}, {"seconds", e.seconds}});
    const json manifest = {
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
        {"data_files_read", describeFiles(train.sourceFiles)},
        {"test_files_read", describeFiles(test.sourceFiles)},
        {"train_images", n},
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
    result.modelPath = o.output;
    result.manifestPath = o.output + ".manifest.json";
    saveNetwork(net, o.output, manifest);
    writeFileAtomic(result.manifestPath, manifest.dump(2) + "\n");
    throttle.report({"train", 1.0, result.imagesPerSecond, 0, "done"});
    return result;
}

} // namespace psnn
