#pragma once
// Engine-internal: what each pipeline stage records in the manifest, as JSON, and the inverse
// (reading a workspace's settings back). The JSON keys are the manifest's format: changing one
// makes every existing workspace stale.

#include "snn/encryption.h"
#include "snn/energy.h"
#include "snn/snnevaluation.h"
#include "workspace/pipeline.h"

#include <nlohmann/json.hpp>

namespace psnn {

nlohmann::json importSettingsJson(const ImportOptions &o);
nlohmann::json settingsJson(const SynthesisOptions &o);
nlohmann::json settingsJson(const ConversionOptions &o);
nlohmann::json settingsJson(const EncryptionOptions &o);
nlohmann::json energySettingsJson(const EnergyTable &t);

/// The inverses; they throw nlohmann::json exceptions for missing or mistyped keys.
void readImportSettings(const nlohmann::json &j, ImportOptions &o);
void readSettings(const nlohmann::json &j, SynthesisOptions &o);
void readSettings(const nlohmann::json &j, ConversionOptions &o);
void readSettings(const nlohmann::json &j, EncryptionOptions &o);
void readEnergySettings(const nlohmann::json &j, EnergyTable &t);

nlohmann::json evalToJson(const SnnEvalResult &r);
SnnEvalResult evalFromJson(const nlohmann::json &j);
nlohmann::json energyToJson(const EnergyReport &e);

} // namespace psnn
