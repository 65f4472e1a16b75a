#pragma once

#include <string>

namespace psnn::cli {

/// Runs one CLI command; returns the process exit code (0 ok, 1 failure, 2 usage error).
int run(int argc, char **argv);

/// `report`: writes <workspace>/report.html and report.pdf (needs Qt: built with the GUI).
int cmdReport(int argc, char **argv, const std::string &workspace);

} // namespace psnn::cli
