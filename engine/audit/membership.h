#pragma once
// Engine-internal: membership inference against one model of the audit.

#include "audit/audit.h"
#include "core/network.h"

#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// The loss attack (lower loss: member) and the label-free confidence attack (higher top
/// probability: member) on the first `images` members (training split) and non-members (test
/// split). An SNN is simulated with its own coding and T. `tick(fraction)` reports progress.
std::vector<MembershipAttack> membershipAttacks(const std::string &model, const Network &net, const ImageSet &members,
                                                const ImageSet &nonMembers, int images, std::uint64_t seed,
                                                const std::function<void(double)> &tick, const CancelToken &cancel);

} // namespace psnn
