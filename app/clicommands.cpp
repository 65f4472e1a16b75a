#include "clicommands.h"
#include "cliargs.h"
#include "progressbar.h"

#include "error.h"
#include "evaluation.h"
#include "models.h"
#include "training.h"

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
                                         accuracy of a model on a data set
  presets                                list the architectures `train` can build
  demo                                   show the bundled demo model and evaluate it

Data sets (--data): fashion-mnist, mnist, cifar10, or a folder holding IDX files,
CIFAR-10/100 batches, a TinyImageNet tree or one subfolder of images per class.
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
    const CliArgs a(args, {"data", "split", "limit"}, {});
    if (a.positionals().size() != 1 || !a.has("data"))
        throw std::invalid_argument("eval needs MODEL and --data D");
    const std::string split = a.get("split", "test");
    if (split != "test" && split != "train")
        throw std::invalid_argument("--split must be test or train");
    ProgressBar bar;
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
