#include "workspace/pipeline.h"

#include "audit/auditjson.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/runtime.h"
#include "model/models.h"
#include "workspace/auditstage.h"
#include "workspace/pipelinestages.h"
#include "workspace/stagerunner.h"
#include "workspace/stagesettings.h"
#include "workspace/workspacelock.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

PipelineOptions recommendedPipelineOptions(const std::string &model, const std::string &testData,
                                           const std::string &workspace)
{
    PipelineOptions o;
    o.model = model;
    o.workspace = workspace;
    o.testData = testData;
    o.synthesis.imagesPerClass = 50;
    o.synthesis.iterations = 200;
    o.synthesis.learningRate = 0.05;
    o.conversion.automatic = true;
    o.conversion.percentile = 99.9;
    // Low latency (bench/RESULTS.md, "Low-latency SNNs"): T = 32 instead of 100 with
    // quantisation-aware thresholds (+0.2 points and 8 % less energy than the 99th percentile
    // there), and the encrypted SNN runs at the smallest T the boundary probes allow (32 on this
    // model: 16 loses 2 points on real images).
    o.conversion.snn.timesteps = 32;
    o.conversion.quantizedThresholds = true;
    o.conversion.snn.coding = InputCoding::PoissonPixel;
    o.conversion.snn.initialMembrane = 0.5;
    o.conversion.snn.signedSpikes = true;
    o.encryption.epochs = 3;
    o.encryption.timesteps = 32;
    o.encryption.deployTimesteps = "search";
    // The project's own channel scrambling: scenario 1 falls to chance at no cost in accuracy
    // (bench/RESULTS.md, "Encryption that hides the classes"); the privacy weight is left off, as
    // it takes the SNN's accuracy down with the threshold-aware reading.
    o.encryption.scrambleSpread = 8;
    o.evaluation.limit = 1000;
    o.audit = demoAuditOptions();
    o.audit.judge = testData.empty() ? std::string() : bundledJudgePath(testData);
    if (!o.audit.judge.empty() && !fs::exists(o.audit.judge))
        o.audit.judge.clear();
    o.withAudit = !o.audit.judge.empty();
    return o;
}

PipelineOptions demoPipelineOptions(const std::string &workspace)
{
    return recommendedPipelineOptions(demoModelPath(), "fashion-mnist", workspace);
}

namespace {

// Runs (or, with `dryRun`, only inspects) every stage in order.
void runStages(const PipelineOptions &o, const ProgressFn &allProgress, const CancelToken &cancel,
               std::vector<StageStatus> *dryRun, PipelineResult &result)
{
    // The audit takes about as long as everything before it.
    const ProgressFn progress = o.withAudit ? progressSlice(allProgress, 0.0, 0.55) : allProgress;
    useComputeThreads();
    if (o.model.empty())
        throw Error(ErrorCode::InvalidArgument, "no model given");
    if (o.workspace.empty())
        throw Error(ErrorCode::InvalidArgument, "no workspace folder given");
    if (!fs::exists(o.model))
        throw Error(ErrorCode::FileNotFound, "model file does not exist", o.model);
    Workspace ws(o.workspace);
    std::optional<WorkspaceLock> lock;
    if (!dryRun)
        lock.emplace(o.workspace);
    // A run up to one step (the GUI's Run buttons) is not the pipeline the person set up; the GUI
    // saves that itself.
    if (!dryRun && o.stopAfter.empty())
        writePipelineSettings(o);
    StageRunner runner(ws, result.ran, result.skipped);
    runner.setDryRun(dryRun);
    runner.setStopAfter(o.stopAfter);

    PipelineStages stages(o, ws, runner, progress, cancel);
    stages.importModel();
    stages.synthesize();
    stages.convert();
    if (!o.realTrainData.empty())
        stages.convertWithRealData();
    stages.encrypt();
    stages.evaluate();
    stages.energy();
    if (dryRun) {
        if (o.withAudit)
            runAuditStage(o.workspace, o.audit, {}, cancel, dryRun);
        return;
    }
    stages.writeResults(result);
    if (o.withAudit) {
        const AuditResult audit =
            runAuditStage(o.workspace, o.audit, progressSlice(allProgress, 0.55, 1.0), cancel, nullptr);
        (audit.skipped ? result.skipped : result.ran).push_back("audit");
        const auto bytes = readFileMaybeGz(result.resultsPath);
        result.resultsJson.assign(bytes.begin(), bytes.end());
    }
    if (allProgress)
        allProgress({"pipeline", 1.0, 0, 0, "done"});
}

} // namespace

