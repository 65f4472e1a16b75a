#pragma once
// Engine-internal: reading a workspace's JSON files and adding a section to results.json, for
// the stages that run after the pipeline wrote it (audit, sweep).

#include "workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace psnn {

/// Parses the JSON file at `path`; Error(BadFormat) "damaged <what>: ..." naming the file.
nlohmann::json readJsonFile(const std::string &path, const char *what);

/// Reads results.json (an empty object if there is none), lets `edit` change it, and writes it
/// back atomically; the sections `edit` does not touch stay as they were.
void updateResults(const Workspace &ws, const std::function<void(nlohmann::json &)> &edit);

} // namespace psnn
