#include "leakagemodel.h"

#include <QJsonArray>
#include <QLocale>

QString LeakageModel::modelTitle(const QString &key)
{
    if (key == QLatin1String("ann"))
        return tr("ANN");
    if (key == QLatin1String("converted"))
        return tr("converted SNN");
    if (key == QLatin1String("encrypted"))
        return tr("encrypted SNN");
    return key;
}

QString LeakageModel::scenarioTitle(const QString &key)
{
    if (key == QLatin1String("weights_to_ann"))
        return tr("weights in an ANN");
    if (key == QLatin1String("weights_rate_ann"))
        return tr("weights with thresholds (rate ANN)");
    if (key == QLatin1String("snn_surrogate"))
        return tr("SNN, surrogate gradient");
    if (key == QLatin1String("snn_evolution"))
        return tr("SNN, evolution strategies");
    if (key == QLatin1String("loss"))
        return tr("loss threshold");
    if (key == QLatin1String("confidence"))
        return tr("confidence threshold");
    return key;
}

QString LeakageModel::shortScenarioTitle(const QString &key)
{
    if (key == QLatin1String("weights_to_ann"))
        return tr("scenario 1");
    if (key == QLatin1String("weights_rate_ann"))
        return tr("threshold-aware");
    if (key == QLatin1String("snn_surrogate"))
        return tr("scenario 2 (gradient)");
    if (key == QLatin1String("snn_evolution"))
        return tr("scenario 2 (ES)");
    return key;
}

LeakageModel::LeakageModel(const WorkspaceResults &ws)
    : m_ws(ws)
{
    const QJsonObject audit = ws.audit();
    for (const QJsonValue &v : audit.value(QStringLiteral("classes")).toArray())
        m_classes << v.toString();
    m_chance = audit.value(QStringLiteral("chance")).toDouble();
    const int classes = int(m_classes.size());
    for (const QJsonValue &v : audit.value(QStringLiteral("attacks")).toArray()) {
        const QJsonObject a = v.toObject();
        Attack at;
        at.model = a.value(QStringLiteral("model")).toString();
        at.scenario = a.value(QStringLiteral("scenario")).toString();
        at.modelTitle = modelTitle(at.model);
        at.scenarioTitle = scenarioTitle(at.scenario);
        at.top1 = a.value(QStringLiteral("attack_top1")).toDouble();
        at.top3 = a.value(QStringLiteral("attack_top3")).toDouble();
        const QJsonArray interval = a.value(QStringLiteral("attack_top1_interval")).toArray();
        at.top1Low = interval.at(0).toDouble(0);
        at.top1High = interval.at(1).toDouble(1);
        at.reconstructions = a.value(QStringLiteral("reconstructions")).toInt();
        at.confidence = a.value(QStringLiteral("confidence")).toDouble();
        at.ssimMean = a.value(QStringLiteral("ssim_class_mean")).toDouble(-2);
        at.ssimNearest = a.value(QStringLiteral("ssim_nearest")).toDouble(-2);
        at.gallery = a.value(QStringLiteral("gallery")).toString();
        for (const QJsonValue &p : a.value(QStringLiteral("judge_prediction")).toArray())
            at.predicted << p.toInt();
        at.judgeConfidence = WorkspaceResults::numbers(a.value(QStringLiteral("judge_confidence")));
        at.perClass = classes > 0 ? std::max(1, int(at.predicted.size()) / classes) : 1;
        m_attacks << at;
    }
    for (const QJsonValue &v : audit.value(QStringLiteral("reading_accuracy")).toArray()) {
        const QJsonObject r = v.toObject();
        for (Attack &at : m_attacks)
            if (at.model == r.value(QStringLiteral("model")).toString() && at.scenario == r.value(QStringLiteral("scenario")).toString())
                at.readingAccuracy = r.value(QStringLiteral("accuracy")).toDouble();
    }
    for (const QJsonValue &v : audit.value(QStringLiteral("membership")).toArray()) {
        const QJsonObject m = v.toObject();
        Membership ms;
        ms.modelTitle = modelTitle(m.value(QStringLiteral("model")).toString());
        ms.attackTitle = scenarioTitle(m.value(QStringLiteral("attack")).toString());
        ms.auc = m.value(QStringLiteral("auc")).toDouble();
        ms.tprAt1 = m.value(QStringLiteral("tpr_at_1pct_fpr")).toDouble();
        ms.tprAt01 = m.value(QStringLiteral("tpr_at_0_1pct_fpr")).toDouble();
        ms.fpr = WorkspaceResults::numbers(m.value(QStringLiteral("roc")).toObject().value(QStringLiteral("fpr")));
        ms.tpr = WorkspaceResults::numbers(m.value(QStringLiteral("roc")).toObject().value(QStringLiteral("tpr")));
        m_membership << ms;
    }
    const QJsonObject sim = audit.value(QStringLiteral("weight_similarity")).toObject();
    const QJsonArray conv = sim.value(QStringLiteral("converted")).toArray(), enc = sim.value(QStringLiteral("encrypted")).toArray();
    for (int i = 0; i < conv.size(); ++i)
        m_similarity << Similarity{conv[i].toObject().value(QStringLiteral("layer")).toString(),
                                   conv[i].toObject().value(QStringLiteral("cosine")).toDouble(),
                                   enc[i].toObject().value(QStringLiteral("cosine")).toDouble()};
    m_real = ws.image(audit.value(QStringLiteral("real_gallery")).toString());
    readSweep(ws.sweep());
}

