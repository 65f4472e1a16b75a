#pragma once
// Engine-internal: the audit's settings and results as JSON (audit.json, results.json, manifest).

#include "audit/audit.h"

#include <nlohmann/json.hpp>

namespace psnn {

/// Throws Error(InvalidArgument) naming the first option out of range.
void validateAuditOptions(const AuditOptions &options);

/// The settings as the manifest records them, and back (throws nlohmann::json exceptions when
/// damaged).
nlohmann::json auditSettingsJson(const AuditOptions &options);
AuditOptions auditOptionsFromJson(const nlohmann::json &settings);

nlohmann::json attackToJson(const AttackResult &attack);
AttackResult attackFromJson(const nlohmann::json &j);
nlohmann::json membershipToJson(const MembershipAttack &attack);
MembershipAttack membershipFromJson(const nlohmann::json &j);

/// The "audit" section of results.json: the per-model, per-scenario numbers of audit.json
/// without the per-reconstruction detail.
nlohmann::json auditSummaryJson(const nlohmann::json &audit);

} // namespace psnn
