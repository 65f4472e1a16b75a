#include "options.h"

#include "core/error.h"
#include "data/knowndatasets.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace psnn::cli {

namespace {

std::vector<std::string> splitList(const std::string &text, char sep)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, sep))
        if (!item.empty())
            out.push_back(item);
    return out;
}

bool parseReal(const std::string &text, double &value)
{
    std::size_t used = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception &) {
        return false;
    }
    return used == text.size();
}

std::vector<float> floatList(const std::string &text, const std::string &option)
{
    std::vector<float> out;
    for (const auto &s : splitList(text, ',')) {
        double v = 0;
        if (!parseReal(s, v))
            throw CLI::ValidationError(option, "needs numbers separated by commas, not '" + text + "'");
        out.push_back(float(v));
    }
    return out;
}

} // namespace

CLI::Option *addChoice(CLI::App &cmd, const std::string &name, const std::vector<std::string> &choices,
                       const std::string &current, std::function<void(const std::string &)> apply,
                       const std::string &help)
{
    std::string list;
    for (std::size_t i = 0; i < choices.size(); ++i)
        list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
    return cmd
        .add_option_function<std::string>(
            name,
            [name, choices, list, apply](const std::string &v) {
                if (std::find(choices.begin(), choices.end(), v) == choices.end())
                    throw CLI::ValidationError(name, "must be " + list + ", not '" + v + "'");
                apply(v);
            },
            help)
        ->default_str(current);
}

const CLI::Validator &wholeNumber()
{
    static const CLI::Validator v(
        [](std::string &text) -> std::string {
            double d = 0;
            if (!parseReal(text, d))
                return "needs a number, not '" + text + "'";
            if (d != std::floor(d) || std::abs(d) > 9.2e18)
                return "needs a whole number, not '" + text + "'";
            text = std::to_string((long long)d);
            return {};
        },
        "", "whole number");
    return v;
}

const CLI::Validator &realNumber()
{
    static const CLI::Validator v(
        [](std::string &text) -> std::string {
            double d = 0;
            return parseReal(text, d) ? std::string() : "needs a number, not '" + text + "'";
        },
        "", "number");
    return v;
}

void addImportOptions(CLI::App &cmd, ImportOptions &o)
{
    const std::string group = "Import options";
    cmd.add_option_function<std::string>(
           "--input-shape",
           [&o](const std::string &text) {
               o.inputShape.clear();
               for (const auto &d : splitList(text, 'x')) {
                   double v = 0;
                   if (!parseReal(d, v) || v < 1 || v != std::floor(v))
                       throw CLI::ValidationError("--input-shape", "needs CxHxW, e.g. 1x28x28, not '" + text + "'");
                   o.inputShape.push_back(std::int64_t(v));
               }
               if (o.inputShape.size() != 3)
                   throw CLI::ValidationError("--input-shape", "needs CxHxW, e.g. 1x28x28, not '" + text + "'");
           },
           "input shape CxHxW (default: guessed from the weights, with a warning)")
        ->group(group);
    cmd.add_option_function<std::string>(
           "--mean", [&o](const std::string &t) { o.normalization.mean = floatList(t, "--mean"); },
           "per-channel mean of the pixels in [0, 1] the model was trained with (default: none, with a warning)")
        ->group(group);
    cmd.add_option_function<std::string>(
           "--std", [&o](const std::string &t) { o.normalization.std = floatList(t, "--std"); },
           "per-channel standard deviation, as many values as --mean")
        ->group(group);
    std::string presets;
    for (const NormalizationPreset &p : normalizationPresets())
        presets += (presets.empty() ? "" : "; ") + p.id + " (" + p.description + ")";
    cmd.add_option_function<std::string>(
           "--normalization",
           [&o](const std::string &t) {
               try {
                   const NormalizationPreset &p = normalizationPreset(t);
                   o.normalization = {p.mean, p.std};
               } catch (const Error &e) {
                   throw CLI::ValidationError("--normalization", e.what());
               }
           },
           "the normalisation by name: " + presets + " (instead of --mean and --std; `check-import` finds it)")
        ->group(group);
    cmd.add_option_function<std::string>(
           "--classes",
           [&o](const std::string &t) {
               // A single word that names a known data set stands for its class names.
               const KnownDataset *known = t.find(',') == std::string::npos ? findKnownDataset(t) : nullptr;
               o.classNames = known ? known->classNames : splitList(t, ',');
           },
           "class names a,b,... or a data set's (fashion-mnist, mnist, cifar10, cifar100); default: 0..N-1")
        ->group(group);
    addNumber(cmd, "--import-memory", o.limits.memoryMiB,
              "MiB of address space the separate process that reads a TorchScript file may use")
        ->group(group);
    addNumber(cmd, "--import-time", o.limits.seconds, "seconds that process may take, wall clock and CPU")->group(group);
}

