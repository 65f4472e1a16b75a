#pragma once
// Public: energy estimate of an ANN and its SNN from operation counts and spike rates.

#include "snn/snnevaluation.h"

#include <string>
#include <vector>

namespace psnn {

/// Energy per operation. Default: 45 nm CMOS, 32-bit float (Horowitz, ISSCC 2014).
struct EnergyTable {
    std::string name = "45nm CMOS, fp32 (Horowitz 2014)";
    double macPj = 4.6;  ///< one multiply-accumulate (ANN, and an SNN layer fed analog input)
    double acPj = 0.9;   ///< one accumulate (SNN synaptic operation per input spike)
};

/// Reads "name,mac_pj,ac_pj" CSV rows (header optional); throws Error naming the file and line.
std::vector<EnergyTable> readEnergyTables(const std::string &csvPath);

struct EnergyRow {
    std::string layer;
    std::string type;
    std::int64_t macs = 0;             ///< per image
    double inputSpikesPerNeuron = 0;   ///< over all timesteps; for analog input: the timesteps
    bool analogInput = false;          ///< fed the analog image (direct coding): pays MACs x T at the MAC cost
    double synapticOps = 0;            ///< SNN operations per image
    double annPj = 0;
    double snnPj = 0;
};

struct EnergyReport {
    EnergyTable table;
    int timesteps = 0;
    std::vector<EnergyRow> rows;
    double annPj = 0;
    double snnPj = 0;
    double ratio = 0;                  ///< ANN / SNN
};

/// Per-layer energy of the SNN at `snnPath` (spike rates from `rates`) against its ANN (the same
/// convolutions and linear layers at one MAC each).
EnergyReport estimateEnergy(const std::string &snnPath, const SnnEvalResult &rates, const EnergyTable &table = {});

} // namespace psnn
