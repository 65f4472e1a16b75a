#include "snn/eventpropagation.h"

#include "core/error.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

// The event loops are compiled for AVX-512 and AVX2 (with FMA) as well as for the baseline, and
// the loader picks the widest the CPU has: the engine is built for any x86-64, and the dense
// kernels it competes with (oneDNN, BLAS) dispatch the same way. All clones but the baseline
// round the same way (one fused multiply-add per weight), so results agree across those machines.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define PSNN_CPU_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define PSNN_CPU_CLONES
#endif

namespace psnn {

namespace {

// out[j] += v * column[j]: the whole work of one event. Multiples of 16 or 8 outputs run in
// whole vector registers without a remainder loop.
template <std::int64_t Width>
inline void addColumnIn(float *__restrict out, const float *__restrict column, float v, std::int64_t n)
{
    for (std::int64_t j = 0; j < n; j += Width)
        for (std::int64_t k = 0; k < Width; ++k)
            out[j + k] += v * column[j + k];
}

inline void addColumn(float *__restrict out, const float *__restrict column, float v, std::int64_t n)
{
    if (n % 16 == 0)
        addColumnIn<16>(out, column, v, n);
    else if (n % 8 == 0)
        addColumnIn<8>(out, column, v, n);
    else
        addColumnIn<1>(out, column, v, n);
}

// The outputs one input row (or column) reaches: output index and kernel tap for each tap that
// lands inside the output (o * stride - padding + k * dilation == y).
struct Tap {
    std::int64_t output, kernel;
};

std::vector<std::vector<Tap>> tapsPerInput(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride,
                                           std::int64_t padding, std::int64_t dilation)
{
    std::vector<std::vector<Tap>> taps(static_cast<std::size_t>(in));
    for (std::int64_t y = 0; y < in; ++y)
        for (std::int64_t k = 0; k < kernel; ++k) {
            const std::int64_t t = y + padding - k * dilation;
            if (t >= 0 && t % stride == 0 && t / stride < out)
                taps[std::size_t(y)].push_back({t / stride, k});
        }
    return taps;
}

// Along a row, the columns of kernel taps kx are stored in reverse (KW - 1 - kx): an input at x
// reaches the outputs x + padding - kx, so for stride 1 and dilation 1 the taps of one kernel
// row land on consecutive outputs and their reversed columns lie consecutively too. One event then
// adds one run of (taps x O) weights per kernel row, not one column per tap.
struct Run {
    std::int64_t output, reversedTap, taps;
};

std::vector<Run> runsPerInput(const std::vector<std::vector<Tap>> &colTaps, std::int64_t KW)
{
    std::vector<Run> runs;
    for (const auto &taps : colTaps) {
        // taps run over increasing kx, hence decreasing outputs; the run starts at the last.
        runs.push_back(taps.empty() ? Run{0, 0, 0} : Run{taps.back().output, KW - 1 - taps.back().kernel, std::int64_t(taps.size())});
    }
    return runs;
}

struct ConvShape {
    std::int64_t C, H, W, KH, KW, O, OH, OW;
    std::vector<std::vector<Tap>> rowTaps, colTaps;
    std::vector<Run> colRuns; ///< unit stride and dilation along the row only; else empty
    const float *columns;     ///< [C, KH, KW (reversed), O]
    const float *bias;        ///< [O]
};

// The event at input (c, y, x) of value v: one run of weights per kernel row it reaches, added
// to the outputs `acc` ([OH, OW, O], channels innermost) so that each column lands on
// contiguous outputs.
inline void addEvent(const ConvShape &s, float *acc, std::int64_t c, std::int64_t y, std::int64_t x, float v)
{
    const std::int64_t O = s.O;
    for (const Tap &ty : s.rowTaps[std::size_t(y)]) {
        float *outRow = acc + ty.output * s.OW * O;
        const float *kernelRow = s.columns + (c * s.KH + ty.kernel) * s.KW * O;
        if (!s.colRuns.empty()) {
            const Run &r = s.colRuns[std::size_t(x)];
            addColumn(outRow + r.output * O, kernelRow + r.reversedTap * O, v, r.taps * O);
            continue;
        }
        for (const Tap &tx : s.colTaps[std::size_t(x)])
            addColumn(outRow + tx.output * O, kernelRow + (s.KW - 1 - tx.kernel) * O, v, O);
    }
}

// Images [begin, end) of the batch, read in their own memory order. Channels-last images
// ([H, W, C] each) accumulate straight into their channels-last output, which has the
// accumulator's layout; NCHW images accumulate in `acc`, which stays in cache until it is written
// out as [O, OH, OW].
PSNN_CPU_CLONES void convImages(const ConvShape &s, const float *in, float *out, std::int64_t begin, std::int64_t end,
                                bool channelsLast, float *acc)
{
    const std::int64_t plane = s.OH * s.OW, O = s.O;
    for (std::int64_t n = begin; n < end; ++n) {
        float *sum = channelsLast ? out + n * O * plane : acc;
        for (std::int64_t p = 0; p < plane; ++p)
            std::copy(s.bias, s.bias + O, sum + p * O);
        const float *image = in + n * s.C * s.H * s.W;
        if (channelsLast) {
            for (std::int64_t y = 0; y < s.H; ++y)
                for (std::int64_t x = 0; x < s.W; ++x) {
                    const float *pixel = image + (y * s.W + x) * s.C;
                    for (std::int64_t c = 0; c < s.C; ++c)
                        if (const float v = pixel[c]; v != 0.0f)
                            addEvent(s, sum, c, y, x, v);
                }
            continue;
        }
        for (std::int64_t c = 0; c < s.C; ++c)
            for (std::int64_t y = 0; y < s.H; ++y) {
                const float *row = image + (c * s.H + y) * s.W;
                for (std::int64_t x = 0; x < s.W; ++x)
                    if (const float v = row[x]; v != 0.0f)
                        addEvent(s, sum, c, y, x, v);
            }
        float *outImage = out + n * O * plane;
        // Written in order, read across the cached accumulator.
        for (std::int64_t j = 0; j < O; ++j)
            for (std::int64_t p = 0; p < plane; ++p)
                outImage[j * plane + p] = acc[p * O + j];
    }
}

// Rows [begin, end) of a Linear layer's batch: out[n] = bias + sum over nonzero x[n, i] of
// x[n, i] * columns[i].
PSNN_CPU_CLONES void linearRows(const float *in, const float *columns, const float *bias, float *out, std::int64_t I,
                                std::int64_t O, std::int64_t begin, std::int64_t end)
{
    for (std::int64_t n = begin; n < end; ++n) {
        float *row = out + n * O;
        std::copy(bias, bias + O, row);
        for (std::int64_t i = 0; i < I; ++i)
            if (const float v = in[n * I + i]; v != 0.0f)
                addColumn(row, columns + i * O, v, O);
    }
}

} // namespace

bool EventLayer::supports(const Layer &l)
{
    return (l.kind == LayerKind::Conv2d && l.groups == 1) || l.kind == LayerKind::Linear;
}

EventLayer::EventLayer(const Layer &l) : m_layer(l)
{
    if (!supports(l))
        throw Error(ErrorCode::UnsupportedLayer, "only convolutions with one group and linear layers run event-driven",
                    "layer " + l.name);
    // One contiguous column of output weights per input unit: an event reads exactly the weights it needs.
    m_columns = l.kind == LayerKind::Conv2d ? l.weight.flip({3}).permute({1, 2, 3, 0}).contiguous().to(torch::kFloat32)
                                            : l.weight.t().contiguous().to(torch::kFloat32);
    const std::int64_t outputs = m_columns.size(m_columns.dim() - 1);
    m_bias = l.bias.defined() ? l.bias.to(torch::kFloat32).contiguous() : torch::zeros({outputs});
}

torch::Tensor EventLayer::forward(const torch::Tensor &x) const
{
    return m_layer.kind == LayerKind::Conv2d ? convForward(x) : linearForward(x.contiguous());
}

torch::Tensor EventLayer::linearForward(const torch::Tensor &x) const
{
    const std::int64_t I = m_columns.size(0), O = m_columns.size(1);
    if (x.dim() != 2 || x.size(1) != I)
        throw Error(ErrorCode::ShapeMismatch, "input does not fit the layer's " + std::to_string(I) + " features",
                    "layer " + m_layer.name);
    auto out = torch::empty({x.size(0), O});
    at::parallel_for(0, x.size(0), 1, [&](std::int64_t begin, std::int64_t end) {
        linearRows(x.data_ptr<float>(), m_columns.data_ptr<float>(), m_bias.data_ptr<float>(), out.data_ptr<float>(), I,
                   O, begin, end);
    });
    return out;
}

torch::Tensor EventLayer::convForward(const torch::Tensor &x) const
{
    const Layer &l = m_layer;
    ConvShape s{};
    s.C = m_columns.size(0), s.KH = m_columns.size(1), s.KW = m_columns.size(2), s.O = m_columns.size(3);
    if (x.dim() != 4 || x.size(1) != s.C)
        throw Error(ErrorCode::ShapeMismatch, "input does not fit the layer's " + std::to_string(s.C) + " channels",
                    "layer " + l.name);
    s.H = x.size(2), s.W = x.size(3);
    s.OH = (s.H + 2 * l.padding[0] - l.dilation[0] * (s.KH - 1) - 1) / l.stride[0] + 1;
    s.OW = (s.W + 2 * l.padding[1] - l.dilation[1] * (s.KW - 1) - 1) / l.stride[1] + 1;
    s.rowTaps = tapsPerInput(s.H, s.OH, s.KH, l.stride[0], l.padding[0], l.dilation[0]);
    s.colTaps = tapsPerInput(s.W, s.OW, s.KW, l.stride[1], l.padding[1], l.dilation[1]);
    if (l.stride[1] == 1 && l.dilation[1] == 1)
        s.colRuns = runsPerInput(s.colTaps, s.KW);
    s.columns = m_columns.data_ptr<float>();
    s.bias = m_bias.data_ptr<float>();
    // The output keeps the input's layout, so that the neurons and the next dense layer after it
    // run without reordering (the simulation is channels-last from its input on).
    const auto layout = x.suggest_memory_format();
    const bool channelsLast = layout == torch::MemoryFormat::ChannelsLast;
    const auto input = x.contiguous(layout);
    auto out = torch::empty({x.size(0), s.O, s.OH, s.OW}, torch::TensorOptions().memory_format(layout));
    at::parallel_for(0, x.size(0), 1, [&](std::int64_t begin, std::int64_t end) {
        std::vector<float> acc(channelsLast ? 0 : std::size_t(s.OH * s.OW * s.O));
        convImages(s, input.data_ptr<float>(), out.data_ptr<float>(), begin, end, channelsLast, acc.data());
    });
    return out;
}

double EventLayer::crossoverRate() const
{
    // Measured by bench/bench_eventdriven on channels-last spikes, as the simulation lays them out
    // (bench/RESULTS.md, 2026-12-04, the 2-core AVX-512 EPYC, two runs): the rate where
    // event-driven and dense took equal time, rounded down to the lowest of the layers of that
    // size. An event adds (outputs x taps) weights, so longer columns amortise its overhead
    // better; with few input channels (the first layer, on the image) the dense product was
    // faster at every rate measured, or at every rate an image has.
    const std::int64_t outputs = m_columns.size(m_columns.dim() - 1);
    if (m_layer.kind == LayerKind::Linear)
        return outputs >= 64 ? 0.055 : 0.076;
    if (m_columns.size(0) < 8)
        return 0.0;
    return outputs <= 16 ? 0.006 : outputs <= 32 ? 0.018 : outputs <= 64 ? 0.042 : 0.071;
}

} // namespace psnn
