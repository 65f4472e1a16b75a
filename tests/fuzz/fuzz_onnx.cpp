// ONNX import, as `info` and the model view run it: parse, checks, the graph run on a batch,
// the translation into layers and the check of those layers against the graph.
#include "fuzzinput.h"
#include "model/models.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string file = fuzz::freshInput("model.onnx", data, size);
    fuzz::expectCleanRefusal("onnx", [&] { inspectModel(file); });
    return 0;
}
