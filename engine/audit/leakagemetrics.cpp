#include "audit/leakagemetrics.h"

#include "core/error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace psnn {

Interval wilsonInterval(std::int64_t successes, std::int64_t n, double z)
{
    if (n < 1 || successes < 0 || successes > n)
        throw Error(ErrorCode::InvalidArgument, "a proportion needs 0 <= successes <= n and n >= 1");
    const double p = double(successes) / double(n), z2 = z * z, nn = double(n);
    const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
    const double half = z / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double ssim(const std::vector<float> &a, const std::vector<float> &b, int channels, int height, int width)
{
    const std::size_t plane = std::size_t(height) * width;
    if (a.size() != plane * channels || b.size() != plane * channels || plane == 0)
        throw Error(ErrorCode::ShapeMismatch, "SSIM needs two images of the same size");
    const double c1 = (0.01 * 255) * (0.01 * 255), c2 = (0.03 * 255) * (0.03 * 255);
    const auto blur = [](const cv::Mat &m) {
        cv::Mat out;
        cv::GaussianBlur(m, out, {11, 11}, 1.5, 1.5, cv::BORDER_REFLECT);
        return out;
    };
    double total = 0;
    for (int ch = 0; ch < channels; ++ch) {
        cv::Mat x, y;
        cv::Mat(height, width, CV_32F, const_cast<float *>(a.data() + ch * plane)).convertTo(x, CV_64F);
        cv::Mat(height, width, CV_32F, const_cast<float *>(b.data() + ch * plane)).convertTo(y, CV_64F);
        const cv::Mat mx = blur(x), my = blur(y);
        const cv::Mat mxx = mx.mul(mx), myy = my.mul(my), mxy = mx.mul(my);
        const cv::Mat sxx = blur(x.mul(x)) - mxx, syy = blur(y.mul(y)) - myy, sxy = blur(x.mul(y)) - mxy;
        cv::Mat num = (2 * mxy + c1).mul(2 * sxy + c2);
        cv::Mat den = (mxx + myy + c1).mul(sxx + syy + c2);
        cv::Mat map;
        cv::divide(num, den, map);
        total += cv::mean(map)[0];
    }
    return total / channels;
}

RocCurve rocCurve(const std::vector<double> &members, const std::vector<double> &nonMembers)
{
    if (members.empty() || nonMembers.empty())
        throw Error(ErrorCode::InvalidArgument, "membership ROC needs at least one member and one non-member");
    std::vector<std::pair<double, bool>> all;
    for (double s : members)
        all.emplace_back(s, true);
    for (double s : nonMembers)
        all.emplace_back(s, false);
    std::sort(all.begin(), all.end(), [](const auto &l, const auto &r) { return l.first > r.first; });
    const double P = double(members.size()), N = double(nonMembers.size());
    RocCurve roc;
    roc.fpr.push_back(0);
    roc.tpr.push_back(0);
    double tp = 0, fp = 0, area = 0;
    // One point per distinct score: tied scores move the curve diagonally, which counts ties half.
    for (std::size_t i = 0; i < all.size();) {
        const double score = all[i].first;
        const double tp0 = tp, fp0 = fp;
        for (; i < all.size() && all[i].first == score; ++i)
            (all[i].second ? tp : fp) += 1;
        area += (fp - fp0) / N * (tp + tp0) / (2 * P);
        roc.fpr.push_back(fp / N);
        roc.tpr.push_back(tp / P);
    }
    roc.auc = area;
    return roc;
}

double tprAtFpr(const RocCurve &roc, double fpr)
{
    double best = 0;
    for (std::size_t i = 0; i < roc.fpr.size(); ++i)
        if (roc.fpr[i] <= fpr + 1e-12)
            best = std::max(best, roc.tpr[i]);
    return best;
}

RocCurve thinned(const RocCurve &roc, std::size_t maxPoints)
{
    if (roc.fpr.size() <= maxPoints || maxPoints < 2)
        return roc;
    RocCurve out;
    out.auc = roc.auc;
    const std::size_t n = roc.fpr.size();
    for (std::size_t k = 0; k < maxPoints; ++k) {
        const std::size_t i = k * (n - 1) / (maxPoints - 1);
        out.fpr.push_back(roc.fpr[i]);
        out.tpr.push_back(roc.tpr[i]);
    }
    return out;
}

} // namespace psnn
