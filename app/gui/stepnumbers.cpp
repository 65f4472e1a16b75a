#include "stepnumbers.h"

#include "leakagemodel.h"
#include "workspaceresults.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace {

QString pct(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QString StepNumbers::text(PipelinePanel::Step step, const WorkspaceResults &results, const QString &workspace)
{
    const QJsonObject stage = results.stage(PipelinePanel::stageName(step));
    const QJsonObject r = stage.value(QStringLiteral("results")).toObject();
    const QLocale loc;
    switch (step) {
    case PipelinePanel::Import:
        return r.isEmpty() ? QString() : tr("%1 parameters").arg(loc.toString(qint64(r.value(QStringLiteral("parameters")).toDouble())));
    case PipelinePanel::Synthesize:
        if (r.isEmpty())
            return {};
        return tr("%1 images; the ANN agrees on %2").arg(results.results().value(QStringLiteral("synthesis")).toObject().isEmpty()
                                                             ? QStringLiteral("?")
                                                             : loc.toString(qint64([&] {
                                                                   double n = 0;
                                                                   for (const QJsonValue &v : r.value(QStringLiteral("per_class_count")).toArray())
                                                                       n += v.toDouble();
                                                                   return n;
                                                               }())),
                                                         pct(r.value(QStringLiteral("assigned_to_intended")).toDouble()));
    case PipelinePanel::Convert:
        return r.isEmpty() ? QString() : tr("%n neuron layer(s) balanced", nullptr, int(r.value(QStringLiteral("thresholds")).toArray().size()));
    case PipelinePanel::Encrypt: {
        double lowest = 1;
        for (const QJsonValue &v : r.value(QStringLiteral("weight_similarity")).toArray())
            lowest = std::min(lowest, v.toObject().value(QStringLiteral("after")).toDouble());
        return r.isEmpty() ? QString() : tr("weight similarity to the ANN ≥ %1").arg(loc.toString(lowest, 'f', 4));
    }
    case PipelinePanel::Evaluate:
        return results.accuracy(QStringLiteral("ann")) < 0
                   ? QString()
                   : tr("ANN %1 · SNN %2 · encrypted %3")
                         .arg(pct(results.accuracy(QStringLiteral("ann"))), pct(results.accuracy(QStringLiteral("converted"))),
                              pct(results.accuracy(QStringLiteral("encrypted"))));
    case PipelinePanel::Energy: {
        const double ratio = results.energy().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("ratio")).toDouble(-1);
        return ratio < 0 ? QString() : tr("ANN / SNN energy: %1×").arg(loc.toString(ratio, 'f', 2));
    }
    case PipelinePanel::Audit: {
        const LeakageModel model(results);
        if (!model.isValid())
            return {};
        double ann = -1, enc = -1;
        for (const auto &a : model.attacks()) {
            if (a.scenario != QLatin1String("weights_to_ann"))
                continue;
            if (a.model == QLatin1String("ann"))
                ann = a.top1;
            else if (a.model == QLatin1String("encrypted"))
                enc = a.top1;
        }
        return tr("judge recognises %1 (ANN), %2 (encrypted)").arg(pct(ann), pct(enc));
    }
    case PipelinePanel::Report:
        return QFileInfo::exists(workspace + QStringLiteral("/report.html")) ? tr("report.html and report.pdf") : QString();
    default:
        return {};
    }
}
