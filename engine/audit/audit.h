#pragma once
// Public: the leakage audit's settings and results: model inversion of the ANN, the converted and the
// encrypted SNN, judged by an independent classifier, plus membership inference.

#include "audit/leakagemetrics.h"
#include "core/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Gradient inversion (scenario 1 and the surrogate-gradient form of scenario 2): per class,
/// Adam on the pixels of an input started from uniform noise, minimising
/// cross-entropy(one-hot class) + tvWeight * TV + l2Weight * L2, pixels kept in [0, 1].
struct InversionOptions {
    int iterations = 500;
    double learningRate = 0.05;
    double tvWeight = 10.0;     ///< mean squared difference of neighbouring pixels (pixel units)
    double l2Weight = 0.01;     ///< mean square of the normalised input (pulls towards the data mean)
    int jitter = 2;             ///< each step sees the image shifted by up to this many pixels (0: off)
    int batchSize = 16;         ///< reconstructions optimised together (summed loss; memory only)
};

/// Gradient-free inversion of the SNN (BrainLeaks-v2 style): antithetic evolution strategies on
/// a coarse grid of the image, fitness = the same objective as the gradient attack.
struct EvolutionOptions {
    bool enabled = true;
    int iterations = 60;
    int population = 16;         ///< candidates per image and iteration (pairs of +/- noise)
    double sigma = 0.1;          ///< noise scale in pixel units
    double learningRate = 0.05;  ///< Adam on the coarse image
    int downsample = 4;          ///< the search runs on an image 1/downsample the size, upsampled
    int reconstructionsPerClass = 1;
};

struct AuditOptions {
    std::string judge;                 ///< classifier of the same classes and input shape (required)
    std::string realData;              ///< data set spec, test split: class means for SSIM; empty: no SSIM
    std::string memberData;            ///< data set spec whose training split the ANN saw; empty: no membership test
    std::string nonMemberData;         ///< data set spec whose test split the ANN never saw
    int reconstructionsPerClass = 10;  ///< random starts (seeds) per class of each weight reading
    int snnReconstructionsPerClass = 3; ///< scenario 2 (each costs T network passes per step): fewer
    int readingImages = 2000;          ///< real test images each weight reading classifies (with real data)
    /// The models attacked, of "ann", "converted", "encrypted" (a sweep attacks only its
    /// encrypted SNNs); all three by default.
    std::vector<std::string> models = {"ann", "converted", "encrypted"};
    InversionOptions inversion;
    bool surrogate = true;             ///< scenario 2 through time with the surrogate gradient
    int snnTimesteps = 20;             ///< T of the scenario 2 attacks (the attacker drives the SNN with the analog image)
    int snnIterations = 300;           ///< Adam steps of the surrogate-gradient attack (each costs T network passes)
    EvolutionOptions evolution;
    int realImagesPerClass = 300;      ///< real images per class for SSIM (class mean and nearest)
    int membershipImages = 500;        ///< members and non-members each
    std::uint64_t seed = 1;
};

/// One model attacked one way.
struct AttackResult {
    std::string model;                 ///< "ann", "converted", "encrypted"
    /// "weights_to_ann" (scenario 1: the weights in a ReLU ANN, thresholds ignored),
    /// "weights_rate_ann" (the threshold-aware reading: each neuron's rate function,
    /// clamp(current / threshold, 0, 1) times its spike amplitude), "snn_surrogate",
    /// "snn_evolution" (scenario 2: the SNN itself)
    std::string scenario;
    double attackTop1 = 0;             ///< fraction of reconstructions the judge puts in their class
    Interval top1Interval;             ///< its 95 % Wilson interval
    std::int64_t reconstructions = 0;  ///< how many the judge rated
    double attackTop3 = 0;
    double confidence = 0;             ///< judge's mean probability of the intended class
    double ssimClassMean = -1;         ///< mean SSIM to the class's mean real image; -1 without real data
    double ssimNearest = -1;           ///< mean of the best SSIM to a real image of the class
    double finalLoss = 0;              ///< attack objective at the end, mean per reconstruction
    std::vector<int> intended;         ///< per reconstruction (class-major order)
    std::vector<int> judgePrediction;
    std::vector<double> judgeConfidence; ///< probability of the intended class
    std::string gallery;               ///< workspace PNG: one row per class, one column per reconstruction
};

struct MembershipAttack {
    std::string model;
    std::string attack;                ///< "loss" (lower loss: member) or "confidence" (true-class probability)
    RocCurve roc;
    double tprAt1PctFpr = 0;
    double tprAt01PctFpr = 0;
};

/// How well a reading of a model's weights classifies the real test set on its own: what the
/// weights alone give an attacker (the "fast proxy").
struct ReadingAccuracy {
    std::string model, scenario;       ///< scenario: "weights_to_ann" or "weights_rate_ann"
    double accuracy = 0;
    std::int64_t images = 0;
};

struct AuditResult {
    std::vector<AttackResult> attacks;
    std::vector<ReadingAccuracy> readingAccuracy; ///< with real data only
    std::vector<MembershipAttack> membership;
    std::string realGallery;           ///< PNG of each class's mean real image and examples ("" without real data)
    /// Some reading of the encrypted SNN's weights (either one) gives reconstructions the judge
    /// recognises above chance: the lower end of their 95 % interval is above chance.
    bool encryptedLeaks = true;
    std::string json;                  ///< the "audit" section of results.json
    std::vector<std::string> dataFilesRead;
    bool skipped = false;              ///< the workspace's audit was current and not redone
};

/// The audit settings `pipeline --demo` and the GUI use on the Fashion-MNIST demo: the bundled
/// judge, the Fashion-MNIST test set for SSIM, 300 members and non-members, and shorter
/// scenario 2 attacks (T = 16, 150 steps) so that the audit takes a few minutes.
AuditOptions demoAuditOptions();

} // namespace psnn
