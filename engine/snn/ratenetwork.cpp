#include "snn/ratenetwork.h"

#include "core/error.h"

#include <torch/torch.h>

namespace psnn {

namespace {

// Per-channel values of a neuron layer, shaped to broadcast over an activation of `dims` dims.
torch::Tensor perChannel(const torch::Tensor &values, double fallback, std::int64_t dims)
{
    if (!values.defined())
        return torch::tensor(float(fallback));
    auto shape = std::vector<std::int64_t>(std::size_t(dims), 1);
    shape[1] = values.size(0);
    return values.to(torch::kFloat32).view(shape);
}

} // namespace

torch::Tensor rateForward(const Network &snn, const torch::Tensor &input)
{
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "the rate reading needs a spiking network");
    torch::Tensor x = snn.snn.coding == InputCoding::Poisson ? input.clamp(-1.0, 1.0) : input;
    std::vector<torch::Tensor> kept;
    for (const Layer &l : snn.layers) {
        if (l.kind != LayerKind::ReLU) {
            x = forwardLayer(l, x, false, &kept);
            continue;
        }
        const auto theta = perChannel(l.thresholds, l.threshold, x.dim());
        const auto amplitude = l.amplitudes.defined() ? perChannel(l.amplitudes, 0, x.dim()) : theta;
        x = amplitude * (x / theta).clamp(0.0, 1.0);
    }
    return x;
}

} // namespace psnn