void LeakageModel::readSweep(const QJsonObject &sweep)
{
    m_sweepParameter = sweep.value(QStringLiteral("parameter")).toString();
    if (m_chance <= 0)
        m_chance = sweep.value(QStringLiteral("chance")).toDouble();
    QStringList scenarios;
    for (const QJsonValue &v : sweep.value(QStringLiteral("points")).toArray()) {
        const QJsonObject p = v.toObject();
        m_sweepStrengths << p.value(QStringLiteral("strength")).toDouble();
        for (const QJsonValue &av : p.value(QStringLiteral("attacks")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString scenario = a.value(QStringLiteral("scenario")).toString();
            if (!scenarios.contains(scenario)) {
                scenarios << scenario;
                m_frontier.append({shortScenarioTitle(scenario), {}, {}, {}, {}});
            }
            FrontierPlot::Series &s = m_frontier[scenarios.indexOf(scenario)];
            const QJsonArray interval = a.value(QStringLiteral("attack_top1_interval")).toArray();
            s.attack << a.value(QStringLiteral("attack_top1")).toDouble();
            s.low << interval.at(0).toDouble();
            s.high << interval.at(1).toDouble();
            s.accuracy << p.value(QStringLiteral("accuracy")).toDouble();
        }
    }
}

QString LeakageModel::parameterTitle(const QString &key)
{
    if (key == QLatin1String("privacy-weight"))
        return tr("privacy weight");
    if (key == QLatin1String("scramble"))
        return tr("channel scrambling");
    if (key == QLatin1String("epochs"))
        return tr("epochs");
    if (key == QLatin1String("learning-rate"))
        return tr("learning rate");
    return key;
}

QStringList LeakageModel::sweepValues() const
{
    QStringList values;
    for (double s : m_sweepStrengths)
        values << QLocale().toString(s, 'g', 4);
    return values;
}

QStringList LeakageModel::sweepLabels() const
{
    QStringList labels;
    for (double s : m_sweepStrengths)
        labels << tr("%1 %2").arg(parameterTitle(m_sweepParameter), QLocale().toString(s, 'g', 4));
    return labels;
}

QString LeakageModel::top1WithInterval(const Attack &a)
{
    const QLocale loc;
    return tr("%1 % [%2, %3] (n = %4)")
        .arg(loc.toString(100 * a.top1, 'f', 1), loc.toString(100 * a.top1Low, 'f', 1), loc.toString(100 * a.top1High, 'f', 1))
        .arg(a.reconstructions);
}

QStringList LeakageModel::tableHeader()
{
    return {tr("Model"), tr("Attack"), tr("Judge top-1 [95 % interval] (n)"), tr("Judge top-3"), tr("Confidence"),
            tr("Reading's test accuracy"), tr("SSIM to class mean"), tr("SSIM to nearest real")};
}

QStringList LeakageModel::tableRow(const Attack &a)
{
    const QLocale loc;
    const auto pct = [&](double v) { return v < 0 ? QStringLiteral("–") : loc.toString(100 * v, 'f', 1) + QStringLiteral(" %"); };
    const auto num = [&](double v) { return v < -1 ? QStringLiteral("–") : loc.toString(v, 'f', 3); };
    return {a.modelTitle, a.scenarioTitle, top1WithInterval(a), pct(a.top3), num(a.confidence),
            pct(a.readingAccuracy), num(a.ssimMean), num(a.ssimNearest)};
}

const LeakageModel::Attack *LeakageModel::attack(const QString &model, const QString &scenario) const
{
    for (const Attack &a : m_attacks)
        if (a.model == model && a.scenario == scenario)
            return &a;
    return nullptr;
}

QList<ImageGallery::Group> LeakageModel::galleryGroups(bool firstOnly) const
{
    QList<ImageGallery::Group> groups;
    const int classes = int(m_classes.size());
    for (const Attack &a : m_attacks) {
        ImageGallery::Group g;
        g.title = a.modelTitle + QLatin1Char('\n') + shortScenarioTitle(a.scenario);
        g.sprite = m_ws.image(a.gallery);
        g.perClass = a.perClass;
        g.predicted = a.predicted;
        g.confidence = a.judgeConfidence;
        if (firstOnly && a.perClass > 1 && !g.sprite.isNull()) {
            const int w = g.sprite.width() / a.perClass;
            g.sprite = g.sprite.copy(0, 0, w, g.sprite.height());
            g.predicted.clear();
            g.confidence.clear();
            for (int c = 0; c < classes; ++c) {
                g.predicted << a.predicted.value(c * a.perClass);
                g.confidence << a.judgeConfidence.value(c * a.perClass);
            }
            g.perClass = 1;
        }
        groups << g;
    }
    return groups;
}

QList<RocPlot::Curve> LeakageModel::rocCurves() const
{
    QList<RocPlot::Curve> curves;
    for (const Membership &m : m_membership)
        if (m.attackTitle == scenarioTitle(QStringLiteral("loss")))
            curves.append({tr("%1 (AUC %2)").arg(m.modelTitle).arg(m.auc, 0, 'f', 3), m.fpr, m.tpr});
    return curves;
}
