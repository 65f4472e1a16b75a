#pragma once
// Public: writes a model of a workspace in another format: the workbench's own .psnn, NIR (the
// Neuromorphic Intermediate Representation, HDF5) for the SNN tools that read it, or a
// self-contained TorchScript module that simulates the SNN in PyTorch.

#include <string>
#include <vector>

namespace psnn {

enum class ExportFormat { Psnn, Nir, TorchScript };

/// "psnn", "nir", "torchscript"; throws Error(InvalidArgument) naming the formats.
ExportFormat exportFormatFromName(const std::string &name);
const char *exportFormatName(ExportFormat format);
/// The file name ending each format's files get: ".psnn", ".nir", ".pt".
const char *exportFormatSuffix(ExportFormat format);

struct ExportResult {
    std::string path;
    ExportFormat format = ExportFormat::Psnn;
    std::string sha256;                ///< of the written file
    std::vector<std::string> warnings; ///< what the format keeps only as metadata, in English
};

/// Writes the model at `modelPath` (a .psnn file) to `outPath` atomically: on any error nothing
/// is left at `outPath` and what was there before stays. NIR and TorchScript need a spiking
/// network; NIR refuses what it cannot express (max pooling of spikes, signed spikes, the
/// constant current of poisson-pixel coding), naming the layer or the setting.
ExportResult exportModel(const std::string &modelPath, ExportFormat format, const std::string &outPath);

/// The exports log of the workspace that holds `modelPath` (W/exports.json when the model's
/// folder has a manifest.json), or empty for a model outside a workspace.
std::string exportsLogFor(const std::string &modelPath);

/// Appends the export to the log at `logPath` (file, format, model, SHA-256, time), which the
/// report lists; written atomically. Throws Error naming the log when it cannot be read or written.
void recordExport(const std::string &logPath, const std::string &modelPath, const ExportResult &result);

} // namespace psnn
