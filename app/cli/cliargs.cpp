#include "cliargs.h"

#include <stdexcept>

namespace psnn::cli {

CliArgs::CliArgs(const std::vector<std::string> &args, const std::set<std::string> &valued, const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            m_positionals.push_back(a);
            continue;
        }
        std::string key = a.substr(2), value;
        const auto eq = key.find('=');
        const bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            value = key.substr(eq + 1);
            key = key.substr(0, eq);
        }
        if (flags.count(key) && !inlineValue) {
            m_flags.insert(key);
        } else if (valued.count(key)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw std::invalid_argument("option --" + key + " needs a value");
                value = args[++i];
            }
            m_values[key] = value;
        } else {
            throw std::invalid_argument("unknown option --" + key);
        }
    }
}

std::string CliArgs::get(const std::string &key, const std::string &fallback) const
{
    const auto it = m_values.find(key);
    return it == m_values.end() ? fallback : it->second;
}

double CliArgs::number(const std::string &key, double fallback) const
{
    const auto it = m_values.find(key);
    if (it == m_values.end())
        return fallback;
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(it->second, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used != it->second.size())
        throw std::invalid_argument("option --" + key + " needs a number, not '" + it->second + "'");
    return v;
}

long long CliArgs::integer(const std::string &key, long long fallback) const
{
    const double v = number(key, double(fallback));
    if (v != double((long long)v))
        throw std::invalid_argument("option --" + key + " needs a whole number");
    return (long long)v;
}

} // namespace psnn::cli
