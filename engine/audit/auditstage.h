#pragma once
// Engine-internal: the audit stage as the pipeline runs it (with a dry run for pipelineStatus).

#include "audit/audit.h"
#include "workspace/pipeline.h"

#include <nlohmann/json.hpp>

namespace psnn {

/// runAudit(); with `dryRun` it only appends the stage's state and runs nothing.
AuditResult runAuditStage(const std::string &workspace, const AuditOptions &options, const ProgressFn &progress,
                          const CancelToken &cancel, std::vector<StageStatus> *dryRun);

/// The inverse of the audit's recorded settings (throws nlohmann::json exceptions when damaged).
AuditOptions auditOptionsFromJson(const nlohmann::json &settings);

} // namespace psnn
