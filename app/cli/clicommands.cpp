#include "clicommands.h"

#include "commands.h"

#include "core/error.h"

#include <iostream>
#include <regex>

namespace psnn::cli {

namespace {

const char *kFooter = R"(
Data sets (--data and the like): fashion-mnist, mnist, cifar10, or a folder holding IDX files,
CIFAR-10/100 batches, a TinyImageNet tree or one subfolder of images per class.
Every command has its own --help.)";

// CLI11's words for what went wrong, in the words this tool has always used.
std::string usageMessage(const CLI::ParseError &e)
{
    const std::string what = e.what();
    std::smatch m;
    if (e.get_name() == "ValidationError" && std::regex_match(what, m, std::regex("(--[\\w-]+): (.*)")))
        return "option " + m[1].str() + " " + m[2].str();
    if (e.get_name() == "ArgumentMismatch" && std::regex_search(what, m, std::regex("(--[\\w-]+)")))
        return what.find("At Most") != std::string::npos
                   ? "option " + m[1].str() + " takes one value; give it once"
                   : "option " + m[1].str() + " needs a value";
    if (e.get_name() == "RequiredError" && std::regex_match(what, m, std::regex("(.*) is required")))
        return "needs " + m[1].str();
    return what;
}

bool hasArgument(int argc, char **argv, const std::string &arg)
{
    for (int i = 1; i < argc; ++i)
        if (argv[i] == arg)
            return true;
    return false;
}

// The value after `--name` or in `--name=value`, or "".
std::string argumentValue(int argc, char **argv, const std::string &name)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == name && i + 1 < argc)
            return argv[i + 1];
        if (a.rfind(name + "=", 0) == 0)
            return a.substr(name.size() + 1);
    }
    return {};
}

} // namespace

void onRun(CLI::App *cmd, CommandContext &ctx, std::function<int()> action)
{
    cmd->allow_extras();
    cmd->callback([cmd, &ctx, action] {
        for (const auto &extra : cmd->remaining())
            throw UsageError(extra.rfind("--", 0) == 0 ? "unknown option " + extra.substr(0, extra.find('='))
                                                       : "unexpected argument '" + extra + "'");
        ctx.exitCode = action();
    });
}

int run(int argc, char **argv)
{
    CLI::App app("PrivateSNN Workbench on the command line: turns a trained ANN into a spiking network without "
                 "real training data, encrypts its weights against model inversion, and measures what leaks.",
                 "privatesnn-cli");
    app.footer(kFooter);
    app.set_version_flag("--version", std::string("privatesnn-cli ") + PSNN_VERSION);
    app.require_subcommand(1);
    CommandContext ctx;
    ctx.argc = argc;
    ctx.argv = argv;
    ctx.commandLine = "privatesnn-cli";
    for (int i = 1; i < argc; ++i)
        ctx.commandLine += std::string(" ") + argv[i];
    ctx.demo = hasArgument(argc, argv, "--demo");
    ctx.recommended = hasArgument(argc, argv, "--recommended");
    if (!ctx.demo && !hasArgument(argc, argv, "--model") && argumentValue(argc, argv, "--model").empty())
        ctx.workspace = argumentValue(argc, argv, "--workspace");
    addModelCommands(app, ctx);
    addStageCommands(app, ctx);
    addPipelineCommands(app, ctx);
    if (argc < 2) {
        std::cout << app.help();
        return 2;
    }
    const std::string command = argv[1];
    const auto known = app.get_subcommands([&](const CLI::App *c) { return c->get_name() == command; });
    if (command.rfind("-", 0) != 0 && known.empty()) {
        std::cerr << "privatesnn-cli: unknown command '" << command << "'\n\n" << app.help();
        return 2;
    }
    try {
        app.parse(argc, argv);
        return ctx.exitCode;
    } catch (const CLI::Success &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        std::cerr << "privatesnn-cli " << command << ": " << usageMessage(e) << "\n";
        return 2;
    } catch (const UsageError &e) {
        std::cerr << "privatesnn-cli " << command << ": " << e.what() << "\n";
        return 2;
    } catch (const Error &e) {
        std::cerr << "\nerror: " << e.what() << "\n";
        if (e.code() == ErrorCode::LimitExceeded)
            std::cerr << "(if the file is trusted and large, give --import-memory MIB or --import-time SECONDS)\n";
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
