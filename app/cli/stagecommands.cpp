// synthesize, convert, encrypt, energy: the pipeline's stages one by one, on files.
#include "commands.h"
#include "options.h"
#include "printing.h"
#include "progressbar.h"

#include "data/datasets.h"
#include "snn/conversion.h"
#include "snn/encryption.h"
#include "snn/energy.h"
#include "synthesis/synthesis.h"

#include <cstdio>
#include <memory>

namespace psnn::cli {

namespace {

struct SynthesizeArgs {
    SynthesisOptions options;
    std::string model, out, grid;
};

void addSynthesize(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("synthesize", "synthetic images from the model alone");
    auto a = std::make_shared<SynthesizeArgs>();
    cmd->add_option("--model", a->model, "the ANN")->required();
    cmd->add_option("--out", a->out, "the synthetic set to write (SET.bin)")->required();
    cmd->add_option("--grid", a->grid, "also a PNG contact sheet");
    addSynthesisOptions(*cmd, a->options);
    onRun(cmd, ctx, [a] {
        ProgressBar bar;
        SynthesisReport rep;
        const SyntheticSet set = synthesize(a->model, a->options, &rep, bar.callback());
        bar.finish();
        writeSyntheticSet(set, a->out);
        if (!a->grid.empty())
            writeSyntheticGrid(set, a->grid);
        std::printf("%zu images in %.1f s (%.1f images/s); final loss %.4f; the ANN assigns %.1f%% to their intended "
                    "class, mean confidence %.3f\nwrote %s\n",
                    set.images().size(), rep.seconds, rep.imagesPerSecond, rep.finalLoss, 100.0 * rep.assignedToIntended,
                    rep.meanConfidence, a->out.c_str());
        return 0;
    });
}

struct ConvertArgs {
    ConversionOptions options;
    std::string model, synthetic, realData, out;
};

void addConvert(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("convert", "ANN to SNN, thresholds balanced on synthetic (or, for comparison "
                                              "only, real) images");
    auto a = std::make_shared<ConvertArgs>();
    cmd->add_option("--model", a->model, "the ANN")->required();
    cmd->add_option("--synthetic", a->synthetic, "synthetic set made by `synthesize`");
    cmd->add_option("--real-data", a->realData, "REAL training data instead (comparison, not data-free)");
    cmd->add_option("--out", a->out, "the SNN to write")->required();
    addConversionOptions(*cmd, a->options);
    onRun(cmd, ctx, [a] {
        if (a->synthetic.empty() == a->realData.empty())
            throw UsageError("convert needs exactly one of --synthetic SET.bin or --real-data D");
        ProgressBar bar;
        ConversionReport rep;
        if (!a->synthetic.empty()) {
            rep = convertModel(a->model, readSyntheticSet(a->synthetic), a->out, a->options, bar.callback());
        } else {
            std::fprintf(stderr, "note: balancing thresholds on REAL training data (comparison mode, not data-free)\n");
            rep = convertModelWithRealData(a->model, loadDataset(a->realData, Split::Train), a->out, a->options,
                                           bar.callback());
        }
        bar.finish();
        for (std::size_t i = 0; i < rep.thresholds.size(); ++i)
            std::printf("  %-20s threshold %.4f\n", rep.neuronLayers[i].c_str(), rep.thresholds[i]);
        printConversionChoice(rep.candidates, rep.chosen);
        for (const auto &w : rep.warnings)
            std::printf("warning: %s\n", w.c_str());
        std::printf("converted in %.1f s%s\nwrote %s\n", rep.seconds, rep.usedRealData ? " from real data" : "",
                    a->out.c_str());
        return 0;
    });
}

struct EncryptArgs {
    EncryptionOptions options;
    std::string snn, ann, synthetic, out;
};

void addEncrypt(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("encrypt", "train the SNN through time on synthetic images");
    auto a = std::make_shared<EncryptArgs>();
    cmd->add_option("--snn", a->snn, "the converted SNN")->required();
    cmd->add_option("--ann", a->ann, "its ANN (labels and similarity)")->required();
    cmd->add_option("--synthetic", a->synthetic, "synthetic set made by `synthesize`")->required();
    cmd->add_option("--out", a->out, "the encrypted SNN to write")->required();
    addEncryptionOptions(*cmd, a->options);
    onRun(cmd, ctx, [a] {
        ProgressBar bar;
        const EncryptionReport rep =
            encryptModel(a->snn, a->ann, readSyntheticSet(a->synthetic), a->out, a->options, bar.callback());
        bar.finish();
        for (std::size_t e = 0; e < rep.epochLoss.size(); ++e)
            std::printf("epoch %zu  loss %.4f  agreement with the ANN %.2f%%\n", e + 1, rep.epochLoss[e],
                        100.0 * rep.epochAgreement[e]);
        std::printf("weight similarity to the ANN (cosine), before -> after:\n");
        for (const auto &s : rep.similarity)
            std::printf("  %-20s %.4f -> %.4f\n", s.layer.c_str(), s.before, s.after);
        if (rep.deploySearch.ran)
            std::printf(rep.deploySearch.reached
                            ? "deployed at T = %d: the smallest T within the margin of the ANN on the boundary probes\n"
                            : "deployed at T = %d: warning: no T up to this one comes within the margin of the ANN on "
                              "the boundary probes (a larger --deploy-margin or more timesteps)\n",
                        rep.deployedTimesteps);
        std::printf("encrypted in %.1f s\nwrote %s\n", rep.seconds, a->out.c_str());
        return 0;
    });
}

struct EnergyArgs {
    std::string snn, data;
    std::int64_t limit = 1000;
    bool presets = false;
    EnergyChoice energy;
};

void addEnergy(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("energy", "per-layer energy, ANN vs SNN, per inference and per timestep");
    auto a = std::make_shared<EnergyArgs>();
    cmd->add_option("--snn", a->snn, "the SNN");
    cmd->add_option("--data", a->data, "data set whose test split gives the spike rates");
    addNumber(*cmd, "--limit", a->limit, "test images simulated");
    cmd->add_flag("--presets", a->presets, "list the hardware presets with their sources, and stop");
    addEnergyOptions(*cmd, a->energy, EnergyTable{});
    onRun(cmd, ctx, [a] {
        if (a->presets) {
            printEnergyPresets();
            return 0;
        }
        if (a->snn.empty() || a->data.empty())
            throw UsageError("energy needs --snn and --data (or --presets)");
        const EnergyTable table = chosenEnergyTable(a->energy, EnergyTable{});
        SnnEvalOptions o;
        o.limit = a->limit;
        ProgressBar bar;
        const SnnEvalResult rates = evaluateSnn(a->snn, loadDataset(a->data, Split::Test), o, bar.callback());
        bar.finish();
        std::printf("accuracy %.2f%% on %lld test images at T = %d\n", 100 * rates.accuracy, (long long)rates.count,
                    rates.timesteps);
        printEnergy(estimateEnergy(a->snn, rates, table));
        return 0;
    });
}

} // namespace

void addStageCommands(CLI::App &app, CommandContext &ctx)
{
    addSynthesize(app, ctx);
    addConvert(app, ctx);
    addEncrypt(app, ctx);
    addEnergy(app, ctx);
}

} // namespace psnn::cli
