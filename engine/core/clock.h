#pragma once

#include <string>

namespace psnn {

/// The current time as ISO 8601 in UTC ("2026-11-25T21:02:31Z"), for manifests.
std::string isoTimeNow();

} // namespace psnn
