// <workspace>/settings.json: every pipeline setting as the person last chose it, so that the GUI
// reopening a workspace and `pipeline --workspace W` build the same pipeline even before a stage
// has run. The manifest says what each stage ran with; this file says what the next run will use.
#include "audit/auditjson.h"
#include "core/error.h"
#include "core/fileio.h"
#include "workspace/pipeline.h"
#include "workspace/workspacelock.h"
#include "workspace/stagesettings.h"
#include "workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

constexpr const char *kSettingsFile = "settings.json";

json checkJson(const ImportCheckRecord &c)
{
    return {{"test_data", c.testData}, {"images", c.images}, {"accuracy", c.accuracy},
            {"normalization", c.normalization}, {"data_files", c.dataFiles}};
}

ImportCheckRecord checkFromJson(const json &j)
{
    return {j.at("test_data"), j.at("images"), j.at("accuracy"), j.at("normalization"),
            j.at("data_files").get<std::vector<std::string>>()};
}

} // namespace

void writePipelineSettings(const PipelineOptions &o)
{
    if (o.workspace.empty())
        throw Error(ErrorCode::InvalidArgument, "no workspace folder given");
    std::error_code ec;
    fs::create_directories(o.workspace, ec);
    if (ec)
        throw Error(ErrorCode::FileWrite, "cannot create the workspace folder: " + ec.message(), o.workspace);
    // Not beside a run in another process, which reads these settings (the pipeline holds the
    // lock already and takes it again).
    const WorkspaceLock lock(o.workspace);
    const SnnEvalOptions &e = o.evaluation;
    json j = {{"format", "privatesnn-settings"},
              {"version", 1},
              {"model", o.model.empty() ? std::string() : fs::absolute(o.model).lexically_normal().string()},
              {"test_data", o.testData},
              {"real_train_data", o.realTrainData},
              {"import", importSettingsJson(o.import)},
              {"import_check", checkJson(o.import.check)},
              {"synthesize", settingsJson(o.synthesis)},
              {"convert", settingsJson(o.conversion)},
              {"encrypt", settingsJson(o.encryption)},
              {"evaluate", {{"limit", e.limit}, {"batch_size", e.batchSize}, {"seed", e.seed},
                            {"threshold_scale", e.thresholdScale}}},
              {"energy", energySettingsJson(o.energy)},
              {"with_audit", o.withAudit},
              {"audit", auditSettingsJson(o.audit)}};
    writeFileAtomic((fs::path(o.workspace) / kSettingsFile).string(), j.dump(2) + "\n");
}

bool readPipelineSettings(const std::string &workspace, PipelineOptions &o)
{
    const fs::path path = fs::path(workspace) / kSettingsFile;
    if (!fs::exists(path))
        return false;
    const auto bytes = readFileMaybeGz(path.string());
    try {
        const json j = json::parse(bytes.begin(), bytes.end());
        if (j.value("format", std::string()) != "privatesnn-settings")
            throw Error(ErrorCode::BadFormat, "not a PrivateSNN settings file", path.string());
        o.model = j.at("model");
        o.testData = j.at("test_data");
        o.realTrainData = j.at("real_train_data");
        readImportSettings(j.at("import"), o.import);
        o.import.check = checkFromJson(j.at("import_check"));
        readSettings(j.at("synthesize"), o.synthesis);
        readSettings(j.at("convert"), o.conversion);
        readSettings(j.at("encrypt"), o.encryption);
        const json &e = j.at("evaluate");
        o.evaluation.limit = e.at("limit");
        o.evaluation.batchSize = e.at("batch_size");
        o.evaluation.seed = e.at("seed");
        o.evaluation.thresholdScale = e.at("threshold_scale");
        readEnergySettings(j.at("energy"), o.energy);
        o.withAudit = j.at("with_audit");
        o.audit = auditOptionsFromJson(j.at("audit"));
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("the settings file is damaged: ") + e.what(), path.string());
    }
    o.workspace = workspace;
    return true;
}

std::vector<StageWarning> pipelineWarnings(const std::string &workspace)
{
    std::vector<StageWarning> out;
    if (!fs::exists(fs::path(workspace) / "manifest.json"))
        return out;
    const Workspace ws(workspace, false);
    for (const char *stage : {"import", "convert"}) {
        const auto rec = ws.stage(stage);
        if (!rec)
            continue;
        const json r = json::parse(rec->resultsJson, nullptr, false);
        if (!r.is_object() || !r.contains("warnings"))
            continue;
        const json topics = r.value("warning_topics", json::array());
        for (std::size_t i = 0; i < r["warnings"].size(); ++i)
            out.push_back({stage, i < topics.size() ? topics[i].get<std::string>() : std::string(),
                           r["warnings"][i].get<std::string>()});
    }
    return out;
}

} // namespace psnn
