#include "audit/membership.h"

#include "snn/simulation.h"

#include <torch/torch.h>

#include <tuple>

namespace psnn {

namespace {

// Class scores of a model on real images: an ANN directly, an SNN simulated with its own coding
// and T, its output averaged over time.
torch::Tensor realScores(const Network &net, const ImageSet &set, std::int64_t limit, std::uint64_t seed,
                         const std::function<void(double)> &tick, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const std::int64_t n = std::min<std::int64_t>(limit, std::int64_t(set.size()));
    std::vector<torch::Tensor> out;
    const std::int64_t batch = net.spiking ? 50 : 256;
    for (std::int64_t from = 0; from < n; from += batch) {
        cancel.check();
        std::vector<std::int64_t> idx;
        for (std::int64_t i = from; i < std::min(n, from + batch); ++i)
            idx.push_back(i);
        const auto x = imagesToTensor(set, idx, net.normalization);
        if (net.spiking) {
            SimulationOptions so;
            so.seed = seed + std::uint64_t(from);
            out.push_back(simulate(net, x, so).output.mean(0));
        } else {
            out.push_back(forward(net, x));
        }
        if (tick)
            tick(double(std::min(n, from + batch)) / double(n));
    }
    return torch::cat(out);
}

std::vector<double> toVector(const torch::Tensor &t)
{
    const auto d = t.to(torch::kFloat64).contiguous();
    return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}

torch::Tensor firstLabels(const ImageSet &s, std::int64_t n)
{
    return torch::tensor(std::vector<std::int64_t>(s.labels.begin(), s.labels.begin() + n), torch::kLong);
}

} // namespace

std::vector<MembershipAttack> membershipAttacks(const std::string &model, const Network &net, const ImageSet &members,
                                                const ImageSet &nonMembers, int images, std::uint64_t seed,
                                                const std::function<void(double)> &tick, const CancelToken &cancel)
{
    const auto in = realScores(net, members, images, seed, [&](double f) { tick(0.5 * f); }, cancel);
    const auto out = realScores(net, nonMembers, images, seed + 7, [&](double f) { tick(0.5 + 0.5 * f); }, cancel);
    const auto lossIn = torch::cross_entropy_loss(in, firstLabels(members, in.size(0)), {}, at::Reduction::None);
    const auto lossOut = torch::cross_entropy_loss(out, firstLabels(nonMembers, out.size(0)), {}, at::Reduction::None);
    // Label-free: the model's top confidence (the loss attack already uses the label).
    const auto confIn = std::get<0>(torch::softmax(in, 1).max(1));
    const auto confOut = std::get<0>(torch::softmax(out, 1).max(1));
    std::vector<MembershipAttack> attacks;
    for (const auto &[attack, sIn, sOut] :
         {std::tuple{"loss", -lossIn, -lossOut}, std::tuple{"confidence", confIn, confOut}}) {
        MembershipAttack ma;
        ma.model = model;
        ma.attack = attack;
        ma.roc = rocCurve(toVector(sIn), toVector(sOut));
        ma.tprAt1PctFpr = tprAtFpr(ma.roc, 0.01);
        ma.tprAt01PctFpr = tprAtFpr(ma.roc, 0.001);
        attacks.push_back(ma);
    }
    return attacks;
}

} // namespace psnn
