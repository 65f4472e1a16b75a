#pragma once

#include "pipelinepanel.h"

#include <QCoreApplication>
#include <QString>

class QJsonObject;
class WorkspaceResults;

/// The key numbers the pipeline panel shows beside each finished step, in the user's language
/// ("93.6 % · SNN 93.4 %", "judge recognises 10 % ..."), from a workspace's results.
class StepNumbers
{
    Q_DECLARE_TR_FUNCTIONS(StepNumbers)

public:
    /// Empty when the step has no recorded result.
    static QString text(PipelinePanel::Step step, const WorkspaceResults &results, const QString &workspace);
    /// Auto conversion's candidates as an HTML table, the chosen one marked; empty when the
    /// conversion was manual.
    static QString candidateTable(const WorkspaceResults &results);
    /// One candidate's settings in words ("direct input, membrane starts at 0.5, ...").
    static QString candidateText(const QJsonObject &candidate);
};
