#include "workspace/resultsfile.h"

#include "core/error.h"
#include "core/fileio.h"

#include <filesystem>

namespace psnn {

nlohmann::json readJsonFile(const std::string &path, const char *what)
{
    const auto bytes = readFileMaybeGz(path);
    try {
        return nlohmann::json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged ") + what + ": " + e.what(), path);
    }
}

void updateResults(const Workspace &ws, const std::function<void(nlohmann::json &)> &edit)
{
    const std::string path = ws.file("results.json");
    nlohmann::json results = std::filesystem::exists(path) ? readJsonFile(path, "results file") : nlohmann::json::object();
    edit(results);
    writeFileAtomic(path, results.dump(2) + "\n");
}

} // namespace psnn
