#include "workspace/workspacelock.h"

#include "core/error.h"

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
        throw Error(ErrorCode::FileWrite, std::string("cannot create the workspace's lock file (") + std::strerror(errno) + ")",
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
        const int error = errno;
        ::close(fd);
        throw Error(ErrorCode::FileWrite, std::string("cannot write the workspace's lock file (") + std::strerror(error) + ")",
                    m_path);
    }
    g_held[m_path] = {fd, 1, ::getpid()};
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
