#pragma once
// Public: where TorchScript files are read. A TorchScript file carries code that runs while
// LibTorch loads it (a module's __setstate__) and in the import check (its forward()), and a
// crafted file can crash LibTorch's reader. So the engine never reads one in its own process: it
// starts the front end's executable with a hidden command, under a memory and time limit, and
// gets the imported network back as .psnn bytes over a pipe. Plain types only.

#include <string>

namespace psnn {

/// The hidden command: `<helper> import-child FILE OPTIONS-JSON`, with the pipe on descriptor 3.
inline constexpr const char *kImportChildCommand = "import-child";
inline constexpr int kImportChildFd = 3;

/// The executable that runs runImportChild() for kImportChildCommand (privatesnn-cli; the GUI
/// names the one beside it). Until one is set, TorchScript files are refused.
void setImportHelper(const std::string &executable);

/// The child's side: reads `path` with the import options in `optionsJson` (as the parent wrote
/// them) and writes the result, or the error, to descriptor `fd`. Returns the exit status; 2 when
/// `fd` is not a pipe (a person typed the command).
int runImportChild(const std::string &path, const std::string &optionsJson, int fd);

} // namespace psnn
