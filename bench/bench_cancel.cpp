// Cancel latency per stage: the time from CancelToken::cancel() to runPipeline() having stopped
// (thrown Cancelled), at random moments of each stage. The largest is what a person waits for
// after pressing Cancel in the window, whose worker calls the same runPipeline().
//   bench_cancel [CANCELS_PER_STAGE=8] [SEED=1] [SCRATCH=bench-cancel] [MODEL.pt|-] [ONLY-STAGE]
// MODEL.pt (a TorchScript file, e.g. build/tests/torchscript-models/fmnist_normalised.pt) adds a
// row for an import that runs in its child process (model/importsandbox.h).
// The demo model with the window's own settings (recommendedPipelineOptions), fewer synthetic
// images and epochs so that a stage takes seconds, not minutes: every batch, step and image is the
// size it has in the window, and those are what the cancel checks sit between.
#include "core/error.h"
#include "core/runtime.h"
#include "model/importsandbox.h"
#include "workspace/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

using namespace psnn;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string g_torchScript; // empty: the import stage reads the demo's .psnn

PipelineOptions benchOptions(const std::string &workspace, const std::string &stage)
{
    PipelineOptions o = demoPipelineOptions(workspace);
    if (stage == "import (TorchScript)")
        o.model = g_torchScript;
    o.synthesis.imagesPerClass = 10;
    o.synthesis.iterations = 60;
    o.encryption.epochs = 1;
    o.evaluation.limit = 300;
    return o;
}

const std::vector<std::string> kStages = {"import", "synthesize", "convert", "encrypt", "evaluate", "energy", "audit"};

PipelineOptions upTo(PipelineOptions o, const std::string &stage)
{
    o.stopAfter = stage == "audit" ? std::string() : stage.substr(0, stage.find(' '));
    o.withAudit = stage == "audit";
    return o;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    const int perStage = argc > 1 ? std::atoi(argv[1]) : 8;
    std::mt19937 rng(argc > 2 ? unsigned(std::atoi(argv[2])) : 1u);
    const fs::path scratch = fs::absolute(argc > 3 ? argv[3] : "bench-cancel");
    std::vector<std::string> stages = kStages;
    const std::string only = argc > 5 ? argv[5] : "";
    if (argc > 4 && std::string(argv[4]) != "-") {
        g_torchScript = fs::absolute(argv[4]).string();
        setImportHelper((fs::absolute(argv[0]).parent_path().parent_path() / "app" / "privatesnn-cli").string());
        stages.insert(stages.begin() + 1, "import (TorchScript)");
    }
    fs::remove_all(scratch);
    fs::create_directories(scratch);

    // The workspace before each stage, and each stage's uncancelled duration.
    const fs::path growing = scratch / "reference";
    std::map<std::string, fs::path> before;
    std::map<std::string, double> duration;
    for (const std::string &stage : stages) {
        before[stage] = scratch / ("before-" + stage);
        const bool own = stage == "import (TorchScript)"; // a workspace of its own: the rest is the demo's
        if (fs::exists(growing) && !own)
            fs::copy(growing, before[stage], fs::copy_options::recursive);
        const auto t0 = Clock::now();
        runPipeline(upTo(benchOptions((own ? scratch / "torchscript" : growing).string(), stage), stage));
        duration[stage] = seconds(Clock::now() - t0);
    }

    std::printf("| stage | run of the stage alone, s | cancels | median latency, s | worst latency, s |\n|---|---|---|---|---|\n");
    for (const std::string &stage : stages) {
        if (!only.empty() && stage != only)
            continue;
        std::vector<double> latencies;
        int finishedFirst = 0;
        for (int i = 0; i < perStage; ++i) {
            const fs::path ws = scratch / ("cancel-" + stage);
            fs::remove_all(ws);
            if (fs::exists(before[stage]))
                fs::copy(before[stage], ws, fs::copy_options::recursive);
            CancelToken cancel;
            std::atomic_bool done{false};
            bool cancelled = false;
            std::thread job([&] {
                try {
                    runPipeline(upTo(benchOptions(ws.string(), stage), stage), {}, cancel);
                } catch (const Cancelled &) {
                    cancelled = true;
                }
                done = true;
            });
            const fs::path staging = ws / (".staging-" + stage.substr(0, stage.find(' ')));
            while (!done && !fs::exists(staging))
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            std::this_thread::sleep_for(std::chrono::duration<double>(
                std::uniform_real_distribution<double>(0.0, duration[stage])(rng)));
            const auto t0 = Clock::now();
            cancel.cancel();
            job.join();
            if (cancelled)
                latencies.push_back(seconds(Clock::now() - t0));
            else
                ++finishedFirst;
        }
        std::sort(latencies.begin(), latencies.end());
        const double median = latencies.empty() ? 0 : latencies[latencies.size() / 2];
        const double worst = latencies.empty() ? 0 : latencies.back();
        std::printf("| %s | %.2f | %zu (%d finished first) | %.3f | %.3f |\n", stage.c_str(), duration[stage],
                    latencies.size(), finishedFirst, median, worst);
        std::fflush(stdout);
    }
    return 0;
}
