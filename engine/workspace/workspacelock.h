#pragma once
// Public: one process at a time writes a workspace (the stages, settings.json, the report).

#include <string>

namespace psnn {

/// Holds the workspace's lock file (W/.lock, an advisory flock with the holder's process id in
/// it) while it lives. A second process, a GUI and a CLI or two CLIs, gets Error(InUse) naming
/// the holder's process id. The kernel drops the lock of a process that dies, so a lock left by
/// a killed run is taken over without a word, and what that run left half-written (a staging
/// folder, an atomic write's temporary file) is removed. Within one process the lock nests (the
/// pipeline holds it while its audit stage takes it again).
class WorkspaceLock {
public:
    explicit WorkspaceLock(const std::string &dir);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    static std::string lockFile(const std::string &dir);

private:
    std::string m_path;
};

} // namespace psnn
