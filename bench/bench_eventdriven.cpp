// Event-driven against dense propagation, layer by layer: the time of each Conv2d and Linear
// layer of a network that takes spikes, for spike rates from 0.5 % to 50 %, and the rate where
// the two cross (the crossover curve of bench/RESULTS.md). Then the whole simulation at the
// network's own rates with each propagation.
//   bench_eventdriven [model=demo] [images-per-block=0] [data=fashion-mnist]
// (0: as many as the simulation puts in one block, SimulationOptions::blockBytes per activation)
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/modelloader.h"
#include "snn/converter.h"
#include "snn/eventpropagation.h"
#include "snn/simulation.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace psnn;

namespace {

// Seconds per call: repeated until 0.3 s have passed, after one warm-up call.
double timePerCall(const std::function<void()> &fn)
{
    fn();
    int calls = 0;
    const auto t0 = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
        fn();
        ++calls;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } while (elapsed < 0.3);
    return elapsed / calls;
}

std::string shapeText(const Shape &shape)
{
    std::string text;
    for (auto d : shape) {
        if (!text.empty())
            text += 'x';
        text += std::to_string(d);
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    const int threads = useComputeThreads();
    torch::NoGradGuard noGrad;
    const std::string modelPath = argc > 1 ? argv[1] : demoModelPath();
    const Network ann = loadAnyNetwork(modelPath);
    std::int64_t N = argc > 2 ? std::atoll(argv[2]) : 0;
    const auto shapes = layerOutputShapes(ann);
    if (N <= 0) {
        std::int64_t widest = 0;
        for (const Shape &shape : shapes)
            widest = std::max<std::int64_t>(widest, std::accumulate(shape.begin(), shape.end(), std::int64_t(1),
                                                                    std::multiplies<>()));
        N = SimulationOptions().blockBytes / (4 * widest);
    }
    std::printf("%s, %lld images per block, %d threads\n", modelPath.c_str(), (long long)N, threads);

    const std::vector<double> rates{0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5};
    std::printf("| layer | input | outputs | rate | dense ms | event-driven ms | dense / event-driven |\n"
                "|---|---|---|---|---|---|---|\n");
    Shape in = ann.inputShape;
    for (std::size_t i = 0; i < ann.layers.size(); ++i) {
        const Layer &l = ann.layers[i];
        const Shape inShape = in;
        in = shapes[i];
        if (!EventLayer::supports(l))
            continue;
        const EventLayer events(l);
        auto shape = inShape;
        shape.insert(shape.begin(), N);
        const std::string inText = shapeText(inShape), outText = shapeText(shapes[i]);
        double previousRatio = 0, previousRate = 0, crossover = -1;
        for (double rate : rates) {
            // Channels-last for a convolution, as the simulation lays out its spikes.
            auto x = torch::rand(shape).lt(rate).to(torch::kFloat32);
            if (x.dim() == 4)
                x = x.contiguous(torch::MemoryFormat::ChannelsLast);
            const double dense = timePerCall([&] { forwardLayer(l, x, false); });
            const double event = timePerCall([&] { events.forward(x); });
            const double ratio = dense / event;
            std::printf("| %s | %s | %s | %.1f %% | %.2f | %.2f | %.2f |\n", l.name.c_str(), inText.c_str(),
                        outText.c_str(), 100 * rate, 1e3 * dense, 1e3 * event, ratio);
            // Where dense / event-driven crosses 1, interpolated in log(rate).
            if (crossover < 0 && previousRatio >= 1 && ratio < 1)
                crossover = std::exp(std::log(previousRate)
                                     + (std::log(rate) - std::log(previousRate)) * (previousRatio - 1) / (previousRatio - ratio));
            previousRatio = ratio, previousRate = rate;
        }
        if (crossover > 0)
            std::printf("crossover %s: %.1f %%\n", l.name.c_str(), 100 * crossover);
        else
            std::printf("crossover %s: none between %.1f %% and %.0f %%\n", l.name.c_str(), 100 * rates.front(),
                        100 * rates.back());
    }

    // The whole SNN at its own rates (Poisson input, T = 32, balanced thresholds), each way.
    const ImageSet test = loadDataset(argc > 3 ? argv[3] : "fashion-mnist", Split::Test);
    std::vector<std::int64_t> idx(64);
    std::iota(idx.begin(), idx.end(), 0);
    const auto x = imagesToTensor(test, idx, ann.normalization);
    SnnSettings s;
    s.timesteps = 32;
    Network snn = toSpiking(ann, s);
    ConversionOptions co;
    co.snn = s;
    co.percentile = 99.9;
    balanceThresholds(snn, x, co, nullptr, {}, {});
    std::printf("\n| threshold scale | mean spike rate | dense s | automatic s | event-driven s |\n|---|---|---|---|---|\n");
    for (double scale : {1.0, 2.0, 4.0}) {
        SimulationOptions o;
        o.thresholdScale = scale;
        double rate = 0;
        const auto run = [&](Propagation p) {
            o.propagation = p;
            const auto t0 = std::chrono::steady_clock::now();
            const auto r = simulate(snn, x, o);
            double events = 0, neurons = 0;
            for (std::size_t k = 0; k < r.spikesPerStep.size(); ++k)
                events += r.spikesPerStep[k].sum().item<double>(), neurons += double(r.neuronsPerLayer[k]);
            rate = events / (neurons * double(x.size(0)) * s.timesteps);
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        };
        run(Propagation::Dense);
        const double dense = run(Propagation::Dense), automatic = run(Propagation::Automatic),
                     event = run(Propagation::EventDriven);
        std::printf("| %.0f | %.1f %% | %.2f | %.2f | %.2f |\n", scale, 100 * rate, dense, automatic, event);
    }
    return 0;
}
