#pragma once
// Engine-internal: event-driven propagation. A layer whose input is mostly zeros (spikes at a low
// rate) adds, for each nonzero input only, that input times its weight column to the outputs it
// reaches, instead of the dense product over every input. The numbers are those of the dense
// layer; only the order of the additions differs (exact on dyadic weights).

#include "core/network.h"

#include <torch/types.h>

namespace psnn {

/// How the simulation propagates spikes through Conv2d and Linear layers.
enum class Propagation {
    Automatic,   ///< per layer and block, event-driven when the input's rate is below the layer's crossover
    Dense,       ///< always the dense product (oneDNN / BLAS)
    EventDriven, ///< always events, where the layer allows (Conv2d with one group, Linear)
};

/// One Conv2d (groups 1) or Linear layer with its weights rearranged as one contiguous column of
/// output weights per input unit (per input channel and kernel offset for a convolution).
class EventLayer {
public:
    /// Whether `l` can run event-driven.
    static bool supports(const Layer &l);

    explicit EventLayer(const Layer &l);

    /// The layer on x ([N, C, H, W] for a convolution, [N, features] for a Linear), through its
    /// nonzero inputs only; the same numbers as forwardLayer(l, x, false). A convolution's output
    /// has its input's memory layout (NCHW or channels-last).
    torch::Tensor forward(const torch::Tensor &x) const;

    /// The input rate (nonzero inputs per input) below which forward() is faster than the dense
    /// layer on this machine, from bench/bench_eventdriven (bench/RESULTS.md).
    double crossoverRate() const;

private:
    torch::Tensor convForward(const torch::Tensor &x) const;
    torch::Tensor linearForward(const torch::Tensor &x) const;

    const Layer &m_layer;
    torch::Tensor m_columns; ///< Conv2d [C, KH, KW, O], Linear [I, O]
    torch::Tensor m_bias;    ///< [O], zeros without a bias
};

} // namespace psnn
