#include "model/importsandbox.h"

#include "core/error.h"
#include "model/modelfile.h"
#include "model/torchscriptimport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <csignal>
#include <cstring>
#include <vector>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace psnn {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

std::string &helperPath()
{
    static std::string path;
    return path;
}

json optionsToJson(const ImportOptions &o)
{
    return {{"input_shape", o.inputShape},
            {"mean", o.normalization.mean},
            {"std", o.normalization.std},
            {"class_names", o.classNames},
            {"tolerance", o.tolerance}};
}

ImportOptions optionsFromJson(const json &j)
{
    ImportOptions o;
    o.inputShape = j.at("input_shape").get<Shape>();
    o.normalization.mean = j.at("mean").get<std::vector<float>>();
    o.normalization.std = j.at("std").get<std::vector<float>>();
    o.classNames = j.at("class_names").get<std::vector<std::string>>();
    o.tolerance = j.at("tolerance").get<double>();
    return o;
}

// LibTorch words an allocation that the address-space limit refused like this, wherever the
// import was (loading, or the file's forward()).
bool isOutOfMemory(const std::string &message)
{
    return message.find("can't allocate memory") != std::string::npos
           || message.find("std::bad_alloc") != std::string::npos;
}

bool writeAll(int fd, const std::string &bytes)
{
    const char *p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= std::size_t(n);
    }
    return true;
}

struct ChildRun {
    std::string output;     // everything the child wrote to its pipe
    int status = 0;         // as waitpid() gives it
    bool timedOut = false;  // stopped by the wall-clock limit
    double cpuSeconds = 0;
    std::int64_t peakKiB = 0;
};

std::string systemError(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

// Runs the helper with only the pipe (as descriptor 3) and /dev/null (as 0, 1, 2) open, under the
// limits; reads what it writes until it exits, the wall clock runs out or the job is cancelled
// (within 0.1 s: the poll below wakes that often).
ChildRun runChild(const std::vector<std::string> &args, const ImportLimits &limits, const CancelToken &cancel,
                  const std::string &path)
{
    // Everything the child uses is made before fork(): in a process with threads, the child may
    // only make async-signal-safe calls until it execs.
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    // One thread is plenty for loading and a 4-image check, and each further thread would reserve
    // an arena and a stack inside the address-space limit.
    std::vector<std::string> env = {"OMP_NUM_THREADS=1", "MALLOC_ARENA_MAX=2"};
    for (char **e = environ; *e; ++e) {
        const std::string var = *e;
        if (var.rfind("OMP_NUM_THREADS=", 0) != 0 && var.rfind("MALLOC_ARENA_MAX=", 0) != 0)
            env.push_back(var);
    }
    std::vector<char *> envp;
    for (const std::string &v : env)
        envp.push_back(const_cast<char *>(v.c_str()));
    envp.push_back(nullptr);
    const rlim_t memory = rlim_t(limits.memoryMiB) << 20;
    const rlimit addressSpace{memory, memory};
    const rlim_t cpu = rlim_t(std::max(1.0, std::ceil(limits.seconds)));
    const rlimit cpuTime{cpu, cpu + 1};
    const rlimit nothing{0, 0};

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw Error(ErrorCode::FileRead, systemError("could not open a pipe to the import process"), path);
    const pid_t pid = ::fork();
    if (pid < 0) {
        const std::string message = systemError("could not start the import process");
        ::close(fds[0]);
        ::close(fds[1]);
        throw Error(ErrorCode::FileRead, message, path);
    }
    if (pid == 0) {
        // dup2() onto itself would keep close-on-exec set.
        if (fds[1] == kImportChildFd)
            ::fcntl(kImportChildFd, F_SETFD, 0);
        else
            ::dup2(fds[1], kImportChildFd);
        const int devNull = ::open("/dev/null", O_RDWR);
        for (int fd = 0; fd < 3; ++fd)
            ::dup2(devNull, fd);
        ::close_range(kImportChildFd + 1, ~0U, 0);
        ::setrlimit(RLIMIT_AS, &addressSpace);
        ::setrlimit(RLIMIT_CPU, &cpuTime);
        ::setrlimit(RLIMIT_FSIZE, &nothing);
        ::setrlimit(RLIMIT_CORE, &nothing);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(fds[1]);

    ChildRun run;
    const auto deadline = Clock::now() + std::chrono::duration<double>(limits.seconds);
    const auto msLeft = [&] {
        return int(std::clamp<long long>(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count(), 0, 100));
    };
    char buffer[1 << 16];
    for (;;) {
        if (cancel.isCancelled()) {
            ::close(fds[0]);
            ::kill(pid, SIGKILL);
            while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
            }
            throw Cancelled();
        }
        if (Clock::now() >= deadline) {
            run.timedOut = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, msLeft());
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // end of file: the child closed its end, by exiting or dying
        run.output.append(buffer, std::size_t(n));
    }
    ::close(fds[0]);
    // A child that closed its pipe still gets the rest of the time to exit.
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(pid, &run.status, run.timedOut ? 0 : WNOHANG, &usage);
        if (done == pid || (done < 0 && errno != EINTR))
            break;
        if (done == 0 && Clock::now() >= deadline)
            run.timedOut = true;
        if (run.timedOut)
            ::kill(pid, SIGKILL);
        else if (done == 0)
            ::usleep(2000);
    }
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + 1e-6 * double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    run.peakKiB = usage.ru_maxrss;
    return run;
}

std::string secondsText(double s)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g s", s);
    return text;
}

} // namespace

void setImportHelper(const std::string &executable)
{
    helperPath() = executable;
}

