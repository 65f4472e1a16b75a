// CIFAR-10 / CIFAR-100 binary format: fixed-size records, label byte(s) then 1024 R, G, B bytes.
#include "core/error.h"
#include "core/fileio.h"
#include "data/datasets.h"
#include "data/knowndatasets.h"

namespace psnn {

namespace {

constexpr std::size_t kPixels = 3 * 32 * 32;

const std::vector<std::string> kCifar100Coarse = {
    "aquatic_mammals", "fish", "flowers", "food_containers", "fruit_and_vegetables",
    "household_electrical_devices", "household_furniture", "insects", "large_carnivores",
    "large_man-made_outdoor_things", "large_natural_outdoor_scenes", "large_omnivores_and_herbivores",
    "medium_mammals", "non-insect_invertebrates", "people", "reptiles", "small_mammals", "trees",
    "vehicles_1", "vehicles_2"};

// labelBytes: 1 (CIFAR-10) or 2 (CIFAR-100); labelIndex picks which of them is the label.
ImageSet readRecords(const std::vector<std::string> &files, std::size_t labelBytes, std::size_t labelIndex,
                     std::vector<std::string> classNames)
{
    if (files.empty())
        throw Error(ErrorCode::InvalidArgument, "no CIFAR files given");
    const std::size_t record = labelBytes + kPixels;
    ImageSet set;
    set.channels = 3;
    set.height = 32;
    set.width = 32;
    set.classNames = std::move(classNames);
    for (const auto &path : files) {
        const auto d = readFileMaybeGz(path);
        if (d.empty() || d.size() % record != 0)
            throw Error(ErrorCode::BadFormat,
                        std::to_string(d.size()) + " bytes is not a whole number of " + std::to_string(record)
                            + "-byte records: record " + std::to_string(d.size() / record) + " at byte offset "
                            + std::to_string(d.size() / record * record) + " is truncated",
                        path);
        const std::size_t n = d.size() / record;
        set.pixels.reserve(set.pixels.size() + n * kPixels);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint8_t *r = d.data() + i * record;
            const int label = r[labelIndex];
            if (label >= int(set.classNames.size()))
                throw Error(ErrorCode::BadFormat,
                            "label " + std::to_string(label) + " of record " + std::to_string(i) + " (byte offset "
                                + std::to_string(i * record + labelIndex) + ") is out of range 0.."
                                + std::to_string(set.classNames.size() - 1),
                            path);
            set.labels.push_back(label);
            set.pixels.insert(set.pixels.end(), r + labelBytes, r + record);
        }
        set.sourceFiles.push_back(path);
    }
    return set;
}

} // namespace

ImageSet readCifar10(const std::vector<std::string> &files, std::vector<std::string> classNames)
{
    return readRecords(files, 1, 0, classNames.empty() ? findKnownDataset("cifar10")->classNames : std::move(classNames));
}

ImageSet readCifar100(const std::vector<std::string> &files, bool coarse)
{
    return readRecords(files, 2, coarse ? 0 : 1, coarse ? kCifar100Coarse : findKnownDataset("cifar100")->classNames);
}

} // namespace psnn
