#pragma once
// Public: accuracy of a model on a data set (the CLI's `eval`).

#include "core/progress.h"
#include "data/datasets.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

struct EvalResult {
    double accuracy = 0;                  ///< fraction in [0, 1]
    std::int64_t correct = 0;
    std::int64_t count = 0;
    std::vector<double> perClassAccuracy; ///< indexed by class
    std::vector<std::string> classNames;
    std::vector<std::string> dataFiles;   ///< what was read
};

/// Evaluates a .psnn or TorchScript model. Throws Error naming the file when the model's input
/// shape or class count does not match the data set.
EvalResult evaluateModel(const std::string &modelPath, const std::string &dataSpec, Split split = Split::Test,
                         std::int64_t limit = 0, const ProgressFn &progress = {}, const CancelToken &cancel = {});

} // namespace psnn