void addSynthesisOptions(CLI::App &cmd, SynthesisOptions &o)
{
    const std::string group = "Synthesis options";
    addChoice(cmd, "--method", {"data-impressions", "bn-inversion"}, o.method, [&o](const std::string &v) { o.method = v; },
              "how images are made from the model alone")
        ->group(group);
    addNumber(cmd, "--images-per-class", o.imagesPerClass, "synthetic images per class")->group(group);
    addNumber(cmd, "--iterations", o.iterations, "Adam steps per batch of images")->group(group);
    addNumber(cmd, "--synth-lr", o.learningRate, "Adam's learning rate on the pixels")->group(group);
    addNumber(cmd, "--temperature", o.temperature, "softmax temperature of the data-impressions target")->group(group);
    addNumber(cmd, "--synth-batch", o.batchSize, "images optimised together")->group(group);
    addNumber(cmd, "--synth-seed", o.seed, "random seed")->group(group);
}

void addConversionOptions(CLI::App &cmd, ConversionOptions &o)
{
    const std::string group = "Conversion options";
    addChoice(cmd, "--conversion", {"auto", "manual"}, o.automatic ? "auto" : "manual",
              [&o](const std::string &v) { o.automatic = v == "auto"; },
              "auto: choose coding, membrane start, signed spikes and percentile by agreement with the ANN on "
              "held-out synthetic images (the options below are where the search starts)")
        ->group(group);
    addNumber(cmd, "--score-images", o.scoreImages, "auto: held-out synthetic images each candidate is scored on")
        ->group(group);
    addNumber(cmd, "--timesteps", o.snn.timesteps, "timesteps T the SNN runs for")->group(group);
    addChoice(cmd, "--coding", {"poisson", "poisson-pixel", "direct"}, codingName(o.snn.coding),
              [&o](const std::string &v) { o.snn.coding = codingFromName(v); },
              "input coding: signed Poisson of the normalised image, Poisson of the pixels, or the analog image")
        ->group(group);
    addChoice(cmd, "--neuron", {"IF", "LIF"}, neuronName(o.snn.neuron),
              [&o](const std::string &v) { o.snn.neuron = v == "LIF" ? NeuronModel::LIF : NeuronModel::IF; },
              "integrate-and-fire or leaky integrate-and-fire neurons")
        ->group(group);
    addNumber(cmd, "--leak", o.snn.leak, "LIF leak per step, in (0, 1]")->group(group);
    addNumber(cmd, "--initial-membrane", o.snn.initialMembrane,
              "membrane at step 0 as a fraction of the threshold (0.5 rounds spike counts)")
        ->group(group);
    addChoice(cmd, "--signed-spikes", {"on", "off"}, o.snn.signedSpikes ? "on" : "off",
              [&o](const std::string &v) { o.snn.signedSpikes = v == "on"; },
              "on: neurons take back spikes their input no longer justifies")
        ->group(group);
    addNumber(cmd, "--percentile", o.percentile, "threshold = this percentile of the input current (100 = max)")
        ->group(group);
    addChoice(cmd, "--threshold-rule", {"percentile", "quantized"}, o.quantizedThresholds ? "quantized" : "percentile",
              [&o](const std::string &v) { o.quantizedThresholds = v == "quantized"; },
              "quantized: each threshold minimises the error of T-step rounding of its input (QCFS-style, for small T; "
              "the percentile is then not used)")
        ->group(group);
    addNumber(cmd, "--balance-images", o.balanceImages, "synthetic images used for threshold balancing")->group(group);
    addNumber(cmd, "--convert-seed", o.seed, "random seed")->group(group);
}

