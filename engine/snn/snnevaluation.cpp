#include "snn/snnevaluation.h"

#include "core/error.h"
#include "core/runtime.h"
#include "model/modelloader.h"
#include "model/networkeval.h"
#include "snn/simulation.h"
#include "snn/snnnetworkeval.h"

#include <torch/torch.h>

#include <chrono>

namespace psnn {

SnnEvalResult evaluateSnn(const std::string &snnPath, const ImageSet &test, const SnnEvalOptions &o,
                          const ProgressFn &progress, const CancelToken &cancel)
{
    useComputeThreads();
    return evaluateSnnNetwork(loadAnyNetwork(snnPath), test, o, snnPath, progress, cancel);
}

SnnEvalResult evaluateSnnNetwork(const Network &snn, const ImageSet &test, const SnnEvalOptions &o,
                                 const std::string &context, const ProgressFn &progress, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const auto t0 = std::chrono::steady_clock::now();
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network (convert it first)", context);
    checkCompatible(snn, test, context);
    const std::int64_t n = o.limit > 0 ? std::min<std::int64_t>(o.limit, std::int64_t(test.size())) : std::int64_t(test.size());
    const int T = snn.snn.timesteps;

    SnnEvalResult r;
    r.timesteps = T;
    r.count = n;
    r.dataFiles = test.sourceFiles;
    const auto neurons = neuronLayers(snn);
    for (int i : neurons)
        r.neuronLayers.push_back(snn.layers[std::size_t(i)].name);
    auto correctPerStep = torch::zeros({T}, torch::kFloat64);
    std::vector<torch::Tensor> spikes(neurons.size());
    torch::Tensor inputEvents;
    ProgressThrottle throttle(progress);
    for (std::int64_t from = 0, chunk = 0; from < n; from += o.batchSize, ++chunk) {
        cancel.check();
        std::vector<std::int64_t> idx;
        std::vector<std::int64_t> labels;
        for (std::int64_t i = from; i < std::min(n, from + o.batchSize); ++i) {
            idx.push_back(i);
            labels.push_back(test.labels[std::size_t(i)]);
        }
        SimulationOptions so;
        so.seed = o.seed * 1000003ULL + std::uint64_t(chunk);
        so.thresholdScale = o.thresholdScale;
        const SimulationResult sim = simulate(snn, imagesToTensor(test, idx, snn.normalization), so);
        const auto pred = sim.output.cumsum(0).argmax(2);                 // [T, B]
        correctPerStep += pred.eq(torch::tensor(labels).unsqueeze(0)).sum(1).to(torch::kFloat64);
        for (std::size_t k = 0; k < neurons.size(); ++k)
            spikes[k] = spikes[k].defined() ? spikes[k] + sim.spikesPerStep[k] : sim.spikesPerStep[k];
        if (sim.inputSpikesPerStep.defined())
            inputEvents = inputEvents.defined() ? inputEvents + sim.inputSpikesPerStep : sim.inputSpikesPerStep;
        if (r.neuronsPerLayer.empty())
            r.neuronsPerLayer = sim.neuronsPerLayer;
        const double done = double(from + std::int64_t(idx.size()));
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        throttle.report({"evaluate", done / double(n), done * T / secs, secs / done * (double(n) - done),
                         "simulating " + std::to_string(T) + " timesteps"});
    }
    const auto acc = correctPerStep / double(n);
    r.accuracyPerStep.assign(acc.data_ptr<double>(), acc.data_ptr<double>() + T);
    r.accuracy = r.accuracyPerStep.back();
    for (std::size_t k = 0; k < neurons.size(); ++k) {
        const auto rate = spikes[k] / (double(n) * double(r.neuronsPerLayer[k]));
        r.spikeRatePerStep.emplace_back(rate.data_ptr<double>(), rate.data_ptr<double>() + T);
        r.spikesPerNeuron.push_back(rate.sum().item<double>());
    }
    if (inputEvents.defined())
        r.inputSpikesPerNeuron = inputEvents.sum().item<double>() / (double(n) * double(test.imageBytes()));
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.imageStepsPerSecond = double(n) * T / r.seconds;
    return r;
}

SpikeTrace traceSnn(const std::string &snnPath, const ImageSet &images, std::size_t imageIndex, int neuronLayer,
                    const std::vector<std::int64_t> &tracedNeurons, std::uint64_t seed, double thresholdScale,
                    int timesteps)
{
    useComputeThreads();
    torch::NoGradGuard noGrad;
    Network snn = loadAnyNetwork(snnPath);
    if (timesteps < 0 || timesteps > 100000 || !(thresholdScale > 0))
        throw Error(ErrorCode::InvalidArgument, "timesteps must be 1..100000 and the threshold scale positive");
    if (timesteps > 0)
        snn.snn.timesteps = timesteps;
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network (convert it first)", snnPath);
    checkCompatible(snn, images, snnPath);
    if (imageIndex >= images.size())
        throw Error(ErrorCode::InvalidArgument, "image " + std::to_string(imageIndex) + " does not exist");
    const auto neurons = neuronLayers(snn);
    if (neuronLayer < 0 || neuronLayer >= int(neurons.size()))
        throw Error(ErrorCode::InvalidArgument, "neuron layer " + std::to_string(neuronLayer) + " does not exist (the network has "
                                                    + std::to_string(neurons.size()) + ")");
    SimulationOptions so;
    so.seed = seed;
    so.traceLayer = neuronLayer;
    so.traceNeurons = tracedNeurons;
    so.thresholdScale = thresholdScale;
    const auto sim = simulate(snn, imagesToTensor(images, {std::int64_t(imageIndex)}, snn.normalization), so);

    SpikeTrace tr;
    const Layer &layer = snn.layers[std::size_t(neurons[std::size_t(neuronLayer)])];
    tr.layer = layer.name;
    tr.threshold = layer.threshold * thresholdScale;
    tr.timesteps = snn.snn.timesteps;
    tr.neurons = sim.traceSpikes.size(1);
    for (auto n : tracedNeurons)
        if (n < 0 || n >= tr.neurons)
            throw Error(ErrorCode::InvalidArgument, "neuron " + std::to_string(n) + " is outside layer " + tr.layer + " ("
                                                        + std::to_string(tr.neurons) + " neurons)");
    const auto nz = sim.traceSpikes.nonzero(); // [events, 2] sorted by time
    const auto acc = nz.accessor<std::int64_t, 2>();
    const auto values = sim.traceSpikes.contiguous();
    const auto v = values.accessor<float, 2>();
    for (std::int64_t e = 0; e < nz.size(0); ++e)
        (v[acc[e][0]][acc[e][1]] > 0 ? tr.spikes : tr.negativeSpikes).emplace_back(int(acc[e][0]), acc[e][1]);
    tr.tracedNeurons = tracedNeurons;
    if (sim.traceMembrane.defined())
        for (std::size_t k = 0; k < tracedNeurons.size(); ++k) {
            const auto col = sim.traceMembrane.select(1, std::int64_t(k)).contiguous();
            tr.membrane.emplace_back(col.data_ptr<float>(), col.data_ptr<float>() + col.numel());
        }
    const auto shapes = layerOutputShapes(snn);
    tr.shape = shapes[std::size_t(neurons[std::size_t(neuronLayer)])];
    // Every other layer from its own run: the same seed draws the same input, so the runs agree.
    for (int l = 0; l < int(neurons.size()); ++l) {
        SimulationOptions other = so;
        other.traceLayer = l;
        other.traceNeurons.clear();
        const torch::Tensor spikes = l == neuronLayer
                                         ? sim.traceSpikes
                                         : simulate(snn, imagesToTensor(images, {std::int64_t(imageIndex)}, snn.normalization), other)
                                               .traceSpikes;
        const torch::Tensor counts = spikes.sum(0).to(torch::kFloat32).contiguous();
        tr.layers.push_back({snn.layers[std::size_t(neurons[std::size_t(l)])].name,
                             shapes[std::size_t(neurons[std::size_t(l)])],
                             std::vector<float>(counts.data_ptr<float>(), counts.data_ptr<float>() + counts.numel())});
    }
    const auto cum = sim.output.select(1, 0).cumsum(0).to(torch::kFloat64).contiguous();
    tr.outputPerStep.assign(cum.data_ptr<double>(), cum.data_ptr<double>() + cum.numel());
    tr.prediction = int(cum[-1].argmax().item<std::int64_t>());
    return tr;
}

} // namespace psnn
