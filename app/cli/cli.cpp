// privatesnn-cli: the engine from the command line. Uses only the engine's public headers.
#include "clicommands.h"
#include "core/runtime.h"

int main(int argc, char **argv)
{
    psnn::configureProcess(argc, argv);
    return psnn::cli::run(argc, argv);
}
