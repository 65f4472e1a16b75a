// readFileMaybeGz: every reader's first step, plain bytes or a gzip stream (IDX .gz, CIFAR
// .bin.gz, gzipped JSON).
#include "core/fileio.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("input.gz", data, size);
    fuzz::expectCleanRefusal("gzip", [&] { readFileMaybeGz(file); });
    return 0;
}
