// Turns a user's data set specification into a reader call, detecting the format by its files.
#include "core/error.h"
#include "data/datasets.h"
#include "data/knowndatasets.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace psnn {

namespace {

// The file in `dir` named `stem` or `stem`.gz, or "" if neither exists.
std::string findFile(const fs::path &dir, const std::string &stem)
{
    for (const std::string &name : {stem, stem + ".gz"}) {
        if (fs::is_regular_file(dir / name))
            return (dir / name).string();
    }
    return {};
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

std::string resolveDatasetPath(const std::string &spec)
{
    const std::string key = lower(spec);
    if (key == "fashion-mnist" || key == "fashionmnist")
        return "/usr/share/datasets/fashion-mnist";
    if (key == "mnist")
        return "/usr/share/datasets/mnist";
    if (key == "cifar10" || key == "cifar-10") {
        // The shared CIFAR-10 copy sits beside the checkout (see README).
        for (const char *candidate : {"../shared/data/cifar-10-batches-bin", "../../shared/data/cifar-10-batches-bin",
                                      "/work/shared/data/cifar-10-batches-bin"}) {
            if (fs::is_directory(candidate))
                return fs::absolute(candidate).lexically_normal().string();
        }
        return "../shared/data/cifar-10-batches-bin";
    }
    return spec;
}

ImageSet loadDataset(const std::string &spec, Split split)
{
    const fs::path dir(resolveDatasetPath(spec));
    if (!fs::is_directory(dir))
        throw Error(ErrorCode::FileNotFound,
                    "data set folder does not exist (give a folder, or one of: fashion-mnist, mnist, cifar10)",
                    dir.string());
    const bool train = split == Split::Train;

    const std::string idxPrefix = train ? "train" : "t10k";
    const std::string idxImages = findFile(dir, idxPrefix + "-images-idx3-ubyte");
    const std::string idxLabels = findFile(dir, idxPrefix + "-labels-idx1-ubyte");
    if (!idxImages.empty() && !idxLabels.empty()) {
        const bool fashion = lower(dir.string()).find("fashion") != std::string::npos;
        return readIdx(idxImages, idxLabels, fashion ? findKnownDataset("fashion-mnist")->classNames : std::vector<std::string>{});
    }

    if (!findFile(dir, "data_batch_1.bin").empty() || !findFile(dir, "test_batch.bin").empty()) {
        std::vector<std::string> files;
        if (train) {
            for (int i = 1; i <= 5; ++i) {
                const std::string f = findFile(dir, "data_batch_" + std::to_string(i) + ".bin");
                if (f.empty())
                    throw Error(ErrorCode::FileNotFound,
                                "CIFAR-10 training batch data_batch_" + std::to_string(i) + ".bin(.gz) is missing", dir.string());
                files.push_back(f);
            }
        } else {
            const std::string f = findFile(dir, "test_batch.bin");
            if (f.empty())
                throw Error(ErrorCode::FileNotFound, "CIFAR-10 test_batch.bin(.gz) is missing", dir.string());
            files.push_back(f);
        }
        return readCifar10(files);
    }

    const std::string c100 = findFile(dir, train ? "train.bin" : "test.bin");
    if (!c100.empty())
        return readCifar100({c100});

    if (fs::is_regular_file(dir / "wnids.txt"))
        return readTinyImageNet(dir.string(), split);

    // A plain class-folder tree, optionally split into train/ and test/ (or val/).
    for (const std::string &sub : train ? std::vector<std::string>{"train"} : std::vector<std::string>{"test", "val"}) {
        if (fs::is_directory(dir / sub))
            return readImageFolder((dir / sub).string());
    }
    if (!train && fs::is_directory(dir / "train"))
        throw Error(ErrorCode::FileNotFound, "has a train/ folder but no test/ or val/ folder for the test split",
                    dir.string());
    return readImageFolder(dir.string());
}

} // namespace psnn
