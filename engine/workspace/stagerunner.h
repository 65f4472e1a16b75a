#pragma once
// Engine-internal: runs one stage on a workspace (used by the pipeline and the audit).

#include "workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Skips a stage whose record is current; otherwise runs it with its outputs going to a private
/// staging folder, moves them into place only when the stage has finished, and records it.
class StageRunner {
public:
    /// A stage's staging folder is W/<prefix><stage>; a killed run leaves it behind.
    static constexpr const char *kStagingPrefix = ".staging-";

    /// `ran` and `skipped` collect the names of the stages run and of those found current.
    StageRunner(Workspace &ws, std::vector<std::string> &ran, std::vector<std::string> &skipped)
        : m_ws(ws), m_ran(ran), m_skipped(skipped)
    {
    }

    /// Dry run: run() only appends each stage's state to `statuses` and never calls a body.
    void setDryRun(std::vector<StageStatus> *statuses) { m_statuses = statuses; }
    bool dryRun() const { return m_statuses != nullptr; }
    /// After this stage run() throws StopAfter (the GUI's "run up to this step").
    void setStopAfter(std::string stage) { m_stopAfter = std::move(stage); }

    struct StopAfter {};

    using Body = std::function<void(const std::string &stagingDir, StageRecord &record)>;

    /// `inputs`: files whose content the stage depends on. `outputs`: workspace file names the
    /// body writes into the staging folder.
    StageRecord run(const std::string &name, const nlohmann::json &settings, const std::vector<std::string> &inputs,
                    const std::vector<std::string> &outputs, std::uint64_t seed, const Body &body);

private:
    StageRecord runOrSkip(const std::string &name, const nlohmann::json &settings, const std::vector<std::string> &inputs,
                          const std::vector<std::string> &outputs, std::uint64_t seed, const Body &body);
    StageStatus status(const std::string &name, const nlohmann::json &settings,
                       const std::vector<std::string> &inputs) const;

    Workspace &m_ws;
    std::vector<StageStatus> *m_statuses = nullptr;
    std::string m_stopAfter;
    std::vector<std::string> &m_ran;
    std::vector<std::string> &m_skipped;
};

} // namespace psnn
