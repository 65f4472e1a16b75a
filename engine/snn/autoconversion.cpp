#include "snn/autoconversion.h"

#include "core/error.h"
#include "snn/converter.h"
#include "snn/simulation.h"

#include <torch/torch.h>

#include <cmath>
#include <numeric>
#include <random>

namespace psnn {

std::vector<InputCoding> candidateCodings()
{
    return {InputCoding::Direct, InputCoding::PoissonPixel, InputCoding::Poisson};
}

std::vector<double> candidatePercentiles()
{
    return {99.0, 99.9, 99.99, 100.0};
}

struct CandidateScorer::Data {
    std::string annPath;
    const Network &ann;
    ConversionOptions options;
    CancelToken cancel; // a copy shares the caller's flag
    torch::Tensor balance, bnBalance, heldOut, heldOutLabels;
    std::vector<std::int64_t> heldOutIndices, balanceIndices;
};

CandidateScorer::CandidateScorer(const std::string &annPath, const Network &ann, const ImageSet &images,
                                 const ConversionOptions &o, const CancelToken &cancel)
    : m_d(std::make_unique<Data>(Data{annPath, ann, o, cancel, {}, {}, {}, {}, {}, {}}))
{
    const std::int64_t n = std::int64_t(images.size());
    if (n < 2)
        throw Error(ErrorCode::InvalidArgument, "auto conversion needs at least 2 synthetic images (one to balance "
                                                "on, one to score on)");
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(o.seed);
    std::shuffle(order.begin(), order.end(), rng);
    const std::int64_t scored = std::max<std::int64_t>(1, std::min<std::int64_t>(o.scoreImages, n / 2));
    const std::int64_t balance = std::min<std::int64_t>(o.balanceImages, n - scored);
    const std::vector<std::int64_t> held(order.begin(), order.begin() + scored);
    const std::vector<std::int64_t> bal(order.begin() + scored, order.begin() + scored + balance);
    const auto plain = imagesToTensor(images, held, ann.normalization);
    // Synthetic images are made to be classified confidently, so agreeing on them is easy. Their
    // mixtures (two held-out images of different classes, weights in [0.25, 0.75]) lie near the
    // ANN's decision boundaries, where an SNN that approximates it less well disagrees.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed + 5);
    const auto partner = torch::randperm(plain.size(0), gen);
    const auto lambda = (torch::rand({plain.size(0), 1, 1, 1}, gen) * 0.5 + 0.25);
    const auto mixed = lambda * plain + (1 - lambda) * plain.index_select(0, partner);
    m_d->heldOut = torch::cat({plain, mixed});
    {
        torch::NoGradGuard noGrad;
        m_d->heldOutLabels = forward(ann, m_d->heldOut).argmax(1);
    }
    m_d->balance = imagesToTensor(images, bal, ann.normalization);
    m_d->heldOutIndices = held;
    m_d->balanceIndices = bal;
}

CandidateScorer::~CandidateScorer() = default;

std::int64_t CandidateScorer::heldOut() const
{
    return m_d->heldOut.size(0);
}

const std::vector<std::int64_t> &CandidateScorer::heldOutIndices() const
{
    return m_d->heldOutIndices;
}

const std::vector<std::int64_t> &CandidateScorer::balanceIndices() const
{
    return m_d->balanceIndices;
}

namespace {

// A BN-statistics inversion set as large as the data-impressions balancing set, from the ANN alone.
torch::Tensor bnInversionImages(const std::string &annPath, const Network &ann, std::int64_t count,
                                const ConversionOptions &o, const CancelToken &cancel)
{
    SynthesisOptions bn;
    bn.method = "bn-inversion";
    bn.imagesPerClass = int((count + ann.numClasses() - 1) / ann.numClasses());
    bn.iterations = o.bnIterations;
    bn.learningRate = 0.05;
    bn.seed = o.seed + 17;
    const SyntheticSet set = synthesize(annPath, bn, nullptr, {}, cancel);
    std::vector<std::int64_t> all(set.images().size());
    std::iota(all.begin(), all.end(), 0);
    return imagesToTensor(set.images(), all, ann.normalization);
}

double agreement(const Network &snn, const torch::Tensor &images, const torch::Tensor &labels, int batch,
                 std::uint64_t seed, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    std::int64_t hits = 0;
    for (std::int64_t from = 0, chunk = 0; from < images.size(0); from += batch, ++chunk) {
        cancel.check();
        const std::int64_t n = std::min<std::int64_t>(batch, images.size(0) - from);
        SimulationOptions so;
        so.seed = seed * 1000003ULL + std::uint64_t(chunk);
        const auto pred = simulate(snn, images.narrow(0, from, n), so).output.sum(0).argmax(1);
        hits += pred.eq(labels.narrow(0, from, n)).sum().item<std::int64_t>();
    }
    return double(hits) / double(images.size(0));
}

} // namespace

Network CandidateScorer::score(ConversionCandidate &c, std::vector<std::string> *warnings)
{
    ConversionOptions o = m_d->options;
    o.snn = c.snn;
    o.percentile = c.percentile;
    o.quantizedThresholds = c.quantizedThresholds;
    c.scored = heldOut();
    const bool bn = c.thresholdImages == "bn-inversion";
    if (bn && !m_d->bnBalance.defined())
        m_d->bnBalance = bnInversionImages(m_d->annPath, m_d->ann, m_d->balance.size(0), o, m_d->cancel);
    try {
        Network snn = toSpiking(m_d->ann, c.snn, warnings);
        balanceThresholds(snn, bn ? m_d->bnBalance : m_d->balance, o, warnings, {}, m_d->cancel);
        c.agreement = agreement(snn, m_d->heldOut, m_d->heldOutLabels, o.batchSize, o.seed + 3, m_d->cancel);
        c.error.clear();
        return snn;
    } catch (const Error &e) {
        if (e.code() == ErrorCode::InvalidArgument)
            throw; // bad options are the caller's, not the candidate's
        c.agreement = -1;
        c.error = e.what();
        return {};
    }
}

namespace {

bool sameCandidate(const ConversionCandidate &a, const ConversionCandidate &b)
{
    return a.snn.coding == b.snn.coding && a.snn.signedSpikes == b.snn.signedSpikes
           && a.snn.initialMembrane == b.snn.initialMembrane && a.percentile == b.percentile
           && a.thresholdImages == b.thresholdImages;
}

bool hasBatchNorm(const Network &ann)
{
    return std::any_of(ann.layers.begin(), ann.layers.end(), [](const Layer &l) { return l.kind == LayerKind::BatchNorm2d; });
}

} // namespace

Network chooseConversion(const std::string &annPath, const Network &ann, const ImageSet &images,
                         const ConversionOptions &o, ConversionReport &report, const ProgressFn &progress,
                         const CancelToken &cancel,
                         const std::function<void(const ConversionCandidate &, const Network &)> &onCandidate)
{
    CandidateScorer scorer(annPath, ann, images, o, cancel);
    ConversionCandidate best;
    best.snn = o.snn;
    best.percentile = o.percentile;
    best.quantizedThresholds = o.quantizedThresholds;
    Network bestNet;
    std::vector<std::string> bestWarnings;
    // The settings in the order they are tried, each as the variants of the current best. Coding,
    // signed spikes and membrane start interact strongly (at small T direct coding needs the half
    // start, Poisson input needs signed spikes), so they are tried together.
    using Variants = std::function<std::vector<ConversionCandidate>(const ConversionCandidate &)>;
    std::vector<Variants> settings = {
        [](const ConversionCandidate &b) {
            std::vector<ConversionCandidate> v;
            for (InputCoding c : candidateCodings())
                for (bool signedSpikes : {false, true})
                    for (double membrane : {0.0, 0.5}) {
                        v.push_back(b);
                        v.back().snn.coding = c;
                        v.back().snn.signedSpikes = signedSpikes;
                        v.back().snn.initialMembrane = membrane;
                    }
            return v;
        },
        // Quantisation-aware thresholds do not use the percentile: a single variant then.
        [quantized = o.quantizedThresholds](const ConversionCandidate &b) {
            std::vector<ConversionCandidate> v;
            for (double p : quantized ? std::vector<double>{b.percentile} : candidatePercentiles()) {
                v.push_back(b);
                v.back().percentile = p;
            }
            return v;
        },
    };
    if (hasBatchNorm(ann))
        settings.push_back([](const ConversionCandidate &b) {
            std::vector<ConversionCandidate> v(2, b);
            v[0].thresholdImages = "data-impressions";
            v[1].thresholdImages = "bn-inversion";
            return v;
        });
    // About this many conversions: every variant of every setting, the start counted once.
    std::size_t planned = 1;
    for (const auto &s : settings)
        planned += s(best).size() - 1;
    ProgressThrottle throttle(progress);
    const auto tried = [&](const ConversionCandidate &c) {
        return std::any_of(report.candidates.begin(), report.candidates.end(),
                           [&](const ConversionCandidate &t) { return sameCandidate(t, c); });
    };
    const auto evaluate = [&](ConversionCandidate c) {
        throttle.report({"convert", double(report.candidates.size()) / double(planned), 0, -1,
                         "trying candidate " + std::to_string(report.candidates.size() + 1) + " of about "
                             + std::to_string(planned)});
        std::vector<std::string> warnings;
        Network snn = scorer.score(c, &warnings);
        report.candidates.push_back(c);
        if (onCandidate)
            onCandidate(c, snn);
        if (c.agreement > best.agreement || bestNet.layers.empty()) {
            if (!snn.layers.empty()) {
                best = c;
                bestNet = std::move(snn);
                bestWarnings = warnings;
                report.chosen = int(report.candidates.size()) - 1;
            }
        }
    };
    evaluate(best);
    for (const auto &variants : settings)
        for (const ConversionCandidate &c : variants(best))
            if (!tried(c))
                evaluate(c);
    if (bestNet.layers.empty())
        throw Error(ErrorCode::UnsupportedLayer, "no candidate setting can convert this network: "
                                                     + report.candidates.front().error);
    report.warnings.insert(report.warnings.end(), bestWarnings.begin(), bestWarnings.end());
    return bestNet;
}

} // namespace psnn
