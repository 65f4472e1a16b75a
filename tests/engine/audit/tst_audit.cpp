#include "audit/inversion.h"
#include "core/sha256.h"
#include "data/datasets.h"
#include "model/modelfile.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "snn/conversion.h"
#include "synthesis/synthesis.h"
#include "snn/simulation.h"
#include "testutil.h"
#include "workspace/auditstage.h"
#include "workspace/pipeline.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <torch/torch.h>

#include <filesystem>
#include <numeric>
#include <fstream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

nlohmann::json readJson(const std::string &path)
{
    nlohmann::json j;
    std::ifstream(path) >> j;
    return j;
}

// Width and height from a PNG's IHDR chunk.
std::pair<int, int> pngSize(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    unsigned char h[24] = {};
    f.read(reinterpret_cast<char *>(h), 24);
    const auto be = [&](int o) { return int(h[o]) << 24 | int(h[o + 1]) << 16 | int(h[o + 2]) << 8 | int(h[o + 3]); };
    return {be(16), be(20)};
}

psnn::AuditOptions tinyAudit(const std::string &judge, const std::string &data)
{
    psnn::AuditOptions o;
    o.judge = judge;
    o.realData = data;
    o.memberData = data;
    o.nonMemberData = data;
    o.reconstructionsPerClass = 2;
    o.snnReconstructionsPerClass = 1;
    o.inversion.iterations = 30;
    o.snnTimesteps = 4;
    o.snnIterations = 4;
    o.evolution.iterations = 3;
    o.evolution.population = 4;
    o.realImagesPerClass = 4;
    o.membershipImages = 60;
    return o;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_data, m_workspace;

    std::string copyWorkspace(const std::string &name)
    {
        const std::string to = m_dir.filePath(QString::fromStdString(name)).toStdString();
        fs::copy(m_workspace, to, fs::copy_options::recursive);
        return to;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!fs::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
        torch::manual_seed(0);
        // 100 training images as members, 100 test images as non-members and SSIM references.
        m_data = m_dir.filePath("data").toStdString();
        fs::create_directories(m_data);
        const auto train = psnn::loadDataset("fashion-mnist", psnn::Split::Train);
        const auto test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        writeIdxSplit(m_data, "train", train.pixels.data(), {train.labels.begin(), train.labels.begin() + 100}, 28);
        writeIdxSplit(m_data, "t10k", test.pixels.data(), {test.labels.begin(), test.labels.begin() + 100}, 28);

        psnn::PipelineOptions o;
        o.model = psnn::demoModelPath();
        o.workspace = m_workspace = m_dir.filePath("ws").toStdString();
        o.testData = m_data;
        o.synthesis.imagesPerClass = 2;
        o.synthesis.iterations = 20;
        o.synthesis.learningRate = 0.05;
        o.conversion.snn.timesteps = 16;
        o.conversion.balanceImages = 16;
        o.encryption.epochs = 1;
        o.encryption.timesteps = 4;
        o.evaluation.limit = 20;
        psnn::runPipeline(o);
    }

    // Scenario 1 on the trained demo network: the network itself recognises what was made.
    void inversionRecoversTheClass()
    {
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        const auto scores = psnn::annScores(psnn::weightsAsAnn(ann));
        const auto targets = torch::arange(10, torch::kLong);
        psnn::InversionOptions o;
        o.iterations = 100;
        const auto x = psnn::invertByGradient(scores, torch::rand({10, 1, 28, 28}), targets, ann.normalization, o, {}, {});
        QVERIFY(x.min().item<double>() >= 0.0 && x.max().item<double>() <= 1.0);
        torch::NoGradGuard noGrad;
        const auto hits = scores(x).argmax(1).eq(targets).sum().item<int>();
        QVERIFY2(hits >= 9, std::to_string(hits).c_str());
    }

    // Scenario 2 through time, with the surrogate gradient and without any gradient: both move
    // the SNN's own output towards the intended class (lower objective than at the start).
    void snnInversionLowersTheObjective()
    {
        const psnn::Network snn = psnn::loadAnyNetwork(m_workspace + "/converted.psnn");
        const auto targets = torch::arange(10, torch::kLong);
        const auto start = torch::rand({10, 1, 28, 28});
        psnn::InversionOptions o;
        o.iterations = 25;
        const auto scores = psnn::snnScores(snn, 6, false);
        const auto objective = [&](const torch::Tensor &x) {
            torch::NoGradGuard noGrad;
            return psnn::inversionObjective(scores, x, targets, snn.normalization, o).mean().item<double>();
        };
        const double before = objective(start);
        const auto viaSurrogate = psnn::invertByGradient(psnn::snnScores(snn, 6, true), start, targets,
                                                         snn.normalization, o, {}, {});
        psnn::EvolutionOptions es;
        es.iterations = 25;
        const auto viaEvolution = psnn::invertByEvolution(scores, start, targets, snn.normalization, o, es, 3, {}, {});
        QVERIFY2(objective(viaSurrogate) < 0.7 * before,
                 (std::to_string(objective(viaSurrogate)) + " vs " + std::to_string(before)).c_str());
        QVERIFY2(objective(viaEvolution) < before,
                 (std::to_string(objective(viaEvolution)) + " vs " + std::to_string(before)).c_str());
    }

    // The threshold-aware reading of a converted (not yet encrypted) SNN is the network the SNN
    // approximates: with direct coding and thresholds at the maximum it is the ANN, clipped where
    // real images drive a neuron past what synthetic ones did.
    void rateReadingOfAConvertedSnnIsTheAnn()
    {
        psnn::ConversionOptions co;
        co.snn.coding = psnn::InputCoding::Direct;
        co.balanceImages = 64;
        co.snn.timesteps = 8;
        const std::string out = m_dir.filePath("direct.psnn").toStdString();
        psnn::SynthesisOptions so;
        so.imagesPerClass = 8;
        so.iterations = 40;
        so.learningRate = 0.05;
        psnn::convertModel(psnn::demoModelPath(), psnn::synthesize(psnn::demoModelPath(), so), out, co);
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        const psnn::Network snn = psnn::loadAnyNetwork(out);
        const auto test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        std::vector<std::int64_t> idx(1000);
        std::iota(idx.begin(), idx.end(), 0);
        const psnn::Normalization identity{{0.f}, {1.f}};
        const auto pixels = psnn::imagesToTensor(test, idx, identity);
        torch::NoGradGuard noGrad;
        const auto fromAnn = psnn::annScores(ann)(pixels).argmax(1);
        const auto fromRate = psnn::rateScores(snn)(pixels).argmax(1);
        const double same = fromAnn.eq(fromRate).to(torch::kFloat64).mean().item<double>();
        QVERIFY2(same >= 0.99, std::to_string(same).c_str());
    }

    void auditWritesResultsGalleriesAndProvenance()
    {
        const std::string ws = copyWorkspace("full");
        const auto r = psnn::runAudit(ws, tinyAudit(psnn::judgeModelPath(), m_data));
        // 3 models x scenario 1, 2 SNNs x (threshold-aware reading, surrogate, evolution)
        QCOMPARE(r.attacks.size(), std::size_t(9));
        for (const auto &a : r.attacks) {
            QVERIFY(a.attackTop1 >= 0 && a.attackTop1 <= a.attackTop3 && a.attackTop3 <= 1);
            QVERIFY(a.ssimClassMean > -1 && a.ssimClassMean <= 1);
            QVERIFY(a.ssimNearest >= a.ssimClassMean - 1); // both computed
            const int cols = a.scenario.rfind("snn_", 0) == 0 ? 1 : 2;
            QCOMPARE(a.reconstructions, std::int64_t(10 * cols));
            QVERIFY(a.top1Interval.low <= a.attackTop1 && a.attackTop1 <= a.top1Interval.high);
            QVERIFY(a.top1Interval.high - a.top1Interval.low > 0.1); // 10 or 20 reconstructions: wide
            QCOMPARE(int(a.judgePrediction.size()), 10 * cols);
            QCOMPARE(pngSize(ws + "/" + a.gallery), std::make_pair(cols * 28, 10 * 28));
            // top-1 is the share of reconstructions whose judged class is the intended one.
            int hits = 0;
            for (std::size_t k = 0; k < a.intended.size(); ++k)
                hits += a.intended[k] == a.judgePrediction[k];
            QCOMPARE(a.attackTop1, double(hits) / double(a.intended.size()));
        }
        QCOMPARE(r.membership.size(), std::size_t(6));
        // Every weight reading classifies the real test images (100 of them in this folder).
        QCOMPARE(r.readingAccuracy.size(), std::size_t(5));
        for (const auto &ra : r.readingAccuracy)
            QVERIFY(ra.images == 100 && ra.accuracy >= 0 && ra.accuracy <= 1);
        QVERIFY(r.readingAccuracy[0].accuracy > 0.8); // the ANN itself
        QCOMPARE(pngSize(ws + "/audit-real.png"), std::make_pair(6 * 28, 10 * 28));

        const auto results = readJson(ws + "/results.json");
        QVERIFY(results.contains("encrypted")); // the pipeline's numbers are kept
        const auto &audit = results.at("audit");
        for (const char *m : {"ann", "converted", "encrypted"})
            for (const char *key : {"attack_top1", "attack_top1_interval", "reconstructions", "attack_top3", "confidence",
                                    "ssim_class_mean", "ssim_nearest", "test_accuracy"})
                QVERIFY2(audit.at(m).at("weights_to_ann").contains(key), key);
        QVERIFY(audit.at("encrypted").at("snn_surrogate").contains("attack_top1"));
        QVERIFY(audit.at("ann").at("membership").contains("auc"));
        QVERIFY(audit.at("ann").at("membership").contains("tpr_at_1pct_fpr"));
        const auto read = psnn::Workspace(ws, false).stage("audit")->dataFilesRead;
        QCOMPARE(read.size(), std::size_t(4)); // the two IDX pairs of the data folder
        for (const auto &f : read)
            QVERIFY2(f.rfind(m_data, 0) == 0, f.c_str());

        // Unchanged inputs and settings: the audit is current and not redone.
        QVERIFY(psnn::runAudit(ws, tinyAudit(psnn::judgeModelPath(), m_data)).skipped);
    }

    void identicalSeedsGiveIdenticalReconstructions()
    {
        auto o = tinyAudit(psnn::judgeModelPath(), "");
        o.memberData = o.nonMemberData = "";
        const std::string a = copyWorkspace("seed-a"), b = copyWorkspace("seed-b"), c = copyWorkspace("seed-c");
        psnn::runAudit(a, o);
        psnn::runAudit(b, o);
        o.seed = 2;
        psnn::runAudit(c, o);
        for (const char *g : {"audit-ann-weights_to_ann.png", "audit-encrypted-snn_surrogate.png",
                              "audit-converted-snn_evolution.png"}) {
            QCOMPARE(psnn::sha256File(a + "/" + g), psnn::sha256File(b + "/" + g));
            QVERIFY(psnn::sha256File(a + "/" + g) != psnn::sha256File(c + "/" + g));
        }
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        const std::string ws = copyWorkspace("cancel");
        const std::string results = psnn::sha256File(ws + "/results.json");
        psnn::CancelToken cancel;
        bool cancelled = false;
        try {
            psnn::runAudit(ws, tinyAudit(psnn::judgeModelPath(), m_data), [&](const psnn::Progress &p) {
                if (p.fraction > 0.3)
                    cancel.cancel();
            }, cancel);
        } catch (const psnn::Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!psnn::Workspace(ws, false).stage("audit"));
        QVERIFY(!fs::exists(ws + "/audit.json"));
        QVERIFY(!fs::exists(ws + "/.staging-audit"));
        QCOMPARE(psnn::sha256File(ws + "/results.json"), results);
    }

    void badInputsGiveClearMessages()
    {
        const auto o = tinyAudit(psnn::judgeModelPath(), "");
        const std::string ws = copyWorkspace("bad");
        fs::remove(ws + "/encrypted.psnn");
        expectError([&] { psnn::runAudit(ws, o); }, {"encrypted.psnn", "run `encrypt`"});
        expectError([&] { psnn::runAudit(m_dir.filePath("none").toStdString(), o); }, {"does not exist"});

        // A judge for five classes of the same images.
        psnn::Network five = psnn::loadAnyNetwork(psnn::judgeModelPath());
        auto &last = five.layers.back();
        last.weight = last.weight.narrow(0, 0, 5).clone();
        last.bias = last.bias.narrow(0, 0, 5).clone();
        five.classNames.resize(5);
        const std::string fivePath = m_dir.filePath("five.psnn").toStdString();
        psnn::saveNetwork(five, fivePath);
        auto wrong = o;
        wrong.judge = fivePath;
        expectError([&] { psnn::runAudit(m_workspace, wrong); }, {"judge has 5 classes", "audited model has 10", fivePath});

        wrong.judge = psnn::resourcesDir() + "/models/cifar10-vgg-small.psnn";
        expectError([&] { psnn::runAudit(m_workspace, wrong); }, {"judge takes 3x32x32"});
        wrong.judge = "";
        expectError([&] { psnn::runAudit(m_workspace, wrong); }, {"needs a judge"});
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
