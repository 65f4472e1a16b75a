#pragma once
// What the commands print: engine results as aligned plain text.

#include "model/evaluation.h"
#include "snn/energy.h"
#include "snn/snnevaluation.h"
#include "workspace/auditstage.h"
#include "workspace/pipeline.h"
#include "workspace/sweep.h"

namespace psnn::cli {

void printEval(const EvalResult &r);
void printSnnEval(const SnnEvalResult &r);
void printEnergy(const EnergyReport &e);
void printEnergyPresets();
/// The deployed T from a results.json text, with a warning when the T search missed its margin.
void printDeployment(const std::string &resultsJson);
void printAudit(const AuditResult &r);
/// The frontier: per strength, the SNN's accuracy and each attack's top-1 with its interval.
void printSweep(const std::string &parameter, const SweepResult &r);
/// `text` split at `sep`, empty pieces dropped.
std::vector<std::string> splitOn(const std::string &text, char sep);

/// The option that removes a warning about `topic` (ImportWarning::topic), or "".
std::string optionFor(const std::string &topic);
/// Each warning with the option that removes it, one per line.
void printWarnings(const std::vector<StageWarning> &warnings);
void printWarnings(const std::vector<ImportWarning> &warnings);

/// What auto conversion tried and chose (nothing when the conversion was manual).
void printConversionChoice(const std::vector<ConversionCandidate> &candidates, int chosen);

} // namespace psnn::cli
