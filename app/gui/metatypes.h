#pragma once
// Engine result types that travel through queued signals.

#include "core/imageset.h"
#include "model/importcheck.h"
#include "model/models.h"
#include "snn/snnevaluation.h"
#include "workspace/pipeline.h"
#include "workspaceresults.h"

#include <QMetaType>

#include <vector>

/// Synthetic images as the gallery needs them.
struct SyntheticImages {
    psnn::ImageSet images;
    std::vector<int> intended;
    std::vector<float> confidence;
};

Q_DECLARE_METATYPE(psnn::ModelSummary)
Q_DECLARE_METATYPE(psnn::ImportOptions)
Q_DECLARE_METATYPE(psnn::ImportCheckOptions)
Q_DECLARE_METATYPE(psnn::ImportCheck)
Q_DECLARE_METATYPE(psnn::PipelineOptions)
Q_DECLARE_METATYPE(std::vector<psnn::StageStatus>)
Q_DECLARE_METATYPE(psnn::SpikeTrace)
Q_DECLARE_METATYPE(psnn::ImageSet)
Q_DECLARE_METATYPE(SyntheticImages)
Q_DECLARE_METATYPE(WorkspaceResults)