PipelineResult runPipeline(const PipelineOptions &o, const ProgressFn &progress, const CancelToken &cancel)
{
    PipelineResult result;
    try {
        runStages(o, progress, cancel, nullptr, result);
    } catch (const StageRunner::StopAfter &) {
        result.stoppedEarly = true;
        if (progress)
            progress({o.stopAfter, 1.0, 0, 0, "done"});
    }
    result.warnings = pipelineWarnings(o.workspace);
    return result;
}

namespace {

PipelineOptions readWorkspaceOptions(const std::string &workspace, PipelineOptions o)
{
    if (readPipelineSettings(workspace, o))
        return o;
    const Workspace ws(workspace, false);
    const auto settings = [&](const char *stage) {
        const auto rec = ws.stage(stage);
        return rec ? json::parse(rec->settingsJson) : json();
    };
    try {
        if (const auto rec = ws.stage("import")) {
            o.model = json::parse(rec->resultsJson).at("source");
            readImportSettings(json::parse(rec->settingsJson), o.import);
        }
        if (const json j = settings("synthesize"); !j.is_null())
            readSettings(j, o.synthesis);
        if (const json j = settings("convert"); !j.is_null())
            readSettings(j, o.conversion);
        if (const json j = settings("encrypt"); !j.is_null())
            readSettings(j, o.encryption);
        if (const json j = settings("evaluate"); !j.is_null()) {
            o.evaluation.limit = j.at("limit");
            o.evaluation.batchSize = j.at("batch_size");
            o.evaluation.seed = j.at("seed");
            o.evaluation.thresholdScale = j.at("threshold_scale");
            const std::string on = j.at("evaluated_on");
            o.testData = on.rfind("synthetic images", 0) == 0 ? std::string() : on;
        }
        if (const json j = settings("energy"); !j.is_null())
            readEnergySettings(j, o.energy);
        if (const json j = settings("audit"); !j.is_null()) {
            o.withAudit = true;
            o.audit = auditOptionsFromJson(j);
        }
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("the manifest's stage settings are damaged: ") + e.what(),
                    ws.file("manifest.json"));
    }
    o.workspace = workspace;
    return o;
}

} // namespace

PipelineOptions pipelineOptionsFromWorkspace(const std::string &workspace, PipelineOptions base)
{
    // Settings that parse but that this build refuses (an unknown input coding, a model the
    // audit cannot attack) are refused here, naming the file they came from, rather than later as
    // if they were the user's options. The other stages check the rest only when they run.
    try {
        PipelineOptions o = readWorkspaceOptions(workspace, std::move(base));
        if (o.withAudit)
            validateAuditOptions(o.audit);
        return o;
    } catch (const Error &e) {
        if (!e.context().empty())
            throw;
        const fs::path settings = fs::path(workspace) / "settings.json";
        throw Error(ErrorCode::BadFormat, std::string("holds a setting this build refuses: ") + e.what(),
                    (fs::exists(settings) ? settings : fs::path(workspace) / "manifest.json").string());
    }
}

std::vector<StageStatus> pipelineStatus(const PipelineOptions &o)
{
    std::vector<StageStatus> statuses;
    if (!fs::exists(fs::path(o.workspace) / "manifest.json") || !fs::exists(o.model)) {
        for (const char *name : {"import", "synthesize", "convert", "encrypt", "evaluate", "energy", "audit"})
            if (std::string(name) != "audit" || o.withAudit) {
                StageStatus status;
                status.stage = name;
                statuses.push_back(status);
            }
        return statuses;
    }
    PipelineResult unused;
    runStages(o, {}, {}, &statuses, unused);
    // Every stage consumes its predecessors' outputs: behind a stage that would run, the
    // finished ones will run again too.
    bool upstreamChanges = false;
    for (auto &st : statuses) {
        if (upstreamChanges && st.state == StageState::Done)
            st.state = StageState::Stale;
        upstreamChanges = upstreamChanges || st.state != StageState::Done;
    }
    return statuses;
}

} // namespace psnn
