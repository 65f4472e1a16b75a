// info, import, train, eval, presets, demo: models on their own.
#include "commands.h"
#include "options.h"
#include "printing.h"
#include "progressbar.h"

#include "data/datasets.h"
#include "data/knowndatasets.h"
#include "model/evaluation.h"
#include "model/export.h"
#include "model/importcheck.h"
#include "model/models.h"
#include "model/training.h"
#include "snn/snnevaluation.h"

#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {

namespace {

void checkImport(const ImportOptions &o)
{
    if (o.normalization.mean.size() != o.normalization.std.size())
        throw UsageError("--mean and --std need the same number of values");
}

void addInfo(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("info", "layer table of a .psnn, TorchScript or ONNX model");
    auto model = std::make_shared<std::string>();
    auto o = std::make_shared<ImportOptions>();
    cmd->add_option("MODEL", *model, "the model file")->required();
    addImportOptions(*cmd, *o);
    onRun(cmd, ctx, [model, o] {
        checkImport(*o);
        const ModelSummary s = inspectModel(*model, *o);
        std::cout << formatSummary(s) << std::flush;
        printWarnings(s.warnings);
        return 0;
    });
}

void addImport(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("import", "verify a TorchScript or ONNX model against its own output and save it as .psnn");
    auto paths = std::make_shared<std::pair<std::string, std::string>>();
    auto o = std::make_shared<ImportOptions>();
    cmd->add_option("SRC", paths->first, "the TorchScript or ONNX file")->required();
    cmd->add_option("DST", paths->second, "the .psnn file to write")->required();
    addImportOptions(*cmd, *o);
    onRun(cmd, ctx, [paths, o] {
        checkImport(*o);
        const ModelSummary s = importModel(paths->first, paths->second, *o);
        std::cout << formatSummary(s) << std::flush;
        printWarnings(s.warnings);
        std::printf("wrote %s\n", paths->second.c_str());
        return 0;
    });
}

struct ExportArgs {
    std::string model, format, out;
};

void addExport(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("export", "write a model as .psnn, or its SNN as NIR (HDF5) or a TorchScript module "
                                             "that simulates it in PyTorch");
    auto a = std::make_shared<ExportArgs>();
    cmd->add_option("--model", a->model, "the model (.psnn; NIR and TorchScript need an SNN, e.g. W/encrypted.psnn)")
        ->required();
    cmd->add_option("--format", a->format, "psnn, nir or torchscript")->required();
    cmd->add_option("--out", a->out, "the file to write (replaced only when the export succeeded)")->required();
    onRun(cmd, ctx, [a] {
        const ExportResult r = exportModel(a->model, exportFormatFromName(a->format), a->out);
        for (const auto &w : r.warnings)
            std::printf("warning (export): %s\n", w.c_str());
        std::printf("wrote %s (%s, sha256 %s)\n", r.path.c_str(), exportFormatName(r.format), r.sha256.c_str());
        if (const std::string log = exportsLogFor(a->model); !log.empty()) {
            recordExport(log, a->model, r);
            std::printf("recorded in %s (the workspace's report lists it)\n", log.c_str());
        }
        return 0;
    });
}

struct CheckArgs {
    ImportCheckOptions options;
    std::string model;
};

void addCheckImport(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("check-import", "the model on a few hundred test images with the given normalisation "
                                                   "and with every preset; suggests the preset that fits (reads the "
                                                   "test set only)");
    auto a = std::make_shared<CheckArgs>();
    cmd->add_option("--model", a->model, "the ANN: .psnn, TorchScript or ONNX")->required();
    cmd->add_option("--test-data", a->options.testData, "the test set: fashion-mnist, mnist, cifar10 or a folder")
        ->required();
    addNumber(*cmd, "--images", a->options.images, "test images, evenly spaced (0: all)");
    addImportOptions(*cmd, a->options.import);
    onRun(cmd, ctx, [a] {
        checkImport(a->options.import);
        ProgressBar bar;
        const ImportCheck c = psnn::checkImport(a->model, a->options, bar.callback());
        bar.finish();
        const auto name = [](const std::string &id) { return id.empty() ? std::string("the given values") : id; };
        std::string shape;
        for (std::int64_t d : c.inputShape)
            shape += (shape.empty() ? "" : "x") + std::to_string(d);
        std::printf("%s on %lld test images of %s (input %s):\n", a->model.c_str(), (long long)c.images,
                    c.testData.c_str(), shape.c_str());
        std::printf("  %-16s %6.1f%%  (chosen)\n", name(c.chosen).c_str(), 100 * c.accuracy);
        for (const NormalizationScore &s : c.presets)
            if (s.preset != c.chosen)
                std::printf("  %-16s %6.1f%%\n", s.preset.c_str(), 100 * s.accuracy);
        if (!c.suggestion.empty())
            std::printf("suggestion: --normalization %s (%.1f%% against %.1f%% on the same images)\n",
                        c.suggestion.c_str(), 100 * c.suggestionAccuracy, 100 * c.accuracy);
        else
            std::printf("no preset scores higher than the chosen normalisation\n");
        if (c.modelClassNames != c.dataClassNames && c.modelClassNames.size() == c.dataClassNames.size()
            && findKnownDataset(c.testData))
            std::printf("the test set names its classes (%s, ...): --classes %s gives the model those names\n",
                        c.dataClassNames.front().c_str(), c.testData.c_str());
        printWarnings(c.warnings);
        return 0;
    });
}

void addTrain(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("train", "train an ANN from a preset (privatesnn-cli presets)");
    auto o = std::make_shared<TrainOptions>();
    cmd->add_option("--preset", o->preset, "architecture (privatesnn-cli presets)")->capture_default_str();
    cmd->add_option("--data", o->data, "training data set (train split)")->capture_default_str();
    cmd->add_option("--test-data", o->testData, "test data set (test split); default: same as --data");
    cmd->add_option("--out", o->output, "model to write; FILE.manifest.json goes beside it");
    addNumber(*cmd, "--epochs", o->epochs, "passes over the training set");
    addNumber(*cmd, "--batch-size", o->batchSize, "images per step");
    cmd->add_option("--optimizer", o->optimizer, "adam or sgd")->capture_default_str();
    addNumber(*cmd, "--lr", o->learningRate, "initial learning rate");
    addNumber(*cmd, "--momentum", o->momentum, "SGD momentum");
    addNumber(*cmd, "--weight-decay", o->weightDecay, "weight decay");
    cmd->add_option("--schedule", o->schedule, "cosine, step or constant")->capture_default_str();
    addNumber(*cmd, "--seed", o->seed, "random seed");
    cmd->add_flag_callback("--no-bn", [o] { o->batchNorm = false; }, "no BatchNorm after the convolutions");
    cmd->add_flag_callback("--no-augment", [o] { o->augment = false; }, "no random crop / flip");
    addNumber(*cmd, "--crop-padding", o->cropPadding, "padding for the random crop");
    addNumber(*cmd, "--train-limit", o->trainLimit, "use only the first N training images (0: all)");
    addNumber(*cmd, "--test-limit", o->testLimit, "use only the first N test images (0: all)");
    addNumber(*cmd, "--threads", o->threads, "compute threads (0: all cores)");
    onRun(cmd, ctx, [o, &ctx] {
        o->commandLine = ctx.commandLine;
        ProgressBar bar;
        const TrainResult r = trainModel(*o, bar.callback());
        bar.finish();
        for (const auto &e : r.epochs)
            std::printf("epoch %3d  loss %.4f  train accuracy %.2f%%  %.1f s\n", e.epoch, e.loss,
                        100.0 * e.trainAccuracy, e.seconds);
        std::printf("test accuracy %.2f%%, %.1f images/s, %.1f s in all, %lld parameters\nwrote %s and %s\n",
                    100.0 * r.testAccuracy, r.imagesPerSecond, r.seconds, (long long)r.parameters, r.modelPath.c_str(),
                    r.manifestPath.c_str());
        return 0;
    });
}

struct EvalArgs {
    std::string model, data, split = "test";
    std::int64_t limit = 0;
    std::uint64_t seed = 1;
};

void addEval(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("eval", "accuracy of an ANN or SNN on a data set");
    auto a = std::make_shared<EvalArgs>();
    cmd->add_option("MODEL", a->model, "the model file")->required();
    cmd->add_option("--data", a->data, "data set")->required();
    addChoice(*cmd, "--split", {"test", "train"}, a->split, [a](const std::string &v) { a->split = v; }, "which split");
    addNumber(*cmd, "--limit", a->limit, "first N images only (0: all)");
    addNumber(*cmd, "--eval-seed", a->seed, "Poisson input draws (SNNs)");
    onRun(cmd, ctx, [a] {
        const Split split = a->split == "train" ? Split::Train : Split::Test;
        ProgressBar bar;
        if (inspectModel(a->model).spiking) {
            SnnEvalOptions o;
            o.limit = a->limit;
            o.seed = a->seed;
            const SnnEvalResult r = evaluateSnn(a->model, loadDataset(a->data, split), o, bar.callback());
            bar.finish();
            printSnnEval(r);
            return 0;
        }
        const EvalResult r = evaluateModel(a->model, a->data, split, a->limit, bar.callback());
        bar.finish();
        printEval(r);
        return 0;
    });
}

void addPresets(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("presets", "list the architectures `train` can build");
    onRun(cmd, ctx, [] {
        for (const auto &p : presets()) {
            std::string shape;
            for (std::size_t i = 0; i < p.defaultInput.size(); ++i) {
                if (i > 0)
                    shape += 'x';
                shape += std::to_string(p.defaultInput[i]);
            }
            std::printf("%-16s %-9s %s\n", p.name.c_str(), shape.c_str(), p.description.c_str());
        }
        return 0;
    });
}

void addDemo(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("demo", "show the bundled demo model and evaluate it on Fashion-MNIST");
    onRun(cmd, ctx, [] {
        std::cout << formatSummary(inspectModel(demoModelPath())) << "\nEvaluating on the Fashion-MNIST test set:\n";
        ProgressBar bar;
        const EvalResult r = evaluateModel(demoModelPath(), "fashion-mnist", Split::Test, 0, bar.callback());
        bar.finish();
        printEval(r);
        return 0;
    });
}

} // namespace

void addModelCommands(CLI::App &app, CommandContext &ctx)
{
    addInfo(app, ctx);
    addImport(app, ctx);
    addExport(app, ctx);
    addCheckImport(app, ctx);
    addTrain(app, ctx);
    addEval(app, ctx);
    addPresets(app, ctx);
    addDemo(app, ctx);
}

} // namespace psnn::cli