void addEncryptionOptions(CLI::App &cmd, EncryptionOptions &o)
{
    const std::string group = "Encryption options";
    addNumber(cmd, "--epochs", o.epochs, "passes over the synthetic images")->group(group);
    addNumber(cmd, "--train-timesteps", o.timesteps, "T during training (0: the SNN's own T)")->group(group);
    addNumber(cmd, "--encrypt-lr", o.learningRate, "Adam (amsgrad) learning rate")->group(group);
    addNumber(cmd, "--weight-decay", o.weightDecay, "weight decay")->group(group);
    addNumber(cmd, "--distillation", o.distillation, "weight of distillation from the ANN's soft outputs (0: off)")
        ->group(group);
    addNumber(cmd, "--encrypt-batch", o.batchSize, "images per training step")->group(group);
    addNumber(cmd, "--encrypt-seed", o.seed, "random seed")->group(group);
    addChoice(cmd, "--encrypt-schedule", {"constant", "step"}, o.schedule, [&o](const std::string &v) { o.schedule = v; },
              "step: the learning rate / 10 at 60, 80 and 90 % of the epochs (the paper's code)")
        ->group(group);
    addNumber(cmd, "--encrypt-leak", o.leak, "in (0, 1): LIF neurons with this leak while training and after (0: keep)")
        ->group(group);
    addChoice(cmd, "--deploy-timesteps", {"snn", "train", "search"}, o.deployTimesteps,
              [&o](const std::string &v) { o.deployTimesteps = v; },
              "snn: the converted SNN's T; train: --train-timesteps; search: the smallest T whose accuracy on the "
              "synthetic images stays within --deploy-margin of the ANN's (no real data is read)")
        ->group(group);
    addNumber(cmd, "--deploy-margin", o.deployMargin, "accuracy points below the ANN's the T search allows")
        ->group(group);
    addNumber(cmd, "--spike-weight", o.spikeWeight,
              "weight of the spike-count regulariser in the encryption loss: synaptic operations per ANN MAC (0: off)")
        ->group(group);
    addNumber(cmd, "--scramble", o.scrambleSpread,
              "channel scrambling after training: per-channel gains 2^-N..2^N that leave the SNN's outputs unchanged "
              "(0: off; the project's own, not the paper's)")
        ->group(group);
    addNumber(cmd, "--privacy-weight", o.privacyWeight,
              "weight of a loss that makes the threshold-aware reading of the weights uninformative while the SNN "
              "stays accurate (0: off; the project's own)")
        ->group(group);
}

void addAuditOptions(CLI::App &cmd, AuditOptions &o)
{
    const std::string group = "Audit options";
    cmd.add_option("--judge", o.judge, "independent classifier of the same classes (required for the audit)")
        ->group(group);
    cmd.add_option("--audit-real-data", o.realData, "data set whose test split gives the class means for SSIM")
        ->group(group);
    cmd.add_option("--members", o.memberData, "data set whose training split the ANN saw (membership inference)")
        ->group(group);
    cmd.add_option("--non-members", o.nonMemberData, "data set whose test split the ANN never saw")->group(group);
    // Fewer weight-reading reconstructions than the scenario 2 default lower that default too
    // (CLI11 runs this before --snn-reconstructions, which still wins when given).
    addNumber(cmd, "--reconstructions", o.reconstructionsPerClass, "reconstructions per class of each weight reading")
        ->each([&o](const std::string &given) { // runs on the word, before the value is stored
            o.snnReconstructionsPerClass = std::clamp(std::atoi(given.c_str()), 1, o.snnReconstructionsPerClass);
        })
        ->group(group);
    addNumber(cmd, "--snn-reconstructions", o.snnReconstructionsPerClass,
              "reconstructions per class of the scenario 2 surrogate attack")
        ->group(group);
    addNumber(cmd, "--reading-images", o.readingImages, "real test images each weight reading classifies")->group(group);
    addNumber(cmd, "--invert-iterations", o.inversion.iterations, "Adam steps of scenario 1")->group(group);
    addNumber(cmd, "--invert-lr", o.inversion.learningRate, "inversion learning rate")->group(group);
    addNumber(cmd, "--tv-weight", o.inversion.tvWeight, "total-variation prior")->group(group);
    addNumber(cmd, "--l2-weight", o.inversion.l2Weight, "L2 prior")->group(group);
    addNumber(cmd, "--attack-timesteps", o.snnTimesteps, "T of the scenario 2 attacks")->group(group);
    addNumber(cmd, "--attack-iterations", o.snnIterations, "Adam steps of the scenario 2 surrogate attack")->group(group);
    cmd.add_flag_callback("--no-surrogate", [&o] { o.surrogate = false; }, "skip the surrogate-gradient attack")
        ->group(group);
    cmd.add_flag_callback("--no-evolution", [&o] { o.evolution.enabled = false; }, "skip the evolution-strategies attack")
        ->group(group);
    addNumber(cmd, "--es-iterations", o.evolution.iterations, "evolution strategies: iterations")->group(group);
    addNumber(cmd, "--es-population", o.evolution.population, "evolution strategies: candidates per image")->group(group);
    addNumber(cmd, "--es-sigma", o.evolution.sigma, "evolution strategies: noise scale")->group(group);
    addNumber(cmd, "--es-downsample", o.evolution.downsample, "evolution strategies: coarse-grid factor")->group(group);
    addNumber(cmd, "--es-reconstructions", o.evolution.reconstructionsPerClass,
              "evolution strategies: reconstructions per class")
        ->group(group);
    addNumber(cmd, "--membership-images", o.membershipImages, "members and non-members each")->group(group);
    addNumber(cmd, "--audit-seed", o.seed, "random seed")->group(group);
}

