// SNN simulation speed: the engine's block simulation against a step-by-step loop of the same
// SNN, and both against the machine's dense ceiling (the faster 2048^3 matrix product of OpenBLAS
// and oneDNN), and the network's biggest convolution run alone on a large batch (what oneDNN
// makes of that shape).
//   bench_simulation [images=256] [timesteps=100] [model=demo] [data=fashion-mnist] [coding=poisson]
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/modelloader.h"
#include "snn/converter.h"
#include "snn/simulation.h"

#include "denseceiling.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <numeric>

using namespace psnn;

namespace {

double seconds(const std::function<void()> &fn)
{
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The way a straightforward simulator runs: every layer once per timestep.
torch::Tensor stepByStep(const Network &net, const torch::Tensor &images, std::uint64_t seed)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const auto input = encodeInput(net, images, gen, net.snn.timesteps);
    std::map<std::size_t, torch::Tensor> membrane;
    torch::Tensor out;
    for (std::int64_t t = 0; t < net.snn.timesteps; ++t) {
        torch::Tensor h = input[t];
        for (std::size_t i = 0; i < net.layers.size(); ++i) {
            const Layer &l = net.layers[i];
            if (l.kind == LayerKind::ReLU) {
                auto &u = membrane[i];
                u = u.defined() ? u + h : h.clone();
                const auto s = u.gt(l.threshold).to(torch::kFloat32);
                u = u - s * l.threshold;
                h = s * l.threshold;
            } else {
                h = forwardLayer(l, h, false);
            }
        }
        out = out.defined() ? out + h : h;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    const int threads = useComputeThreads();
    torch::NoGradGuard noGrad;
    const int n = argc > 1 ? std::atoi(argv[1]) : 256;
    const int T = argc > 2 ? std::atoi(argv[2]) : 100;

    const std::string modelPath = argc > 3 ? argv[3] : demoModelPath();
    const Network ann = loadAnyNetwork(modelPath);
    const ImageSet test = loadDataset(argc > 4 ? argv[4] : "fashion-mnist", Split::Test);
    std::vector<std::int64_t> idx(static_cast<std::size_t>(n));
    std::iota(idx.begin(), idx.end(), 0);
    const auto x = imagesToTensor(test, idx, ann.normalization);
    SnnSettings s;
    s.timesteps = T;
    s.coding = codingFromName(argc > 5 ? argv[5] : "poisson");
    Network snn = toSpiking(ann, s);
    ConversionOptions co;
    co.snn = s;
    co.percentile = 99.9;
    balanceThresholds(snn, x.narrow(0, 0, std::min(n, 64)), co, nullptr, {}, {});

    std::int64_t macs = 0, biggestMacs = 0;
    Shape biggestIn;
    const Layer *biggest = nullptr;
    {
        const auto shapes = layerOutputShapes(snn);
        Shape in = snn.inputShape;
        for (std::size_t i = 0; i < snn.layers.size(); ++i) {
            const auto m = layerMacs(snn.layers[i], in, shapes[i]);
            macs += m;
            if (snn.layers[i].kind == LayerKind::Conv2d && m > biggestMacs)
                biggest = &snn.layers[i], biggestMacs = m, biggestIn = in;
            in = shapes[i];
        }
    }
    const double work = 2.0 * double(macs) * n * T; // FLOPs of the dense equivalent

    torch::Tensor a, b, c;
    const int batch = 32;
    const auto engine = [&](Propagation p, torch::Tensor &out) {
        return seconds([&] {
            SimulationOptions o;
            o.propagation = p;
            std::vector<torch::Tensor> outs;
            for (int from = 0; from < n; from += batch)
                outs.push_back(simulate(snn, x.narrow(0, from, std::min(batch, n - from)), o).output.sum(0));
            out = torch::cat(outs);
        });
    };
    const double block = engine(Propagation::Dense, a);
    const double automatic = engine(Propagation::Automatic, c);
    const double loop = seconds([&] {
        std::vector<torch::Tensor> outs;
        for (int from = 0; from < n; from += batch)
            outs.push_back(stepByStep(snn, x.narrow(0, from, std::min(batch, n - from)), 0));
        b = torch::cat(outs);
    });

    // The network's biggest convolution alone, on a batch as large as the block simulation's.
    double convFlops = 0;
    const int reps = 5;
    if (biggest) {
        const std::int64_t convBatch = 1024;
        auto inShape = biggestIn;
        inShape.insert(inShape.begin(), convBatch);
        const auto cx = torch::randn(inShape);
        forwardLayer(*biggest, cx, false);
        const double conv = seconds([&] {
            for (int r = 0; r < reps; ++r)
                forwardLayer(*biggest, cx, false);
        });
        convFlops = 2.0 * double(biggestMacs) * convBatch * reps / conv;
    }
    const bench::DenseCeiling dense = bench::measureDenseCeiling(reps);
    const double ceiling = dense.best();

    std::printf("%s as SNN (%lld MACs per image-step), %d images, T = %d, %s coding, %d threads, batch %d\n",
                modelPath.c_str(), (long long)macs, n, T, codingName(s.coding), threads, batch);
    std::printf("| method | seconds | image-steps/s | effective GFLOP/s | share of ceiling |\n|---|---|---|---|---|\n");
    std::printf("| block simulation, dense (engine) | %.2f | %.0f | %.1f | %.0f%% |\n", block, n * T / block,
                work / block / 1e9, 100 * work / block / ceiling);
    std::printf("| block simulation, automatic (engine) | %.2f | %.0f | %.1f | %.0f%% |\n", automatic, n * T / automatic,
                work / automatic / 1e9, 100 * work / automatic / ceiling);
    std::printf("| step-by-step loop | %.2f | %.0f | %.1f | %.0f%% |\n", loop, n * T / loop, work / loop / 1e9,
                100 * work / loop / ceiling);
    std::printf("speed-up %.2fx; outputs equal: %s (max difference %.3g; automatic against dense %.3g)\n", loop / block,
                torch::allclose(a, b, 1e-4, 1e-4) ? "yes" : "no", (a - b).abs().max().item<double>(),
                (a - c).abs().max().item<double>());
    std::printf("ceiling: %.1f GFLOP/s (2048^3 product: OpenBLAS %.1f, oneDNN %.1f); the biggest convolution alone "
                "(batch 1024) %.1f GFLOP/s\n",
                ceiling / 1e9, dense.blas / 1e9, dense.onednn / 1e9, convFlops / 1e9);
    return 0;
}
