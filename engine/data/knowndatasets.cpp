// The usual data sets and normalisations by name. The normalisation values are torchvision's and
// the ones its tutorials use, so a PyTorch user's model matches one of them.
#include "data/knowndatasets.h"

#include "core/error.h"
#include "data/datasets.h"

#include <cmath>
#include <filesystem>

namespace psnn {

const std::vector<NormalizationPreset> &normalizationPresets()
{
    static const std::vector<NormalizationPreset> presets = {
        {"fashion-mnist", "Fashion-MNIST: mean 0.2860, std 0.3530", {0.2860f}, {0.3530f}},
        {"mnist", "MNIST: mean 0.1307, std 0.3081", {0.1307f}, {0.3081f}},
        {"cifar10", "CIFAR-10: mean (0.4914, 0.4822, 0.4465), std (0.2470, 0.2435, 0.2616)",
         {0.4914f, 0.4822f, 0.4465f}, {0.2470f, 0.2435f, 0.2616f}},
        {"cifar100", "CIFAR-100: mean (0.5071, 0.4865, 0.4409), std (0.2673, 0.2564, 0.2762)",
         {0.5071f, 0.4865f, 0.4409f}, {0.2673f, 0.2564f, 0.2762f}},
        {"imagenet", "ImageNet: mean (0.485, 0.456, 0.406), std (0.229, 0.224, 0.225)",
         {0.485f, 0.456f, 0.406f}, {0.229f, 0.224f, 0.225f}},
        {"minus-one-one", "pixels to [-1, 1]: mean 0.5, std 0.5", {0.5f}, {0.5f}},
        {"none", "none: pixels in [0, 1] unchanged", {0.0f}, {1.0f}},
    };
    return presets;
}

const NormalizationPreset &normalizationPreset(const std::string &id)
{
    std::string valid;
    for (const NormalizationPreset &p : normalizationPresets()) {
        if (p.id == id)
            return p;
        valid += (valid.empty() ? "" : ", ") + p.id;
    }
    throw Error(ErrorCode::InvalidArgument, "unknown normalisation '" + id + "' (known: " + valid + ")");
}

Normalization presetNormalization(const NormalizationPreset &preset, std::int64_t channels)
{
    if (channels < 1)
        throw Error(ErrorCode::InvalidArgument, "an input needs at least one channel");
    if (preset.mean.size() != 1 && std::int64_t(preset.mean.size()) != channels)
        throw Error(ErrorCode::InvalidArgument, "the " + preset.id + " normalisation has " + std::to_string(preset.mean.size())
                                                    + " channels, the model's input " + std::to_string(channels));
    Normalization n;
    for (std::int64_t c = 0; c < channels; ++c) {
        const std::size_t i = preset.mean.size() == 1 ? 0 : std::size_t(c);
        n.mean.push_back(preset.mean[i]);
        n.std.push_back(preset.std[i]);
    }
    return n;
}

std::string matchingPreset(const Normalization &n)
{
    if (n.mean.empty() || n.mean.size() != n.std.size())
        return {};
    for (const NormalizationPreset &p : normalizationPresets()) {
        if (p.mean.size() != 1 && p.mean.size() != n.mean.size())
            continue;
        bool same = true;
        for (std::size_t c = 0; c < n.mean.size() && same; ++c) {
            const std::size_t i = p.mean.size() == 1 ? 0 : c;
            same = std::abs(p.mean[i] - n.mean[c]) < 1e-4f && std::abs(p.std[i] - n.std[c]) < 1e-4f;
        }
        if (same)
            return p.id;
    }
    return {};
}

const std::vector<KnownDataset> &knownDatasets()
{
    static const std::vector<KnownDataset> sets = {
        {"fashion-mnist", {1, 28, 28},
         {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"},
         "fashion-mnist"},
        {"mnist", {1, 28, 28}, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "mnist"},
        {"cifar10", {3, 32, 32},
         {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}, "cifar10"},
        {"cifar100", {3, 32, 32},
         {
        "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
        "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle", "caterpillar", "cattle",
        "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab", "crocodile", "cup", "dinosaur",
        "dolphin", "elephant", "flatfish", "forest", "fox", "girl", "hamster", "house", "kangaroo", "keyboard",
        "lamp", "lawn_mower", "leopard", "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle", "mountain",
        "mouse", "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear", "pickup_truck", "pine_tree",
        "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon", "ray", "road", "rocket",
        "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail", "snake", "spider",
        "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone", "television", "tiger", "tractor",
        "train", "trout", "tulip", "turtle", "wardrobe", "whale", "willow_tree", "wolf", "woman", "worm"},
         "cifar100"},
    };
    return sets;
}

const KnownDataset *findKnownDataset(const std::string &spec)
{
    if (spec.empty())
        return nullptr;
    // By name first: the readers ask for their own class names by id, and need no file probed.
    for (const KnownDataset &d : knownDatasets())
        if (spec == d.id)
            return &d;
    std::error_code ec;
    for (const KnownDataset &d : knownDatasets()) {
        // A folder given by path that is the one a name stands for.
        const std::string resolved = resolveDatasetPath(d.id);
        if (resolved != d.id && std::filesystem::equivalent(resolveDatasetPath(spec), resolved, ec))
            return &d;
    }
    return nullptr;
}

} // namespace psnn
