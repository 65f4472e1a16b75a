#pragma once
// The engine's option structs as CLI11 options: each add* function registers one group of
// options on a command, bound to the struct it fills, with the engine's defaults shown in --help.

#include "audit/audit.h"
#include "model/models.h"
#include "snn/conversion.h"
#include "snn/encryption.h"
#include "snn/energy.h"
#include "synthesis/synthesis.h"

#include <CLI/CLI.hpp>

#include <string>

namespace psnn::cli {

/// A whole number ("12", also "1e3"); rewritten to its digits for CLI11's conversion.
const CLI::Validator &wholeNumber();
/// A real number.
const CLI::Validator &realNumber();

/// --name bound to `value`, with its default in --help and the number check of its type.
template <typename T>
CLI::Option *addNumber(CLI::App &cmd, const std::string &name, T &value, const std::string &help)
{
    CLI::Option *opt = cmd.add_option(name, value, help)->capture_default_str();
    opt->check(std::is_integral_v<T> ? wholeNumber() : realNumber());
    return opt;
}

/// --name whose word must be one of `choices` ("must be a, b or c, not 'x'"); `apply` turns it
/// into the engine's value; `current` is shown as the default.
CLI::Option *addChoice(CLI::App &cmd, const std::string &name, const std::vector<std::string> &choices,
                       const std::string &current, std::function<void(const std::string &)> apply,
                       const std::string &help);

void addImportOptions(CLI::App &cmd, ImportOptions &o);
void addSynthesisOptions(CLI::App &cmd, SynthesisOptions &o);
void addConversionOptions(CLI::App &cmd, ConversionOptions &o);
void addEncryptionOptions(CLI::App &cmd, EncryptionOptions &o);
void addAuditOptions(CLI::App &cmd, AuditOptions &o);

/// The energy options as given: a preset or a CSV table, then single costs on top.
struct EnergyChoice {
    std::string preset;
    std::string table;
    EnergyTable costs;
    std::string neuronUpdates, analogInput;
    CLI::Option *mac = nullptr, *ac = nullptr, *update = nullptr;
};
void addEnergyOptions(CLI::App &cmd, EnergyChoice &c, const EnergyTable &current);
/// `base` (the current table) replaced by the preset or the table's first row, then with each
/// cost given on the command line; throws Error for an unknown preset or a bad table.
EnergyTable chosenEnergyTable(const EnergyChoice &c, const EnergyTable &base);

} // namespace psnn::cli
