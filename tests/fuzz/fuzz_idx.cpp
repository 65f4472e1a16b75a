// readIdx: an IDX image file and a label file. The input is the two files one after the other;
// the labels start at the first label magic (00 00 08 01) after the image magic, so a seed made
// of two real files splits where they meet.
#include "data/datasets.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string_view bytes = fuzz::view(data, size);
    static const std::string labelMagic("\x00\x00\x08\x01", 4);
    std::size_t split = bytes.size() > 4 ? bytes.find(labelMagic, 4) : std::string_view::npos;
    if (split == std::string_view::npos)
        split = bytes.size();

    auto &scratch = fuzz::ScratchDir::instance();
    scratch.fresh();
    const std::string images = scratch.path("t10k-images-idx3-ubyte"), labels = scratch.path("t10k-labels-idx1-ubyte");
    fuzz::writeBytes(images, bytes.substr(0, split));
    fuzz::writeBytes(labels, bytes.substr(split));
    fuzz::expectCleanRefusal("idx", [&] { readIdx(images, labels); });
    return 0;
}
