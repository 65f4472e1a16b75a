// The hardware presets and energy tables read from CSV (declared in snn/energy.h).
#include "snn/energy.h"

#include "core/error.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace psnn {

namespace {

struct Preset {
    const char *key;
    EnergyTable table;
};

const std::vector<Preset> &presets()
{
    static const std::vector<Preset> all = {
        {"45nm-fp32", EnergyTable{}},
        {"45nm-int32",
         {"45nm CMOS, int32", "Horowitz, ISSCC 2014: int32 multiply 3.1 + add 0.1 pJ", 3.2, 0.1, 0.1, true, true}},
        // The chip runs the SNN only; its ANN reference stays the 45 nm fp32 MAC.
        {"loihi",
         {"Intel Loihi (SNN) vs 45nm fp32 (ANN)",
          "Davies et al., IEEE Micro 2018, Table 2 (0.75 V): 23.6 pJ per synaptic spike operation (minimum), "
          "81 pJ per active neuron update (52 pJ inactive); ANN MAC from Horowitz 2014",
          4.6, 23.6, 81.0, true, true}},
    };
    return all;
}

std::vector<std::string> splitCsv(const std::string &line)
{
    std::vector<std::string> fields;
    std::stringstream in(line);
    std::string f;
    while (std::getline(in, f, ','))
        fields.push_back(f);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    for (auto &field : fields) {
        const auto b = field.find_first_not_of(" \t\r"), e = field.find_last_not_of(" \t\r");
        field = b == std::string::npos ? std::string() : field.substr(b, e - b + 1);
    }
    return fields;
}

bool isNumber(const std::string &s)
{
    std::size_t used = 0;
    try {
        (void)std::stod(s, &used);
    } catch (const std::exception &) {
        return false;
    }
    return used == s.size();
}

// One cost of one row: a number, not negative.
double cost(const std::vector<std::string> &fields, int column, const std::string &name, int lineNo,
            const std::string &path)
{
    const std::string where = "row " + std::to_string(lineNo) + ", " + name;
    if (column < 0 || std::size_t(column) >= fields.size() || fields[std::size_t(column)].empty())
        throw Error(ErrorCode::BadFormat, where + ": missing", path);
    const std::string &s = fields[std::size_t(column)];
    if (!isNumber(s))
        throw Error(ErrorCode::BadFormat, where + ": '" + s + "' is not a number", path);
    const double v = std::stod(s);
    if (!(v >= 0) || v > 1e9)
        throw Error(ErrorCode::BadFormat, where + ": " + s + " pJ is not a cost (negative, infinite or absurd)", path);
    return v;
}

} // namespace

std::vector<EnergyTable> energyPresets()
{
    std::vector<EnergyTable> out;
    for (const auto &p : presets())
        out.push_back(p.table);
    return out;
}

std::vector<std::string> energyPresetKeys()
{
    std::vector<std::string> out;
    for (const auto &p : presets())
        out.emplace_back(p.key);
    return out;
}

EnergyTable energyPreset(const std::string &key)
{
    std::string known;
    for (const auto &p : presets()) {
        if (key == p.key)
            return p.table;
        known += (known.empty() ? "" : ", ") + std::string(p.key);
    }
    throw Error(ErrorCode::InvalidArgument, "no energy preset '" + key + "' (there are " + known + ")");
}

std::vector<EnergyTable> readEnergyTables(const std::string &csvPath)
{
    std::ifstream in(csvPath);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open the energy table", csvPath);
    // Column order without a header row: name, mac_pj, ac_pj, neuron_update_pj.
    std::map<std::string, int> column = {{"name", 0}, {"mac_pj", 1}, {"ac_pj", 2}, {"neuron_update_pj", 3}};
    bool headerSeen = false, first = true;
    std::vector<EnergyTable> tables;
    std::string line;
    for (int lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto fields = splitCsv(line);
        if (fields.empty() || (fields.size() == 1 && fields[0].empty()) || fields[0].rfind('#', 0) == 0)
            continue;
        if (first && fields.size() > 1 && !isNumber(fields[1])) {
            static const std::vector<std::string> known = {"name", "mac_pj", "ac_pj", "neuron_update_pj", "source"};
            column.clear();
            for (std::size_t c = 0; c < fields.size(); ++c) {
                if (std::find(known.begin(), known.end(), fields[c]) == known.end())
                    throw Error(ErrorCode::BadFormat, "row " + std::to_string(lineNo) + ": unknown column '" + fields[c]
                                                          + "' (known: name, mac_pj, ac_pj, neuron_update_pj, source)",
                                csvPath);
                column[fields[c]] = int(c);
            }
            for (const char *needed : {"name", "mac_pj", "ac_pj"})
                if (!column.count(needed))
                    throw Error(ErrorCode::BadFormat,
                                "row " + std::to_string(lineNo) + ": the header has no column " + needed, csvPath);
            headerSeen = true;
            first = false;
            continue;
        }
        first = false;
        EnergyTable t;
        t.name = fields[0];
        if (column.count("name"))
            t.name = std::size_t(column["name"]) < fields.size() ? fields[std::size_t(column["name"])] : "";
        if (t.name.empty())
            throw Error(ErrorCode::BadFormat, "row " + std::to_string(lineNo) + ": the table has no name", csvPath);
        t.macPj = cost(fields, column["mac_pj"], "mac_pj", lineNo, csvPath);
        t.acPj = cost(fields, column["ac_pj"], "ac_pj", lineNo, csvPath);
        const auto update = column.find("neuron_update_pj");
        t.countNeuronUpdates = update != column.end() && std::size_t(update->second) < fields.size()
                               && !fields[std::size_t(update->second)].empty();
        t.neuronUpdatePj = t.countNeuronUpdates ? cost(fields, update->second, "neuron_update_pj", lineNo, csvPath) : 0.0;
        const auto source = column.find("source");
        t.source = source != column.end() && std::size_t(source->second) < fields.size()
                       ? fields[std::size_t(source->second)]
                       : "from " + csvPath;
        tables.push_back(t);
    }
    if (tables.empty())
        throw Error(ErrorCode::BadFormat, headerSeen ? "has a header but no energy table rows" : "holds no energy table rows",
                    csvPath);
    return tables;
}

} // namespace psnn
