// loadDataset on a folder: class folders (with train/ and test/ splits) and the TinyImageNet
// layout (wnids.txt, words.txt, train/<wnid>/images, val/val_annotations.txt). The input is a
// folder packed as fuzz::unpackArchive() reads it; images are tiny PNG seeds, so what is fuzzed is
// the layout and the text files.
#include "data/datasets.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string root = fuzz::ScratchDir::instance().fresh();
    fuzz::unpackArchive(root, fuzz::view(data, size));
    fuzz::expectCleanRefusal("dataset-train", [&] { loadDataset(root, Split::Train); });
    fuzz::expectCleanRefusal("dataset-test", [&] { loadDataset(root, Split::Test); });
    return 0;
}
