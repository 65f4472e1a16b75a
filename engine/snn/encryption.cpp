#include "snn/encryption.h"

#include "core/error.h"
#include "core/runtime.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "snn/channelscramble.h"
#include "snn/converter.h"
#include "snn/deploysearch.h"
#include "snn/ratenetwork.h"
#include "snn/simulation.h"
#include "snn/synapticload.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <numeric>
#include <random>

namespace psnn {

namespace {

double cosine(const torch::Tensor &a, const torch::Tensor &b)
{
    const auto x = a.flatten().to(torch::kFloat64), y = b.flatten().to(torch::kFloat64);
    return (x.dot(y) / (x.norm() * y.norm()).clamp_min(1e-300)).item<double>();
}

// Similarity per weighted layer; `reference` is the ANN with BN folded, matched by layer name.
std::vector<double> similarities(const Network &reference, const Network &model, std::vector<std::string> *names)
{
    std::vector<double> out;
    const auto refs = allLayers(reference);
    for (const Layer *lp : allLayers(model)) {
        const Layer &l = *lp;
        if (l.kind != LayerKind::Conv2d && l.kind != LayerKind::Linear)
            continue;
        const auto it = std::find_if(refs.begin(), refs.end(), [&](const Layer *r) { return r->name == l.name; });
        if (it == refs.end() || (*it)->weight.sizes() != l.weight.sizes())
            throw Error(ErrorCode::ShapeMismatch, "the models do not have the same layers", "layer " + l.name);
        out.push_back(cosine((*it)->weight, l.weight));
        if (names)
            names->push_back(l.name);
    }
    return out;
}

} // namespace

std::vector<LayerSimilarity> weightSimilarity(const std::string &annPath, const std::string &snnPath)
{
    const Network reference = foldBatchNorm(loadAnyNetwork(annPath));
    std::vector<std::string> names;
    const auto s = similarities(reference, loadAnyNetwork(snnPath), &names);
    std::vector<LayerSimilarity> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        out.push_back({names[i], s[i], s[i]});
    return out;
}

namespace {

void validate(const EncryptionOptions &o)
{
    if (o.epochs < 1 || o.batchSize < 1 || o.timesteps < 0 || !(o.learningRate > 0) || o.weightDecay < 0
        || o.distillation < 0)
        throw Error(ErrorCode::InvalidArgument, "encryption needs epochs >= 1, batch size >= 1, timesteps >= 0, "
                                                "a positive learning rate and non-negative weights");
    if (o.schedule != "constant" && o.schedule != "step")
        throw Error(ErrorCode::InvalidArgument, "the encryption schedule must be constant or step, not '" + o.schedule + "'");
    if (!(o.leak >= 0.0 && o.leak < 1.0))
        throw Error(ErrorCode::InvalidArgument, "the encryption leak must be in [0, 1) (0: keep the SNN's neurons)");
    if (o.privacyWeight < 0 || o.spikeWeight < 0)
        throw Error(ErrorCode::InvalidArgument, "the privacy and spike-count weights must not be negative");
    if (o.deployTimesteps != "snn" && o.deployTimesteps != "train" && o.deployTimesteps != "search")
        throw Error(ErrorCode::InvalidArgument,
                    "the deployment T must be snn, train or search, not '" + o.deployTimesteps + "'");
    if (!(o.deployMargin >= 0 && o.deployMargin <= 100))
        throw Error(ErrorCode::InvalidArgument, "the deployment margin must be 0 to 100 accuracy points");
    if (o.scrambleSpread < 0 || o.scrambleSpread > 30)
        throw Error(ErrorCode::InvalidArgument, "the scrambling spread must be between 0 and 30");
}

// The paper code's step schedule: the learning rate / 10 at 60, 80 and 90 % of the epochs.
double learningRateAt(const EncryptionOptions &o, int epoch)
{
    if (o.schedule != "step")
        return o.learningRate;
    const double f = double(epoch) / double(o.epochs);
    return o.learningRate * (f >= 0.9 ? 1e-3 : f >= 0.8 ? 1e-2 : f >= 0.6 ? 1e-1 : 1.0);
}

// Surrogate-gradient BPTT of a copy of the SNN (thresholds fixed) against the ANN's labels.
class EncryptionTrainer {
public:
    EncryptionTrainer(const Network &snn, const Network &ann, const ImageSet &images, const EncryptionOptions &o,
                      const ProgressFn &progress, const CancelToken &cancel)
        : m_net(snn), m_ann(ann), m_images(images), m_o(o), m_cancel(cancel), m_throttle(progress),
          m_n(std::int64_t(images.size())), m_labels(torch::tensor(images.labels, torch::kLong)), m_rng(o.seed),
          m_load(synapticLoad(snn))
    {
        if (o.timesteps > 0)
            m_net.snn.timesteps = o.timesteps;
        if (o.leak > 0) {
            m_net.snn.neuron = NeuronModel::LIF;
            m_net.snn.leak = o.leak;
        }
        makeTrainable();
        if (o.distillation > 0)
            m_teacher = teacherProbabilities();
    }

