#include "snn/energy.h"

#include "core/error.h"
#include "model/modelloader.h"

#include <fstream>
#include <sstream>

namespace psnn {

std::vector<EnergyTable> readEnergyTables(const std::string &csvPath)
{
    std::ifstream in(csvPath);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open the energy table", csvPath);
    std::vector<EnergyTable> tables;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line[0] == '#')
            continue;
        std::stringstream fields(line);
        EnergyTable t;
        std::string mac, ac;
        std::getline(fields, t.name, ',');
        std::getline(fields, mac, ',');
        std::getline(fields, ac, ',');
        try {
            t.macPj = std::stod(mac);
            t.acPj = std::stod(ac);
        } catch (const std::exception &) {
            if (lineNo == 1)
                continue; // a header row
            throw Error(ErrorCode::BadFormat, "line " + std::to_string(lineNo) + " needs name,mac_pj,ac_pj", csvPath);
        }
        if (!(t.macPj >= 0) || !(t.acPj >= 0))
            throw Error(ErrorCode::BadFormat, "line " + std::to_string(lineNo) + ": energies must not be negative", csvPath);
        tables.push_back(t);
    }
    if (tables.empty())
        throw Error(ErrorCode::BadFormat, "holds no energy table rows", csvPath);
    return tables;
}

EnergyReport estimateEnergy(const std::string &snnPath, const SnnEvalResult &rates, const EnergyTable &table)
{
    const Network snn = loadAnyNetwork(snnPath);
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network", snnPath);
    if (rates.spikesPerNeuron.size() != std::size_t(std::count_if(snn.layers.begin(), snn.layers.end(),
                                                                 [](const Layer &l) { return l.kind == LayerKind::ReLU; })))
        throw Error(ErrorCode::InvalidArgument, "the spike rates do not belong to this network", snnPath);
    EnergyReport rep;
    rep.table = table;
    rep.timesteps = snn.snn.timesteps;
    const auto shapes = layerOutputShapes(snn);
    Shape in = snn.inputShape;
    // What feeds the next weighted layer: the input coding, then the latest neuron layer
    // (pooling and flattening keep the spike count per neuron on average).
    const bool analog = snn.snn.coding == InputCoding::Direct;
    double feedSpikes = analog ? double(rep.timesteps) : rates.inputSpikesPerNeuron;
    bool feedAnalog = analog;
    std::size_t neuron = 0;
    for (std::size_t i = 0; i < snn.layers.size(); ++i) {
        const Layer &l = snn.layers[i];
        if (l.kind == LayerKind::ReLU) {
            feedSpikes = rates.spikesPerNeuron[neuron++];
            feedAnalog = false;
        } else if (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear) {
            EnergyRow row;
            row.layer = l.name;
            row.type = layerKindName(l.kind);
            row.macs = layerMacs(l, in, shapes[i]);
            row.analogInput = feedAnalog;
            row.inputSpikesPerNeuron = feedSpikes;
            row.synapticOps = double(row.macs) * feedSpikes;
            row.annPj = double(row.macs) * table.macPj;
            row.snnPj = row.synapticOps * (feedAnalog ? table.macPj : table.acPj);
            rep.annPj += row.annPj;
            rep.snnPj += row.snnPj;
            rep.rows.push_back(row);
        }
        in = shapes[i];
    }
    rep.ratio = rep.snnPj > 0 ? rep.annPj / rep.snnPj : 0.0;
    return rep;
}

} // namespace psnn
