#include "workspace/sweep.h"

#include "audit/auditjson.h"
#include "audit/leakageaudit.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/modelloader.h"
#include "model/networkeval.h"
#include "snn/snnevaluation.h"
#include "workspace/pipelinestages.h"
#include "workspace/resultsfile.h"
#include "workspace/stagerunner.h"
#include "workspace/workspacelock.h"
#include "workspace/stagesettings.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

void validate(const SweepOptions &o)
{
    if (o.strengths.empty())
        throw Error(ErrorCode::InvalidArgument, "a sweep needs at least one strength (--strengths a,b,...)");
    const std::vector<std::string> known = {"privacy-weight", "scramble", "epochs", "learning-rate"};
    if (std::find(known.begin(), known.end(), o.parameter) == known.end())
        throw Error(ErrorCode::InvalidArgument, "a sweep varies privacy-weight, scramble, epochs or learning-rate, not '"
                                                    + o.parameter + "'");
    if (o.testData.empty())
        throw Error(ErrorCode::InvalidArgument, "a sweep needs test data for each SNN's accuracy (--test-data)");
    validateAuditOptions(o.audit);
}

EncryptionOptions atStrength(const SweepOptions &o, double s)
{
    EncryptionOptions e = o.encryption;
    if (o.parameter == "privacy-weight")
        e.privacyWeight = s;
    else if (o.parameter == "scramble")
        e.scrambleSpread = int(s);
    else if (o.parameter == "epochs")
        e.epochs = int(s);
    else
        e.learningRate = s;
    return e;
}

json settingsJson(const SweepOptions &o)
{
    return {{"parameter", o.parameter}, {"strengths", o.strengths}, {"encryption", psnn::settingsJson(o.encryption)},
            {"test_data", o.testData}, {"test_limit", o.testLimit}, {"audit", auditSettingsJson(o.audit)}};
}

SweepPoint pointFromJson(const json &j)
{
    SweepPoint p;
    p.strength = j.at("strength");
    p.accuracy = j.at("accuracy");
    p.testImages = j.at("test_images");
    p.model = j.at("model");
    for (const auto &a : j.at("attacks"))
        p.attacks.push_back(attackFromJson(a));
    return p;
}

} // namespace

SweepResult runSweep(const SweepOptions &options, const ProgressFn &progress, const CancelToken &cancel)
{
    validate(options);
    useComputeThreads();
    Workspace ws(options.workspace, false);
    const WorkspaceLock lock(options.workspace);
    const std::string ann = ws.file("ann.psnn"), converted = ws.file("converted.psnn"), synthetic = ws.file("synthetic.bin");
    for (const auto &f : {ann, converted, synthetic})
        if (!fs::exists(f))
            throw Error(ErrorCode::FileNotFound, "a sweep needs the pipeline up to `convert` first: missing " +
                                                     fs::path(f).filename().string(), options.workspace);
    SweepOptions o = options;
    o.audit.models = {"encrypted"};
    AuditInputs in;
    in.models["ann"] = loadAnyNetwork(ann);
    in.models["converted"] = loadAnyNetwork(converted);
    in.judge = loadJudge(o.audit.judge, in.models.at("ann"));
    const ImageSet test = loadDataset(o.testData, Split::Test);
    checkCompatible(in.models.at("ann"), test, o.testData);
    if (!o.audit.realData.empty())
        in.real = loadDataset(o.audit.realData, Split::Test);
    o.audit.memberData.clear(); // membership does not depend on how the weights read
    o.audit.nonMemberData.clear();

    std::vector<std::string> inputs{ann, converted, synthetic, o.audit.judge};
    inputs.insert(inputs.end(), test.sourceFiles.begin(), test.sourceFiles.end());
    std::vector<std::string> outputs{"sweep.json"};
    for (std::size_t i = 0; i < o.strengths.size(); ++i)
        outputs.push_back("sweep-" + std::to_string(i) + ".psnn");
    std::vector<std::string> ran, skipped;
    StageRunner runner(ws, ran, skipped);
    runner.run("sweep", settingsJson(o), inputs, outputs, o.encryption.seed, [&](const std::string &dir, StageRecord &rec) {
        const SyntheticSet set = readSyntheticSet(synthetic);
        json points = json::array();
        const double n = double(o.strengths.size());
        for (std::size_t i = 0; i < o.strengths.size(); ++i) {
            const double s = o.strengths[i];
            const std::string model = "sweep-" + std::to_string(i) + ".psnn";
            const auto part = [&](double from, double to) {
                return progressSlice(progress, (double(i) + from) / n, (double(i) + to) / n);
            };
            encryptModel(converted, ann, set, dir + "/" + model, atStrength(o, s), part(0.0, 0.4), cancel);
            SnnEvalOptions eo;
            eo.limit = o.testLimit;
            const SnnEvalResult eval = evaluateSnn(dir + "/" + model, test, eo, part(0.4, 0.5), cancel);
            AuditInputs point = in;
            point.models["encrypted"] = loadAnyNetwork(dir + "/" + model);
            point.files = {{"ann", ann}, {"converted", converted}, {"encrypted", dir + "/" + model}};
            const std::string auditDir = dir + "/audit-" + std::to_string(i);
            fs::create_directories(auditDir);
            json audit = runLeakageAudit(point, o.audit, auditDir, part(0.5, 1.0), cancel);
            // A sweep keeps the numbers; the galleries stay in the stage's scratch folder (the point
            // an auditor picks gets its galleries from the pipeline's audit).
            for (auto &a : audit.at("attacks"))
                a["gallery"] = "";
            points.push_back({{"strength", s}, {"accuracy", eval.accuracy}, {"test_images", eval.count},
                              {"model", model}, {"attacks", audit.at("attacks")}});
        }
        const json out = {{"format", "privatesnn-sweep"}, {"parameter", o.parameter},
                          {"chance", 1.0 / in.models.at("ann").numClasses()}, {"points", points}};
        writeFileAtomic(dir + "/sweep.json", out.dump(1) + "\n");
        rec.dataFilesRead = test.sourceFiles;
        rec.dataFilesRead.insert(rec.dataFilesRead.end(), in.real.sourceFiles.begin(), in.real.sourceFiles.end());
        rec.resultsJson = json{{"parameter", o.parameter}, {"points", points.size()}}.dump();
    });

    SweepResult result;
    const json sweep = readJsonFile(ws.file("sweep.json"), "sweep results");
    for (const auto &p : sweep.at("points"))
        result.points.push_back(pointFromJson(p));
    result.json = sweep.dump();
    result.skipped = !skipped.empty();
    json frontier = json::array();
    for (const auto &p : result.points) {
        json row = {{"strength", p.strength}, {"accuracy", p.accuracy}};
        for (const auto &a : p.attacks)
            row[a.scenario] = {{"attack_top1", a.attackTop1}, {"interval", {a.top1Interval.low, a.top1Interval.high}},
                               {"reconstructions", a.reconstructions}};
        frontier.push_back(row);
    }
    // results.json gains the frontier; the rest stays.
    updateResults(ws, [&](json &results) { results["sweep"] = {{"parameter", sweep.at("parameter")}, {"points", frontier}}; });
    return result;
}

} // namespace psnn
