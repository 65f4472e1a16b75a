// A workspace's own files as the engine reads them when a workspace is opened or resumed:
// manifest.json (stages, settings, hashes), settings.json, the warnings the stages left, and
// results.json as the audit and sweep stages extend it. The input is a workspace folder packed
// as fuzz::unpackArchive() reads it.
#include "fuzzinput.h"
#include "workspace/pipeline.h"
#include "workspace/resultsfile.h"
#include "workspace/workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string dir = fuzz::ScratchDir::instance().fresh();
    fuzz::unpackArchive(dir, fuzz::view(data, size));
    fuzz::expectCleanRefusal("workspace", [&] {
        const Workspace ws(dir, false);
        for (const std::string &name : ws.stageNames())
            if (const auto record = ws.stage(name))
                ws.isCurrent(name, record->settingsJson, record->inputs);
    });
    fuzz::expectCleanRefusal("workspace-options", [&] { pipelineStatus(pipelineOptionsFromWorkspace(dir)); });
    fuzz::expectCleanRefusal("workspace-warnings", [&] { pipelineWarnings(dir); });
    fuzz::expectCleanRefusal("workspace-results", [&] {
        updateResults(Workspace(dir, false), [](nlohmann::json &results) { results["audit"] = nlohmann::json::object(); });
    });
    return 0;
}
