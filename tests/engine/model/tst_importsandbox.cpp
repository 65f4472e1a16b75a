// TorchScript import in a child process (model/importsandbox.h). The real helper is
// privatesnn-cli (PSNN_CLI); this test's own executable also stands in for one, to report what
// the child was given: its open descriptors, its limits and its environment.
#include "core/error.h"
#include "core/progress.h"
#include "model/importsandbox.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <dirent.h>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

namespace {

std::string modelDir()
{
    return qEnvironmentVariable("PSNN_TEST_MODELS").toStdString();
}

std::string cliPath()
{
    return qEnvironmentVariable("PSNN_CLI").toStdString();
}

std::string self()
{
    return QCoreApplication::applicationFilePath().toStdString();
}

// The stand-in helper: answers with an error whose message lists what this process has.
int reportChild()
{
    std::string fds;
    DIR *dir = ::opendir("/proc/self/fd");
    const int own = ::dirfd(dir);
    while (dirent *e = ::readdir(dir)) {
        if (e->d_name[0] != '.' && std::atoi(e->d_name) != own)
            fds += std::string(fds.empty() ? "" : " ") + e->d_name;
    }
    ::closedir(dir);
    char stdinTarget[64] = {};
    (void)!::readlink("/proc/self/fd/0", stdinTarget, sizeof stdinTarget - 1);
    rlimit as{}, cpu{}, fsize{};
    ::getrlimit(RLIMIT_AS, &as);
    ::getrlimit(RLIMIT_CPU, &cpu);
    ::getrlimit(RLIMIT_FSIZE, &fsize);
    const char *threads = std::getenv("OMP_NUM_THREADS");
    const std::string what = "fds " + fds + "; stdin " + stdinTarget + "; as " + std::to_string(as.rlim_cur >> 20)
                             + " MiB; cpu " + std::to_string(cpu.rlim_cur) + " s; fsize " + std::to_string(fsize.rlim_cur)
                             + "; threads " + (threads ? threads : "unset");
    const std::string line = nlohmann::json{{"ok", false}, {"code", int(psnn::ErrorCode::InvalidArgument)},
                                            {"what", what}, {"context", ""}}
                                 .dump()
                             + "\n";
    return ::write(psnn::kImportChildFd, line.data(), line.size()) == ssize_t(line.size()) ? 0 : 1;
}

// Reading `path` must throw an Error of `code` about that file, whose text holds `fragment`.
void expectImportError(const std::string &path, const psnn::ImportOptions &options, psnn::ErrorCode code,
                       const std::string &fragment)
{
    try {
        psnn::loadAnyNetwork(path, options);
        QFAIL("no error");
    } catch (const psnn::Error &e) {
        QCOMPARE(int(e.code()), int(code));
        QCOMPARE(e.context(), path);
        QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
    }
}

psnn::ImportOptions withLimits(std::int64_t memoryMiB, double seconds)
{
    psnn::ImportOptions o;
    o.limits.memoryMiB = memoryMiB;
    o.limits.seconds = seconds;
    return o;
}

} // namespace

class TestImportSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(std::filesystem::exists(modelDir() + "/hostile_loader_crash.pt"),
                 "test models missing: run the make_torchscript_models test first (ctest does)");
        QVERIFY2(::access(cliPath().c_str(), X_OK) == 0, "PSNN_CLI must name privatesnn-cli");
    }

    void init() { psnn::setImportHelper(cliPath()); }

    // The network that comes back over the pipe is the one an import in this process makes.
    void childImportEqualsInProcess()
    {
        const std::string path = modelDir() + "/scripted_sequential.pt";
        psnn::ImportOptions o;
        o.classNames = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        psnn::ImportReport here, there;
        const psnn::Network direct = psnn::importTorchScript(path, o, &here);
        const psnn::Network child = psnn::loadAnyNetwork(path, o, &there);
        QCOMPARE(there.format, std::string("TorchScript"));
        // The same bytes on disk: every tensor, layer and name.
        QCOMPARE(psnn::networkBytes(child), psnn::networkBytes(direct));
        QCOMPARE(there.maxDifference, here.maxDifference);
        QCOMPARE(there.warnings.size(), here.warnings.size());
        QVERIFY(!there.warnings.empty()); // no input shape or normalisation given
        for (std::size_t i = 0; i < here.warnings.size(); ++i) {
            QCOMPARE(there.warnings[i].topic, here.warnings[i].topic);
            QCOMPARE(there.warnings[i].message, here.warnings[i].message);
        }
    }

    // An import that fails in the child fails here with the same code and words.
    void childErrorsComeBackAsThrown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("unsupported layer") << "unsupported_gelu";
        QTest::newRow("NaN weight") << "nan_weights";
        QTest::newRow("forward() does not match") << "doubled";
    }
    void childErrorsComeBackAsThrown()
    {
        QFETCH(QString, name);
        const std::string path = modelDir() + "/" + name.toStdString() + ".pt";
        psnn::ErrorCode code{};
        std::string expected;
        try {
            psnn::importTorchScript(path, {});
            QFAIL("imported in this process");
        } catch (const psnn::Error &e) {
            code = e.code();
            expected = e.what();
        }
        try {
            psnn::loadAnyNetwork(path);
            QFAIL("imported in the child");
        } catch (const psnn::Error &e) {
            QCOMPARE(int(e.code()), int(code));
            QCOMPARE(std::string(e.what()), expected);
            QCOMPARE(e.context(), path);
        }
    }

    // The three ways a hostile file can hurt a reader, each ending in an Error naming it.
    void loaderCrashIsAnError()
    {
        expectImportError(modelDir() + "/hostile_loader_crash.pt", {}, psnn::ErrorCode::BadFormat,
                          "crashed while reading it (signal 11, SIGSEGV)");
    }
    void endlessLoadIsStopped()
    {
        expectImportError(modelDir() + "/hostile_endless_load.pt", withLimits(4096, 2), psnn::ErrorCode::LimitExceeded,
                          "time limit of 2 s");
    }
    void greedyLoadIsStopped()
    {
        expectImportError(modelDir() + "/hostile_greedy_load.pt", withLimits(1024, 60), psnn::ErrorCode::LimitExceeded,
                          "more memory than the import's limit of 1024 MiB");
    }

    // Cancel stops a file that would load for a minute: Cancelled, and no import process left.
    void cancelStopsTheChild()
    {
        psnn::ImportOptions o = withLimits(4096, 60);
        std::thread canceller([cancel = o.cancel]() mutable {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel.cancel();
        });
        bool cancelled = false;
        try {
            psnn::loadAnyNetwork(modelDir() + "/hostile_endless_load.pt", o);
        } catch (const psnn::Cancelled &) {
            cancelled = true;
        }
        canceller.join();
        QVERIFY(cancelled);
        QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1)); // no child, not even a zombie
        QCOMPARE(errno, ECHILD);
    }

    // The child has the pipe and /dev/null and nothing else, under the limits it was given.
    void childGetsOnlyThePipeAndItsLimits()
    {
        psnn::setImportHelper(self());
        // A descriptor this process holds without close-on-exec must not reach the child.
        const int leaked = ::open("/dev/null", O_RDONLY);
        QVERIFY(leaked > psnn::kImportChildFd);
        expectError([&] { psnn::loadAnyNetwork(modelDir() + "/scripted_sequential.pt", withLimits(768, 7)); },
                    {"fds 0 1 2 3;", "stdin /dev/null;", "as 768 MiB;", "cpu 7 s;", "fsize 0;", "threads 1"});
        ::close(leaked);
    }

    void missingOrUnsetHelperIsAnError()
    {
        const std::string path = modelDir() + "/scripted_sequential.pt";
        psnn::setImportHelper("/nonexistent/privatesnn-cli");
        expectError([&] { psnn::loadAnyNetwork(path); }, {path + ": cannot read TorchScript files without /nonexistent/privatesnn-cli"});
        psnn::setImportHelper("");
        expectError([&] { psnn::loadAnyNetwork(path); }, {path + ": TorchScript files are read in a separate process"});
    }

    void limitsAreChecked()
    {
        const std::string path = modelDir() + "/scripted_sequential.pt";
        expectError([&] { psnn::loadAnyNetwork(path, withLimits(100, 10)); }, {"at least 256 MiB", "not 100 MiB"});
        expectError([&] { psnn::loadAnyNetwork(path, withLimits(1024, 0)); }, {"a positive time"});
    }

    // Typed by a person, the hidden command refuses to run without its pipe.
    void childCommandNeedsAPipe()
    {
        const int notAPipe = ::open("/dev/null", O_WRONLY);
        QCOMPARE(psnn::runImportChild(modelDir() + "/scripted_sequential.pt", "{}", notAPipe), 2);
        ::close(notAPipe);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], psnn::kImportChildCommand) == 0)
        return reportChild();
    QCoreApplication app(argc, argv);
    TestImportSandbox t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_importsandbox.moc"
