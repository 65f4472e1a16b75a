#include "clicommands.h"
#include "cliargs.h"
#include "progressbar.h"

#include "workspace/auditstage.h"
#include "snn/conversion.h"
#include "data/datasets.h"
#include "snn/encryption.h"
#include "snn/energy.h"
#include "core/error.h"
#include "model/evaluation.h"
#include "model/models.h"
#include "workspace/pipeline.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"
#include "model/training.h"

#include <cstdio>
#include <iostream>
#include <sstream>

namespace psnn::cli {

namespace {

const char *kUsage = R"(privatesnn-cli — PrivateSNN Workbench on the command line

usage: privatesnn-cli COMMAND [options]

commands:
  info MODEL [--input-shape CxHxW]       layer table of a .psnn or TorchScript model
  import SRC DST [--input-shape CxHxW] [--mean M[,M..]] [--std S[,S..]] [--classes a,b,..]
                                         verify a TorchScript model and save it as .psnn
  train --preset P --data D --out M [options]
                                         train an ANN (see `train --help`)
  eval MODEL --data D [--split test|train] [--limit N]
                                         accuracy of an ANN or SNN on a data set
  synthesize --model ANN --out SET.bin [--grid G.png] [synthesis options]
                                         synthetic images from the model alone
  convert --model ANN --synthetic SET.bin --out SNN.psnn [conversion options]
  convert --model ANN --real-data D --out SNN.psnn [conversion options]
                                         ANN to SNN, thresholds balanced on synthetic
                                         (or, for comparison only, real) images
  encrypt --snn SNN.psnn --ann ANN --synthetic SET.bin --out ENC.psnn [encryption options]
                                         train the SNN through time on synthetic images
  energy --snn SNN.psnn --data D [--limit N] [--mac-pj X --ac-pj Y]
                                         per-layer energy, ANN vs SNN
  pipeline --model ANN --test-data D --workspace W [options] | --demo [--workspace W]
                                         every stage in order, resumable; writes W/results.json
                                         (--audit or --judge J: the leakage audit too; --demo has it)
  report --workspace W                   W/report.html and W/report.pdf: models, data read,
                                         accuracy, energy, galleries, leakage, settings
  audit --workspace W --judge J [audit options] | --demo [--workspace W]
                                         model inversion of the ANN, converted and encrypted SNN,
                                         judged; membership inference; adds "audit" to results.json
  presets                                list the architectures `train` can build
  demo                                   show the bundled demo model and evaluate it

Data sets (--data): fashion-mnist, mnist, cifar10, or a folder holding IDX files,
CIFAR-10/100 batches, a TinyImageNet tree or one subfolder of images per class.

Synthesis options:  --method data-impressions|bn-inversion  --images-per-class N [100]
  --iterations K [2500]  --synth-lr X [0.001]  --temperature X [20]  --synth-batch N [256]
  --synth-seed N [1]
Conversion options: --timesteps T [100]  --coding poisson|poisson-pixel|direct  --neuron IF|LIF  --leak X [1]
  --initial-membrane F [0; 0.5 rounds spike counts]  --signed-spikes on|off [off; on: neurons take back
  spikes their input no longer justifies]  --percentile P [100 = max]  --balance-images N [256]  --convert-seed N [1]
Encryption options: --epochs N [5]  --train-timesteps T [the SNN's T]  --encrypt-lr X [1e-4]
  --weight-decay X [5e-4]  --distillation W [0]  --encrypt-batch N [32]  --encrypt-seed N [1]
Evaluation options: --limit N [all]  --eval-seed N [1]
Audit options: --judge MODEL (required)  --audit-real-data D (SSIM)  --members D --non-members D
  (membership: D's train split vs its test split)  --reconstructions N [3]  --invert-iterations K [500]
  --invert-lr X [0.05]  --tv-weight X [10]  --l2-weight X [0.01]  --attack-timesteps T [20]
  --attack-iterations K [300] (scenario 2)
  --no-surrogate  --no-evolution  --es-iterations K [60]  --es-population N [16]  --es-sigma X [0.1]
  --es-downsample F [4]  --es-reconstructions N [1]  --membership-images N [500]  --audit-seed N [1]
)";

const char *kTrainUsage = R"(usage: privatesnn-cli train --preset P --data D --out MODEL.psnn [options]

  --preset P          architecture (privatesnn-cli presets)            [fmnist-cnn]
  --data D            training data set (train split)                  [fashion-mnist]
  --test-data D       test data set (test split)                       [same as --data]
  --out FILE          model to write; FILE.manifest.json goes beside it
  --epochs N                                                           [10]
  --batch-size N                                                       [128]
  --optimizer adam|sgd                                                 [adam]
  --lr X              initial learning rate                            [0.001]
  --momentum X        SGD momentum                                     [0.9]
  --weight-decay X                                                     [0.0001]
  --schedule cosine|step|constant                                      [cosine]
  --seed N                                                             [1]
  --no-bn             no BatchNorm after the convolutions
  --no-augment        no random crop / flip
  --crop-padding N    padding for the random crop                      [2]
  --train-limit N     use only the first N training images             [all]
  --test-limit N      use only the first N test images                 [all]
  --threads N         compute threads                                  [all cores]
)";

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

std::vector<float> floatList(const std::string &text, const std::string &option)
{
    std::vector<float> out;
    for (const auto &s : splitList(text, ',')) {
        std::size_t used = 0;
        float v = 0;
        try {
            v = std::stof(s, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used != s.size())
            throw std::invalid_argument("option --" + option + " needs numbers separated by commas, not '" + text + "'");
        out.push_back(v);
    }
    return out;
}

ImportOptions importOptions(const CliArgs &a)
{
    ImportOptions o;
    if (a.has("input-shape")) {
        for (const auto &d : splitList(a.get("input-shape"), 'x'))
            o.inputShape.push_back(std::stoll(d));
        if (o.inputShape.size() != 3)
            throw std::invalid_argument("--input-shape needs CxHxW, e.g. 1x28x28");
    }
    o.normalization.mean = floatList(a.get("mean"), "mean");
    o.normalization.std = floatList(a.get("std"), "std");
    if (o.normalization.mean.size() != o.normalization.std.size())
        throw std::invalid_argument("--mean and --std need the same number of values");
    o.classNames = splitList(a.get("classes"), ',');
    return o;
}

const std::set<std::string> kImportValued = {"input-shape", "mean", "std", "classes"};

const std::set<std::string> kSynthesisValued = {"method", "images-per-class", "iterations", "synth-lr", "temperature",
                                                "synth-batch", "synth-seed"};
const std::set<std::string> kConversionValued = {"timesteps", "coding", "neuron", "leak", "initial-membrane",
                                                 "signed-spikes", "percentile", "balance-images", "convert-seed"};
const std::set<std::string> kEncryptionValued = {"epochs", "train-timesteps", "encrypt-lr", "weight-decay",
                                                 "distillation", "encrypt-batch", "encrypt-seed"};
const std::set<std::string> kAuditValued = {"judge", "audit-real-data", "members", "non-members", "reconstructions",
                                            "invert-iterations", "invert-lr", "tv-weight", "l2-weight",
                                            "attack-timesteps", "attack-iterations", "es-iterations", "es-population", "es-sigma",
                                            "es-downsample", "es-reconstructions", "membership-images", "audit-seed"};
const std::set<std::string> kAuditFlags = {"no-surrogate", "no-evolution"};

std::set<std::string> joined(std::initializer_list<std::set<std::string>> sets)
{
    std::set<std::string> out;
    for (const auto &s : sets)
        out.insert(s.begin(), s.end());
    return out;
}

void applySynthesis(const CliArgs &a, SynthesisOptions &o)
{
    o.method = a.get("method", o.method);
    o.imagesPerClass = int(a.integer("images-per-class", o.imagesPerClass));
    o.iterations = int(a.integer("iterations", o.iterations));
    o.learningRate = a.number("synth-lr", o.learningRate);
    o.temperature = a.number("temperature", o.temperature);
    o.batchSize = int(a.integer("synth-batch", o.batchSize));
    o.seed = std::uint64_t(a.integer("synth-seed", (long long)o.seed));
}

void applyAudit(const CliArgs &a, AuditOptions &o)
{
    o.judge = a.get("judge", o.judge);
    o.realData = a.get("audit-real-data", o.realData);
    o.memberData = a.get("members", o.memberData);
    o.nonMemberData = a.get("non-members", o.nonMemberData);
    o.reconstructionsPerClass = int(a.integer("reconstructions", o.reconstructionsPerClass));
    o.inversion.iterations = int(a.integer("invert-iterations", o.inversion.iterations));
    o.inversion.learningRate = a.number("invert-lr", o.inversion.learningRate);
    o.inversion.tvWeight = a.number("tv-weight", o.inversion.tvWeight);
    o.inversion.l2Weight = a.number("l2-weight", o.inversion.l2Weight);
    o.snnTimesteps = int(a.integer("attack-timesteps", o.snnTimesteps));
    o.snnIterations = int(a.integer("attack-iterations", o.snnIterations));
    o.surrogate = !a.has("no-surrogate");
    o.evolution.enabled = !a.has("no-evolution");
    o.evolution.iterations = int(a.integer("es-iterations", o.evolution.iterations));
    o.evolution.population = int(a.integer("es-population", o.evolution.population));
    o.evolution.sigma = a.number("es-sigma", o.evolution.sigma);
    o.evolution.downsample = int(a.integer("es-downsample", o.evolution.downsample));
    o.evolution.reconstructionsPerClass = int(a.integer("es-reconstructions", o.evolution.reconstructionsPerClass));
    o.membershipImages = int(a.integer("membership-images", o.membershipImages));
    o.seed = std::uint64_t(a.integer("audit-seed", (long long)o.seed));
}

void printAudit(const AuditResult &r)
{
    std::printf("%-10s %-15s %8s %8s %10s %10s %10s\n", "model", "scenario", "top-1", "top-3", "confidence",
                "SSIM mean", "SSIM near");
    for (const auto &a : r.attacks)
        std::printf("%-10s %-15s %7.1f%% %7.1f%% %10.3f %10.3f %10.3f\n", a.model.c_str(), a.scenario.c_str(),
                    100 * a.attackTop1, 100 * a.attackTop3, a.confidence, a.ssimClassMean, a.ssimNearest);
    for (const auto &m : r.membership)
        std::printf("membership %-10s %-10s AUC %.3f, TPR %.3f at 1%% FPR, %.3f at 0.1%% FPR\n", m.model.c_str(),
                    m.attack.c_str(), m.roc.auc, m.tprAt1PctFpr, m.tprAt01PctFpr);
    std::printf("class features %s recognisable from the encrypted model's weights\n",
                r.encryptedLeaks ? "ARE" : "are not");
}

void applyConversion(const CliArgs &a, ConversionOptions &o)
{
    o.snn.timesteps = int(a.integer("timesteps", o.snn.timesteps));
    o.snn.coding = codingFromName(a.get("coding", codingName(o.snn.coding)));
    const std::string neuron = a.get("neuron", neuronName(o.snn.neuron));
    if (neuron != "IF" && neuron != "LIF")
        throw std::invalid_argument("--neuron must be IF or LIF");
    o.snn.neuron = neuron == "LIF" ? NeuronModel::LIF : NeuronModel::IF;
    o.snn.leak = a.number("leak", o.snn.leak);
    o.snn.initialMembrane = a.number("initial-membrane", o.snn.initialMembrane);
    const std::string signedSpikes = a.get("signed-spikes", o.snn.signedSpikes ? "on" : "off");
    if (signedSpikes != "on" && signedSpikes != "off")
        throw std::invalid_argument("--signed-spikes must be on or off");
    o.snn.signedSpikes = signedSpikes == "on";
    o.percentile = a.number("percentile", o.percentile);
    o.balanceImages = int(a.integer("balance-images", o.balanceImages));
    o.seed = std::uint64_t(a.integer("convert-seed", (long long)o.seed));
}

void applyEncryption(const CliArgs &a, EncryptionOptions &o)
{
    o.epochs = int(a.integer("epochs", o.epochs));
    o.timesteps = int(a.integer("train-timesteps", o.timesteps));
    o.learningRate = a.number("encrypt-lr", o.learningRate);
    o.weightDecay = a.number("weight-decay", o.weightDecay);
    o.distillation = a.number("distillation", o.distillation);
    o.batchSize = int(a.integer("encrypt-batch", o.batchSize));
    o.seed = std::uint64_t(a.integer("encrypt-seed", (long long)o.seed));
}

std::string need(const CliArgs &a, const std::string &key, const std::string &command)
{
    if (!a.has(key))
        throw std::invalid_argument(command + " needs --" + key);
    return a.get(key);
}

void printSnnEval(const SnnEvalResult &r)
{
    std::printf("SNN accuracy %.2f%% after %d timesteps (%lld images)\n", 100.0 * r.accuracy, r.timesteps,
                (long long)r.count);
    std::printf("accuracy at step:");
    for (int t : {1, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500})
        if (t <= r.timesteps)
            std::printf("  %d: %.2f%%", t, 100.0 * r.accuracyPerStep[std::size_t(t - 1)]);
    std::printf("\n");
    if (r.inputSpikesPerNeuron >= 0)
        std::printf("  %-20s %8.3f spikes per neuron over %d steps\n", "input (Poisson)", r.inputSpikesPerNeuron, r.timesteps);
    for (std::size_t k = 0; k < r.neuronLayers.size(); ++k)
        std::printf("  %-20s %8.3f spikes per neuron over %d steps\n", r.neuronLayers[k].c_str(), r.spikesPerNeuron[k],
                    r.timesteps);
    std::printf("%.0f image-timesteps per second\n", r.imageStepsPerSecond);
}

int cmdInfo(const std::vector<std::string> &args)
{
    const CliArgs a(args, kImportValued, {});
    if (a.positionals().size() != 1)
        throw std::invalid_argument("info needs exactly one MODEL");
    std::cout << formatSummary(inspectModel(a.positionals()[0], importOptions(a)));
    return 0;
}

int cmdImport(const std::vector<std::string> &args)
{
    const CliArgs a(args, kImportValued, {});
    if (a.positionals().size() != 2)
        throw std::invalid_argument("import needs SRC and DST");
    const ModelSummary s = importModel(a.positionals()[0], a.positionals()[1], importOptions(a));
    std::cout << formatSummary(s) << "\nwrote " << a.positionals()[1] << "\n";
    return 0;
}

void printEval(const EvalResult &r)
{
    std::printf("accuracy %.2f%% (%lld of %lld)\n", 100.0 * r.accuracy, (long long)r.correct, (long long)r.count);
    for (std::size_t c = 0; c < r.perClassAccuracy.size(); ++c)
        std::printf("  %-14s %6.2f%%\n", r.classNames[c].c_str(), 100.0 * r.perClassAccuracy[c]);
}

int cmdEval(const std::vector<std::string> &args)
{
    const CliArgs a(args, {"data", "split", "limit", "eval-seed"}, {});
    if (a.positionals().size() != 1 || !a.has("data"))
        throw std::invalid_argument("eval needs MODEL and --data D");
    const std::string split = a.get("split", "test");
    if (split != "test" && split != "train")
        throw std::invalid_argument("--split must be test or train");
    ProgressBar bar;
    if (inspectModel(a.positionals()[0]).spiking) {
        SnnEvalOptions o;
        o.limit = a.integer("limit", 0);
        o.seed = std::uint64_t(a.integer("eval-seed", 1));
        const ImageSet data = loadDataset(a.get("data"), split == "train" ? Split::Train : Split::Test);
        const SnnEvalResult r = evaluateSnn(a.positionals()[0], data, o, bar.callback());
        bar.finish();
        printSnnEval(r);
        return 0;
    }
    const EvalResult r = evaluateModel(a.positionals()[0], a.get("data"), split == "train" ? Split::Train : Split::Test,
                                       a.integer("limit", 0), bar.callback());
    bar.finish();
    printEval(r);
    return 0;
}

int cmdTrain(const std::vector<std::string> &args, const std::string &commandLine)
{
    const CliArgs a(args,
                    {"preset", "data", "test-data", "out", "epochs", "batch-size", "optimizer", "lr", "momentum",
                     "weight-decay", "schedule", "seed", "crop-padding", "train-limit", "test-limit", "threads"},
                    {"no-bn", "no-augment", "help"});
    if (a.has("help")) {
        std::cout << kTrainUsage;
        return 0;
    }
    if (!a.positionals().empty())
        throw std::invalid_argument("train takes no positional arguments ('" + a.positionals()[0] + "')");
    TrainOptions o;
    o.preset = a.get("preset", o.preset);
    o.data = a.get("data", o.data);
    o.testData = a.get("test-data");
    o.output = a.get("out");
    o.epochs = int(a.integer("epochs", o.epochs));
    o.batchSize = int(a.integer("batch-size", o.batchSize));
    o.optimizer = a.get("optimizer", o.optimizer);
    o.learningRate = a.number("lr", o.learningRate);
    o.momentum = a.number("momentum", o.momentum);
    o.weightDecay = a.number("weight-decay", o.weightDecay);
    o.schedule = a.get("schedule", o.schedule);
    o.seed = std::uint64_t(a.integer("seed", (long long)o.seed));
    o.batchNorm = !a.has("no-bn");
    o.augment = !a.has("no-augment");
    o.cropPadding = int(a.integer("crop-padding", o.cropPadding));
    o.trainLimit = a.integer("train-limit", 0);
    o.testLimit = a.integer("test-limit", 0);
    o.threads = int(a.integer("threads", 0));
    o.commandLine = commandLine;
    ProgressBar bar;
    const TrainResult r = trainModel(o, bar.callback());
    bar.finish();
    for (const auto &e : r.epochs)
        std::printf("epoch %3d  loss %.4f  train accuracy %.2f%%  %.1f s\n", e.epoch, e.loss, 100.0 * e.trainAccuracy,
                    e.seconds);
    std::printf("test accuracy %.2f%%, %.1f images/s, %.1f s in all, %lld parameters\nwrote %s and %s\n",
                100.0 * r.testAccuracy, r.imagesPerSecond, r.seconds, (long long)r.parameters, r.modelPath.c_str(),
                r.manifestPath.c_str());
    return 0;
}

int cmdSynthesize(const std::vector<std::string> &args)
{
    const CliArgs a(args, joined({kSynthesisValued, {"model", "out", "grid"}}), {});
    SynthesisOptions o;
    applySynthesis(a, o);
    ProgressBar bar;
    SynthesisReport rep;
    const SyntheticSet set = synthesize(need(a, "model", "synthesize"), o, &rep, bar.callback());
    bar.finish();
    writeSyntheticSet(set, need(a, "out", "synthesize"));
    if (a.has("grid"))
        writeSyntheticGrid(set, a.get("grid"));
    std::printf("%zu images in %.1f s (%.1f images/s); final loss %.4f; the ANN assigns %.1f%% to their intended class, "
                "mean confidence %.3f\nwrote %s\n",
                set.images().size(), rep.seconds, rep.imagesPerSecond, rep.finalLoss, 100.0 * rep.assignedToIntended,
                rep.meanConfidence, a.get("out").c_str());
    return 0;
}

int cmdConvert(const std::vector<std::string> &args)
{
    const CliArgs a(args, joined({kConversionValued, {"model", "synthetic", "real-data", "out"}}), {});
    ConversionOptions o;
    applyConversion(a, o);
    if (a.has("synthetic") == a.has("real-data"))
        throw std::invalid_argument("convert needs exactly one of --synthetic SET.bin or --real-data D");
    ProgressBar bar;
    ConversionReport rep;
    if (a.has("synthetic")) {
        rep = convertModel(need(a, "model", "convert"), readSyntheticSet(a.get("synthetic")), need(a, "out", "convert"), o,
                           bar.callback());
    } else {
        std::fprintf(stderr, "note: balancing thresholds on REAL training data (comparison mode, not data-free)\n");
        rep = convertModelWithRealData(need(a, "model", "convert"), loadDataset(a.get("real-data"), Split::Train),
                                       need(a, "out", "convert"), o, bar.callback());
    }
    bar.finish();
    for (std::size_t i = 0; i < rep.thresholds.size(); ++i)
        std::printf("  %-20s threshold %.4f\n", rep.neuronLayers[i].c_str(), rep.thresholds[i]);
    for (const auto &w : rep.warnings)
        std::printf("warning: %s\n", w.c_str());
    std::printf("converted in %.1f s%s\nwrote %s\n", rep.seconds, rep.usedRealData ? " from real data" : "",
                a.get("out").c_str());
    return 0;
}

int cmdEncrypt(const std::vector<std::string> &args)
{
    const CliArgs a(args, joined({kEncryptionValued, {"snn", "ann", "synthetic", "out"}}), {});
    EncryptionOptions o;
    applyEncryption(a, o);
    ProgressBar bar;
    const EncryptionReport rep = encryptModel(need(a, "snn", "encrypt"), need(a, "ann", "encrypt"),
                                              readSyntheticSet(need(a, "synthetic", "encrypt")), need(a, "out", "encrypt"),
                                              o, bar.callback());
    bar.finish();
    for (std::size_t e = 0; e < rep.epochLoss.size(); ++e)
        std::printf("epoch %zu  loss %.4f  agreement with the ANN %.2f%%\n", e + 1, rep.epochLoss[e],
                    100.0 * rep.epochAgreement[e]);
    std::printf("weight similarity to the ANN (cosine), before -> after:\n");
    for (const auto &s : rep.similarity)
        std::printf("  %-20s %.4f -> %.4f\n", s.layer.c_str(), s.before, s.after);
    std::printf("encrypted in %.1f s\nwrote %s\n", rep.seconds, a.get("out").c_str());
    return 0;
}

int cmdEnergy(const std::vector<std::string> &args)
{
    const CliArgs a(args, {"snn", "data", "limit", "mac-pj", "ac-pj", "table"}, {});
    EnergyTable table;
    if (a.has("table"))
        table = readEnergyTables(a.get("table")).front();
    table.macPj = a.number("mac-pj", table.macPj);
    table.acPj = a.number("ac-pj", table.acPj);
    SnnEvalOptions o;
    o.limit = a.integer("limit", 1000);
    ProgressBar bar;
    const SnnEvalResult rates = evaluateSnn(need(a, "snn", "energy"), loadDataset(need(a, "data", "energy"), Split::Test), o,
                                            bar.callback());
    bar.finish();
    const EnergyReport e = estimateEnergy(a.get("snn"), rates, table);
    std::printf("%s: %.2f pJ per MAC, %.2f pJ per accumulate; T = %d\n", e.table.name.c_str(), e.table.macPj,
                e.table.acPj, e.timesteps);
    std::printf("%-16s %8s %14s %12s %14s %14s\n", "layer", "type", "MACs", "in spikes", "ANN nJ", "SNN nJ");
    for (const auto &r : e.rows)
        std::printf("%-16s %8s %14lld %12.3f %14.2f %14.2f%s\n", r.layer.c_str(), r.type.c_str(), (long long)r.macs,
                    r.inputSpikesPerNeuron, r.annPj / 1000.0, r.snnPj / 1000.0, r.analogInput ? "  (analog input)" : "");
    if (e.ratio >= 1.0)
        std::printf("total ANN %.2f nJ, SNN %.2f nJ per image: the SNN needs %.2fx less energy\n", e.annPj / 1000.0,
                    e.snnPj / 1000.0, e.ratio);
    else
        std::printf("total ANN %.2f nJ, SNN %.2f nJ per image: the SNN needs %.2fx more energy\n", e.annPj / 1000.0,
                    e.snnPj / 1000.0, 1.0 / e.ratio);
    return 0;
}

int cmdPipeline(const std::vector<std::string> &args)
{
    const CliArgs a(args,
                    joined({kSynthesisValued, kConversionValued, kEncryptionValued, kImportValued,
                            kAuditValued,
                            {"model", "test-data", "workspace", "real-data", "limit", "eval-seed", "mac-pj", "ac-pj"}}),
                    joined({kAuditFlags, {"demo", "audit", "no-audit"}}));
    PipelineOptions o = a.has("demo") ? demoPipelineOptions(a.get("workspace", "demo-workspace")) : PipelineOptions{};
    o.model = a.get("model", o.model);
    o.workspace = a.get("workspace", o.workspace);
    o.testData = a.get("test-data", o.testData);
    o.realTrainData = a.get("real-data", o.realTrainData);
    o.import = importOptions(a);
    applySynthesis(a, o.synthesis);
    applyConversion(a, o.conversion);
    applyEncryption(a, o.encryption);
    o.evaluation.limit = a.integer("limit", o.evaluation.limit);
    o.evaluation.seed = std::uint64_t(a.integer("eval-seed", (long long)o.evaluation.seed));
    o.energy.macPj = a.number("mac-pj", o.energy.macPj);
    o.energy.acPj = a.number("ac-pj", o.energy.acPj);
    o.withAudit = (o.withAudit || a.has("audit") || a.has("judge")) && !a.has("no-audit");
    applyAudit(a, o.audit);
    if (o.model.empty() || o.workspace.empty())
        throw std::invalid_argument("pipeline needs --model and --workspace (or --demo)");
    ProgressBar bar;
    const PipelineResult r = runPipeline(o, bar.callback());
    bar.finish();
    std::printf("stages run: ");
    for (const auto &s : r.ran)
        std::printf("%s ", s.c_str());
    std::printf("\nstages already current: ");
    for (const auto &s : r.skipped)
        std::printf("%s ", s.c_str());
    std::printf("\n%s", r.resultsJson.c_str());
    std::printf("wrote %s\n", r.resultsPath.c_str());
    return 0;
}

int cmdAudit(const std::vector<std::string> &args)
{
    const CliArgs a(args, joined({kAuditValued, {"workspace"}}), joined({kAuditFlags, {"demo"}}));
    AuditOptions o = a.has("demo") ? demoAuditOptions() : AuditOptions{};
    applyAudit(a, o);
    const std::string workspace = a.has("demo") ? a.get("workspace", "demo-workspace") : need(a, "workspace", "audit");
    ProgressBar bar;
    const AuditResult r = runAudit(workspace, o, bar.callback());
    bar.finish();
    if (r.skipped)
        std::printf("the audit was current (same models, judge, data and settings): not redone\n");
    printAudit(r);
    std::printf("wrote %s/audit.json and the galleries; results.json has the \"audit\" section\n", workspace.c_str());
    return 0;
}

int cmdPresets()
{
    for (const auto &p : presets()) {
        std::string shape;
        for (std::size_t i = 0; i < p.defaultInput.size(); ++i)
            shape += (i ? "x" : "") + std::to_string(p.defaultInput[i]);
        std::printf("%-16s %-9s %s\n", p.name.c_str(), shape.c_str(), p.description.c_str());
    }
    return 0;
}

int cmdDemo()
{
    std::cout << formatSummary(inspectModel(demoModelPath())) << "\nEvaluating on the Fashion-MNIST test set:\n";
    ProgressBar bar;
    const EvalResult r = evaluateModel(demoModelPath(), "fashion-mnist", Split::Test, 0, bar.callback());
    bar.finish();
    printEval(r);
    return 0;
}

} // namespace

int run(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "privatesnn-cli " << PSNN_VERSION << "\n";
        return 0;
    }
    std::string commandLine = "privatesnn-cli";
    for (const auto &a : args)
        commandLine += " " + a;
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "info")
            return cmdInfo(args);
        if (command == "import")
            return cmdImport(args);
        if (command == "train")
            return cmdTrain(args, commandLine);
        if (command == "eval")
            return cmdEval(args);
        if (command == "presets")
            return cmdPresets();
        if (command == "demo")
            return cmdDemo();
        if (command == "synthesize")
            return cmdSynthesize(args);
        if (command == "convert")
            return cmdConvert(args);
        if (command == "encrypt")
            return cmdEncrypt(args);
        if (command == "energy")
            return cmdEnergy(args);
        if (command == "pipeline")
            return cmdPipeline(args);
        if (command == "audit")
            return cmdAudit(args);
        if (command == "report") {
#ifdef PSNN_HAVE_REPORT
            const CliArgs a(args, {"workspace"}, {});
            return cmdReport(argc, argv, need(a, "workspace", "report"));
#else
            throw std::invalid_argument("this build has no Qt (PSNN_BUILD_GUI=OFF): reports need it");
#endif
        }
        std::cerr << "privatesnn-cli: unknown command '" << command << "'\n\n" << kUsage;
        return 2;
    } catch (const std::invalid_argument &e) {
        std::cerr << "privatesnn-cli " << command << ": " << e.what() << "\n";
        return 2;
    } catch (const Error &e) {
        std::cerr << "\nerror: " << e.what() << "\n";
        return 1;
    } catch (const Cancelled &) {
        std::cerr << "\ncancelled\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "\nerror: " << e.what() << "\n";
        return 1;
    }
}

} // namespace psnn::cli
