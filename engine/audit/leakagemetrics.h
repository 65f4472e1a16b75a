#pragma once
// Public: the numbers a leakage audit reports, on plain types.

#include <cstdint>
#include <vector>

namespace psnn {

/// Structural similarity (Wang et al. 2004) of two planar images with values in [0, 255], of
/// `channels` x `height` x `width` each: Gaussian window 11 x 11 with sigma 1.5, K1 = 0.01,
/// K2 = 0.03, the mean of the SSIM map, averaged over channels. 1 for identical images.
double ssim(const std::vector<float> &a, const std::vector<float> &b, int channels, int height, int width);

/// A binomial proportion's confidence interval (Wilson score interval), as fractions.
struct Interval {
    double low = 0, high = 1;
};

/// The Wilson interval of `successes` out of `n` at normal quantile `z` (1.96: 95 %). Throws
/// Error(InvalidArgument) for n < 1 or successes outside [0, n].
Interval wilsonInterval(std::int64_t successes, std::int64_t n, double z = 1.959963984540054);

/// ROC of a membership score (higher: more likely a member) over members and non-members.
struct RocCurve {
    std::vector<double> fpr;  ///< rising from 0 to 1
    std::vector<double> tpr;
    double auc = 0.5;         ///< area under the curve; ties count half (Mann-Whitney)
};

/// Throws Error(InvalidArgument) when either set is empty.
RocCurve rocCurve(const std::vector<double> &memberScores, const std::vector<double> &nonMemberScores);

/// The largest true-positive rate at a false-positive rate of at most `fpr`.
double tprAtFpr(const RocCurve &roc, double fpr);

/// At most `maxPoints` points of the curve, keeping its ends (for JSON and plots).
RocCurve thinned(const RocCurve &roc, std::size_t maxPoints);

} // namespace psnn
