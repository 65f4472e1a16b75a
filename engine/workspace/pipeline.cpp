#include "workspace/pipeline.h"
#include "data/datasets.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/fileio.h"
#include "model/modelloader.h"
#include "model/modelfile.h"
#include "model/networkeval.h"
#include "core/runtime.h"
#include "core/sha256.h"
#include "audit/auditstage.h"
#include "workspace/stagerunner.h"
#include "workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {


json settings(const SynthesisOptions &o)
{
    return {{"method", o.method}, {"images_per_class", o.imagesPerClass}, {"iterations", o.iterations},
            {"learning_rate", o.learningRate}, {"temperature", o.temperature}, {"concentration", o.concentration},
            {"epsilon", o.epsilon}, {"batch_size", o.batchSize}, {"bn_weight", o.bnWeight}, {"tv_weight", o.tvWeight},
            {"l2_weight", o.l2Weight}, {"seed", o.seed}};
}

json settings(const ConversionOptions &o)
{
    return {{"snn", snnSettingsToJson(o.snn)}, {"percentile", o.percentile}, {"balance_images", o.balanceImages},
            {"batch_size", o.batchSize}, {"seed", o.seed}};
}

json settings(const EncryptionOptions &o)
{
    return {{"epochs", o.epochs}, {"timesteps", o.timesteps}, {"learning_rate", o.learningRate},
            {"weight_decay", o.weightDecay}, {"batch_size", o.batchSize}, {"distillation", o.distillation},
            {"distill_temperature", o.distillTemperature}, {"seed", o.seed}};
}

// The inverses of settings(): what a workspace's manifest says each stage ran with.
void read(const json &j, SynthesisOptions &o)
{
    o.method = j.at("method");
    o.imagesPerClass = j.at("images_per_class");
    o.iterations = j.at("iterations");
    o.learningRate = j.at("learning_rate");
    o.temperature = j.at("temperature");
    o.concentration = j.at("concentration");
    o.epsilon = j.at("epsilon");
    o.batchSize = j.at("batch_size");
    o.bnWeight = j.at("bn_weight");
    o.tvWeight = j.at("tv_weight");
    o.l2Weight = j.at("l2_weight");
    o.seed = j.at("seed");
}

void read(const json &j, ConversionOptions &o)
{
    o.snn = snnSettingsFromJson(j.at("snn"));
    o.percentile = j.at("percentile");
    o.balanceImages = j.at("balance_images");
    o.batchSize = j.at("batch_size");
    o.seed = j.at("seed");
}

void read(const json &j, EncryptionOptions &o)
{
    o.epochs = j.at("epochs");
    o.timesteps = j.at("timesteps");
    o.learningRate = j.at("learning_rate");
    o.weightDecay = j.at("weight_decay");
    o.batchSize = j.at("batch_size");
    o.distillation = j.at("distillation");
    o.distillTemperature = j.at("distill_temperature");
    o.seed = j.at("seed");
}

json evalToJson(const SnnEvalResult &r)
{
    return {{"accuracy", r.accuracy}, {"count", r.count}, {"timesteps", r.timesteps},
            {"accuracy_per_step", r.accuracyPerStep}, {"neuron_layers", r.neuronLayers},
            {"neurons_per_layer", r.neuronsPerLayer}, {"spike_rate_per_step", r.spikeRatePerStep},
            {"spikes_per_neuron", r.spikesPerNeuron}, {"input_spikes_per_neuron", r.inputSpikesPerNeuron},
            {"seconds", r.seconds}, {"image_steps_per_second", r.imageStepsPerSecond}};
}

SnnEvalResult evalFromJson(const json &j)
{
    SnnEvalResult r;
    r.accuracy = j.at("accuracy");
    r.count = j.at("count");
    r.timesteps = j.at("timesteps");
    r.accuracyPerStep = j.at("accuracy_per_step").get<std::vector<double>>();
    r.neuronLayers = j.at("neuron_layers").get<std::vector<std::string>>();
    r.neuronsPerLayer = j.at("neurons_per_layer").get<std::vector<std::int64_t>>();
    r.spikeRatePerStep = j.at("spike_rate_per_step").get<std::vector<std::vector<double>>>();
    r.spikesPerNeuron = j.at("spikes_per_neuron").get<std::vector<double>>();
    r.inputSpikesPerNeuron = j.at("input_spikes_per_neuron");
    return r;
}