void addEnergyOptions(CLI::App &cmd, EnergyChoice &c, const EnergyTable &current)
{
    const std::string group = "Energy options";
    c.costs = current;
    std::string keys;
    for (const auto &k : energyPresetKeys())
        keys += (keys.empty() ? "" : ", ") + k;
    addChoice(cmd, "--energy-preset", energyPresetKeys(), "45nm-fp32", [&c](const std::string &v) { c.preset = v; },
              "hardware the energy is counted for (`privatesnn-cli energy --presets` lists them with sources)")
        ->group(group);
    cmd.add_option("--energy-table", c.table,
                   "CSV with a header row: name, mac_pj, ac_pj, optional neuron_update_pj and source (the first row is used)")
        ->group(group);
    c.mac = addNumber(cmd, "--mac-pj", c.costs.macPj, "energy of one multiply-accumulate (pJ)")->group(group);
    c.ac = addNumber(cmd, "--ac-pj", c.costs.acPj, "energy of one accumulate (pJ)")->group(group);
    c.update = addNumber(cmd, "--neuron-update-pj", c.costs.neuronUpdatePj, "energy of one neuron's update in one step (pJ)")
                   ->group(group);
    addChoice(cmd, "--neuron-updates", {"on", "off"}, current.countNeuronUpdates ? "on" : "off",
              [&c](const std::string &v) { c.neuronUpdates = v; },
              "on: the SNN also pays one update per neuron per timestep, so that a small T does not look free")
        ->group(group);
    addChoice(cmd, "--analog-input", {"once", "per-step"}, current.analogInputOnce ? "once" : "per-step",
              [&c](const std::string &v) { c.analogInput = v; },
              "direct coding: the first layer's current from the static image computed once, or again every step")
        ->group(group);
}

EnergyTable chosenEnergyTable(const EnergyChoice &c, const EnergyTable &base)
{
    EnergyTable t = base;
    if (!c.preset.empty())
        t = energyPreset(c.preset);
    if (!c.table.empty())
        t = readEnergyTables(c.table).front();
    if (c.mac && c.mac->count())
        t.macPj = c.costs.macPj;
    if (c.ac && c.ac->count())
        t.acPj = c.costs.acPj;
    if (c.update && c.update->count())
        t.neuronUpdatePj = c.costs.neuronUpdatePj;
    if (!c.analogInput.empty())
        t.analogInputOnce = c.analogInput == "once";
    if (!c.neuronUpdates.empty())
        t.countNeuronUpdates = c.neuronUpdates == "on";
    if ((c.mac && c.mac->count()) || (c.ac && c.ac->count()) || (c.update && c.update->count()))
        t.name += " (costs edited)";
    return t;
}

} // namespace psnn::cli
