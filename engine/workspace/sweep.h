#pragma once
// Public: the privacy-accuracy frontier of a workspace: the encryption at several strengths,
// each encrypted SNN's test accuracy beside what the audit's attacks recover from it.

#include "audit/audit.h"
#include "snn/encryption.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace psnn {

struct SweepOptions {
    std::string workspace;             ///< has ann.psnn, synthetic.bin and converted.psnn (pipeline up to convert)
    /// What the strengths set: "privacy-weight" (EncryptionOptions::privacyWeight),
    /// "scramble" (scrambleSpread), "epochs" or "learning-rate".
    std::string parameter = "privacy-weight";
    std::vector<double> strengths;
    EncryptionOptions encryption;      ///< every other encryption setting
    std::string testData;              ///< real test set for each SNN's accuracy (evaluation only)
    std::int64_t testLimit = 1000;
    AuditOptions audit;                ///< attacks on each encrypted SNN (its `models` is set to the encrypted one)
};

struct SweepPoint {
    double strength = 0;
    double accuracy = 0;               ///< of the encrypted SNN on the test set
    std::int64_t testImages = 0;
    std::vector<AttackResult> attacks; ///< on this encrypted SNN: each weight reading and scenario 2
    std::string model;                 ///< workspace file of this point's encrypted SNN
};

struct SweepResult {
    std::vector<SweepPoint> points;
    std::string json;                  ///< sweep.json as written
    bool skipped = false;              ///< current in the workspace and not redone
};

/// Encrypts at every strength (into sweep-<i>.psnn), evaluates and audits each, writes
/// sweep.json and adds a "sweep" section to results.json. A workspace stage: current sweeps are
/// not redone. Throws Error (no strengths, unknown parameter, missing models, a judge that does
/// not fit) before any work, or Cancelled; the workspace then stays as it was.
SweepResult runSweep(const SweepOptions &options, const ProgressFn &progress = {}, const CancelToken &cancel = {});

} // namespace psnn
