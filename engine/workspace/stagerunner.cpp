#include "workspace/stagerunner.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/sha256.h"

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;

namespace psnn {

namespace {

// Inputs inside the workspace are recorded by their name there, others by absolute path, so that
// a workspace copied or moved elsewhere is still current.
std::string inputKey(const Workspace &ws, const std::string &path)
{
    const fs::path abs = fs::absolute(path).lexically_normal();
    if (abs.parent_path() == fs::absolute(ws.dir()).lexically_normal())
        return abs.filename().string();
    return abs.string();
}

} // namespace

StageStatus StageRunner::status(const std::string &name, const nlohmann::json &settings,
                                const std::vector<std::string> &inputs) const
{
    StageStatus st;
    st.stage = name;
    const auto rec = m_ws.stage(name);
    if (rec) {
        st.seconds = rec->seconds;
        st.finished = rec->finished;
        st.resultsJson = rec->resultsJson;
    }
    std::map<std::string, std::string> hashes;
    for (const auto &f : inputs) {
        if (!fs::exists(f)) {
            st.state = rec ? StageState::Stale : StageState::NotRun;
            return st;
        }
        hashes[inputKey(m_ws, f)] = sha256File(f);
    }
    st.state = m_ws.isCurrent(name, settings.dump(), hashes) ? StageState::Done
               : rec                                           ? StageState::Stale
                                                               : StageState::NotRun;
    return st;
}

StageRecord StageRunner::run(const std::string &name, const nlohmann::json &settings,
                             const std::vector<std::string> &inputs, const std::vector<std::string> &outputs,
                             std::uint64_t seed, const Body &body)
{
    if (m_statuses) {
        m_statuses->push_back(status(name, settings, inputs));
        return {};
    }
    const StageRecord rec = runOrSkip(name, settings, inputs, outputs, seed, body);
    if (name == m_stopAfter)
        throw StopAfter{};
    return rec;
}

StageRecord StageRunner::runOrSkip(const std::string &name, const nlohmann::json &settings,
                                   const std::vector<std::string> &inputs, const std::vector<std::string> &outputs,
                                   std::uint64_t seed, const Body &body)
{
    std::map<std::string, std::string> hashes;
    for (const auto &f : inputs)
        hashes[inputKey(m_ws, f)] = sha256File(f);
    if (m_ws.isCurrent(name, settings.dump(), hashes)) {
        m_skipped.push_back(name);
        return *m_ws.stage(name);
    }
    const std::string staging = m_ws.file(kStagingPrefix + name);
    std::error_code ec;
    fs::remove_all(staging, ec);
    fs::create_directories(staging);
    StageRecord rec;
    rec.name = name;
    rec.settingsJson = settings.dump();
    rec.seed = seed;
    rec.inputs = hashes;
    rec.engineVersion = PSNN_VERSION;
    rec.started = isoTimeNow();
    const auto t0 = std::chrono::steady_clock::now();
    try {
        body(staging, rec);
        for (const auto &out : outputs) {
            if (!fs::exists(fs::path(staging) / out))
                throw Error(ErrorCode::FileWrite, "stage " + name + " did not produce " + out, m_ws.dir());
        }
        for (const auto &out : outputs)
            fs::rename(fs::path(staging) / out, m_ws.file(out));
    } catch (...) {
        fs::remove_all(staging, ec);
        throw;
    }
    fs::remove_all(staging, ec);
    rec.finished = isoTimeNow();
    rec.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    m_ws.record(rec, outputs);
    m_ran.push_back(name);
    return rec;
}

} // namespace psnn
