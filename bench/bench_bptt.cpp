// Training and inversion through time: the engine's BPTT (encryption's step: simulate with the
// surrogate gradient, cross-entropy on the summed output, backward, Adam) and scenario-2
// inversion (direct coding, the gradient reaches the pixels), in image-steps per second, against
// the dense ceiling (the faster 2048^3 product of OpenBLAS and oneDNN) measured in the same run.
// Writes the converted SNN so that bench/bptt_reference.py runs the same network in PyTorch.
//   bench_bptt [model=demo] [T=16] [batch=32] [steps=3] [snn-out.psnn] [coding=poisson] [graph-bytes]
// (graph-bytes: SimulationOptions::graphBytes, above which blocks are checkpointed; 0 always)
// Run one configuration per process: the peak RSS printed is the process's.
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "snn/converter.h"
#include "snn/simulation.h"

#include "denseceiling.h"

#include <torch/torch.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <numeric>

using namespace psnn;

namespace {

double secondsOf(const std::function<void()> &fn)
{
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::int64_t networkMacs(const Network &net)
{
    const auto shapes = layerOutputShapes(net);
    Shape in = net.inputShape;
    std::int64_t macs = 0;
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        macs += layerMacs(net.layers[i], in, shapes[i]);
        in = shapes[i];
    }
    return macs;
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    const int threads = useComputeThreads();
    const std::string modelPath = argc > 1 ? argv[1] : demoModelPath();
    const int T = argc > 2 ? std::atoi(argv[2]) : 16;
    const int batch = argc > 3 ? std::atoi(argv[3]) : 32;
    const int steps = argc > 4 ? std::atoi(argv[4]) : 3;
    const std::string snnOut = argc > 5 ? argv[5] : "";
    const std::string coding = argc > 6 ? argv[6] : "poisson";
    const std::int64_t graphBytes = argc > 7 ? std::atoll(argv[7]) : SimulationOptions().graphBytes;

    const Network ann = loadAnyNetwork(modelPath);
    SnnSettings s;
    s.timesteps = T;
    s.coding = codingFromName(coding);
    Network snn = toSpiking(ann, s);
    {
        torch::NoGradGuard noGrad;
        ConversionOptions co;
        co.snn = s;
        co.percentile = 99.9;
        // Thresholds from random images in the data's range: the speed does not depend on them.
        torch::manual_seed(1);
        auto shape = ann.inputShape;
        shape.insert(shape.begin(), 32);
        balanceThresholds(snn, torch::randn(shape), co, nullptr, {}, {});
    }
    if (!snnOut.empty())
        saveNetwork(snn, snnOut);

    torch::manual_seed(2);
    auto shape = ann.inputShape;
    shape.insert(shape.begin(), batch);
    const auto x = torch::randn(shape);
    const auto y = torch::randint(0, ann.numClasses(), {batch}, torch::kLong);

    // Encryption's step.
    std::vector<torch::Tensor> params;
    Network trained = snn;
    for (Layer &l : trained.layers)
        for (torch::Tensor *t : {&l.weight, &l.bias})
            if (t->defined() && (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear)) {
                *t = t->detach().clone().set_requires_grad(true);
                params.push_back(*t);
            }
    torch::optim::Adam adam(params, torch::optim::AdamOptions(1e-4).amsgrad(true));
    const auto trainStep = [&](std::uint64_t seed) {
        SimulationOptions o;
        o.trainable = true;
        o.seed = seed;
        o.graphBytes = graphBytes;
        const auto out = simulate(trained, x, o).output.sum(0) / double(T);
        const auto loss = torch::cross_entropy_loss(out, y);
        adam.zero_grad();
        loss.backward();
        adam.step();
    };
    trainStep(0);
    const double train = secondsOf([&] {
        for (int i = 0; i < steps; ++i)
            trainStep(std::uint64_t(i + 1));
    });

    // Scenario-2 inversion: the gradient of the class score reaches the pixels through time.
    Network driven = snn;
    driven.snn.coding = InputCoding::Direct;
    const auto invertStep = [&] {
        const auto pixels = x.detach().clone().set_requires_grad(true);
        SimulationOptions o;
        o.trainable = true;
        o.graphBytes = graphBytes;
        const auto loss = torch::cross_entropy_loss(simulate(driven, pixels, o).output.mean(0), y);
        loss.backward();
    };
    invertStep();
    const double invert = secondsOf([&] {
        for (int i = 0; i < steps; ++i)
            invertStep();
    });

    torch::NoGradGuard noGrad;
    // The same numbers as the reference: its direct-coding output for the first image at T = 64
    // (long enough for spikes to reach the output).
    Network longer = driven;
    longer.snn.timesteps = 64;
    const auto check = simulate(longer, x.narrow(0, 0, 1), {}).output.mean(0)[0];
    const bench::DenseCeiling dense = bench::measureDenseCeiling();
    const double ceiling = dense.best();

    // Forward, gradient of the input and gradient of the weights: three dense products per MAC.
    const double macs = double(networkMacs(snn));
    const double imageSteps = double(batch) * T * steps;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s, T = %d, batch %d, %s, %d threads, %d steps each, checkpoints above %lld MiB of graph\n",
                modelPath.c_str(), T, batch, coding.c_str(), threads, steps, (long long)(graphBytes >> 20));
    std::printf("train (BPTT): %.1f image-steps/s, %.0f%% of the ceiling\n", imageSteps / train,
                100 * 3 * 2 * macs * imageSteps / train / ceiling);
    // Inversion needs no weight gradient: two products per MAC.
    std::printf("inversion: %.1f image-steps/s, %.0f%% of the ceiling\n", imageSteps / invert,
                100 * 2 * 2 * macs * imageSteps / invert / ceiling);
    std::printf("ceiling: %.1f GFLOP/s (OpenBLAS %.1f, oneDNN %.1f); peak RSS %.0f MiB\n", ceiling / 1e9, dense.blas / 1e9,
                dense.onednn / 1e9, double(usage.ru_maxrss) / 1024.0);
    std::printf("check: direct-coding output of image 0 at T = 64: %.5f %.5f %.5f\n", check[0].item<double>(),
                check[1].item<double>(), check[2].item<double>());
    return 0;
}
