#pragma once
// Public: synthetic training images made from a model alone (no real data).

#include "core/imageset.h"
#include "core/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

struct SynthesisOptions {
    std::string method = "data-impressions"; ///< or "bn-inversion" (needs BatchNorm layers)
    int imagesPerClass = 100;
    int iterations = 2500;       ///< Adam steps per batch (the PrivateSNN code uses 2500)
    double learningRate = 1e-3;  ///< Adam on the pixels
    double temperature = 20.0;   ///< softmax(logits / temperature) against the soft target
    double concentration = 1.0;  ///< Dirichlet(concentration * class similarity) (data impressions)
    double epsilon = 1e-4;       ///< floor of the normalised class similarity
    int batchSize = 256;         ///< images optimised together with a summed loss
    double bnWeight = 1.0;       ///< bn-inversion: weight of the BN-statistics loss
    double tvWeight = 1e-4;      ///< bn-inversion: total-variation prior
    double l2Weight = 1e-5;      ///< bn-inversion: L2 prior
    std::uint64_t seed = 1;
};

/// Images made by synthesize() from a model. Only synthesize() and readSyntheticSet() create one,
/// so a stage that takes a SyntheticSet cannot be handed real data by mistake.
class SyntheticSet {
public:
    const ImageSet &images() const { return m_images; }
    const std::vector<int> &intendedClass() const { return m_intended; }  ///< class each image was made for
    const std::vector<float> &annConfidence() const { return m_confidence; } ///< ANN's softmax on its label
    const std::string &sourceModelSha256() const { return m_modelSha; }
    /// The file this set was read from ("" when it came straight from synthesize()).
    const std::string &file() const { return m_file; }

private:
    SyntheticSet() = default;
    friend class SyntheticSetAccess;

    ImageSet m_images;           ///< labels: the ANN's prediction on each final image
    std::vector<int> m_intended;
    std::vector<float> m_confidence;
    std::string m_modelSha;
    std::string m_file;
};

struct SynthesisReport {
    double finalLoss = 0;              ///< mean per image, last iteration
    double assignedToIntended = 0;     ///< fraction of images the ANN classifies as their intended class
    double meanConfidence = 0;         ///< mean ANN softmax probability of the predicted class
    std::vector<int> perClassCount;    ///< images per ANN label
    double seconds = 0;
    double imagesPerSecond = 0;
    std::vector<double> lossCurve;     ///< mean loss per image every 10 iterations (first batch)
};

/// Optimises images from uniform noise. Throws Error (bad options, unsupported model) or Cancelled.
SyntheticSet synthesize(const std::string &modelPath, const SynthesisOptions &options, SynthesisReport *report = nullptr,
                        const ProgressFn &progress = {}, const CancelToken &cancel = {});

/// Writes the set (images, labels, intended classes, confidences, source model hash) atomically.
void writeSyntheticSet(const SyntheticSet &set, const std::string &path);
/// Reads a file written by writeSyntheticSet; anything else is refused with Error(BadFormat).
SyntheticSet readSyntheticSet(const std::string &path);
/// A PNG contact sheet: one row per intended class, up to `perClass` images each.
void writeSyntheticGrid(const SyntheticSet &set, const std::string &pngPath, int perClass = 16);

} // namespace psnn
