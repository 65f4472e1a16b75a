#pragma once
// What the commands print: engine results as aligned plain text.

#include "model/evaluation.h"
#include "snn/energy.h"
#include "snn/snnevaluation.h"
#include "workspace/auditstage.h"
#include "workspace/pipeline.h"

namespace psnn::cli {

void printEval(const EvalResult &r);
void printSnnEval(const SnnEvalResult &r);
void printEnergy(const EnergyReport &e);
void printAudit(const AuditResult &r);
/// What auto conversion tried and chose (nothing when the conversion was manual).
void printConversionChoice(const std::vector<ConversionCandidate> &candidates, int chosen);

} // namespace psnn::cli
