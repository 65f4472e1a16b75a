// Does the data-free score of `auto` conversion predict the real result? Candidates are converted
// and scored on held-out synthetic images exactly as `auto` does, then evaluated on the real test
// set; prints both, their Spearman rank correlation, the ANN on the same images and what `auto`
// chose. `grid`: every candidate of conversionCandidateGrid(); `search`: the ones auto's own
// search visits (cheaper, for large networks).
//   bench_autoconversion grid|search MODEL.psnn SYNTHETIC.bin TEST_DATA [timesteps=100]
//       [test_images=2000] [balance=256] [score=256]
#include "core/runtime.h"
#include "data/datasets.h"
#include "model/evaluation.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "snn/autoconversion.h"
#include "snn/conversion.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <string>

using namespace psnn;

namespace {

std::vector<double> ranks(const std::vector<double> &v)
{
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = (double(i) + double(j)) / 2.0 + 1.0; // ties share their mean rank
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / double(a.size());
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / double(b.size());
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

std::string describe(const ConversionCandidate &c)
{
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-13s %-6s start %.1f  p%-6g %s", codingName(c.snn.coding),
                  c.snn.signedSpikes ? "signed" : "-", c.snn.initialMembrane, c.percentile,
                  c.thresholdImages == "bn-inversion" ? "BN inversion" : "data impressions");
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_autoconversion grid|search MODEL.psnn SYNTHETIC.bin TEST_DATA [timesteps] "
                             "[test_images] [balance] [score]\n");
        return 2;
    }
    const std::string mode = argv[1], model = argv[2], synthetic = argv[3], testData = argv[4];
    ConversionOptions o;
    o.snn.timesteps = argc > 5 ? std::stoi(argv[5]) : 100;
    const std::int64_t limit = argc > 6 ? std::stoll(argv[6]) : 2000;
    o.balanceImages = argc > 7 ? std::stoi(argv[7]) : 256;
    o.scoreImages = argc > 8 ? std::stoi(argv[8]) : 256;
    o.percentile = 99.9;
    o.automatic = true;
    useComputeThreads();
    const auto dir = std::filesystem::temp_directory_path() / ("bench-autoconversion-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const SyntheticSet set = readSyntheticSet(synthetic);
    const ImageSet test = loadDataset(testData, Split::Test);
    SnnEvalOptions eo;
    eo.limit = limit;
    const double ann = evaluateModel(model, testData, Split::Test, limit).accuracy;

    // Auto's own search, keeping every candidate's SNN.
    std::vector<ConversionCandidate> candidates;
    const Network annNet = loadAnyNetwork(model);
    ConversionReport report;
    const Network chosen = chooseConversion(model, annNet, set.images(), o, report, {}, {},
                                            [&](const ConversionCandidate &c, const Network &snn) {
                                                if (mode == "search" && !snn.layers.empty())
                                                    saveNetwork(snn, (dir / ("candidate-" + std::to_string(candidates.size()) + ".psnn")).string());
                                                candidates.push_back(c);
                                            });
    saveNetwork(chosen, (dir / "auto.psnn").string());
    const double autoReal = evaluateSnn((dir / "auto.psnn").string(), test, eo).accuracy;
    if (mode == "grid")
        candidates = scoreConversionCandidates(model, set, conversionCandidateGrid(model, o), o, dir.string());

    std::vector<double> synth, real;
    std::printf("%-56s %10s %10s\n", "candidate", "synthetic", "real");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto file = dir / ("candidate-" + std::to_string(i) + ".psnn");
        if (!candidates[i].error.empty()) {
            std::printf("%-56s cannot run: %s\n", describe(candidates[i]).c_str(), candidates[i].error.c_str());
            continue;
        }
        const double acc = evaluateSnn(file.string(), test, eo).accuracy;
        synth.push_back(candidates[i].agreement);
        real.push_back(acc);
        std::printf("%-56s %9.2f%% %9.2f%%\n", describe(candidates[i]).c_str(), 100 * candidates[i].agreement, 100 * acc);
        std::fflush(stdout);
    }
    std::printf("Spearman rank correlation (synthetic agreement vs real accuracy): %.3f over %zu candidates (%s)\n",
                pearson(ranks(synth), ranks(real)), synth.size(), mode.c_str());
    std::printf("best real accuracy of any candidate: %.2f%%\n", 100 * *std::max_element(real.begin(), real.end()));
    const auto &pick = report.candidates[std::size_t(report.chosen)];
    std::printf("auto (%zu conversions) chose %s: synthetic %.2f%%, real %.2f%%; ANN %.2f%% on the same %lld test "
                "images; T = %d\n",
                report.candidates.size(), describe(pick).c_str(), 100 * pick.agreement, 100 * autoReal, 100 * ann,
                (long long)std::min<std::int64_t>(limit, std::int64_t(test.size())), o.snn.timesteps);
    std::filesystem::remove_all(dir);
    return 0;
}