    int timesteps() const { return m_net.snn.timesteps; }

    struct EpochResult {
        double loss = 0, agreement = 0, spikeLoad = 0;
    };

    /// One pass over the images in a fresh random order.
    EpochResult epoch(int epoch, const std::chrono::steady_clock::time_point &t0)
    {
        std::vector<std::int64_t> order(static_cast<std::size_t>(m_n));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), m_rng);
        for (auto &group : m_opt->param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(learningRateAt(m_o, epoch));
        const std::int64_t batches = (m_n + m_o.batchSize - 1) / m_o.batchSize;
        double lossSum = 0, agree = 0, load = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            m_cancel.check();
            const std::vector<std::int64_t> idx(order.begin() + b * m_o.batchSize,
                                                order.begin() + std::min(m_n, (b + 1) * m_o.batchSize));
            const auto r = step(idx, m_o.seed * 7919ULL + std::uint64_t(epoch) * 1000003ULL + std::uint64_t(b));
            lossSum += r.loss * double(idx.size());
            agree += r.agreement;
            load += r.spikeLoad * double(idx.size());
            const double done = (double(epoch) + double(b + 1) / double(batches)) / double(m_o.epochs);
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            m_throttle.report({"encrypt", done, done * double(m_n) * m_o.epochs / secs, secs / done * (1.0 - done),
                               "epoch " + std::to_string(epoch + 1) + "/" + std::to_string(m_o.epochs) + ", loss "
                                   + std::to_string(lossSum / double((b + 1) * m_o.batchSize)).substr(0, 6)});
        }
        return {lossSum / double(m_n), agree / double(m_n), load / double(m_n)};
    }

    /// The trained weights in `snn`, which keeps its own thresholds and evaluation settings
    /// except what the options change after training (the neuron model, the deployment T).
    void copyWeightsInto(Network &snn) const
    {
        snn.snn.neuron = m_net.snn.neuron;
        snn.snn.leak = m_net.snn.leak;
        if (m_o.deployTimesteps == "train")
            snn.snn.timesteps = m_net.snn.timesteps;
        const auto trained = allLayers(m_net);
        const auto target = allLayers(snn);
        for (std::size_t i = 0; i < target.size(); ++i) {
            const Layer &t = *trained[i];
            target[i]->weight = t.weight.defined() ? t.weight.detach() : target[i]->weight;
            target[i]->bias = t.bias.defined() ? t.bias.detach() : target[i]->bias;
        }
    }

private:
    void makeTrainable()
    {
        std::vector<torch::Tensor> params;
        for (Layer *lp : allLayers(m_net))
            for (Layer &l = *lp; torch::Tensor *t : {&l.weight, &l.bias})
                if (t->defined() && (l.kind == LayerKind::Conv2d || l.kind == LayerKind::Linear)) {
                    *t = t->detach().clone().set_requires_grad(true);
                    params.push_back(*t);
                }
        m_opt = std::make_unique<torch::optim::Adam>(
            params, torch::optim::AdamOptions(m_o.learningRate).weight_decay(m_o.weightDecay).amsgrad(true));
    }

    torch::Tensor teacherProbabilities() const
    {
        torch::NoGradGuard noGrad;
        std::vector<std::int64_t> all(static_cast<std::size_t>(m_n));
        std::iota(all.begin(), all.end(), 0);
        return torch::softmax(forward(m_ann, imagesToTensor(m_images, all, m_ann.normalization)) / m_o.distillTemperature,
                              1);
    }

    // Synaptic operations per ANN MAC of a batch's run: each neuron layer's spike events times
    // the synapses one of its spikes reaches on average (what the energy estimate charges).
    torch::Tensor spikeLoad(const SimulationResult &sim, double batch) const
    {
        torch::Tensor ops = torch::zeros({}, torch::kFloat32);
        for (std::size_t k = 0; k < sim.spikeTotals.size(); ++k)
            if (sim.spikeTotals[k].defined())
                ops = ops + sim.spikeTotals[k] * float(double(m_load.macsFedBy[k]) / double(m_load.neurons[k]));
        return ops / float(batch * double(std::max<std::int64_t>(1, m_load.totalMacs)));
    }

    // One optimiser step on a batch; agreement counts the images that agree with the ANN's label.
    EpochResult step(const std::vector<std::int64_t> &idx, std::uint64_t seed)
    {
        const auto idxT = torch::tensor(idx, torch::kLong);
        SimulationOptions so;
        so.trainable = true;
        so.seed = seed;
        so.cancel = &m_cancel;
        const double T = m_net.snn.timesteps;
        const auto x = imagesToTensor(m_images, idx, m_net.normalization);
        const SimulationResult sim = simulate(m_net, x, so);
        const auto out = sim.output.sum(0) / T;
        const auto y = m_labels.index_select(0, idxT);
        auto loss = torch::cross_entropy_loss(out, y);
        if (m_o.distillation > 0) {
            const auto soft = m_teacher.index_select(0, idxT);
            const double t = m_o.distillTemperature;
            loss = loss + m_o.distillation * t * t
                              * torch::kl_div(torch::log_softmax(out / t, 1), soft, at::Reduction::Sum) / double(idx.size());
        }
        if (m_o.privacyWeight > 0) {
            // KL(reading || uniform) = log K - entropy: 0 when the reading says nothing.
            const auto logp = torch::log_softmax(rateForward(m_net, x), 1);
            const auto toUniform = (logp.exp() * logp).sum(1).mean() + std::log(double(logp.size(1)));
            loss = loss + m_o.privacyWeight * toUniform;
        }
        const auto load = spikeLoad(sim, double(idx.size()));
        if (m_o.spikeWeight > 0)
            loss = loss + m_o.spikeWeight * load;
        m_opt->zero_grad();
        loss.backward();
        m_opt->step();
        return {loss.item<double>(), out.argmax(1).eq(y).sum().item<double>(), load.item<double>()};
    }

