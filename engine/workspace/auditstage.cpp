#include "workspace/auditstage.h"

#include "audit/auditjson.h"
#include "audit/leakageaudit.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/modelloader.h"
#include "model/networkeval.h"
#include "workspace/resultsfile.h"
#include "workspace/stagerunner.h"
#include "workspace/workspacelock.h"

#include <filesystem>
#include <optional>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

const std::map<std::string, std::string> kMissing = {
    {"ann", "no imported ANN (ann.psnn): run `import` or `pipeline` first"},
    {"converted", "no converted SNN (converted.psnn): run `convert` or `pipeline` first"},
    {"encrypted", "no encrypted SNN (encrypted.psnn): run `encrypt` or `pipeline` first"}};

// The models, the judge and the real data the options name, each checked against the ANN.
AuditInputs loadInputs(const std::map<std::string, std::string> &files, const AuditOptions &o)
{
    AuditInputs in;
    in.files = files;
    for (const auto &m : auditedModels())
        in.models[m] = loadAnyNetwork(files.at(m));
    const Network &ann = in.models.at("ann");
    in.judge = loadJudge(o.judge, ann);
    if (!o.realData.empty()) {
        in.real = loadDataset(o.realData, Split::Test);
        checkCompatible(ann, in.real, o.realData);
    }
    if (!o.memberData.empty()) {
        in.members = loadDataset(o.memberData, Split::Train);
        in.nonMembers = loadDataset(o.nonMemberData, Split::Test);
        checkCompatible(ann, in.members, o.memberData);
        checkCompatible(ann, in.nonMembers, o.nonMemberData);
    }
    return in;
}

AuditResult resultFromJson(const json &audit, const std::vector<std::string> &dataFiles, bool skipped)
{
    AuditResult result;
    for (const auto &a : audit.at("attacks"))
        result.attacks.push_back(attackFromJson(a));
    for (const auto &m : audit.at("membership"))
        result.membership.push_back(membershipFromJson(m));
    for (const auto &r : audit.value("reading_accuracy", json::array()))
        result.readingAccuracy.push_back({r.at("model"), r.at("scenario"), r.at("accuracy"), r.at("images")});
    result.realGallery = audit.value("real_gallery", "");
    result.encryptedLeaks = audit.at("encrypted_leaks");
    result.dataFilesRead = dataFiles;
    result.skipped = skipped;
    result.json = auditSummaryJson(audit).dump();
    return result;
}

// results.json gains (or replaces) its "audit" section; the rest is kept as it was.
void addToResults(const Workspace &ws, const AuditResult &result)
{
    updateResults(ws, [&](json &results) {
        results["audit"] = json::parse(result.json);
        json filesRead = results.value("data_files_read", json::object());
        filesRead["audit"] = result.dataFilesRead;
        results["data_files_read"] = filesRead;
    });
}

} // namespace

AuditResult runAudit(const std::string &workspace, const AuditOptions &o, const ProgressFn &progress,
                     const CancelToken &cancel)
{
    return runAuditStage(workspace, o, progress, cancel, nullptr);
}

AuditResult runAuditStage(const std::string &workspace, const AuditOptions &o, const ProgressFn &progress,
                          const CancelToken &cancel, std::vector<StageStatus> *dryRun)
{
    validateAuditOptions(o);
    useComputeThreads();
    Workspace ws(workspace, false);
    std::optional<WorkspaceLock> lock;
    if (!dryRun)
        lock.emplace(workspace);
    std::map<std::string, std::string> files;
    for (const auto &m : auditedModels())
        files[m] = ws.file(m + ".psnn");
    for (const auto &m : auditedModels())
        if (!fs::exists(files.at(m))) {
            if (!dryRun)
                throw Error(ErrorCode::FileNotFound, "the workspace has " + kMissing.at(m), workspace);
            StageStatus status;
            status.stage = "audit";
            status.state = ws.stage("audit") ? StageState::Stale : StageState::NotRun;
            dryRun->push_back(status);
            return {};
        }

    const AuditInputs in = loadInputs(files, o);
    std::set<std::string> dataFiles;
    for (const ImageSet *s : {&in.real, &in.members, &in.nonMembers})
        dataFiles.insert(s->sourceFiles.begin(), s->sourceFiles.end());
    std::vector<std::string> inputs{files.at("ann"), files.at("converted"), files.at("encrypted"), o.judge};
    inputs.insert(inputs.end(), dataFiles.begin(), dataFiles.end());
    const std::vector<std::string> dataFileList(dataFiles.begin(), dataFiles.end());

    std::vector<std::string> ran, skipped;
    StageRunner runner(ws, ran, skipped);
    runner.setDryRun(dryRun);
    runner.run("audit", auditSettingsJson(o), inputs, auditOutputs(o), o.seed,
               [&](const std::string &dir, StageRecord &rec) {
                   const json audit = runLeakageAudit(in, o, dir, progress, cancel);
                   rec.dataFilesRead = dataFileList;
                   rec.resultsJson = auditSummaryJson(audit).dump();
               });
    if (dryRun)
        return {};

    const AuditResult result =
        resultFromJson(readJsonFile(ws.file("audit.json"), "audit results"), dataFileList, !skipped.empty());
    addToResults(ws, result);
    if (progress)
        progress({"audit", 1.0, 0, 0, "done"});
    return result;
}

} // namespace psnn