Network importTorchScriptInChild(const std::string &path, const ImportOptions &options, ImportReport *report)
{
    const std::string helper = helperPath();
    if (helper.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "TorchScript files are read in a separate process, and this program did not name the "
                    "executable that does it",
                    path);
    if (::access(helper.c_str(), X_OK) != 0)
        throw Error(ErrorCode::FileNotFound,
                    "cannot read TorchScript files without " + helper
                        + ", which reads them in a separate process: it is missing or not executable",
                    path);
    if (options.limits.memoryMiB < 256 || options.limits.seconds <= 0)
        throw Error(ErrorCode::InvalidArgument,
                    "the import limits need at least 256 MiB and a positive time, not "
                        + std::to_string(options.limits.memoryMiB) + " MiB and " + secondsText(options.limits.seconds),
                    path);

    const ChildRun run =
        runChild({helper, kImportChildCommand, path, optionsToJson(options).dump()}, options.limits, options.cancel, path);
    const std::string memoryLimit = std::to_string(options.limits.memoryMiB) + " MiB";
    const std::string timeLimit = secondsText(options.limits.seconds);
    if (run.timedOut)
        throw Error(ErrorCode::LimitExceeded,
                    "reading it took longer than the import's time limit of " + timeLimit
                        + " (code in the file may loop forever); its import process was stopped",
                    path);
    if (WIFSIGNALED(run.status)) {
        const int signal = WTERMSIG(run.status);
        if (signal == SIGXCPU || run.cpuSeconds >= options.limits.seconds)
            throw Error(ErrorCode::LimitExceeded,
                        "reading it used more than the import's CPU time limit of " + timeLimit
                            + " (code in the file may loop forever); its import process was stopped",
                        path);
        // An allocation refused by the limit can end in an abort instead of an exception.
        if (run.peakKiB * 1024 > (std::int64_t(options.limits.memoryMiB) << 20) * 3 / 4)
            throw Error(ErrorCode::LimitExceeded,
                        "reading it needed more memory than the import's limit of " + memoryLimit
                            + " (the file may allocate without bound); its import process was stopped",
                        path);
        throw Error(ErrorCode::BadFormat,
                    "LibTorch crashed while reading it (signal " + std::to_string(signal) + ", SIG"
                        + std::string(sigabbrev_np(signal) ? sigabbrev_np(signal) : "?")
                        + ") in the separate import process, so nothing else was affected; the file is damaged, "
                          "or made to attack the program that reads it",
                    path);
    }
    const int exitCode = WIFEXITED(run.status) ? WEXITSTATUS(run.status) : -1;
    const std::size_t lineEnd = run.output.find('\n');
    json reply;
    if (lineEnd != std::string::npos)
        reply = json::parse(run.output.begin(), run.output.begin() + std::ptrdiff_t(lineEnd), nullptr, false);
    if (!reply.is_object())
        throw Error(ErrorCode::FileRead,
                    exitCode == 127 ? "could not start " + helper + " to read it"
                                    : "its import process (" + helper + ") ended with exit code "
                                          + std::to_string(exitCode) + " and no result",
                    path);
    if (reply.value("memory", false))
        throw Error(ErrorCode::LimitExceeded,
                    "reading it needed more memory than the import's limit of " + memoryLimit
                        + " (the file may allocate without bound)",
                    path);
    if (!reply.value("ok", false)) {
        // The child's Error, as it would have been thrown here.
        const std::string context = reply.value("context", path);
        std::string message = reply.value("what", std::string("failed"));
        if (!context.empty() && message.rfind(context + ": ", 0) == 0)
            message.erase(0, context.size() + 2);
        throw Error(ErrorCode(reply.value("code", int(ErrorCode::BadFormat))), message, context);
    }
    const std::vector<std::uint8_t> model(run.output.begin() + std::ptrdiff_t(lineEnd + 1), run.output.end());
    Network net = networkFromBytes(model, path);
    if (report) {
        report->maxDifference = reply.value("max_difference", 0.0);
        for (const json &w : reply.value("warnings", json::array()))
            report->warnings.push_back({w.at("topic").get<std::string>(), w.at("message").get<std::string>()});
    }
    return net;
}

int runImportChild(const std::string &path, const std::string &optionsJson, int fd)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)) {
        std::fprintf(stderr, "%s is run by the workbench itself, with a pipe on descriptor %d\n", kImportChildCommand, fd);
        return 2;
    }
    json reply;
    std::string model;
    try {
        ImportReport rep;
        const Network net = importTorchScript(path, optionsFromJson(json::parse(optionsJson)), &rep);
        model = networkBytes(net);
        json warnings = json::array();
        for (const ImportWarning &w : rep.warnings)
            warnings.push_back({{"topic", w.topic}, {"message", w.message}});
        reply = {{"ok", true}, {"max_difference", rep.maxDifference}, {"warnings", warnings}};
    } catch (const Error &e) {
        reply = {{"ok", false}, {"code", int(e.code())}, {"what", e.what()}, {"context", e.context()},
                 {"memory", isOutOfMemory(e.what())}};
    } catch (const std::bad_alloc &) {
        reply = {{"ok", false}, {"memory", true}};
    } catch (const std::exception &e) {
        reply = {{"ok", false}, {"code", int(ErrorCode::BadFormat)}, {"what", e.what()}, {"context", path},
                 {"memory", isOutOfMemory(e.what())}};
    }
    // LibTorch's messages may quote bytes of the file that are not UTF-8.
    const std::string line = reply.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    return writeAll(fd, line) && writeAll(fd, model) ? 0 : 3;
}

} // namespace psnn
