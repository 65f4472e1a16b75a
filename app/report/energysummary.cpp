#include "energysummary.h"

#include <QLocale>

namespace {

QString times(double ratio)
{
    const QLocale loc;
    return ratio >= 1 ? EnergySummary::tr("%1× less energy").arg(loc.toString(ratio, 'f', 2))
                      : EnergySummary::tr("%1× more energy").arg(loc.toString(ratio > 0 ? 1 / ratio : 0.0, 'f', 2));
}

} // namespace

QString EnergySummary::totals(const QJsonObject &e)
{
    const QLocale loc;
    const auto nj = [&](const char *key) { return loc.toString(e.value(QLatin1String(key)).toDouble() / 1000, 'f', 2); };
    QString text = tr("Per image, one whole inference (T = %1 timesteps): ANN %2 nJ, SNN %3 nJ: the SNN needs %4.")
                       .arg(e.value(QStringLiteral("timesteps")).toInt())
                       .arg(nj("ann_pj"), nj("snn_pj"), times(e.value(QStringLiteral("ratio")).toDouble()));
    if (e.contains(QStringLiteral("ratio_per_step")))
        text += QLatin1Char(' ')
                + tr("Per timestep (the convention of the paper's lab): SNN %1 nJ, %2 than one ANN inference.")
                      .arg(nj("snn_pj_per_step"), times(e.value(QStringLiteral("ratio_per_step")).toDouble()));
    return text;
}

QString EnergySummary::conventionNote(const QJsonObject &e)
{
    const int T = e.value(QStringLiteral("timesteps")).toInt();
    return tr("The per-inference figure is what a battery pays: the SNN runs all %1 timesteps to give one answer. "
              "The per-timestep figure divides the SNN's spikes by T and sets one average timestep against a whole "
              "ANN inference; published figures such as PrivateSNN's 55× are of this kind. Both use the same spike "
              "counts; they differ by the factor T for everything the SNN does every step.")
        .arg(T);
}

QString EnergySummary::table(const QJsonObject &e)
{
    const QJsonObject t = e.value(QStringLiteral("table")).toObject();
    const QLocale loc;
    const bool updates = t.value(QStringLiteral("count_neuron_updates")).toBool();
    return tr("%1: %2 pJ per multiply-accumulate, %3 pJ per accumulate, %4. Source: %5")
        .arg(t.value(QStringLiteral("name")).toString(), loc.toString(t.value(QStringLiteral("mac_pj")).toDouble()),
             loc.toString(t.value(QStringLiteral("ac_pj")).toDouble()),
             updates ? tr("%1 pJ per neuron update").arg(loc.toString(t.value(QStringLiteral("neuron_update_pj")).toDouble()))
                     : tr("neuron updates not counted"),
             t.value(QStringLiteral("source")).toString());
}