    Network m_net;
    const Network &m_ann;
    const ImageSet &m_images;
    const EncryptionOptions &m_o;
    const CancelToken &m_cancel;
    ProgressThrottle m_throttle;
    const std::int64_t m_n;
    const torch::Tensor m_labels;
    std::mt19937_64 m_rng;
    std::unique_ptr<torch::optim::Adam> m_opt;
    torch::Tensor m_teacher;
    const SynapticLoad m_load;
};

nlohmann::json encryptionMetadata(const EncryptionReport &report, const EncryptionOptions &o, const std::string &snnPath,
                                  int trainTimesteps)
{
    nlohmann::json sim = nlohmann::json::array();
    for (const auto &s : report.similarity)
        sim.push_back({{"layer", s.layer}, {"before", s.before}, {"after", s.after}});
    // File names only: a model must not change with the folder it was made in.
    std::vector<std::string> fileNames;
    for (const auto &f : report.dataFilesRead)
        fileNames.push_back(std::filesystem::path(f).filename().string());
    return {{"stage", "encrypt"},
            {"source_model", std::filesystem::path(snnPath).filename().string()},
            {"data_files_read", fileNames},
            {"epochs", o.epochs},
            {"train_timesteps", double(trainTimesteps)},
            {"learning_rate", o.learningRate},
            {"weight_decay", o.weightDecay},
            {"epoch_loss", report.epochLoss},
            {"schedule", o.schedule},
            {"leak", o.leak},
            {"deploy_timesteps", o.deployTimesteps},
            {"deployed_timesteps", report.deployedTimesteps},
            {"deploy_search", deploySearchToJson(report.deploySearch, o.deployMargin)},
            {"spike_weight", o.spikeWeight},
            {"epoch_spike_load", report.epochSpikeLoad},
            {"scramble_spread", o.scrambleSpread},
            {"privacy_weight", o.privacyWeight},
            {"weight_similarity", sim},
            {"seed", o.seed}};
}

} // namespace

EncryptionReport encryptModel(const std::string &snnPath, const std::string &annPath, const SyntheticSet &trainSet,
                              const std::string &outPath, const EncryptionOptions &o, const ProgressFn &progress,
                              const CancelToken &cancel)
{
    validate(o);
    useComputeThreads();
    const auto t0 = std::chrono::steady_clock::now();
    Network snn = loadAnyNetwork(snnPath);
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "is not a spiking network (convert it first)", snnPath);
    const Network ann = loadAnyNetwork(annPath);
    const Network reference = foldBatchNorm(ann);
    const ImageSet &images = trainSet.images();
    if (Shape{images.channels, images.height, images.width} != snn.inputShape)
        throw Error(ErrorCode::ShapeMismatch, "the synthetic images do not fit the network's input", snnPath);

    EncryptionReport report;
    std::vector<std::string> names;
    const auto before = similarities(reference, snn, &names);
    EncryptionTrainer trainer(snn, ann, images, o, progress, cancel);
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        const auto r = trainer.epoch(epoch, t0);
        report.epochLoss.push_back(r.loss);
        report.epochAgreement.push_back(r.agreement);
        report.epochSpikeLoad.push_back(r.spikeLoad);
    }
    trainer.copyWeightsInto(snn);
    scrambleChannels(snn, o.scrambleSpread, o.seed + 31);
    checkFinite(snn);
    if (o.deployTimesteps == "search") {
        if (progress)
            progress({"encrypt", 1.0, 0, -1, "choosing the smallest T on the synthetic images"});
        report.deploySearch = searchDeployTimesteps(snn, ann, images, o.deployMargin,
                                                    std::max(snn.snn.timesteps, trainer.timesteps()), o.seed + 97, cancel);
        snn.snn.timesteps = report.deploySearch.chosen;
    }
    report.deployedTimesteps = snn.snn.timesteps;
    const auto after = similarities(reference, snn, nullptr);
    for (std::size_t i = 0; i < names.size(); ++i)
        report.similarity.push_back({names[i], before[i], after[i]});
    if (!trainSet.file().empty())
        report.dataFilesRead.push_back(trainSet.file());
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    saveNetwork(snn, outPath, encryptionMetadata(report, o, snnPath, trainer.timesteps()));
    return report;
}

} // namespace psnn
