// Energy tables: the CSV a user gives to `energy --table-file` and the window's energy settings.
#include "fuzzinput.h"
#include "snn/energy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("energy.csv", data, size);
    fuzz::expectCleanRefusal("energy-table", [&] { readEnergyTables(file); });
    return 0;
}
