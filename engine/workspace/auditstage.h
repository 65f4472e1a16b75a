#pragma once
// Public: the leakage audit as a stage of a workspace (the CLI's `audit`, the pipeline's last
// stage).

#include "audit/audit.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace psnn {

/// Runs the audit stage on a workspace that holds ann.psnn, converted.psnn and encrypted.psnn,
/// writes audit.json and the galleries, and adds the "audit" section to results.json. Throws
/// Error (missing model, judge that does not fit) or Cancelled; the workspace then stays as it was.
AuditResult runAudit(const std::string &workspace, const AuditOptions &options, const ProgressFn &progress = {},
                     const CancelToken &cancel = {});

/// runAudit(); with `dryRun` it only appends the stage's state and runs nothing.
AuditResult runAuditStage(const std::string &workspace, const AuditOptions &options, const ProgressFn &progress,
                          const CancelToken &cancel, std::vector<StageStatus> *dryRun);

} // namespace psnn
