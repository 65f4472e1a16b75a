#include "workspace/pipeline.h"
#include "workspace/workspacelock.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace {

// Tries the lock in a child process, as a second CLI would: 0 when it got the lock, 3 when it was
// refused; the refusal's text comes back through a pipe.
int lockInChild(const std::string &dir, std::string *message)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        int code = 0;
        try {
            psnn::WorkspaceLock lock(dir);
        } catch (const psnn::Error &e) {
            const std::string what = e.what();
            (void)!write(fds[1], what.data(), what.size());
            code = e.code() == psnn::ErrorCode::InUse ? 3 : 4;
        }
        _exit(code);
    }
    close(fds[1]);
    char buffer[512];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        message->append(buffer, std::size_t(n));
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A process that holds the lock until it is killed, as a running CLI would.
pid_t holdInChild(const std::string &dir)
{
    int ready[2];
    if (pipe(ready) != 0)
        return -1;
    const pid_t holder = fork();
    if (holder == 0) {
        psnn::WorkspaceLock lock(dir);
        (void)!write(ready[1], "x", 1);
        pause();
        _exit(0);
    }
    char c;
    const bool held = read(ready[0], &c, 1) == 1;
    close(ready[0]);
    close(ready[1]);
    return held ? holder : -1;
}

std::string firstLine(const std::string &path)
{
    std::string line;
    std::getline(std::ifstream(path), line);
    return line;
}

} // namespace

class TestWorkspaceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondProcessIsRefused()
    {
        QTemporaryDir dir;
        const std::string ws = dir.path().toStdString();
        std::string message;
        {
            const psnn::WorkspaceLock lock(ws);
            QCOMPARE(lockInChild(ws, &message), 3);
            const std::string expected = "workspace in use by process " + std::to_string(getpid());
            QVERIFY2(message.find(expected) != std::string::npos, message.c_str());
            QVERIFY2(message.find(ws) != std::string::npos, message.c_str());
        }
        message.clear();
        QCOMPARE(lockInChild(ws, &message), 0);
    }

    // The pipeline holds the lock while its audit stage takes it again: that must not block.
    void nestsWithinOneProcess()
    {
        QTemporaryDir dir;
        const std::string ws = dir.path().toStdString();
        std::string message;
        {
            const psnn::WorkspaceLock outer(ws);
            {
                const psnn::WorkspaceLock inner(ws);
            }
            QCOMPARE(lockInChild(ws, &message), 3); // still held by the outer one
        }
        QCOMPARE(lockInChild(ws, &message), 0);
    }

    // A run killed with -9 leaves its lock file with its process id; the next run takes it over.
    void staleLockIsTakenOver()
    {
        QTemporaryDir dir;
        const std::string ws = dir.path().toStdString();
        const pid_t holder = holdInChild(ws);
        QVERIFY(holder > 0);
        QCOMPARE(firstLine(psnn::WorkspaceLock::lockFile(ws)), std::to_string(holder));
        std::string message;
        QCOMPARE(lockInChild(ws, &message), 3);
        kill(holder, SIGKILL);
        waitpid(holder, nullptr, 0);
        const psnn::WorkspaceLock lock(ws);
        QCOMPARE(firstLine(psnn::WorkspaceLock::lockFile(ws)), std::to_string(getpid()));
    }

    // The window saves settings.json while a CLI runs in the workspace: refused, the file kept.
    void settingsAreNotWrittenBesideARun()
    {
        QTemporaryDir dir;
        psnn::PipelineOptions o;
        o.workspace = dir.path().toStdString();
        o.model = "ann.psnn";
        psnn::writePipelineSettings(o);
        const std::string settings = o.workspace + "/settings.json", before = firstLine(settings);
        const pid_t holder = holdInChild(o.workspace);
        QVERIFY(holder > 0);
        o.model = "other.psnn";
        expectError([&] { psnn::writePipelineSettings(o); }, {"workspace in use by process " + std::to_string(holder)});
        QCOMPARE(firstLine(settings), before);
        kill(holder, SIGKILL);
        waitpid(holder, nullptr, 0);
        psnn::writePipelineSettings(o);
        QVERIFY(psnn::pipelineOptionsFromWorkspace(o.workspace).model.find("other.psnn") != std::string::npos);
    }

    // What a killed writer left half-done goes when the next one takes the lock; a second
    // process that is refused the lock removes nothing, and finished files stay.
    void leftoversGoWithTheLock()
    {
        QTemporaryDir dir;
        const std::string ws = dir.path().toStdString();
        const auto touch = [&](const std::string &name) { std::ofstream(ws + "/" + name) << "x"; };
        std::filesystem::create_directories(ws + "/.staging-encrypt/inner");
        touch(".staging-encrypt/inner/part.psnn");
        touch(".manifest.json.tmp-123456");
        touch("manifest.json");
        touch("encrypted.psnn");
        touch("notes.tmp-1");         // not the atomic writer's pattern (no leading dot)
        touch(".hidden.tmp-abc");     // nor this (no digits)
        {
            const psnn::WorkspaceLock holder(ws);
            touch(".results.json.tmp-42"); // the holder's own write in progress
            std::string message;
            QCOMPARE(lockInChild(ws, &message), 3);
            QVERIFY(std::filesystem::exists(ws + "/.results.json.tmp-42"));
        }
        const std::set<std::string> expected{".lock", "manifest.json", "encrypted.psnn", "notes.tmp-1", ".hidden.tmp-abc"};
        std::set<std::string> left;
        for (const auto &e : std::filesystem::directory_iterator(ws))
            left.insert(e.path().filename().string());
        // Taking the lock removed the staging folder and the manifest's temporary file. The file
        // written while the lock was held survived the refused child, and goes with the next lock.
        QVERIFY(left.count(".results.json.tmp-42"));
        left.erase(".results.json.tmp-42");
        QCOMPARE(left, expected);
        const psnn::WorkspaceLock again(ws);
        QVERIFY(!std::filesystem::exists(ws + "/.results.json.tmp-42"));
    }
};

QTEST_APPLESS_MAIN(TestWorkspaceLock)
#include "tst_workspacelock.moc"
