#include "stepnumbers.h"

#include "leakagemodel.h"
#include "workspaceresults.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace {

QString pct(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QString StepNumbers::candidateText(const QJsonObject &c)
{
    const QString coding = c.value(QStringLiteral("coding")).toString();
    QStringList parts;
    parts << (coding == QLatin1String("direct")          ? tr("direct input")
              : coding == QLatin1String("poisson-pixel") ? tr("Poisson pixels")
                                                         : tr("signed Poisson input"));
    if (c.value(QStringLiteral("signed_spikes")).toBool())
        parts << tr("negative spikes");
    if (c.value(QStringLiteral("initial_membrane")).toDouble() != 0.0)
        parts << tr("membrane starts at %1").arg(QLocale().toString(c.value(QStringLiteral("initial_membrane")).toDouble()));
    parts << (c.value(QStringLiteral("quantized_thresholds")).toBool()
                  ? tr("quantisation-aware thresholds")
                  : tr("threshold percentile %1").arg(QLocale().toString(c.value(QStringLiteral("percentile")).toDouble())));
    if (c.value(QStringLiteral("threshold_images")).toString() == QLatin1String("bn-inversion"))
        parts << tr("thresholds from BN inversion");
    return parts.join(QStringLiteral(", "));
}

QString StepNumbers::candidateTable(const WorkspaceResults &results)
{
    const QJsonObject automatic = results.stage(QStringLiteral("convert")).value(QStringLiteral("results")).toObject()
                                      .value(QStringLiteral("auto")).toObject();
    if (automatic.isEmpty())
        return {};
    const QJsonArray candidates = automatic.value(QStringLiteral("candidates")).toArray();
    const int chosen = automatic.value(QStringLiteral("chosen")).toInt();
    QString html = QStringLiteral("<p>%1</p><table cellspacing='4'>")
                       .arg(tr("Settings tried, scored by agreement with the ANN on %n held-out synthetic image(s):",
                               nullptr, candidates.isEmpty() ? 0 : candidates.at(0).toObject().value(QStringLiteral("scored")).toInt()));
    for (int i = 0; i < candidates.size(); ++i) {
        const QJsonObject c = candidates.at(i).toObject();
        const QString score = c.contains(QStringLiteral("error")) ? tr("cannot run")
                                                                   : pct(c.value(QStringLiteral("agreement")).toDouble());
        html += QStringLiteral("<tr><td align='right'>%1%2</td><td>%3</td></tr>")
                    .arg(i == chosen ? QStringLiteral("<b>&#9654; ") : QString(), score, candidateText(c).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

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
    case PipelinePanel::Convert: {
        if (r.isEmpty())
            return {};
        const QString layers = tr("%n neuron layer(s) balanced", nullptr, int(r.value(QStringLiteral("thresholds")).toArray().size()));
        const QJsonObject automatic = r.value(QStringLiteral("auto")).toObject();
        if (automatic.isEmpty())
            return layers;
        const QJsonArray candidates = automatic.value(QStringLiteral("candidates")).toArray();
        const QJsonObject chosen = candidates.at(automatic.value(QStringLiteral("chosen")).toInt()).toObject();
        return tr("%1; chosen automatically: %2 (%3 agreement with the ANN)")
            .arg(layers, candidateText(chosen), pct(chosen.value(QStringLiteral("agreement")).toDouble()));
    }
    case PipelinePanel::Encrypt: {
        double lowest = 1;
        for (const QJsonValue &v : r.value(QStringLiteral("weight_similarity")).toArray())
            lowest = std::min(lowest, v.toObject().value(QStringLiteral("after")).toDouble());
        if (r.isEmpty())
            return {};
        const QString similarity = tr("weight similarity to the ANN ≥ %1").arg(loc.toString(lowest, 'f', 4));
        const int deployed = r.value(QStringLiteral("deployed_timesteps")).toInt();
        if (deployed <= 0)
            return similarity;
        const QJsonObject search = r.value(QStringLiteral("deploy_search")).toObject();
        const bool missed = !search.isEmpty() && !search.value(QStringLiteral("reached")).toBool();
        return similarity + QStringLiteral(" · ")
               + (missed ? tr("runs at T = %1: no smaller T came within the margin of the ANN").arg(deployed)
                         : tr("runs at T = %1").arg(deployed));
    }
    case PipelinePanel::Evaluate:
        return results.accuracy(QStringLiteral("ann")) < 0
                   ? QString()
                   : tr("ANN %1 · SNN %2 · encrypted %3")
                         .arg(pct(results.accuracy(QStringLiteral("ann"))), pct(results.accuracy(QStringLiteral("converted"))),
                              pct(results.accuracy(QStringLiteral("encrypted"))));
    case PipelinePanel::Energy: {
        const double ratio = results.energy().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("ratio")).toDouble(-1);
        const double perStep = results.energy().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("ratio_per_step")).toDouble(-1);
        if (ratio < 0)
            return {};
        return perStep < 0 ? tr("ANN / SNN energy: %1×").arg(loc.toString(ratio, 'f', 2))
                           : tr("ANN / SNN energy: %1× per inference, %2× per timestep")
                                 .arg(loc.toString(ratio, 'f', 2), loc.toString(perStep, 'f', 1));
    }
    case PipelinePanel::Audit: {
        const LeakageModel model(results);
        if (!model.isValid())
            return {};
        const auto top1 = [&](const char *m, const char *scenario) {
            const LeakageModel::Attack *a = model.attack(QLatin1String(m), QLatin1String(scenario));
            return a ? pct(a->top1) : QStringLiteral("–");
        };
        return tr("judge recognises %1 (ANN), %2 (encrypted); with thresholds divided out %3")
            .arg(top1("ann", "weights_to_ann"), top1("encrypted", "weights_to_ann"), top1("encrypted", "weights_rate_ann"));
    }
    case PipelinePanel::Report:
        return QFileInfo::exists(workspace + QStringLiteral("/report.html")) ? tr("report.html and report.pdf") : QString();
    default:
        return {};
    }
}
