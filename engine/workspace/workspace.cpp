#include "workspace/workspace.h"

#include "core/error.h"
#include "core/fileio.h"
#include "core/sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

json recordToJson(const StageRecord &r)
{
    return {{"settings", json::parse(r.settingsJson)},
            {"seed", r.seed},
            {"started", r.started},
            {"finished", r.finished},
            {"seconds", r.seconds},
            {"inputs", r.inputs},
            {"outputs", r.outputs},
            {"data_files_read", r.dataFilesRead},
            {"results", json::parse(r.resultsJson)},
            {"engine_version", r.engineVersion}};
}

StageRecord recordFromJson(const std::string &name, const json &j)
{
    StageRecord r;
    r.name = name;
    r.settingsJson = j.at("settings").dump();
    r.seed = j.value("seed", std::uint64_t(0));
    r.started = j.value("started", "");
    r.finished = j.value("finished", "");
    r.seconds = j.value("seconds", 0.0);
    r.inputs = j.at("inputs").get<std::map<std::string, std::string>>();
    r.outputs = j.at("outputs").get<std::map<std::string, std::string>>();
    r.dataFilesRead = j.value("data_files_read", std::vector<std::string>{});
    r.resultsJson = j.value("results", json::object()).dump();
    r.engineVersion = j.value("engine_version", "");
    return r;
}

} // namespace

Workspace::Workspace(std::string dir, bool create)
    : m_dir(std::move(dir))
{
    std::error_code ec;
    if (!fs::is_directory(m_dir)) {
        if (!create)
            throw Error(ErrorCode::FileNotFound, "workspace folder does not exist", m_dir);
        fs::create_directories(m_dir, ec);
        if (ec)
            throw Error(ErrorCode::FileWrite, "cannot create the workspace folder: " + ec.message(), m_dir);
    }
    const std::string manifest = file("manifest.json");
    if (!fs::exists(manifest)) {
        if (!create)
            throw Error(ErrorCode::FileNotFound, "is not a workspace (no manifest.json)", m_dir);
        save();
        return;
    }
    // Read as text first: the JSON reader pulls from the stream buffer directly, which throws
    // std::ios_failure for a folder named manifest.json or a read error instead of failing.
    if (!fs::is_regular_file(manifest, ec))
        throw Error(ErrorCode::BadFormat, "manifest.json is not a file", m_dir);
    std::ostringstream text;
    text << std::ifstream(manifest).rdbuf();
    json j;
    try {
        j = json::parse(text.str());
        if (j.value("format", "") != "privatesnn-workspace")
            throw Error(ErrorCode::BadFormat, "manifest.json is not a PrivateSNN workspace manifest", m_dir);
        const int version = j.at("version").get<int>();
        if (version > kFormatVersion)
            throw Error(ErrorCode::BadFormat,
                        "written by a newer PrivateSNN Workbench (workspace version " + std::to_string(version)
                            + "); this build reads up to version " + std::to_string(kFormatVersion) + ". Update the workbench.",
                        m_dir);
        for (const auto &name : j.at("stage_order"))
            m_order.push_back(name.get<std::string>());
        for (const auto &[name, rec] : j.at("stages").items())
            m_stages[name] = recordFromJson(name, rec);
        // Manifests of 0.1.0 recorded the workspace's own files among the inputs by their full
        // path; they are now recorded by name so that a moved workspace stays current.
        std::set<std::string> own;
        for (const auto &[name, rec] : m_stages)
            for (const auto &[out, sha] : rec.outputs)
                own.insert(out);
        for (auto &[name, rec] : m_stages) {
            std::map<std::string, std::string> inputs;
            for (const auto &[in, sha] : rec.inputs) {
                const fs::path p(in);
                inputs[p.is_absolute() && own.count(p.filename().string()) ? p.filename().string() : in] = sha;
            }
            rec.inputs = inputs;
        }
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged manifest.json (") + e.what() + "); move it away to start afresh",
                    m_dir);
    }
}

std::string Workspace::file(const std::string &name) const
{
    return (fs::path(m_dir) / name).string();
}

std::optional<StageRecord> Workspace::stage(const std::string &name) const
{
    const auto it = m_stages.find(name);
    if (it == m_stages.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Workspace::stageNames() const
{
    return m_order;
}

bool Workspace::isCurrent(const std::string &name, const std::string &settingsJson,
                          const std::map<std::string, std::string> &inputs) const
{
    const auto it = m_stages.find(name);
    if (it == m_stages.end())
        return false;
    const StageRecord &r = it->second;
    if (json::parse(r.settingsJson) != json::parse(settingsJson) || r.inputs != inputs)
        return false;
    for (const auto &[out, sha] : r.outputs) {
        if (!fs::exists(file(out)) || sha256File(file(out)) != sha)
            return false;
    }
    return true;
}

void Workspace::record(StageRecord r, const std::vector<std::string> &outputFiles)
{
    r.outputs.clear();
    for (const auto &name : outputFiles)
        r.outputs[name] = sha256File(file(name));
    m_stages[r.name] = r;
    if (std::find(m_order.begin(), m_order.end(), r.name) == m_order.end())
        m_order.push_back(r.name);
    save();
}

void Workspace::forget(const std::string &name)
{
    m_stages.erase(name);
    m_order.erase(std::remove(m_order.begin(), m_order.end(), name), m_order.end());
    save();
}

std::string Workspace::manifestText() const
{
    json stages = json::object();
    for (const auto &[name, r] : m_stages)
        stages[name] = recordToJson(r);
    return json{{"format", "privatesnn-workspace"}, {"version", kFormatVersion}, {"stage_order", m_order}, {"stages", stages}}
               .dump(2)
           + "\n";
}

void Workspace::save() const
{
    writeFileAtomic(file("manifest.json"), manifestText());
}

} // namespace psnn
