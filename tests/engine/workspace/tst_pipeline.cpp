#include "core/sha256.h"
#include "data/datasets.h"
#include "testutil.h"
#include "workspace/pipeline.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

// A real test set small enough for a test: the first 40 Fashion-MNIST test images as IDX files.
void writeSmallTestSet(const std::string &dir)
{
    const psnn::ImageSet s = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
    fs::create_directories(dir);
    writeIdxTestSplit(dir, s.pixels.data(), std::vector<int>(s.labels.begin(), s.labels.begin() + 40), 28);
}

psnn::PipelineOptions tiny(const std::string &workspace, const std::string &testData)
{
    psnn::PipelineOptions o;
    o.model = psnn::demoModelPath();
    o.workspace = workspace;
    o.testData = testData;
    o.synthesis.imagesPerClass = 2;
    o.synthesis.iterations = 20;
    o.synthesis.learningRate = 0.05;
    o.conversion.snn.timesteps = 20;
    o.conversion.balanceImages = 16;
    o.conversion.percentile = 99.9;
    o.encryption.epochs = 2;
    o.encryption.timesteps = 8;
    o.encryption.batchSize = 8;
    o.encryption.learningRate = 1e-3;
    o.evaluation.limit = 40;
    return o;
}

nlohmann::json readJson(const std::string &path)
{
    nlohmann::json j;
    std::ifstream(path) >> j;
    return j;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!fs::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
    }

    // Cancel in the middle of `encrypt`, resume, and get what an uninterrupted run gets.
    void killResumeGivesIdenticalResults()
    {
        QTemporaryDir dir;
        const std::string data = dir.filePath("test-data").toStdString();
        writeSmallTestSet(data);

        const auto straight = psnn::runPipeline(tiny(dir.filePath("a").toStdString(), data));
        QCOMPARE(straight.ran.size(), std::size_t(6));

        const std::string ws = dir.filePath("b").toStdString();
        psnn::CancelToken cancel;
        bool cancelled = false;
        try {
            psnn::runPipeline(tiny(ws, data), [&](const psnn::Progress &p) {
                if (p.stage == "encrypt" && p.fraction > 0.5)
                    cancel.cancel();
            }, cancel);
        } catch (const psnn::Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        {
            const psnn::Workspace w(ws, false);
            QCOMPARE(w.stageNames(), (std::vector<std::string>{"import", "synthesize", "convert"}));
            QVERIFY(!fs::exists(w.file("encrypted.psnn")));
            QVERIFY(!fs::exists(w.file(".staging-encrypt")));
        }

        const auto resumed = psnn::runPipeline(tiny(ws, data));
        QCOMPARE(resumed.skipped, (std::vector<std::string>{"import", "synthesize", "convert"}));
        QCOMPARE(resumed.ran, (std::vector<std::string>{"encrypt", "evaluate", "energy"}));
        for (const char *file : {"synthetic.bin", "converted.psnn", "encrypted.psnn", "energy.json"})
            QVERIFY2(psnn::sha256File(dir.filePath("a").toStdString() + "/" + file) == psnn::sha256File(ws + "/" + file),
                     file);
        const auto a = readJson(straight.resultsPath), b = readJson(resumed.resultsPath);
        QCOMPARE(a.at("encrypted").at("accuracy").get<double>(), b.at("encrypted").at("accuracy").get<double>());
        QVERIFY(a.at("accuracy_vs_timestep") == b.at("accuracy_vs_timestep"));
        // evaluation.json also records timings; its numbers must agree.
        const auto ea = readJson(dir.filePath("a").toStdString() + "/evaluation.json"), eb = readJson(ws + "/evaluation.json");
        for (const char *m : {"converted", "encrypted"})
            for (const char *key : {"accuracy_per_step", "spike_rate_per_step", "input_spikes_per_neuron"})
                QVERIFY2(ea.at(m).at(key) == eb.at(m).at(key), key);

        // Nothing changed: nothing is redone.
        const auto again = psnn::runPipeline(tiny(ws, data));
        QVERIFY(again.ran.empty());
        // A changed setting redoes that stage and what depends on it, nothing before it.
        auto changed = tiny(ws, data);
        changed.encryption.epochs = 1;
        const auto partial = psnn::runPipeline(changed);
        QCOMPARE(partial.ran, (std::vector<std::string>{"encrypt", "evaluate", "energy"}));
    }

    // The results file holds what the issue promises, and only `evaluate` read real data.
    // The GUI's per-step Run: stop after a stage; the status shows what is done and what is stale.
    void stopAfterAndStatus()
    {
        QTemporaryDir dir;
        const std::string data = dir.filePath("test-data").toStdString();
        writeSmallTestSet(data);
        auto o = tiny(dir.filePath("w").toStdString(), data);
        const auto states = [&] {
            std::vector<psnn::StageState> out;
            for (const auto &s : psnn::pipelineStatus(o))
                out.push_back(s.state);
            return out;
        };
        using S = psnn::StageState;
        QCOMPARE(states(), (std::vector<S>{S::NotRun, S::NotRun, S::NotRun, S::NotRun, S::NotRun, S::NotRun}));
        o.stopAfter = "convert";
        const auto r = psnn::runPipeline(o);
        QVERIFY(r.stoppedEarly);
        QCOMPARE(r.ran, (std::vector<std::string>{"import", "synthesize", "convert"}));
        QCOMPARE(states(), (std::vector<S>{S::Done, S::Done, S::Done, S::NotRun, S::NotRun, S::NotRun}));
        // New synthesis settings: synthesize would run again, and so would convert behind it.
        o.synthesis.iterations = 21;
        QCOMPARE(states(), (std::vector<S>{S::Done, S::Stale, S::Stale, S::NotRun, S::NotRun, S::NotRun}));
        o.synthesis.iterations = 20;
        QCOMPARE(psnn::pipelineStatus(o)[2].stage, std::string("convert"));
        QCOMPARE(states()[2], S::Done);
        // A workspace moved elsewhere is still current (its own files are recorded by name).
        const std::string moved = dir.filePath("moved").toStdString();
        fs::rename(o.workspace, moved);
        o.workspace = moved;
        QCOMPARE(states(), (std::vector<S>{S::Done, S::Done, S::Done, S::NotRun, S::NotRun, S::NotRun}));
        // Reopened from its manifest alone (as the GUI does), it is current too.
        const auto reopened = psnn::pipelineOptionsFromWorkspace(moved);
        QCOMPARE(reopened.model, fs::absolute(o.model).lexically_normal().string());
        QCOMPARE(reopened.synthesis.iterations, 20);
        QCOMPARE(reopened.conversion.percentile, 99.9);
        std::vector<S> again;
        for (const auto &st : psnn::pipelineStatus(reopened))
            again.push_back(st.state);
        QCOMPARE(again, (std::vector<S>{S::Done, S::Done, S::Done, S::NotRun, S::NotRun, S::NotRun}));

        // A manifest of version 0.1.0 named the workspace's own inputs by full path: still current.
        auto manifest = readJson(moved + "/manifest.json");
        for (auto &[name, stage] : manifest.at("stages").items()) {
            nlohmann::json inputs = nlohmann::json::object();
            for (auto &[file, sha] : stage.at("inputs").items())
                inputs[file.find('/') == std::string::npos ? "/old/place/" + file : file] = sha;
            stage["inputs"] = inputs;
        }
        std::ofstream(moved + "/manifest.json") << manifest.dump();
        QCOMPARE(states(), (std::vector<S>{S::Done, S::Done, S::Done, S::NotRun, S::NotRun, S::NotRun}));
    }

    void resultsAndDataProvenance()
    {
        QTemporaryDir dir;
        const std::string data = dir.filePath("test-data").toStdString();
        writeSmallTestSet(data);
        const auto r = psnn::runPipeline(tiny(dir.filePath("w").toStdString(), data));
        const auto j = readJson(r.resultsPath);
        for (const char *key : {"ann", "converted", "encrypted", "energy", "accuracy_vs_timestep", "weight_similarity",
                                "data_files_read"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j.at("converted").at("timesteps").get<int>(), 20);
        QCOMPARE(j.at("accuracy_vs_timestep").at("encrypted").size(), std::size_t(20));
        QVERIFY(j.at("energy").at("ann_pj").get<double>() > 0);
        const auto &read = j.at("data_files_read");
        for (const char *stage : {"synthesize", "convert", "encrypt"})
            for (const auto &f : read.at(stage))
                QVERIFY2(f.get<std::string>().rfind(dir.filePath("w").toStdString(), 0) == 0, f.dump().c_str());
        QCOMPARE(read.at("evaluate").size(), std::size_t(2));
        // Encryption with a higher learning rate moves the weights away from the ANN's.
        for (const auto &s : j.at("weight_similarity"))
            QVERIFY(s.at("after").get<double>() < s.at("before").get<double>());
    }

    // Synthesize, convert and encrypt run with the real data gone; only evaluate misses it.
    void stagesBeforeEvaluationNeverReadRealData()
    {
        QTemporaryDir dir;
        const std::string data = dir.filePath("test-data").toStdString();
        writeSmallTestSet(data);
        fs::remove_all(data); // unreadable from here on
        const std::string ws = dir.filePath("w").toStdString();
        // The T search too: it runs on probes made from the synthetic images.
        psnn::PipelineOptions o = tiny(ws, data);
        o.encryption.deployTimesteps = "search";
        expectError([&] { psnn::runPipeline(o); }, {data, "does not exist"});
        const psnn::Workspace w(ws, false);
        QCOMPARE(w.stageNames(), (std::vector<std::string>{"import", "synthesize", "convert", "encrypt"}));
        QVERIFY(fs::exists(w.file("encrypted.psnn")));
        const auto encrypt = w.stage("encrypt");
        QCOMPARE(encrypt->dataFilesRead.size(), std::size_t(1));
        QVERIFY2(encrypt->dataFilesRead[0].find("synthetic.bin") != std::string::npos, encrypt->dataFilesRead[0].c_str());
        const auto search = nlohmann::json::parse(encrypt->resultsJson).at("deploy_search");
        QVERIFY(search.at("chosen").get<int>() >= 1 && search.at("chosen").get<int>() <= 20);
    }

    void damagedOrNewerWorkspace()
    {
        QTemporaryDir dir;
        const std::string ws = dir.filePath("w").toStdString();
        fs::create_directories(ws);
        std::ofstream(ws + "/manifest.json") << "{ not json";
        expectError([&] { psnn::Workspace w(ws); }, {ws, "damaged manifest.json"});
        std::ofstream(ws + "/manifest.json") << R"({"format": "privatesnn-workspace", "version": 7, "stage_order": [], "stages": {}})";
        expectError([&] { psnn::Workspace w(ws); }, {ws, "newer PrivateSNN Workbench", "version 7"});
        expectError([&] { psnn::Workspace w(dir.filePath("none").toStdString(), false); }, {"none", "does not exist"});
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
