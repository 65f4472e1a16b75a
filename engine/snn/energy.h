#pragma once
// Public: energy estimate of an ANN and its SNN from operation counts and spike rates, in two
// conventions (per inference over all timesteps, and per timestep), with hardware presets.

#include "snn/snnevaluation.h"

#include <string>
#include <vector>

namespace psnn {

/// Energy per operation, and what is counted. Default: 45 nm CMOS, 32-bit float (Horowitz 2014).
struct EnergyTable {
    std::string name = "45nm CMOS, fp32";
    std::string source = "Horowitz, ISSCC 2014: fp32 multiply 3.7 + add 0.9 pJ";
    double macPj = 4.6;           ///< one multiply-accumulate (ANN, and an SNN layer fed analog input)
    double acPj = 0.9;            ///< one accumulate (SNN synaptic operation per input spike)
    double neuronUpdatePj = 0.9;  ///< one neuron's membrane update in one timestep
    bool countNeuronUpdates = true; ///< add the neuron updates to the SNN's total
    /// Direct coding feeds the first layer the same image every step, so its input current is
    /// the same every step: computed once, it costs its MACs once, and each step only adds it to
    /// the membrane (a neuron update). false: recomputed every step (MACs x T).
    bool analogInputOnce = true;
};

/// The built-in hardware presets, each with its source: 45 nm fp32, 45 nm int32 and Intel Loihi.
std::vector<EnergyTable> energyPresets();
/// The preset named `key` ("45nm-fp32", "45nm-int32", "loihi"); throws Error naming the keys.
EnergyTable energyPreset(const std::string &key);
std::vector<std::string> energyPresetKeys();

/// Reads energy tables from a CSV file. With a header row its columns are named (name, mac_pj,
/// ac_pj required; neuron_update_pj and source optional; any other name is refused); without
/// one, rows are name,mac_pj,ac_pj[,neuron_update_pj]. Throws Error naming the file and the row
/// for an unknown column, a missing or non-numeric cost, a negative cost or a file without rows.
std::vector<EnergyTable> readEnergyTables(const std::string &csvPath);

struct EnergyRow {
    std::string layer;
    std::string type;
    std::int64_t macs = 0;             ///< per image
    double inputSpikesPerNeuron = 0;   ///< over all timesteps; for analog input: how often it is computed
    bool analogInput = false;          ///< fed the analog image (direct coding): pays MACs at the MAC cost, once or T times
    double synapticOps = 0;            ///< SNN operations per image
    double annPj = 0;
    double snnPj = 0;                  ///< per inference, all timesteps
    double snnPjPerStep = 0;           ///< per timestep, the paper's lab's convention: per inference / T, and an analog-fed layer's MACs once
};

/// One neuron layer's activity, for the spikes-per-neuron view.
struct NeuronActivity {
    std::string layer;
    std::int64_t neurons = 0;
    double spikesPerNeuron = 0;        ///< over all timesteps
};

struct EnergyReport {
    EnergyTable table;
    int timesteps = 0;
    std::vector<EnergyRow> rows;
    std::vector<NeuronActivity> neuronLayers;
    double neuronUpdates = 0;          ///< per image: neurons x T
    double neuronPj = 0;               ///< their energy (counted in snnPj only with countNeuronUpdates)
    double annPj = 0;
    double snnPj = 0;                  ///< physical: one inference over all T timesteps
    double ratio = 0;                  ///< ANN / SNN, physical
    double snnPjPerStep = 0;           ///< per timestep (how figures like the paper's 55x arise)
    double ratioPerStep = 0;           ///< ANN / SNN per timestep
    double breakEvenSpikes = 0;        ///< spikes per neuron below which a spike-fed layer saves energy: MAC / AC
    /// [t]: the physical SNN energy of a run stopped after t + 1 steps (same spikes, fewer steps),
    /// and the test accuracy there; with the ANN's energy, the energy-against-T curve.
    std::vector<double> snnPjAtStep;
    std::vector<double> accuracyAtStep;
};

/// Per-layer energy of the SNN at `snnPath` (spike rates from `rates`) against its ANN (the same
/// convolutions and linear layers at one MAC each). Throws Error for rates of another network.
EnergyReport estimateEnergy(const std::string &snnPath, const SnnEvalResult &rates, const EnergyTable &table = {});

} // namespace psnn
