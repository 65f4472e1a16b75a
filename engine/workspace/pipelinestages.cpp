#include "workspace/pipelinestages.h"

#include "core/fileio.h"
#include "data/datasets.h"
#include "model/modelloader.h"
#include "model/modelfile.h"
#include "model/networkeval.h"
#include "snn/converter.h"
#include "snn/deploysearch.h"
#include "workspace/stagesettings.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

json conversionResults(const ConversionReport &rep)
{
    json j = {{"neuron_layers", rep.neuronLayers}, {"thresholds", rep.thresholds}, {"warnings", rep.warnings},
              {"used_real_data", rep.usedRealData}, {"snn", snnSettingsToJson(rep.snn)}, {"percentile", rep.percentile}};
    if (!rep.candidates.empty())
        j["auto"] = {{"candidates", candidatesJson(rep.candidates)}, {"chosen", rep.chosen}};
    return j;
}

json readWorkspaceJson(const Workspace &ws, const std::string &name)
{
    const auto bytes = readFileMaybeGz(ws.file(name));
    return json::parse(bytes.begin(), bytes.end());
}

} // namespace

ProgressFn progressSlice(const ProgressFn &progress, double from, double to)
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

PipelineStages::PipelineStages(const PipelineOptions &options, Workspace &ws, StageRunner &runner,
                               const ProgressFn &progress, const CancelToken &cancel)
    : m_o(options), m_ws(ws), m_runner(runner), m_progress(progress), m_cancel(cancel), m_ann(ws.file("ann.psnn")),
      m_synthetic(ws.file("synthetic.bin")), m_converted(ws.file("converted.psnn")),
      m_convertedReal(ws.file("converted-real.psnn")), m_encrypted(ws.file("encrypted.psnn"))
{
}

void PipelineStages::importModel()
{
    m_runner.run("import", importSettingsJson(m_o.import), {m_o.model}, {"ann.psnn"}, 0,
                 [&](const std::string &dir, StageRecord &rec) {
                     m_cancel.check();
                     ImportOptions io = m_o.import;
                     io.cancel = m_cancel;
                     const ModelSummary s = psnn::importModel(m_o.model, dir + "/ann.psnn", io);
                     json results = {{"source", fs::absolute(m_o.model).lexically_normal().string()},
                                     {"warnings", warningMessages(s.warnings)},
                                     {"warning_topics", warningTopics(s.warnings)},
                                     {"parameters", s.totalParameters},
                                     {"macs", s.totalMacs}};
                     // The normalisation was chosen after a look at test images: say so, and
                     // list them as read, like evaluation's.
                     const ImportCheckRecord &check = m_o.import.check;
                     rec.dataFilesRead = check.dataFiles;
                     if (!check.testData.empty())
                         results["normalization_check"] = {
                             {"test_data", check.testData}, {"images", check.images},
                             {"accuracy", check.accuracy}, {"normalization", check.normalization},
                             {"reads", "the test set only, like evaluation: the ANN's accuracy with each "
                                       "normalisation preset, to find the one it was trained with"}};
                     rec.resultsJson = results.dump();
                 });
}

void PipelineStages::synthesize()
{
    m_runner.run("synthesize", settingsJson(m_o.synthesis), {m_ann}, {"synthetic.bin", "synthetic.png"},
                 m_o.synthesis.seed, [&](const std::string &dir, StageRecord &rec) {
                     SynthesisReport rep;
                     const SyntheticSet set = psnn::synthesize(m_ann, m_o.synthesis, &rep,
                                                               progressSlice(m_progress, 0.0, 0.25), m_cancel);
                     writeSyntheticSet(set, dir + "/synthetic.bin");
                     writeSyntheticGrid(set, dir + "/synthetic.png");
                     rec.dataFilesRead = {};
                     rec.resultsJson = json{{"final_loss", rep.finalLoss},
                                            {"assigned_to_intended", rep.assignedToIntended},
                                            {"mean_confidence", rep.meanConfidence},
                                            {"per_class_count", rep.perClassCount},
                                            {"images_per_second", rep.imagesPerSecond},
                                            {"loss_curve", rep.lossCurve}}
                                           .dump();
                 });
}

void PipelineStages::convert()
{
    m_runner.run("convert", settingsJson(m_o.conversion), {m_ann, m_synthetic}, {"converted.psnn"}, m_o.conversion.seed,
                 [&](const std::string &dir, StageRecord &rec) {
                     const SyntheticSet set = readSyntheticSet(m_synthetic);
                     const ConversionReport rep = convertModel(m_ann, set, dir + "/converted.psnn", m_o.conversion,
                                                               progressSlice(m_progress, 0.25, 0.35), m_cancel);
                     rec.dataFilesRead = rep.dataFilesRead;
                     rec.resultsJson = conversionResults(rep).dump();
                 });
}

