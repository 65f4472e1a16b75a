#pragma once
// Engine-internal: runs one stage on a workspace (used by the pipeline and the audit).

#include "workspace.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Skips a stage whose record is current; otherwise runs it with its outputs going to a private
/// staging folder, moves them into place only when the stage has finished, and records it.
class StageRunner {
public:
    /// `ran` and `skipped` collect the names of the stages run and of those found current.
    StageRunner(Workspace &ws, std::vector<std::string> &ran, std::vector<std::string> &skipped)
        : m_ws(ws), m_ran(ran), m_skipped(skipped)
    {
    }

    using Body = std::function<void(const std::string &stagingDir, StageRecord &record)>;

    /// `inputs`: files whose content the stage depends on. `outputs`: workspace file names the
    /// body writes into the staging folder.
    StageRecord run(const std::string &name, const nlohmann::json &settings, const std::vector<std::string> &inputs,
                    const std::vector<std::string> &outputs, std::uint64_t seed, const Body &body);

private:
    Workspace &m_ws;
    std::vector<std::string> &m_ran;
    std::vector<std::string> &m_skipped;
};

} // namespace psnn
