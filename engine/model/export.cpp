#include "model/export.h"

#include "core/error.h"
#include "core/fileio.h"
#include "core/sha256.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/nirexport.h"
#include "model/torchscriptexport.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>

namespace psnn {

namespace {
struct FormatName {
    ExportFormat format;
    const char *name;
    const char *suffix;
};
constexpr FormatName kFormats[] = {
    {ExportFormat::Psnn, "psnn", ".psnn"},
    {ExportFormat::Nir, "nir", ".nir"},
    {ExportFormat::TorchScript, "torchscript", ".pt"},
};
} // namespace

ExportFormat exportFormatFromName(const std::string &name)
{
    for (const auto &f : kFormats)
        if (name == f.name)
            return f.format;
    throw Error(ErrorCode::InvalidArgument, "unknown export format '" + name + "' (known: psnn, nir, torchscript)");
}

const char *exportFormatName(ExportFormat format)
{
    for (const auto &f : kFormats)
        if (f.format == format)
            return f.name;
    return "?";
}

const char *exportFormatSuffix(ExportFormat format)
{
    for (const auto &f : kFormats)
        if (f.format == format)
            return f.suffix;
    return "";
}

ExportResult exportModel(const std::string &modelPath, ExportFormat format, const std::string &outPath)
{
    if (outPath.empty())
        throw Error(ErrorCode::InvalidArgument, "no file to export to given");
    nlohmann::json metadata;
    const Network net = loadAnyNetwork(modelPath, {}, nullptr, &metadata);
    ExportResult r;
    r.path = outPath;
    r.format = format;
    try {
        switch (format) {
        case ExportFormat::Psnn:
            saveNetwork(net, outPath, metadata);
            break;
        case ExportFormat::Nir:
            r.warnings = writeNir(net, outPath);
            break;
        case ExportFormat::TorchScript:
            writeFileAtomic(outPath, snnTorchScriptBytes(net));
            break;
        }
    } catch (const Error &e) {
        // Name the model for what it cannot be, and the output file for what could not be written.
        if (e.code() == ErrorCode::FileWrite && e.context() == outPath)
            throw;
        if (e.code() == ErrorCode::FileWrite)
            throw Error(e.code(), e.what(), outPath);
        throw Error(e.code(), e.what(), modelPath); // what() already names the layer or setting
    }
    r.sha256 = sha256File(outPath);
    return r;
}

std::string exportsLogFor(const std::string &modelPath)
{
    const std::filesystem::path dir = std::filesystem::absolute(modelPath).parent_path();
    return std::filesystem::exists(dir / "manifest.json") ? (dir / "exports.json").string() : std::string();
}

void recordExport(const std::string &logPath, const std::string &modelPath, const ExportResult &result)
{
    nlohmann::json log = {{"exports", nlohmann::json::array()}};
    if (std::filesystem::exists(logPath)) {
        const auto bytes = readFileMaybeGz(logPath);
        try {
            log = nlohmann::json::parse(bytes.begin(), bytes.end());
        } catch (const nlohmann::json::exception &e) {
            throw Error(ErrorCode::BadFormat, std::string("damaged exports log: ") + e.what(), logPath);
        }
        if (!log.is_object() || !log.contains("exports") || !log.at("exports").is_array())
            throw Error(ErrorCode::BadFormat, "the exports log has no list of exports", logPath);
    }
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    log["exports"].push_back({{"file", std::filesystem::absolute(result.path).string()},
                   {"format", exportFormatName(result.format)},
                   {"model", std::filesystem::path(modelPath).filename().string()},
                   {"sha256", result.sha256},
                   {"exported", when}});
    writeFileAtomic(logPath, log.dump(1) + "\n");
}

} // namespace psnn
