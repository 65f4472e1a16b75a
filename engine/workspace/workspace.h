#pragma once
// Public: a folder holding one audit: the ANN, every stage's outputs and manifest.json.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// What the manifest records for one finished stage. JSON-valued fields hold JSON text.
struct StageRecord {
    std::string name;
    std::string settingsJson = "{}";                 ///< the options that shape the outputs
    std::uint64_t seed = 0;
    std::string started, finished;                   ///< ISO 8601, UTC
    double seconds = 0;
    std::map<std::string, std::string> inputs;       ///< file -> SHA-256
    std::map<std::string, std::string> outputs;      ///< workspace file name -> SHA-256
    std::vector<std::string> dataFilesRead;          ///< every data file the stage opened
    std::string resultsJson = "{}";                  ///< the stage's numbers (accuracies, thresholds, ...)
    std::string engineVersion;
};

enum class StageState {
    NotRun, ///< never finished in this workspace
    Done,   ///< finished with the current settings and inputs
    Stale,  ///< finished, but its settings or inputs have changed since: it would run again
};

struct StageStatus {
    std::string stage;
    StageState state = StageState::NotRun;
    double seconds = 0;            ///< of the recorded run
    std::string finished;          ///< ISO time of the recorded run
    std::string resultsJson = "{}"; ///< the recorded run's numbers
};

/// Opens or creates a workspace. Every file goes in through a temporary name and a rename, and
/// the manifest is rewritten last, so a stage killed half-way leaves the workspace as it was.
class Workspace {
public:
    static constexpr int kFormatVersion = 1;

    /// Throws Error(FileNotFound) if the folder is missing and `create` is false, Error(BadFormat)
    /// for a damaged manifest or one written by a newer version of the workbench.
    explicit Workspace(std::string dir, bool create = true);

    const std::string &dir() const { return m_dir; }
    std::string file(const std::string &name) const;

    std::optional<StageRecord> stage(const std::string &name) const;
    std::vector<std::string> stageNames() const;

    /// True when the stage finished with the same settings and input hashes and its outputs are
    /// still there, unchanged. `inputs` maps input files to their current SHA-256.
    bool isCurrent(const std::string &stage, const std::string &settingsJson,
                   const std::map<std::string, std::string> &inputs) const;

    /// Adds or replaces a stage's record, hashing the named output files of the workspace, and
    /// writes the manifest.
    void record(StageRecord record, const std::vector<std::string> &outputFiles);
    /// Removes a stage's record (its inputs changed and it must run again).
    void forget(const std::string &stage);

    std::string manifestText() const;

private:
    void save() const;

    std::string m_dir;
    std::map<std::string, StageRecord> m_stages;
    std::vector<std::string> m_order;
};

} // namespace psnn
