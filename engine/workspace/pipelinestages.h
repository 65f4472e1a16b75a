#pragma once
// Engine-internal: the pipeline's stages before the audit, one function each, on one workspace.

#include "core/imageset.h"
#include "workspace/pipeline.h"
#include "workspace/stagerunner.h"

#include <string>
#include <vector>

namespace psnn {

/// Runs (or, with the runner in dry-run mode, only inspects) each stage; every call skips a stage
/// that is current. `progress` sees the fraction of the stages before the audit.
class PipelineStages {
public:
    PipelineStages(const PipelineOptions &options, Workspace &ws, StageRunner &runner, const ProgressFn &progress,
                   const CancelToken &cancel);

    void importModel();
    void synthesize();
    void convert();
    /// Only with options.realTrainData: thresholds from real images, for comparison.
    void convertWithRealData();
    void encrypt();
    /// The one stage that reads the real test set.
    void evaluate();
    void energy();
    /// results.json from evaluation.json, energy.json and the stage records.
    void writeResults(PipelineResult &result) const;

private:
    /// The models evaluate() simulates, in order.
    std::vector<std::string> evaluatedModels() const;

    const PipelineOptions &m_o;
    Workspace &m_ws;
    StageRunner &m_runner;
    const ProgressFn &m_progress;
    const CancelToken &m_cancel;
    const std::string m_ann, m_synthetic, m_converted, m_convertedReal, m_encrypted;
};

/// Maps a stage's own 0..1 progress into [from, to] of the caller's.
ProgressFn progressSlice(const ProgressFn &progress, double from, double to);

} // namespace psnn
