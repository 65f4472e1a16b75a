#include "model/export.h"

#include "core/error.h"
#include "core/fileio.h"
#include "core/sha256.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/nirexport.h"
#include "model/torchscriptexport.h"

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
            writeFileAtomicWith(outPath, [&](const std::string &tmp) { r.warnings = writeNir(net, tmp); });
            break;
        case ExportFormat::TorchScript:
            writeFileAtomicWith(outPath, [&](const std::string &tmp) { writeSnnTorchScript(net, tmp); });
            break;
        }
    } catch (const Error &e) {
        // Name the model for what it cannot be, and the output file for what could not be written.
        if (e.code() == ErrorCode::FileWrite)
            throw Error(e.code(), e.what(), outPath);
        throw Error(e.code(), e.what(), modelPath); // what() already names the layer or setting
    }
    r.sha256 = sha256File(outPath);
    return r;
}

} // namespace psnn
