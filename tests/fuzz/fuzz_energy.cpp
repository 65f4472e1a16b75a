// Energy tables: the CSV a user gives to `energy --table-file` and the window's energy settings.
#include "fuzzinput.h"
#include "snn/energy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    auto &scratch = fuzz::ScratchDir::instance();
    scratch.fresh();
    const std::string file = scratch.path("energy.csv");
    fuzz::writeBytes(file, fuzz::view(data, size));
    fuzz::expectCleanRefusal("energy-table", [&] { readEnergyTables(file); });
    return 0;
}
