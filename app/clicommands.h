#pragma once

namespace psnn::cli {

/// Runs one CLI command; returns the process exit code (0 ok, 1 failure, 2 usage error).
int run(int argc, char **argv);

} // namespace psnn::cli
