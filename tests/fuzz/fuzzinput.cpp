#include "fuzzinput.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace psnn::fuzz {

namespace {

// A relative path of plain names, no "..", at most five levels; "" if the entry's path is not.
std::string safePath(std::string_view p)
{
    std::string out;
    int depth = 0;
    std::size_t start = 0;
    while (start <= p.size()) {
        const std::size_t end = std::min(p.find('/', start), p.size());
        const std::string_view part = p.substr(start, end - start);
        if (part.empty() || part == "." || part == ".." || part.size() > 40 || ++depth > 5)
            return {};
        for (const char c : part)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
                return {};
        out += (out.empty() ? "" : "/") + std::string(part);
        start = end + 1;
    }
    return out;
}

} // namespace

ScratchDir &ScratchDir::instance()
{
    static ScratchDir dir;
    return dir;
}

ScratchDir::ScratchDir()
{
    const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    m_dir = (base / ("psnn-fuzz-" + std::to_string(::getpid()))).string();
}

const std::string &ScratchDir::fresh()
{
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    return m_dir;
}

ScratchDir::~ScratchDir()
{
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

void writeBytes(const std::string &path, std::string_view bytes)
{
    // An archive may name a file where an earlier entry made a folder, or the reverse: that
    // entry is skipped, it is the harness's input and not the parser's.
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec || fs::is_directory(path, ec))
        return;
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}
std::string freshInput(const char *name, const std::uint8_t *data, std::size_t size)
{
    ScratchDir &scratch = ScratchDir::instance();
    scratch.fresh();
    const std::string path = scratch.path(name);
    writeBytes(path, view(data, size));
    return path;
}

void unpackArchive(const std::string &dir, std::string_view archive)
{
    static const std::string_view separator = "\n=====\n";
    for (int entries = 0; !archive.empty() && entries < 64; ++entries) {
        const std::size_t end = std::min(archive.find(separator), archive.size());
        const std::string_view entry = archive.substr(0, end);
        archive = end < archive.size() ? archive.substr(end + separator.size()) : std::string_view();
        const std::size_t newline = entry.find('\n');
        const std::string path = safePath(entry.substr(0, newline));
        if (!path.empty())
            writeBytes(dir + "/" + path, newline == std::string_view::npos ? std::string_view() : entry.substr(newline + 1));
    }
}

} // namespace psnn::fuzz
