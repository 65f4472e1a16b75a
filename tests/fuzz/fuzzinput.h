#pragma once
// What every fuzz harness shares: a scratch folder for the bytes under test, and the rule that a
// parser may refuse input only with the engine's own Error (a message naming the file), never
// with another exception, a crash or a hang.

#include "core/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>

namespace psnn::fuzz {

/// A folder of this process, emptied by each call to fresh(); on /dev/shm when it exists, as the
/// parsers read files and a disk would be the bottleneck.
class ScratchDir {
public:
    static ScratchDir &instance();
    ~ScratchDir();
    /// Removes everything in the folder and returns its path.
    const std::string &fresh();
    std::string path(const std::string &name) const { return m_dir + "/" + name; }

private:
    ScratchDir();
    std::string m_dir;
};

void writeBytes(const std::string &path, std::string_view bytes);

/// Empties the scratch folder, writes the fuzz input there as `name` and returns its path.
std::string freshInput(const char *name, const std::uint8_t *data, std::size_t size);

/// Writes a folder packed in one input: entries "relative/path\n" + content, separated by
/// "\n=====\n" (at most 64). An entry whose path is not plain names (no "..", no absolute path,
/// at most five levels) is skipped, so nothing is written outside `dir`.
void unpackArchive(const std::string &dir, std::string_view archive);

inline std::string_view view(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

/// Runs `parse`; an Error with a message and a context is the expected way to refuse. Anything
/// else that escapes is a finding: the harness prints it and aborts, which libFuzzer (and the
/// corpus replay) reports as a crash.
template <typename F>
void expectCleanRefusal(const char *parser, F &&parse)
{
    try {
        parse();
    } catch (const Error &e) {
        if (std::string_view(e.what()).empty() || e.context().empty()) {
            std::fprintf(stderr, "%s: an Error without a message or without the file it is about: '%s' [%s]\n",
                         parser, e.what(), e.context().c_str());
            std::abort();
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s escaped the parser: %s\n", parser, typeid(e).name(), e.what());
        std::abort();
    }
}

} // namespace psnn::fuzz
