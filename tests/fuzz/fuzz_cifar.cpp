// readCifar10 and readCifar100 (fine and coarse labels) on the same bytes.
#include "data/datasets.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("test_batch.bin", data, size);
    fuzz::expectCleanRefusal("cifar10", [&] { readCifar10({file}); });
    fuzz::expectCleanRefusal("cifar100", [&] { readCifar100({file}); });
    fuzz::expectCleanRefusal("cifar100-coarse", [&] { readCifar100({file}, true); });
    return 0;
}
