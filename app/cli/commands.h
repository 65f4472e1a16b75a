#pragma once
// The commands of privatesnn-cli, registered on one CLI11 application.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace psnn::cli {

/// What every command may need besides its own options.
struct CommandContext {
    int argc = 0;
    char **argv = nullptr;
    std::string commandLine;  ///< recorded by `train` so that the run can be repeated
    bool demo = false;        ///< --demo is on the command line: options start from the demo's settings
    bool recommended = false; ///< --recommended: options start from the workbench's own settings
    std::string workspace;    ///< --workspace without --model or --demo: options start from the workspace's
    int exitCode = 0;
};

/// Makes `cmd` run `action` once its options are parsed. Anything parsing left over (an
/// unknown option, a surplus argument) is refused first.
void onRun(CLI::App *cmd, CommandContext &ctx, std::function<int()> action);

/// An error in how a command was called (exit code 2).
struct UsageError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

void addModelCommands(CLI::App &app, CommandContext &ctx);    ///< info, import, check-import, train, eval, presets, demo
void addStageCommands(CLI::App &app, CommandContext &ctx);    ///< synthesize, convert, encrypt, energy
void addPipelineCommands(CLI::App &app, CommandContext &ctx); ///< pipeline, audit, report

} // namespace psnn::cli
