#include "model/evaluation.h"

#include "core/error.h"
#include "core/runtime.h"
#include "model/modelloader.h"
#include "model/networkeval.h"

#include <torch/torch.h>

#include <chrono>

namespace psnn {

void checkCompatible(const Network &net, const ImageSet &set, const std::string &context)
{
    const Shape dataShape{set.channels, set.height, set.width};
    if (dataShape != net.inputShape)
        throw Error(ErrorCode::ShapeMismatch,
                    "the model expects " + shapeToString(net.inputShape) + " images but the data set has "
                        + shapeToString(dataShape),
                    context);
    if (set.classNames.size() > net.classNames.size())
        throw Error(ErrorCode::ShapeMismatch,
                    "the data set has " + std::to_string(set.classNames.size()) + " classes but the model only "
                        + std::to_string(net.classNames.size()),
                    context);
}

EvalResult evaluateNetwork(const Network &net, const ImageSet &set, std::int64_t limit, int batchSize,
                           const ProgressFn &progress, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const std::int64_t n = limit > 0 ? std::min<std::int64_t>(limit, std::int64_t(set.size())) : std::int64_t(set.size());
    EvalResult r;
    r.classNames = set.classNames;
    r.dataFiles = set.sourceFiles;
    std::vector<std::int64_t> classCorrect(set.classNames.size()), classCount(set.classNames.size());
    ProgressThrottle throttle(progress);
    const auto start = std::chrono::steady_clock::now();
    for (std::int64_t from = 0; from < n; from += batchSize) {
        cancel.check();
        std::vector<std::int64_t> idx;
        for (std::int64_t i = from; i < std::min(n, from + batchSize); ++i)
            idx.push_back(i);
        const auto pred = forward(net, imagesToTensor(set, idx, net.normalization)).argmax(1);
        const auto *p = pred.data_ptr<std::int64_t>();
        for (std::size_t k = 0; k < idx.size(); ++k) {
            const int label = set.labels[std::size_t(idx[k])];
            ++classCount[std::size_t(label)];
            if (p[k] == label) {
                ++classCorrect[std::size_t(label)];
                ++r.correct;
            }
        }
        const double done = double(from + std::int64_t(idx.size()));
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        throttle.report({"evaluate", done / double(n), done / std::max(secs, 1e-9),
                         secs / done * (double(n) - done), "evaluating"});
    }
    r.count = n;
    r.accuracy = n > 0 ? double(r.correct) / double(n) : 0.0;
    for (std::size_t c = 0; c < classCount.size(); ++c)
        r.perClassAccuracy.push_back(classCount[c] ? double(classCorrect[c]) / double(classCount[c]) : 0.0);
    return r;
}

EvalResult evaluateModel(const std::string &modelPath, const std::string &dataSpec, Split split, std::int64_t limit,
                         const ProgressFn &progress, const CancelToken &cancel)
{
    useComputeThreads();
    const Network net = loadAnyNetwork(modelPath);
    const ImageSet set = loadDataset(dataSpec, split);
    checkCompatible(net, set, modelPath + " on " + dataSpec);
    return evaluateNetwork(net, set, limit, 256, progress, cancel);
}

} // namespace psnn
