// privatesnn-cli: the engine from the command line. Uses only the engine's public headers.
#include "clicommands.h"
#include "core/runtime.h"
#include "model/importsandbox.h"

#include <cstring>
#include <filesystem>
#include <system_error>

int main(int argc, char **argv)
{
    psnn::configureProcess(argc, argv);
    // Not a command for people (it is not in --help): the engine starts this executable to read a
    // TorchScript file in a process of its own.
    if (argc == 4 && std::strcmp(argv[1], psnn::kImportChildCommand) == 0)
        return psnn::runImportChild(argv[2], argv[3], psnn::kImportChildFd);
    std::error_code ec;
    psnn::setImportHelper(std::filesystem::read_symlink("/proc/self/exe", ec).string());
    return psnn::cli::run(argc, argv);
}