json energyToJson(const EnergyReport &e)
{
    json rows = json::array();
    for (const auto &r : e.rows)
        rows.push_back({{"layer", r.layer}, {"type", r.type}, {"macs", r.macs},
                        {"input_spikes_per_neuron", r.inputSpikesPerNeuron}, {"analog_input", r.analogInput},
                        {"synaptic_ops", r.synapticOps}, {"ann_pj", r.annPj}, {"snn_pj", r.snnPj}});
    return {{"table", {{"name", e.table.name}, {"mac_pj", e.table.macPj}, {"ac_pj", e.table.acPj}}},
            {"timesteps", e.timesteps}, {"layers", rows}, {"ann_pj", e.annPj}, {"snn_pj", e.snnPj}, {"ratio", e.ratio}};
}

// Maps a stage's own 0..1 progress into the whole pipeline's.
ProgressFn slice(const ProgressFn &progress, double from, double to)
{
    if (!progress)
        return {};
    return [=](const Progress &p) {
        Progress q = p;
        if (q.stageFraction < 0)
            q.stageFraction = p.fraction; // the innermost slice sees the stage's own fraction
        q.fraction = from + (to - from) * p.fraction;
        progress(q);
    };
}

} // namespace

PipelineOptions demoPipelineOptions(const std::string &workspace)
{
    PipelineOptions o;
    o.model = demoModelPath();
    o.workspace = workspace;
    o.testData = "fashion-mnist";
    o.synthesis.imagesPerClass = 50;
    o.synthesis.iterations = 200;
    o.synthesis.learningRate = 0.05;
    o.conversion.percentile = 99.9;
    o.conversion.snn.coding = InputCoding::PoissonPixel;
    o.conversion.snn.initialMembrane = 0.5;
    o.conversion.snn.signedSpikes = true;
    o.encryption.epochs = 3;
    o.encryption.timesteps = 30;
    o.evaluation.limit = 1000;
    o.withAudit = true;
    o.audit = demoAuditOptions();
    return o;
}

