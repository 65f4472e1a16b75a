// pipeline, audit, report: whole workspaces.
#include "clicommands.h"
#include "commands.h"
#include "options.h"
#include "printing.h"
#include "progressbar.h"

#include "workspace/auditstage.h"
#include "workspace/pipeline.h"
#include "workspace/sweep.h"

#include "core/error.h"

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <memory>

namespace psnn::cli {

namespace {

struct PipelineArgs {
    PipelineOptions options;
    EnergyChoice energy;
    bool audit = false, noAudit = false;
    bool fromWorkspace = false;  ///< options start from an earlier run's workspace
    std::string workspaceError; ///< the workspace's settings could not be read
};

void addPipeline(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("pipeline", "every stage in order on a workspace, resumable; writes "
                                               "W/results.json (--judge J: the leakage audit too; --demo has it)");
    auto a = std::make_shared<PipelineArgs>();
    // With --demo every option starts from the demo's settings, and --help shows them.
    if (ctx.demo) {
        a->options = demoPipelineOptions("demo-workspace");
    } else if (ctx.recommended) {
        a->options = recommendedPipelineOptions("", "", "");
    } else if (!ctx.workspace.empty() && std::filesystem::is_directory(ctx.workspace)) {
        // `pipeline --workspace W` reruns what W was set up with, options on top.
        try {
            a->options = pipelineOptionsFromWorkspace(ctx.workspace);
            a->fromWorkspace = !a->options.model.empty();
        } catch (const Error &e) {
            a->workspaceError = e.what(); // names the file already
        }
    }
    PipelineOptions &o = a->options;
    cmd->add_flag("--demo")->description("the bundled demo model and Fashion-MNIST with the demo's settings");
    cmd->add_flag("--recommended")->description("start from the workbench's own settings (the demo's and the window's; "
                                                "minutes, not the paper's hours of synthesis), with the bundled "
                                                "judge for the test data's classes");
    cmd->add_option("--model", o.model, "the ANN: .psnn, TorchScript or ONNX")->capture_default_str();
    cmd->add_option("--workspace", o.workspace, "folder of the run (created if missing)")->capture_default_str();
    cmd->add_option("--test-data", o.testData, "real test set, read by `evaluate` only")->capture_default_str();
    cmd->add_option("--real-data", o.realTrainData, "also convert with REAL training images, for comparison");
    addNumber(*cmd, "--limit", o.evaluation.limit, "test images evaluated (0: all)");
    addNumber(*cmd, "--eval-seed", o.evaluation.seed, "Poisson input draws of the evaluation");
    cmd->add_flag("--audit", a->audit, "run the leakage audit (needs --judge)");
    cmd->add_flag("--no-audit", a->noAudit, "no leakage audit, not even with --demo");
    addChoice(*cmd, "--stop-after", {"import", "synthesize", "convert", "convert_real", "encrypt", "evaluate", "energy"}, "",
              [&o](const std::string &v) { o.stopAfter = v; },
              "stop once this stage is done or current (a later run goes on from there)");
    addImportOptions(*cmd, o.import);
    addSynthesisOptions(*cmd, o.synthesis);
    addConversionOptions(*cmd, o.conversion);
    addEncryptionOptions(*cmd, o.encryption);
    addAuditOptions(*cmd, o.audit);
    addEnergyOptions(*cmd, a->energy, o.energy);
    onRun(cmd, ctx, [a, cmd] {
        PipelineOptions &o = a->options;
        if (!a->workspaceError.empty())
            throw Error(ErrorCode::BadFormat, a->workspaceError);
        o.energy = chosenEnergyTable(a->energy, o.energy);
        if (o.import.normalization.mean.size() != o.import.normalization.std.size())
            throw UsageError("--mean and --std need the same number of values");
        if (cmd->get_option("--recommended")->count() > 0 && cmd->get_option("--judge")->count() == 0)
            o.audit.judge = recommendedPipelineOptions(o.model, o.testData, o.workspace).audit.judge;
        o.withAudit = (o.withAudit || a->audit || cmd->get_option("--judge")->count() > 0
                       || (cmd->get_option("--recommended")->count() > 0 && !o.audit.judge.empty()))
                      && !a->noAudit;
        // `auto` unless the user chose conversion settings by hand (or the workspace has them).
        if (cmd->get_option("--conversion")->count() == 0 && !a->fromWorkspace) {
            bool manual = false;
            for (const char *name : {"--coding", "--initial-membrane", "--signed-spikes", "--percentile"})
                manual = manual || cmd->get_option(name)->count() > 0;
            o.conversion.automatic = !manual;
        }
        if (o.model.empty() || o.workspace.empty())
            throw UsageError("pipeline needs --model and --workspace (or --demo, or the --workspace of an earlier run)");
        ProgressBar bar;
        const PipelineResult r = runPipeline(o, bar.callback());
        bar.finish();
        std::printf("stages run: ");
        for (const auto &s : r.ran)
            std::printf("%s ", s.c_str());
        std::printf("\nstages already current: ");
        for (const auto &s : r.skipped)
            std::printf("%s ", s.c_str());
        std::printf("\n");
        if (r.stoppedEarly) {
            printWarnings(r.warnings);
            std::printf("stopped after %s; results.json is written when every stage has run\n", o.stopAfter.c_str());
            return 0;
        }
        std::printf("%s", r.resultsJson.c_str());
        printConversionChoice(r.conversionCandidates, r.conversionChosen);
        printDeployment(r.resultsJson);
        printWarnings(r.warnings);
        std::printf("wrote %s\n", r.resultsPath.c_str());
        return 0;
    });
}

struct AuditArgs {
    AuditOptions options;
    std::string workspace;
};

void addAudit(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("audit", "model inversion of the ANN, converted and encrypted SNN, judged; "
                                            "membership inference; adds \"audit\" to results.json");
    auto a = std::make_shared<AuditArgs>();
    if (ctx.demo) {
        a->options = demoAuditOptions();
        a->workspace = "demo-workspace";
    }
    cmd->add_flag("--demo")->description("the demo's audit settings on demo-workspace");
    cmd->add_option("--workspace", a->workspace, "the workspace to audit")->capture_default_str();
    addAuditOptions(*cmd, a->options);
    onRun(cmd, ctx, [a] {
        if (a->workspace.empty())
            throw UsageError("audit needs --workspace");
        ProgressBar bar;
        const AuditResult r = runAudit(a->workspace, a->options, bar.callback());
        bar.finish();
        if (r.skipped)
            std::printf("the audit was current (same models, judge, data and settings): not redone\n");
        printAudit(r);
        std::printf("wrote %s/audit.json and the galleries; results.json has the \"audit\" section\n",
                    a->workspace.c_str());
        return 0;
    });
}

struct SweepArgs {
    SweepOptions options;
    std::string strengths;
};

void addSweep(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("sweep", "encrypt at several strengths and audit each: the frontier of SNN accuracy "
                                            "against attack accuracy; writes W/sweep.json");
    auto a = std::make_shared<SweepArgs>();
    SweepOptions &o = a->options;
    o.audit.surrogate = false; // scenario 2 does not read the weights; --surrogate puts it back
    o.audit.evolution.enabled = false;
    cmd->add_option("--workspace", o.workspace, "a workspace the pipeline has run up to convert")->required();
    addChoice(*cmd, "--parameter", {"privacy-weight", "scramble", "epochs", "learning-rate"}, o.parameter,
              [a](const std::string &v) { a->options.parameter = v; }, "the encryption setting the strengths set");
    cmd->add_option("--strengths", a->strengths, "values of the parameter, comma-separated")->required();
    cmd->add_option("--test-data", o.testData, "real test set for each SNN's accuracy")->required();
    addNumber(*cmd, "--limit", o.testLimit, "test images evaluated");
    cmd->add_flag_callback("--surrogate", [a] { a->options.audit.surrogate = true; },
                           "also attack each SNN through time (scenario 2, surrogate gradient)");
    addEncryptionOptions(*cmd, o.encryption);
    addAuditOptions(*cmd, o.audit);
    onRun(cmd, ctx, [a] {
        for (const auto &v : splitOn(a->strengths, ',')) {
            char *end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (end == v.c_str() || *end != '\0')
                throw UsageError("option --strengths needs numbers separated by commas, not '" + a->strengths + "'");
            a->options.strengths.push_back(d);
        }
        ProgressBar bar;
        const SweepResult r = runSweep(a->options, bar.callback());
        bar.finish();
        if (r.skipped)
            std::printf("the sweep was current (same models, settings and data): not redone\n");
        printSweep(a->options.parameter, r);
        std::printf("wrote %s/sweep.json; results.json has the \"sweep\" section\n", a->options.workspace.c_str());
        return 0;
    });
}

void addReport(CLI::App &app, CommandContext &ctx)
{
    auto *cmd = app.add_subcommand("report", "W/report.html and W/report.pdf: models, data read, accuracy, energy, "
                                             "galleries, leakage, settings");
    auto workspace = std::make_shared<std::string>();
    cmd->add_option("--workspace", *workspace, "the workspace")->required();
    onRun(cmd, ctx, [workspace, &ctx] {
#ifdef PSNN_HAVE_REPORT
        return cmdReport(ctx.argc, ctx.argv, *workspace);
#else
        throw UsageError("this build has no Qt (PSNN_BUILD_GUI=OFF): reports need it");
        return 2;
#endif
    });
}

} // namespace

void addPipelineCommands(CLI::App &app, CommandContext &ctx)
{
    addPipeline(app, ctx);
    addAudit(app, ctx);
    addSweep(app, ctx);
    addReport(app, ctx);
}

} // namespace psnn::cli
