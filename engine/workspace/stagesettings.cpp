#include "workspace/stagesettings.h"

#include "model/modelfile.h"

using nlohmann::json;

namespace psnn {

json importSettingsJson(const ImportOptions &o)
{
    return {{"input_shape", o.inputShape}, {"mean", o.normalization.mean}, {"std", o.normalization.std},
            {"class_names", o.classNames}};
}

json settingsJson(const SynthesisOptions &o)
{
    return {{"method", o.method}, {"images_per_class", o.imagesPerClass}, {"iterations", o.iterations},
            {"learning_rate", o.learningRate}, {"temperature", o.temperature}, {"concentration", o.concentration},
            {"epsilon", o.epsilon}, {"batch_size", o.batchSize}, {"bn_weight", o.bnWeight}, {"tv_weight", o.tvWeight},
            {"l2_weight", o.l2Weight}, {"seed", o.seed}};
}

json settingsJson(const ConversionOptions &o)
{
    json j = {{"snn", snnSettingsToJson(o.snn)}, {"percentile", o.percentile}, {"balance_images", o.balanceImages},
              {"batch_size", o.batchSize}, {"seed", o.seed}};
    if (o.quantizedThresholds)
        j["quantized_thresholds"] = true;
    // Written only in auto mode, so that manual workspaces of 0.1.0 stay current.
    if (o.automatic) {
        j["automatic"] = true;
        j["score_images"] = o.scoreImages;
        j["bn_iterations"] = o.bnIterations;
    }
    return j;
}

json settingsJson(const EncryptionOptions &o)
{
    json j = {{"epochs", o.epochs}, {"timesteps", o.timesteps}, {"learning_rate", o.learningRate},
              {"weight_decay", o.weightDecay}, {"batch_size", o.batchSize}, {"distillation", o.distillation},
              {"distill_temperature", o.distillTemperature}, {"seed", o.seed}};
    // Settings added after 0.1.0 only when they are not the default, so older workspaces stay current.
    const EncryptionOptions d;
    if (o.schedule != d.schedule)
        j["schedule"] = o.schedule;
    if (o.leak != d.leak)
        j["leak"] = o.leak;
    // "train" keeps the key it had before the search existed.
    if (o.deployTimesteps == "train")
        j["deploy_at_train_timesteps"] = true;
    if (o.deployTimesteps == "search") {
        j["deploy_timesteps"] = o.deployTimesteps;
        j["deploy_margin"] = o.deployMargin;
    }
    if (o.spikeWeight != d.spikeWeight)
        j["spike_weight"] = o.spikeWeight;
    if (o.scrambleSpread != d.scrambleSpread)
        j["scramble_spread"] = o.scrambleSpread;
    if (o.privacyWeight != d.privacyWeight)
        j["privacy_weight"] = o.privacyWeight;
    return j;
}

json energySettingsJson(const EnergyTable &t)
{
    return {{"name", t.name},           {"source", t.source},
            {"mac_pj", t.macPj},        {"ac_pj", t.acPj},
            {"neuron_update_pj", t.neuronUpdatePj}, {"count_neuron_updates", t.countNeuronUpdates},
            {"analog_input_once", t.analogInputOnce}};
}

void readImportSettings(const json &j, ImportOptions &o)
{
    o.inputShape = j.at("input_shape").get<Shape>();
    o.normalization.mean = j.at("mean").get<std::vector<float>>();
    o.normalization.std = j.at("std").get<std::vector<float>>();
    o.classNames = j.at("class_names").get<std::vector<std::string>>();
}

void readSettings(const json &j, SynthesisOptions &o)
{
    o.method = j.at("method");
    o.imagesPerClass = j.at("images_per_class");
    o.iterations = j.at("iterations");
    o.learningRate = j.at("learning_rate");
    o.temperature = j.at("temperature");
    o.concentration = j.at("concentration");
    o.epsilon = j.at("epsilon");
    o.batchSize = j.at("batch_size");
    o.bnWeight = j.at("bn_weight");
    o.tvWeight = j.at("tv_weight");
    o.l2Weight = j.at("l2_weight");
    o.seed = j.at("seed");
}

void readSettings(const json &j, ConversionOptions &o)
{
    o.snn = snnSettingsFromJson(j.at("snn"));
    o.percentile = j.at("percentile");
    o.quantizedThresholds = j.value("quantized_thresholds", false);
    o.balanceImages = j.at("balance_images");
    o.batchSize = j.at("batch_size");
    o.seed = j.at("seed");
    o.automatic = j.value("automatic", false);
    if (o.automatic) {
        o.scoreImages = j.at("score_images");
        o.bnIterations = j.at("bn_iterations");
    }
}

void readSettings(const json &j, EncryptionOptions &o)
{
    o.epochs = j.at("epochs");
    o.timesteps = j.at("timesteps");
    o.learningRate = j.at("learning_rate");
    o.weightDecay = j.at("weight_decay");
    o.batchSize = j.at("batch_size");
    o.distillation = j.at("distillation");
    o.distillTemperature = j.at("distill_temperature");
    o.seed = j.at("seed");
    const EncryptionOptions d;
    o.schedule = j.value("schedule", d.schedule);
    o.leak = j.value("leak", d.leak);
    o.deployTimesteps = j.value("deploy_at_train_timesteps", false) ? "train" : j.value("deploy_timesteps", d.deployTimesteps);
    o.deployMargin = j.value("deploy_margin", d.deployMargin);
    o.spikeWeight = j.value("spike_weight", d.spikeWeight);
    o.scrambleSpread = j.value("scramble_spread", d.scrambleSpread);
    o.privacyWeight = j.value("privacy_weight", d.privacyWeight);
}

void readEnergySettings(const json &j, EnergyTable &t)
{
    t.name = j.at("name");
    t.source = j.value("source", std::string());
    t.macPj = j.at("mac_pj");
    t.acPj = j.at("ac_pj");
    // Workspaces from before neuron updates were counted did not count them.
    t.neuronUpdatePj = j.value("neuron_update_pj", 0.0);
    t.countNeuronUpdates = j.value("count_neuron_updates", false);
    t.analogInputOnce = j.value("analog_input_once", false);
}

json evalToJson(const SnnEvalResult &r)
{
    return {{"accuracy", r.accuracy}, {"count", r.count}, {"timesteps", r.timesteps},
            {"accuracy_per_step", r.accuracyPerStep}, {"neuron_layers", r.neuronLayers},
            {"neurons_per_layer", r.neuronsPerLayer}, {"spike_rate_per_step", r.spikeRatePerStep},
            {"spikes_per_neuron", r.spikesPerNeuron}, {"input_spikes_per_neuron", r.inputSpikesPerNeuron},
            {"seconds", r.seconds}, {"image_steps_per_second", r.imageStepsPerSecond}};
}

SnnEvalResult evalFromJson(const json &j)
{
    SnnEvalResult r;
    r.accuracy = j.at("accuracy");
    r.count = j.at("count");
    r.timesteps = j.at("timesteps");
    r.accuracyPerStep = j.at("accuracy_per_step").get<std::vector<double>>();
    r.neuronLayers = j.at("neuron_layers").get<std::vector<std::string>>();
    r.neuronsPerLayer = j.at("neurons_per_layer").get<std::vector<std::int64_t>>();
    r.spikeRatePerStep = j.at("spike_rate_per_step").get<std::vector<std::vector<double>>>();
    r.spikesPerNeuron = j.at("spikes_per_neuron").get<std::vector<double>>();
    r.inputSpikesPerNeuron = j.at("input_spikes_per_neuron");
    return r;
}

json energyToJson(const EnergyReport &e)
{
    json rows = json::array();
    for (const auto &r : e.rows)
        rows.push_back({{"layer", r.layer}, {"type", r.type}, {"macs", r.macs},
                        {"input_spikes_per_neuron", r.inputSpikesPerNeuron}, {"analog_input", r.analogInput},
                        {"synaptic_ops", r.synapticOps}, {"ann_pj", r.annPj}, {"snn_pj", r.snnPj},
                        {"snn_pj_per_step", r.snnPjPerStep}});
    json neurons = json::array();
    for (const auto &n : e.neuronLayers)
        neurons.push_back({{"layer", n.layer}, {"neurons", n.neurons}, {"spikes_per_neuron", n.spikesPerNeuron}});
    return {{"table", energySettingsJson(e.table)},
            {"timesteps", e.timesteps},
            {"layers", rows},
            {"neuron_layers", neurons},
            {"neuron_updates", e.neuronUpdates},
            {"neuron_pj", e.neuronPj},
            {"ann_pj", e.annPj},
            {"snn_pj", e.snnPj},
            {"ratio", e.ratio},
            {"snn_pj_per_step", e.snnPjPerStep},
            {"ratio_per_step", e.ratioPerStep},
            {"break_even_spikes", e.breakEvenSpikes},
            {"snn_pj_at_step", e.snnPjAtStep},
            {"accuracy_at_step", e.accuracyAtStep}};
}

} // namespace psnn
