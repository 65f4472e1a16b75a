#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace psnn::cli {

/// Minimal argument parser: positionals, "--key value", "--key=value" and boolean "--flag".
/// Unknown options are an error, so a typo never silently falls back to a default.
class CliArgs {
public:
    /// `valued` lists options that take a value, `flags` those that do not.
    CliArgs(const std::vector<std::string> &args, const std::set<std::string> &valued, const std::set<std::string> &flags);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    bool has(const std::string &key) const { return m_values.count(key) || m_flags.count(key); }
    std::string get(const std::string &key, const std::string &fallback = {}) const;
    /// Throws std::invalid_argument naming the option when the value is not a number.
    double number(const std::string &key, double fallback) const;
    long long integer(const std::string &key, long long fallback) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

} // namespace psnn::cli