void PipelineStages::convertWithRealData()
{
    const ImageSet real = loadDataset(m_o.realTrainData, Split::Train);
    std::vector<std::string> inputs{m_ann};
    inputs.insert(inputs.end(), real.sourceFiles.begin(), real.sourceFiles.end());
    // The comparison is of thresholds: real data gets the settings auto chose on synthetic images.
    ConversionOptions options = m_o.conversion;
    if (options.automatic) {
        inputs.push_back(m_converted);
        options.automatic = false;
        if (const auto rec = m_ws.stage("convert"); rec && fs::exists(m_converted)) {
            const json chosen = json::parse(rec->resultsJson);
            options.snn = snnSettingsFromJson(chosen.at("snn"));
            options.percentile = chosen.at("percentile");
        }
    }
    m_runner.run("convert_real", settingsJson(options), inputs, {"converted-real.psnn"}, options.seed,
                 [&, options](const std::string &dir, StageRecord &rec) {
                     const ConversionReport rep =
                         convertModelWithRealData(m_ann, real, dir + "/converted-real.psnn", options,
                                                  progressSlice(m_progress, 0.35, 0.4), m_cancel);
                     rec.dataFilesRead = rep.dataFilesRead;
                     rec.resultsJson = conversionResults(rep).dump();
                 });
}

void PipelineStages::encrypt()
{
    m_runner.run("encrypt", settingsJson(m_o.encryption), {m_converted, m_ann, m_synthetic}, {"encrypted.psnn"},
                 m_o.encryption.seed, [&](const std::string &dir, StageRecord &rec) {
                     const SyntheticSet set = readSyntheticSet(m_synthetic);
                     const EncryptionReport rep =
                         encryptModel(m_converted, m_ann, set, dir + "/encrypted.psnn", m_o.encryption,
                                      progressSlice(m_progress, 0.4, 0.7), m_cancel);
                     json sim = json::array();
                     for (const auto &s : rep.similarity)
                         sim.push_back({{"layer", s.layer}, {"before", s.before}, {"after", s.after}});
                     rec.dataFilesRead = rep.dataFilesRead;
                     rec.resultsJson = json{{"weight_similarity", sim},
                                            {"epoch_loss", rep.epochLoss},
                                            {"epoch_agreement", rep.epochAgreement},
                                            {"epoch_spike_load", rep.epochSpikeLoad},
                                            {"deployed_timesteps", rep.deployedTimesteps},
                                            {"deploy_search", deploySearchToJson(rep.deploySearch, m_o.encryption.deployMargin)}}
                                           .dump();
                 });
}

std::vector<std::string> PipelineStages::evaluatedModels() const
{
    std::vector<std::string> models{"converted", "encrypted"};
    if (!m_o.realTrainData.empty())
        models.push_back("converted_real");
    return models;
}

void PipelineStages::evaluate()
{
    const auto models = evaluatedModels();
    std::vector<std::string> inputs{m_ann, m_converted, m_encrypted};
    if (!m_o.realTrainData.empty())
        inputs.push_back(m_convertedReal);
    ImageSet testSet;
    std::string evaluatedOn = "synthetic images (no test set given)";
    if (!m_o.testData.empty()) {
        testSet = loadDataset(m_o.testData, Split::Test);
        evaluatedOn = m_o.testData;
    } else {
        testSet = readSyntheticSet(m_synthetic).images();
    }
    inputs.insert(inputs.end(), testSet.sourceFiles.begin(), testSet.sourceFiles.end());
    const auto &e = m_o.evaluation;
    const json settings = {{"limit", e.limit},         {"batch_size", e.batchSize},
                           {"seed", e.seed},           {"threshold_scale", e.thresholdScale},
                           {"models", models},         {"evaluated_on", evaluatedOn}};
    m_runner.run("evaluate", settings, inputs, {"evaluation.json"}, e.seed, [&](const std::string &dir, StageRecord &rec) {
        const Network annNet = loadAnyNetwork(m_ann);
        checkCompatible(annNet, testSet, m_o.testData);
        const EvalResult annEval = evaluateNetwork(annNet, testSet, e.limit, 256, {}, m_cancel);
        json out = {{"evaluated_on", evaluatedOn}, {"ann", {{"accuracy", annEval.accuracy}, {"count", annEval.count}}}};
        const std::map<std::string, std::string> files = {
            {"converted", m_converted}, {"encrypted", m_encrypted}, {"converted_real", m_convertedReal}};
        for (std::size_t m = 0; m < models.size(); ++m) {
            const double from = 0.7 + 0.28 * double(m) / double(models.size());
            const double to = 0.7 + 0.28 * double(m + 1) / double(models.size());
            const auto r = evaluateSnn(files.at(models[m]), testSet, e, progressSlice(m_progress, from, to), m_cancel);
            out[models[m]] = evalToJson(r);
        }
        writeFileAtomic(dir + "/evaluation.json", out.dump(1) + "\n");
        rec.dataFilesRead = testSet.sourceFiles;
        rec.resultsJson = json{{"evaluated_on", evaluatedOn}}.dump();
    });
}

