#pragma once
// Public: every stage in order on a workspace, resumable (the CLI's `pipeline`, the GUI's
// "Make private SNN").

#include "audit.h"
#include "conversion.h"
#include "encryption.h"
#include "energy.h"
#include "models.h"
#include "progress.h"
#include "snnevaluation.h"
#include "synthesis.h"

#include <string>
#include <vector>

namespace psnn {

struct PipelineOptions {
    std::string model;              ///< the ANN: .psnn or TorchScript
    std::string workspace;          ///< created if missing
    std::string testData;           ///< real test set spec, read by `evaluate` only; empty: evaluate on synthetic images
    std::string realTrainData;      ///< non-empty: also convert with real images, for comparison only
    ImportOptions import;
    SynthesisOptions synthesis;
    ConversionOptions conversion;
    EncryptionOptions encryption;
    SnnEvalOptions evaluation;      ///< limit applies to the test set
    EnergyTable energy;
    bool withAudit = false;         ///< also run the leakage audit (needs audit.judge)
    AuditOptions audit;
};

/// The settings the GUI and `pipeline --demo` use on the bundled Fashion-MNIST model: the
/// DESIGN defaults except 50 images per class made in 200 synthesis steps at learning rate 0.05,
/// thresholds at the 99.9th percentile (the maximum gives 56-77% on this model, see
/// bench/RESULTS.md), 3 encryption epochs at T = 30, 1,000 test images, and the audit with
/// demoAuditOptions(), so that the whole run takes minutes on two cores.
PipelineOptions demoPipelineOptions(const std::string &workspace);

struct PipelineResult {
    std::string resultsPath;        ///< <workspace>/results.json
    std::string resultsJson;
    std::vector<std::string> ran;
    std::vector<std::string> skipped; ///< current stages that were not redone
};

/// Runs import, synthesize, convert (and convert_real), encrypt, evaluate, energy (and audit);
/// writes results.json. Progress stages are named after the stages. Throws Error or Cancelled; a
/// cancelled or failed stage leaves the workspace as it was before that stage.
PipelineResult runPipeline(const PipelineOptions &options, const ProgressFn &progress = {},
                           const CancelToken &cancel = {});

} // namespace psnn