namespace {

// Runs (or, with `dryRun`, only inspects) every stage in order.
void runStages(const PipelineOptions &o, const ProgressFn &allProgress, const CancelToken &cancel,
               std::vector<StageStatus> *dryRun, PipelineResult &result)
{
    // The audit takes about as long as everything before it.
    const ProgressFn progress = o.withAudit ? slice(allProgress, 0.0, 0.55) : allProgress;
    useComputeThreads();
    if (o.model.empty())
        throw Error(ErrorCode::InvalidArgument, "no model given");
    if (o.workspace.empty())
        throw Error(ErrorCode::InvalidArgument, "no workspace folder given");
    if (!fs::exists(o.model))
        throw Error(ErrorCode::FileNotFound, "model file does not exist", o.model);
    Workspace ws(o.workspace);
    StageRunner runner(ws, result.ran, result.skipped);
    runner.setDryRun(dryRun);
    runner.setStopAfter(o.stopAfter);
    const std::string ann = ws.file("ann.psnn"), synthetic = ws.file("synthetic.bin"),
                      converted = ws.file("converted.psnn"), convertedReal = ws.file("converted-real.psnn"),
                      encrypted = ws.file("encrypted.psnn");

    const json importSettings = {{"input_shape", o.import.inputShape}, {"mean", o.import.normalization.mean},
                                 {"std", o.import.normalization.std}, {"class_names", o.import.classNames}};
    runner.run("import", importSettings, {o.model}, {"ann.psnn"}, 0, [&](const std::string &dir, StageRecord &rec) {
        cancel.check();
        const ModelSummary s = importModel(o.model, dir + "/ann.psnn", o.import);
        rec.dataFilesRead = {};
        rec.resultsJson = json{{"source", fs::absolute(o.model).lexically_normal().string()}, {"warnings", s.warnings},
                               {"parameters", s.totalParameters}, {"macs", s.totalMacs}}.dump();
    });

    runner.run("synthesize", settings(o.synthesis), {ann}, {"synthetic.bin", "synthetic.png"}, o.synthesis.seed,
               [&](const std::string &dir, StageRecord &rec) {
                   SynthesisReport rep;
                   const SyntheticSet set = synthesize(ann, o.synthesis, &rep, slice(progress, 0.0, 0.25), cancel);
                   writeSyntheticSet(set, dir + "/synthetic.bin");
                   writeSyntheticGrid(set, dir + "/synthetic.png");
                   rec.dataFilesRead = {};
                   rec.resultsJson = json{{"final_loss", rep.finalLoss}, {"assigned_to_intended", rep.assignedToIntended},
                                          {"mean_confidence", rep.meanConfidence}, {"per_class_count", rep.perClassCount},
                                          {"images_per_second", rep.imagesPerSecond}, {"loss_curve", rep.lossCurve}}
                                         .dump();
               });

    const auto conversion = [&](const ConversionReport &rep) {
        return json{{"neuron_layers", rep.neuronLayers}, {"thresholds", rep.thresholds}, {"warnings", rep.warnings},
                    {"used_real_data", rep.usedRealData}}.dump();
    };
    runner.run("convert", settings(o.conversion), {ann, synthetic}, {"converted.psnn"}, o.conversion.seed,
               [&](const std::string &dir, StageRecord &rec) {
                   const SyntheticSet set = readSyntheticSet(synthetic);
                   const ConversionReport rep =
                       convertModel(ann, set, dir + "/converted.psnn", o.conversion, slice(progress, 0.25, 0.35), cancel);
                   rec.dataFilesRead = rep.dataFilesRead;
                   rec.resultsJson = conversion(rep);
               });

    if (!o.realTrainData.empty()) {
        const ImageSet real = loadDataset(o.realTrainData, Split::Train);
        runner.run("convert_real", settings(o.conversion), [&] {
            std::vector<std::string> in{ann};
            in.insert(in.end(), real.sourceFiles.begin(), real.sourceFiles.end());
            return in;
        }(), {"converted-real.psnn"}, o.conversion.seed, [&](const std::string &dir, StageRecord &rec) {
            const ConversionReport rep = convertModelWithRealData(ann, real, dir + "/converted-real.psnn", o.conversion,
                                                                  slice(progress, 0.35, 0.4), cancel);
            rec.dataFilesRead = rep.dataFilesRead;
            rec.resultsJson = conversion(rep);
        });
    }

    runner.run("encrypt", settings(o.encryption), {converted, ann, synthetic}, {"encrypted.psnn"}, o.encryption.seed,
               [&](const std::string &dir, StageRecord &rec) {
                   const SyntheticSet set = readSyntheticSet(synthetic);
                   const EncryptionReport rep = encryptModel(converted, ann, set, dir + "/encrypted.psnn", o.encryption,
                                                             slice(progress, 0.4, 0.7), cancel);
                   json sim = json::array();
                   for (const auto &s : rep.similarity)
                       sim.push_back({{"layer", s.layer}, {"before", s.before}, {"after", s.after}});
                   rec.dataFilesRead = rep.dataFilesRead;
                   rec.resultsJson = json{{"weight_similarity", sim}, {"epoch_loss", rep.epochLoss},
                                          {"epoch_agreement", rep.epochAgreement}}.dump();
               });

    // Evaluation reads the real test set: the only stage that may.
    std::vector<std::string> models{"converted", "encrypted"};
    if (!o.realTrainData.empty())
        models.push_back("converted_real");
    std::vector<std::string> evalInputs{ann, converted, encrypted};
    if (!o.realTrainData.empty())
        evalInputs.push_back(convertedReal);
    ImageSet testSet;
    std::string evaluatedOn = "synthetic images (no test set given)";
    if (!o.testData.empty()) {
        testSet = loadDataset(o.testData, Split::Test);
        evaluatedOn = o.testData;
    } else {
        testSet = readSyntheticSet(synthetic).images();
    }
    evalInputs.insert(evalInputs.end(), testSet.sourceFiles.begin(), testSet.sourceFiles.end());
    const json evalSettings = {{"limit", o.evaluation.limit}, {"batch_size", o.evaluation.batchSize},
                               {"seed", o.evaluation.seed}, {"threshold_scale", o.evaluation.thresholdScale},
                               {"models", models}, {"evaluated_on", evaluatedOn}};
    runner.run(
        "evaluate", evalSettings, evalInputs, {"evaluation.json"}, o.evaluation.seed,
        [&](const std::string &dir, StageRecord &rec) {
            const Network annNet = loadAnyNetwork(ann);
            checkCompatible(annNet, testSet, o.testData);
            const EvalResult annEval = evaluateNetwork(annNet, testSet, o.evaluation.limit, 256, {}, cancel);
            json out = {{"evaluated_on", evaluatedOn}, {"ann", {{"accuracy", annEval.accuracy}, {"count", annEval.count}}}};
            const std::map<std::string, std::string> files = {
                {"converted", converted}, {"encrypted", encrypted}, {"converted_real", convertedReal}};
            for (std::size_t m = 0; m < models.size(); ++m) {
                const auto r = evaluateSnn(files.at(models[m]), testSet, o.evaluation,
                                           slice(progress, 0.7 + 0.28 * double(m) / double(models.size()),
                                                 0.7 + 0.28 * double(m + 1) / double(models.size())),
                                           cancel);
                out[models[m]] = evalToJson(r);
            }
            writeFileAtomic(dir + "/evaluation.json", out.dump(1) + "\n");
            rec.dataFilesRead = testSet.sourceFiles;
            rec.resultsJson = json{{"evaluated_on", evaluatedOn}}.dump();
        });

    const auto readJson = [&](const std::string &name) {
        const auto bytes = readFileMaybeGz(ws.file(name));
        return json::parse(bytes.begin(), bytes.end());
    };
    const json energySettings = {{"name", o.energy.name}, {"mac_pj", o.energy.macPj}, {"ac_pj", o.energy.acPj}};
    runner.run("energy", energySettings, {ws.file("evaluation.json"), converted, encrypted}, {"energy.json"}, 0,
               [&](const std::string &dir, StageRecord &rec) {
                   const json evaluation = readJson("evaluation.json");
                   json out;
                   for (const std::string m : {"converted", "encrypted"})
                       out[m] = energyToJson(estimateEnergy(m == "converted" ? converted : encrypted,
                                                            evalFromJson(evaluation.at(m)), o.energy));
                   writeFileAtomic(dir + "/energy.json", out.dump(1) + "\n");
                   rec.dataFilesRead = {};
               });

    if (dryRun) {
        if (o.withAudit)
            runAuditStage(o.workspace, o.audit, {}, cancel, dryRun);
        return;
    }

    // results.json: the numbers a person or a script looks for first.
    const json evaluation = readJson("evaluation.json");
    const json energy = readJson("energy.json");
    json results = {{"workspace", fs::absolute(o.workspace).string()},
                    {"evaluated_on", evaluation.at("evaluated_on")},
                    {"ann", evaluation.at("ann")}};
    json accuracyVsStep = json::object();
    for (const auto &m : models) {
        results[m] = {{"accuracy", evaluation.at(m).at("accuracy")}, {"timesteps", evaluation.at(m).at("timesteps")},
                      {"spikes_per_neuron", evaluation.at(m).at("spikes_per_neuron")}};
        accuracyVsStep[m] = evaluation.at(m).at("accuracy_per_step");
    }
    results["accuracy_vs_timestep"] = accuracyVsStep;
    results["energy"] = {{"ann_pj", energy.at("encrypted").at("ann_pj")}, {"snn_pj", energy.at("encrypted").at("snn_pj")},
                         {"ratio", energy.at("encrypted").at("ratio")},
                         {"converted_snn_pj", energy.at("converted").at("snn_pj")},
                         {"converted_ratio", energy.at("converted").at("ratio")}};
    results["weight_similarity"] = json::parse(ws.stage("encrypt")->resultsJson).at("weight_similarity");
    results["thresholds"] = json::parse(ws.stage("convert")->resultsJson).at("thresholds");
    results["synthesis"] = json::parse(ws.stage("synthesize")->resultsJson);
    json filesRead = json::object();
    for (const auto &name : ws.stageNames())
        filesRead[name] = ws.stage(name)->dataFilesRead;
    results["data_files_read"] = filesRead;
    results["stages_run"] = result.ran;
    results["stages_skipped"] = result.skipped;
    result.resultsJson = results.dump(2) + "\n";
    result.resultsPath = ws.file("results.json");
    writeFileAtomic(result.resultsPath, result.resultsJson);
    if (o.withAudit) {
        const AuditResult audit = runAuditStage(o.workspace, o.audit, slice(allProgress, 0.55, 1.0), cancel, nullptr);
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
    return result;
}

PipelineOptions pipelineOptionsFromWorkspace(const std::string &workspace, PipelineOptions o)
{
    const Workspace ws(workspace, false);
    const auto settings = [&](const char *stage) {
        const auto rec = ws.stage(stage);
        return rec ? json::parse(rec->settingsJson) : json();
    };
    try {
        if (const auto rec = ws.stage("import")) {
            o.model = json::parse(rec->resultsJson).at("source");
            const json j = json::parse(rec->settingsJson);
            o.import.inputShape = j.at("input_shape").get<Shape>();
            o.import.normalization.mean = j.at("mean").get<std::vector<float>>();
            o.import.normalization.std = j.at("std").get<std::vector<float>>();
            o.import.classNames = j.at("class_names").get<std::vector<std::string>>();
        }
        if (const json j = settings("synthesize"); !j.is_null())
            read(j, o.synthesis);
        if (const json j = settings("convert"); !j.is_null())
            read(j, o.conversion);
        if (const json j = settings("encrypt"); !j.is_null())
            read(j, o.encryption);
        if (const json j = settings("evaluate"); !j.is_null()) {
            o.evaluation.limit = j.at("limit");
            o.evaluation.batchSize = j.at("batch_size");
            o.evaluation.seed = j.at("seed");
            o.evaluation.thresholdScale = j.at("threshold_scale");
            const std::string on = j.at("evaluated_on");
            o.testData = on.rfind("synthetic images", 0) == 0 ? std::string() : on;
        }
        if (const json j = settings("energy"); !j.is_null()) {
            o.energy.name = j.at("name");
            o.energy.macPj = j.at("mac_pj");
            o.energy.acPj = j.at("ac_pj");
        }
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
