#include "printing.h"

#include "data/knowndatasets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string>

namespace psnn::cli {

void printEval(const EvalResult &r)
{
    std::printf("accuracy %.2f%% (%lld of %lld)\n", 100.0 * r.accuracy, (long long)r.correct, (long long)r.count);
    for (std::size_t c = 0; c < r.perClassAccuracy.size(); ++c)
        std::printf("  %-14s %6.2f%%\n", r.classNames[c].c_str(), 100.0 * r.perClassAccuracy[c]);
}

void printSnnEval(const SnnEvalResult &r)
{
    std::printf("SNN accuracy %.2f%% after %d timesteps (%lld images)\n", 100.0 * r.accuracy, r.timesteps,
                (long long)r.count);
    std::printf("accuracy at step:");
    for (int t : {1, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500})
        if (t <= r.timesteps)
            std::printf("  %d: %.2f%%", t, 100.0 * r.accuracyPerStep[std::size_t(t - 1)]);
    std::printf("\n");
    if (r.inputSpikesPerNeuron >= 0)
        std::printf("  %-20s %8.3f spikes per neuron over %d steps\n", "input (Poisson)", r.inputSpikesPerNeuron,
                    r.timesteps);
    for (std::size_t k = 0; k < r.neuronLayers.size(); ++k)
        std::printf("  %-20s %8.3f spikes per neuron over %d steps\n", r.neuronLayers[k].c_str(), r.spikesPerNeuron[k],
                    r.timesteps);
    std::printf("%.0f image-timesteps per second\n", r.imageStepsPerSecond);
}

void printEnergy(const EnergyReport &e)
{
    std::printf("%s: %.2f pJ per MAC, %.2f pJ per accumulate, %.2f pJ per neuron update%s; T = %d\n  source: %s\n",
                e.table.name.c_str(), e.table.macPj, e.table.acPj, e.table.neuronUpdatePj,
                e.table.countNeuronUpdates ? "" : " (not counted)", e.timesteps, e.table.source.c_str());
    std::printf("%-16s %8s %14s %12s %14s %14s %16s\n", "layer", "type", "MACs", "in spikes", "ANN nJ", "SNN nJ",
                "SNN nJ per step");
    for (const auto &r : e.rows)
        std::printf("%-16s %8s %14lld %12.3f %14.2f %14.2f %16.3f%s\n", r.layer.c_str(), r.type.c_str(),
                    (long long)r.macs, r.inputSpikesPerNeuron, r.annPj / 1000.0, r.snnPj / 1000.0,
                    r.snnPjPerStep / 1000.0, r.analogInput ? (e.table.analogInputOnce ? "  (analog input, computed once)" : "  (analog input, every step)") : "");
    std::printf("%-16s %8s %14.0f %12s %14s %14.2f %16.3f%s\n", "neuron updates", "", e.neuronUpdates, "", "",
                e.neuronPj / 1000.0, e.neuronPj / 1000.0 / std::max(1, e.timesteps),
                e.table.countNeuronUpdates ? "" : "  (not counted)");
    std::printf("a spike-fed layer saves energy while its inputs fire fewer than %.2f spikes per neuron\n",
                e.breakEvenSpikes);
    const auto verdict = [](double ratio) {
        char buf[64];
        std::snprintf(buf, sizeof buf, ratio >= 1.0 ? "%.2fx less" : "%.2fx more", ratio >= 1.0 ? ratio : 1.0 / ratio);
        return std::string(buf);
    };
    std::printf("per inference (all %d timesteps, the physical figure): ANN %.2f nJ, SNN %.2f nJ per image: the SNN "
                "needs %s energy\n",
                e.timesteps, e.annPj / 1000.0, e.snnPj / 1000.0, verdict(e.ratio).c_str());
    std::printf("per timestep (the convention of the paper's lab): SNN %.3f nJ: %s than the ANN's inference\n",
                e.snnPjPerStep / 1000.0, verdict(e.ratioPerStep).c_str());
    std::printf("  The per-timestep figure counts one average timestep of the SNN against a whole ANN inference;\n"
                "  an inference takes all %d timesteps, so the per-inference figure is the one a battery sees.\n",
                e.timesteps);
}

void printEnergyPresets()
{
    const auto presets = energyPresets();
    const auto keys = energyPresetKeys();
    for (std::size_t i = 0; i < presets.size(); ++i)
        std::printf("%-12s %s: MAC %.2f pJ, accumulate %.2f pJ, neuron update %.2f pJ\n             source: %s\n",
                    keys[i].c_str(), presets[i].name.c_str(), presets[i].macPj, presets[i].acPj, presets[i].neuronUpdatePj,
                    presets[i].source.c_str());
}

void printDeployment(const std::string &resultsJson)
{
    const auto j = nlohmann::json::parse(resultsJson, nullptr, false);
    if (j.is_discarded() || !j.contains("deployment") || !j.at("deployment").at("search").is_object())
        return;
    const auto &search = j.at("deployment").at("search");
    if (search.value("reached", true))
        std::printf("the encrypted SNN runs at T = %d, the smallest within %.1f points of the ANN on the boundary probes\n",
                    search.value("chosen", 0), search.value("margin_points", 0.0));
    else
        std::printf("warning: no T up to %d came within %.1f points of the ANN on the boundary probes; the encrypted "
                    "SNN runs at T = %d (a larger --deploy-margin or more timesteps)\n",
                    search.value("chosen", 0), search.value("margin_points", 0.0), search.value("chosen", 0));
}

void printAudit(const AuditResult &r)
{
    std::printf("%-10s %-17s %8s %17s %5s %8s %10s %10s %10s\n", "model", "scenario", "top-1", "95% interval", "n",
                "top-3", "confidence", "SSIM mean", "SSIM near");
    for (const auto &a : r.attacks)
        std::printf("%-10s %-17s %7.1f%% %7.1f%% - %5.1f%% %5lld %7.1f%% %10.3f %10.3f %10.3f\n", a.model.c_str(),
                    a.scenario.c_str(), 100 * a.attackTop1, 100 * a.top1Interval.low, 100 * a.top1Interval.high,
                    (long long)a.reconstructions, 100 * a.attackTop3, a.confidence, a.ssimClassMean, a.ssimNearest);
    for (const auto &a : r.readingAccuracy)
        std::printf("reading %-10s %-17s classifies %.1f%% of %lld real test images\n", a.model.c_str(),
                    a.scenario.c_str(), 100 * a.accuracy, (long long)a.images);
    for (const auto &m : r.membership)
        std::printf("membership %-10s %-10s AUC %.3f, TPR %.3f at 1%% FPR, %.3f at 0.1%% FPR\n", m.model.c_str(),
                    m.attack.c_str(), m.roc.auc, m.tprAt1PctFpr, m.tprAt01PctFpr);
    std::printf("class features %s recognisable from the encrypted model's weights (a reading's 95%% interval %s "
                "chance)\n",
                r.encryptedLeaks ? "ARE" : "are not", r.encryptedLeaks ? "lies above" : "does not lie above");
}

void printSweep(const std::string &parameter, const SweepResult &r)
{
    std::printf("%-16s %10s  %s\n", parameter.c_str(), "accuracy", "judge top-1 [95% interval] per attack");
    for (const auto &p : r.points) {
        std::printf("%-16g %9.2f%% ", p.strength, 100 * p.accuracy);
        for (const auto &a : p.attacks)
            std::printf(" %s %.1f%% [%.1f, %.1f]", a.scenario.c_str(), 100 * a.attackTop1, 100 * a.top1Interval.low,
                        100 * a.top1Interval.high);
        std::printf("\n");
    }
}

std::vector<std::string> splitOn(const std::string &text, char sep)
{
    std::vector<std::string> out;
    std::string item;
    for (char c : text + sep) {
        if (c != sep) {
            item += c;
        } else if (!item.empty()) {
            out.push_back(item);
            item.clear();
        }
    }
    return out;
}

namespace {

std::string describe(const ConversionCandidate &c)
{
    std::string s = codingName(c.snn.coding);
    s += c.snn.signedSpikes ? ", signed spikes" : "";
    if (c.snn.initialMembrane != 0.0)
        s += ", membrane starts at " + std::to_string(c.snn.initialMembrane).substr(0, 4);
    char p[32];
    std::snprintf(p, sizeof p, ", %g th percentile", c.percentile);
    s += c.quantizedThresholds ? ", quantisation-aware thresholds" : p;
    if (c.thresholdImages != "data-impressions")
        s += ", thresholds from " + c.thresholdImages;
    return s;
}

} // namespace

void printConversionChoice(const std::vector<ConversionCandidate> &candidates, int chosen)
{
    if (candidates.empty())
        return;
    std::printf("auto conversion: agreement with the ANN on %lld held-out synthetic images\n",
                (long long)candidates.front().scored);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto &c = candidates[i];
        if (c.error.empty())
            std::printf("  %s %6.2f%%  %s\n", int(i) == chosen ? "*" : " ", 100.0 * c.agreement,
                        describe(c).c_str());
        else
            std::printf("    cannot run   %s: %s\n", describe(c).c_str(), c.error.c_str());
    }
}

std::string optionFor(const std::string &topic)
{
    if (topic == "normalization") {
        std::string ids;
        for (const NormalizationPreset &p : normalizationPresets())
            ids += (ids.empty() ? "" : ", ") + p.id;
        return "give --normalization (" + ids + ") or --mean and --std; `privatesnn-cli check-import --model M "
               "--test-data D` finds the one that fits";
    }
    if (topic == "input-shape")
        return "give --input-shape CxHxW";
    if (topic == "classes")
        return "give --classes a,b,... or a data set's names, e.g. --classes fashion-mnist";
    return {};
}

void printWarnings(const std::vector<StageWarning> &warnings)
{
    for (const StageWarning &w : warnings) {
        const std::string fix = optionFor(w.topic);
        std::printf("warning (%s): %s%s%s\n", w.stage.c_str(), w.message.c_str(), fix.empty() ? "" : "; ", fix.c_str());
    }
}

void printWarnings(const std::vector<ImportWarning> &warnings)
{
    std::vector<StageWarning> staged;
    for (const ImportWarning &w : warnings)
        staged.push_back({"import", w.topic, w.message});
    printWarnings(staged);
}

} // namespace psnn::cli
