#pragma once
// Public: the import dialog's Check button (and the CLI's `check-import`): the imported ANN on a
// few hundred test images with the chosen normalisation and with every preset that fits, so that
// a wrong or missing normalisation shows before anything is built on it. It reads the test set
// only, as evaluation does, and the pipeline records it as such in the manifest.

#include "core/progress.h"
#include "model/models.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

struct ImportCheckOptions {
    ImportOptions import;         ///< what the dialog or the options say now
    std::string testData;         ///< test set spec (see loadDataset)
    std::int64_t images = 300;    ///< evenly spaced over the test split (0: all)
    int batchSize = 100;
};

struct NormalizationScore {
    std::string preset;           ///< an id of normalizationPresets()
    std::int64_t correct = 0;
    double accuracy = 0;          ///< fraction in [0, 1]
};

struct ImportCheck {
    std::string testData;
    std::vector<std::string> dataFiles; ///< what was read
    std::int64_t images = 0;
    std::int64_t correct = 0;           ///< with the chosen normalisation
    double accuracy = 0;
    std::string chosen;                 ///< the chosen normalisation's preset id; "" for custom values
    std::vector<NormalizationScore> presets; ///< every preset that fits the input's channels, in display order
    std::string suggestion;             ///< the best preset when it gets more images right than the chosen one; else ""
    double suggestionAccuracy = 0;
    Shape inputShape;                   ///< the model's, as imported (guessed if not given)
    std::vector<std::string> modelClassNames;
    std::vector<std::string> dataClassNames; ///< the test set's
    std::vector<ImportWarning> warnings;     ///< the import's
};

/// Imports `model` with `options.import` and runs the check. Throws Error naming the model or the
/// data (missing data set, shapes or classes that do not fit) or Cancelled.
ImportCheck checkImport(const std::string &model, const ImportCheckOptions &options, const ProgressFn &progress = {},
                        const CancelToken &cancel = {});

/// What the manifest keeps of a check after which the normalisation `kept` (a preset id, "" for
/// custom values) was set: its accuracy on the checked images is the check's figure for it.
ImportCheckRecord importCheckRecord(const ImportCheck &check, const std::string &kept);

} // namespace psnn
