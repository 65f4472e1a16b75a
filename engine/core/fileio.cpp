#include "core/fileio.h"

#include "core/error.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace psnn {

static std::vector<std::uint8_t> readPlain(const std::string &path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open file for reading", path);
    const auto size = in.tellg();
    std::vector<std::uint8_t> data(size > 0 ? std::size_t(size) : 0);
    in.seekg(0);
    in.read(reinterpret_cast<char *>(data.data()), std::streamsize(data.size()));
    if (!in)
        throw Error(ErrorCode::FileRead, "read error", path);
    return data;
}

std::vector<std::uint8_t> readFileMaybeGz(const std::string &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "file does not exist", path);
    if (fs::is_directory(path, ec))
        throw Error(ErrorCode::FileRead, "expected a file but found a folder", path);
    std::vector<std::uint8_t> raw = readPlain(path);
    if (raw.size() < 2 || raw[0] != 0x1f || raw[1] != 0x8b)
        return raw;

    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        throw Error(ErrorCode::FileRead, "cannot initialise gzip decoder", path);
    std::vector<std::uint8_t> out;
    out.reserve(raw.size() * 2);
    zs.next_in = raw.data();
    zs.avail_in = uInt(raw.size());
    std::uint8_t chunk[1 << 16];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = chunk;
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            const std::string why = zs.msg ? zs.msg : "unexpected end of data";
            inflateEnd(&zs);
            throw Error(ErrorCode::BadFormat,
                        "damaged or truncated gzip data after " + std::to_string(out.size())
                            + " decompressed bytes (" + why + ")",
                        path);
        }
        out.insert(out.end(), chunk, chunk + (sizeof chunk - zs.avail_out));
        if (rc != Z_STREAM_END && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            throw Error(ErrorCode::BadFormat,
                        "truncated gzip file: the stream ends after " + std::to_string(out.size())
                            + " decompressed bytes",
                        path);
        }
    }
    inflateEnd(&zs);
    return out;
}

namespace {

// A hidden name beside the target, so the final rename stays on one file system.
fs::path temporaryBeside(const std::string &path)
{
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::FileWrite, "the folder to write into does not exist", path);
    std::random_device rd;
    return dir / ("." + target.filename().native() + ".tmp-" + std::to_string(rd()));
}

} // namespace

// For writers that do not keep errno, the disk and the file-size limit are asked, while the
// partial temporary file still takes its space.
std::string noSpaceReason(int err, const std::string &file)
{
    const fs::path tmp(file);
    if (err == ENOSPC)
        return "no space left on the disk";
    if (err == EDQUOT)
        return "no space left in the disk quota";
    if (err == EFBIG)
        return "no space left under the file-size limit (ulimit -f)";
    struct statvfs disk {};
    if (::statvfs(tmp.parent_path().c_str(), &disk) == 0 && disk.f_bavail == 0)
        return "no space left on the disk";
    rlimit limit{};
    std::error_code ec;
    const auto size = fs::file_size(tmp, ec);
    if (!ec && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && size >= limit.rlim_cur)
        return "no space left under the file-size limit (ulimit -f)";
    return {};
}

bool isAtomicWriteTemporary(const std::string &name)
{
    static const std::regex pattern(R"(^\..+\.tmp-[0-9]+$)");
    return std::regex_match(name, pattern);
}

std::string writeFailure(int err, const std::string &file)
{
    const std::string room = noSpaceReason(err, file);
    return room.empty() ? std::strerror(err) : room;
}

namespace {

void moveIntoPlace(const fs::path &tmp, const std::string &path)
{
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw Error(ErrorCode::FileWrite, "cannot move the finished file into place: " + ec.message(), path);
    }
}

} // namespace

void writeFileAtomic(const std::string &path, const void *data, std::size_t size)
{
    const fs::path tmp = temporaryBeside(path);
    std::error_code ec;
    FILE *f = std::fopen(tmp.c_str(), "wb");
    if (!f)
        throw Error(ErrorCode::FileWrite, "cannot create file: " + writeFailure(errno, tmp.string()), path);
    const bool ok = std::fwrite(data, 1, size, f) == size && std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const int err = errno;
    const bool closed = std::fclose(f) == 0;
    if (!ok || !closed) {
        const std::string why = writeFailure(err ? err : EIO, tmp.string());
        fs::remove(tmp, ec);
        throw Error(ErrorCode::FileWrite, "writing failed (" + why + "); the previous file, if any, is unchanged", path);
    }
    moveIntoPlace(tmp, path);
}

void writeFileAtomic(const std::string &path, const std::string &text)
{
    writeFileAtomic(path, text.data(), text.size());
}

} // namespace psnn
