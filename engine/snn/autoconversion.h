#pragma once
// Engine-internal: `auto` conversion, which chooses the SNN settings data-free: each candidate is
// converted with thresholds balanced on part of the synthetic set and scored by its agreement
// with the ANN on the held-out rest, at the deployment T.

#include "core/network.h"
#include "snn/conversion.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace psnn {

/// Converts and scores candidates on one split of one synthetic set.
class CandidateScorer {
public:
    /// Splits `images` (labelled with the ANN's classes) at random (options.seed) into
    /// options.scoreImages held-out images, at most half of them, and up to options.balanceImages
    /// images to balance on. Networks with BN get a BN-inversion balancing set of the same size
    /// when a candidate asks for it (made from the ANN alone).
    CandidateScorer(const std::string &annPath, const Network &ann, const ImageSet &images,
                    const ConversionOptions &options, const CancelToken &cancel);
    ~CandidateScorer();

    /// Fills in the candidate's agreement (or its error) and returns its balanced SNN (empty
    /// layers when it cannot run).
    Network score(ConversionCandidate &candidate, std::vector<std::string> *warnings);
    std::int64_t heldOut() const;
    /// Indices into the images: the held-out ones scored, and those balanced on (disjoint).
    const std::vector<std::int64_t> &heldOutIndices() const;
    const std::vector<std::int64_t> &balanceIndices() const;

private:
    struct Data;
    std::unique_ptr<Data> m_d;
};

/// The search of `auto`: starting from options.snn and options.percentile, first every
/// combination of coding, signed spikes and membrane start, then the percentile, then (with BN)
/// the threshold images, each set to its best value before the next is tried; ties keep the
/// earlier candidate. Fills report.candidates and
/// report.chosen and returns the chosen, balanced SNN.
/// `onCandidate` sees every candidate and its SNN as soon as it is scored (benchmarks keep them).
Network chooseConversion(const std::string &annPath, const Network &ann, const ImageSet &images,
                         const ConversionOptions &options, ConversionReport &report, const ProgressFn &progress,
                         const CancelToken &cancel,
                         const std::function<void(const ConversionCandidate &, const Network &)> &onCandidate = {});

/// The values each setting may take in the search.
std::vector<InputCoding> candidateCodings();
std::vector<double> candidatePercentiles();

} // namespace psnn
