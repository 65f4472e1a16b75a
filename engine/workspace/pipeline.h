#pragma once
// Public: every stage in order on a workspace, resumable (the CLI's `pipeline`, the GUI's
// "Make private SNN").

#include "audit/audit.h"
#include "core/progress.h"
#include "model/models.h"
#include "snn/conversion.h"
#include "snn/encryption.h"
#include "snn/energy.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"
#include "workspace/workspace.h"

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
    std::string stopAfter;          ///< non-empty: stop after this stage (earlier ones still run or are skipped)
};

/// `base` with everything the workspace records: its settings.json when there is one (the
/// settings the next run uses), else the source model and the settings each finished stage ran
/// with (so that reopening a workspace finds its stages current). Throws Error(FileNotFound) for a
/// missing workspace, Error(BadFormat) for damaged settings.
PipelineOptions pipelineOptionsFromWorkspace(const std::string &workspace, PipelineOptions base = {});

/// The stages runPipeline() would run, in order, each with its state, without running anything.
/// A missing workspace gives every stage NotRun; a damaged manifest throws Error(BadFormat).
std::vector<StageStatus> pipelineStatus(const PipelineOptions &options);

/// The workbench's own settings, which the window starts every model from and `pipeline
/// --recommended` too: the DESIGN defaults except 50 images per class made in 200 synthesis steps
/// at learning rate 0.05 (the paper's 100 x 2,500 takes hours on a CPU); auto conversion at T = 32
/// with quantisation-aware thresholds, starting from Poisson coding of pixels with half start and
/// signed spikes; 3 encryption epochs at T = 32, deployed at the smallest T the boundary probes
/// allow, channel scrambling 8; 1,000 test images; the audit with demoAuditOptions() and the
/// bundled judge for `testData`'s classes when there is one (else no audit). See bench/RESULTS.md
/// for why each.
PipelineOptions recommendedPipelineOptions(const std::string &model, const std::string &testData,
                                           const std::string &workspace);
/// recommendedPipelineOptions() on the bundled Fashion-MNIST model (`pipeline --demo`).
PipelineOptions demoPipelineOptions(const std::string &workspace);

/// Writes <workspace>/settings.json: every setting of `options`, atomically, creating the folder.
/// runPipeline() writes it before the first stage (unless it stops after one); the GUI whenever it
/// starts a run or an import is set up.
void writePipelineSettings(const PipelineOptions &options);
/// Reads <workspace>/settings.json into `options` (workspace set); false when there is none.
/// Throws Error(BadFormat) naming the file when it is damaged.
bool readPipelineSettings(const std::string &workspace, PipelineOptions &options);

/// A warning a finished stage recorded, with what fixes it (ImportWarning::topic; "" for nothing).
struct StageWarning {
    std::string stage;
    std::string topic;
    std::string message;
};

/// Every warning the workspace's finished stages recorded (import, convert), in pipeline order.
std::vector<StageWarning> pipelineWarnings(const std::string &workspace);

struct PipelineResult {
    std::string resultsPath;        ///< <workspace>/results.json
    std::string resultsJson;
    std::vector<std::string> ran;
    std::vector<std::string> skipped; ///< current stages that were not redone
    bool stoppedEarly = false;      ///< stopped after options.stopAfter; results.json not rewritten
    std::vector<ConversionCandidate> conversionCandidates; ///< auto conversion: every candidate tried
    int conversionChosen = -1;      ///< auto conversion: the one chosen
    std::vector<StageWarning> warnings; ///< of every stage, run now or earlier (pipelineWarnings())
};

/// Runs import, synthesize, convert (and convert_real), encrypt, evaluate, energy (and audit);
/// writes results.json. Progress stages are named after the stages. Throws Error or Cancelled; a
/// cancelled or failed stage leaves the workspace as it was before that stage.
PipelineResult runPipeline(const PipelineOptions &options, const ProgressFn &progress = {},
                           const CancelToken &cancel = {});

} // namespace psnn