void PipelineStages::energy()
{
    m_runner.run("energy", energySettingsJson(m_o.energy), {m_ws.file("evaluation.json"), m_converted, m_encrypted},
                 {"energy.json"}, 0, [&](const std::string &dir, StageRecord &rec) {
                     const json evaluation = readWorkspaceJson(m_ws, "evaluation.json");
                     json out;
                     for (const std::string m : {"converted", "encrypted"})
                         out[m] = energyToJson(estimateEnergy(m == "converted" ? m_converted : m_encrypted,
                                                              evalFromJson(evaluation.at(m)), m_o.energy));
                     writeFileAtomic(dir + "/energy.json", out.dump(1) + "\n");
                     rec.dataFilesRead = {};
                 });
}

void PipelineStages::writeResults(PipelineResult &result) const
{
    const json evaluation = readWorkspaceJson(m_ws, "evaluation.json");
    const json energy = readWorkspaceJson(m_ws, "energy.json");
    json results = {{"workspace", fs::absolute(m_o.workspace).string()},
                    {"evaluated_on", evaluation.at("evaluated_on")},
                    {"ann", evaluation.at("ann")}};
    json accuracyVsStep = json::object();
    for (const auto &m : evaluatedModels()) {
        results[m] = {{"accuracy", evaluation.at(m).at("accuracy")}, {"timesteps", evaluation.at(m).at("timesteps")},
                      {"spikes_per_neuron", evaluation.at(m).at("spikes_per_neuron")}};
        accuracyVsStep[m] = evaluation.at(m).at("accuracy_per_step");
    }
    results["accuracy_vs_timestep"] = accuracyVsStep;
    const json &enc = energy.at("encrypted");
    results["energy"] = {{"table", enc.value("table", json())},
                         {"ann_pj", enc.at("ann_pj")},
                         {"snn_pj", enc.at("snn_pj")},
                         {"ratio", enc.at("ratio")},
                         {"snn_pj_per_step", enc.value("snn_pj_per_step", json())},
                         {"ratio_per_step", enc.value("ratio_per_step", json())},
                         {"converted_snn_pj", energy.at("converted").at("snn_pj")},
                         {"converted_ratio", energy.at("converted").at("ratio")}};
    const json encrypt = json::parse(m_ws.stage("encrypt")->resultsJson);
    results["weight_similarity"] = encrypt.at("weight_similarity");
    results["deployment"] = {{"timesteps", encrypt.value("deployed_timesteps", json())},
                             {"search", encrypt.value("deploy_search", json())}};
    const json conversion = json::parse(m_ws.stage("convert")->resultsJson);
    results["thresholds"] = conversion.at("thresholds");
    results["conversion"] = {{"snn", conversion.value("snn", json())}, {"percentile", conversion.value("percentile", json())}};
    if (conversion.contains("auto")) {
        results["conversion"]["auto"] = conversion.at("auto");
        result.conversionCandidates = candidatesFromJson(conversion.at("auto").at("candidates"));
        result.conversionChosen = conversion.at("auto").at("chosen");
    }
    results["synthesis"] = json::parse(m_ws.stage("synthesize")->resultsJson);
    json filesRead = json::object();
    for (const auto &name : m_ws.stageNames())
        filesRead[name] = m_ws.stage(name)->dataFilesRead;
    results["data_files_read"] = filesRead;
    results["stages_run"] = result.ran;
    results["stages_skipped"] = result.skipped;
    result.resultsJson = results.dump(2) + "\n";
    result.resultsPath = m_ws.file("results.json");
    writeFileAtomic(result.resultsPath, result.resultsJson);
}

} // namespace psnn
