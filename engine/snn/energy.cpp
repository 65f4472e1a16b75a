#include "snn/energy.h"

#include "core/error.h"
#include "model/modelloader.h"
#include "snn/synapticload.h"

#include <algorithm>
#include <numeric>

namespace psnn {

SynapticLoad synapticLoad(const Network &net)
{
    SynapticLoad load;
    const auto shapes = layerOutputShapes(net);
    Shape in = net.inputShape;
    int source = -1;
    std::vector<int> kept; // the spike source at each open Fork
    const auto feed = [&](WeightedLayerLoad w) {
        (w.source < 0 ? load.inputMacs : load.macsFedBy[std::size_t(w.source)]) += w.macs;
        load.totalMacs += w.macs;
        load.weighted.push_back(w);
    };
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        const Layer &l = net.layers[i];
        const std::int64_t size = std::accumulate(shapes[i].begin(), shapes[i].end(), std::int64_t(1), std::multiplies<>());
        if (l.kind == LayerKind::ReLU) {
            ++source;
            load.neurons.push_back(size);
            load.macsFedBy.push_back(0);
        } else if (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear) {
            feed({i, layerMacs(l, in, shapes[i]), source});
        } else if (l.kind == LayerKind::Fork) {
            kept.push_back(source);
        } else if (l.kind == LayerKind::Add) {
            const bool identity = l.shortcut.empty();
            feed({i, identity ? size : layerMacs(l, in, shapes[i]), kept.back(), identity, size});
            kept.pop_back();
        }
        in = shapes[i];
    }
    return load;
}

namespace {

// Spikes per neuron of each neuron layer after `steps` of the run, from the per-step rates;
// without them (rates made by hand) only the whole run is known.
std::vector<double> spikesAfter(const SnnEvalResult &rates, int steps)
{
    std::vector<double> out;
    for (std::size_t k = 0; k < rates.spikesPerNeuron.size(); ++k) {
        const auto &perStep = k < rates.spikeRatePerStep.size() ? rates.spikeRatePerStep[k] : std::vector<double>();
        out.push_back(perStep.empty() ? rates.spikesPerNeuron[k]
                                      : std::accumulate(perStep.begin(), perStep.begin() + steps, 0.0));
    }
    return out;
}

// Physical SNN energy of the first `steps` steps (synaptic operations and neuron updates). Poisson
// input fires at a constant expected rate, so its events scale with the steps.
double snnPjAfter(const SynapticLoad &load, const SnnEvalResult &rates, bool analog, int T, int steps,
                  const EnergyTable &t)
{
    const auto spikes = spikesAfter(rates, steps);
    double pj = analog ? double(load.inputMacs) * (t.analogInputOnce ? 1 : steps) * t.macPj
                       : double(load.inputMacs) * rates.inputSpikesPerNeuron * steps / T * t.acPj;
    for (std::size_t k = 0; k < spikes.size(); ++k)
        pj += double(load.macsFedBy[k]) * spikes[k] * t.acPj;
    if (t.countNeuronUpdates)
        pj += double(std::accumulate(load.neurons.begin(), load.neurons.end(), std::int64_t(0))) * steps
              * t.neuronUpdatePj;
    return pj;
}

} // namespace

EnergyReport estimateEnergy(const std::string &snnPath, const SnnEvalResult &rates, const EnergyTable &table)
{
    const Network snn = loadAnyNetwork(snnPath);
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network", snnPath);
    const SynapticLoad load = synapticLoad(snn);
    if (rates.spikesPerNeuron.size() != load.neurons.size())
        throw Error(ErrorCode::InvalidArgument, "the spike rates do not belong to this network", snnPath);
    EnergyReport rep;
    rep.table = table;
    rep.timesteps = snn.snn.timesteps;
    const double T = rep.timesteps;
    const bool analog = snn.snn.coding == InputCoding::Direct;
    rep.breakEvenSpikes = table.acPj > 0 ? table.macPj / table.acPj : 0.0;
    for (const WeightedLayerLoad &w : load.weighted) {
        const Layer &l = snn.layers[w.layer];
        EnergyRow row;
        row.layer = l.name;
        row.type = l.kind != LayerKind::Add ? layerKindName(l.kind) : w.identity ? "Shortcut (identity)" : "Shortcut (conv)";
        row.macs = w.identity ? 0 : w.macs; // an identity shortcut multiplies nothing
        row.analogInput = w.source < 0 && analog;
        row.inputSpikesPerNeuron = w.source >= 0 ? rates.spikesPerNeuron[std::size_t(w.source)]
                                   : analog      ? (table.analogInputOnce ? 1.0 : T)
                                                 : rates.inputSpikesPerNeuron;
        row.synapticOps = double(w.macs) * row.inputSpikesPerNeuron;
        row.annPj = (w.identity ? 0.0 : double(row.macs) * table.macPj) + double(w.additions) * table.acPj;
        row.snnPj = row.synapticOps * (row.analogInput ? table.macPj : table.acPj);
        // Per timestep: the spikes of an average step; an analog-fed layer counts its MACs once,
        // as the paper's lab does.
        row.snnPjPerStep = row.analogInput ? double(row.macs) * table.macPj : row.snnPj / T;
        rep.annPj += row.annPj;
        rep.snnPj += row.snnPj;
        rep.snnPjPerStep += row.snnPjPerStep;
        rep.rows.push_back(row);
    }
    for (std::size_t k = 0; k < load.neurons.size(); ++k) {
        rep.neuronLayers.push_back({k < rates.neuronLayers.size() ? rates.neuronLayers[k] : std::string(),
                                    load.neurons[k], rates.spikesPerNeuron[k]});
        rep.neuronUpdates += double(load.neurons[k]) * T;
    }
    rep.neuronPj = rep.neuronUpdates * table.neuronUpdatePj;
    if (table.countNeuronUpdates) {
        rep.snnPj += rep.neuronPj;
        rep.snnPjPerStep += rep.neuronPj / T;
    }
    rep.ratio = rep.snnPj > 0 ? rep.annPj / rep.snnPj : 0.0;
    rep.ratioPerStep = rep.snnPjPerStep > 0 ? rep.annPj / rep.snnPjPerStep : 0.0;
    const bool perStepKnown = rates.spikeRatePerStep.size() == load.neurons.size()
                              && std::all_of(rates.spikeRatePerStep.begin(), rates.spikeRatePerStep.end(),
                                             [&](const auto &s) { return s.size() == std::size_t(rep.timesteps); });
    if (perStepKnown)
        for (int s = 1; s <= rep.timesteps; ++s) {
            rep.snnPjAtStep.push_back(snnPjAfter(load, rates, analog, rep.timesteps, s, table));
            if (rates.accuracyPerStep.size() == std::size_t(rep.timesteps))
                rep.accuracyAtStep.push_back(rates.accuracyPerStep[std::size_t(s - 1)]);
        }
    return rep;
}

} // namespace psnn
