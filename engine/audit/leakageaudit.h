#pragma once
// Engine-internal: the leakage audit on models in memory (workspace/auditstage.cpp runs it as a
// workspace stage).

#include "audit/audit.h"
#include "core/network.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace psnn {

/// What the audit attacks and what it compares with.
struct AuditInputs {
    std::map<std::string, Network> models;     ///< "ann", "converted", "encrypted"
    std::map<std::string, std::string> files;  ///< the same models' files (for weight similarity)
    Network judge;
    ImageSet real;                             ///< test split for SSIM; empty without real data
    ImageSet members, nonMembers;              ///< empty without membership inference
};

/// Loads the judge and checks that it fits the audited ANN: an ordinary classifier of as many
/// classes, taking the same images. Throws Error naming the judge's file.
Network loadJudge(const std::string &path, const Network &ann);

/// The model names in the order the audit attacks them.
const std::vector<std::string> &auditedModels();

/// The files the audit writes: audit.json, one gallery per model and attack, audit-real.png.
std::vector<std::string> auditOutputs(const AuditOptions &options);

/// Runs every attack, writes the galleries and audit.json into `dir` and returns audit.json's
/// content. Throws Cancelled at a safe point.
nlohmann::json runLeakageAudit(const AuditInputs &inputs, const AuditOptions &options, const std::string &dir,
                               const ProgressFn &progress, const CancelToken &cancel);

} // namespace psnn
