#include "workspace/workspacelock.h"

#include "core/error.h"
#include "core/fileio.h"
#include "workspace/stagerunner.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace psnn {

namespace {

struct Held {
    int fd = -1;
    int count = 0;
    pid_t pid = 0; ///< a forked child inherits the table, not the right to the lock
};

// flock belongs to an open file: a second open in this process would block on the first, so the
// process keeps one descriptor per workspace and counts its holders.
std::mutex g_mutex;
std::map<std::string, Held> g_held;

std::string holderOf(int fd)
{
    char buffer[32] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    const std::string text = n > 0 ? std::string(buffer, std::size_t(n)) : std::string();
    const std::size_t end = text.find_first_not_of("0123456789");
    return text.substr(0, end).empty() ? "unknown" : text.substr(0, end);
}

// What a process killed while writing leaves: a stage's staging folder (workspace/stagerunner.cpp)
// and the temporary file of an atomic write (core/fileio.cpp), both only ever moved into place
// whole. Called by the one writer, so nothing of another process's is removed.
void removeLeftovers(const std::string &dir)
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(StageRunner::kStagingPrefix, 0) == 0 || isAtomicWriteTemporary(name))
            std::filesystem::remove_all(entry.path(), ec);
    }
}

} // namespace

std::string WorkspaceLock::lockFile(const std::string &dir)
{
    return (std::filesystem::path(dir) / ".lock").string();
}

WorkspaceLock::WorkspaceLock(const std::string &dir)
    : m_path(std::filesystem::weakly_canonical(lockFile(dir)).string())
{
    std::lock_guard<std::mutex> guard(g_mutex);
    const auto it = g_held.find(m_path);
    if (it != g_held.end() && it->second.pid == ::getpid()) {
        ++it->second.count;
        return;
    }
    const int fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(ErrorCode::FileWrite, "cannot create the workspace's lock file (" + writeFailure(errno, m_path) + ")",
                    m_path);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const std::string holder = holderOf(fd);
        ::close(fd);
        throw Error(ErrorCode::InUse, "workspace in use by process " + holder
                                          + "; wait for it to finish, or stop it, and try again",
                    dir);
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) != ssize_t(pid.size())) {
        const std::string why = writeFailure(errno, m_path);
        ::close(fd);
        throw Error(ErrorCode::FileWrite, "cannot write the workspace's lock file (" + why + ")", m_path);
    }
    g_held[m_path] = {fd, 1, ::getpid()};
    removeLeftovers(dir);
}

WorkspaceLock::~WorkspaceLock()
{
    std::lock_guard<std::mutex> guard(g_mutex);
    const auto it = g_held.find(m_path);
    if (it == g_held.end() || --it->second.count > 0)
        return;
    // The file stays (removing it would race with a process that just opened it); the lock goes.
    ::flock(it->second.fd, LOCK_UN);
    ::close(it->second.fd);
    g_held.erase(it);
}

} // namespace psnn
