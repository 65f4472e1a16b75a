#pragma once
// Engine-internal: the audit stage as the pipeline runs it (with a dry run for pipelineStatus).

#include "audit.h"
#include "pipeline.h"

namespace psnn {

/// runAudit(); with `dryRun` it only appends the stage's state and runs nothing.
AuditResult runAuditStage(const std::string &workspace, const AuditOptions &options, const ProgressFn &progress,
                          const CancelToken &cancel, std::vector<StageStatus> *dryRun);

} // namespace psnn
