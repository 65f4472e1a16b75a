#include "data/datasets.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "snn/autoconversion.h"
#include "snn/simulation.h"
#include "snn/snnevaluation.h"
#include "synthesis/synthesis.h"
#include "testutil.h"
#include "workspace/pipeline.h"

#include <torch/torch.h>

#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <set>

class TestAutoConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/setup.sh installs it)");
        psnn::SynthesisOptions so;
        so.imagesPerClass = 10;
        so.iterations = 40;
        so.learningRate = 0.05;
        m_synthetic = m_dir.filePath("synthetic.bin").toStdString();
        psnn::writeSyntheticSet(psnn::synthesize(psnn::demoModelPath(), so), m_synthetic);
        m_options.automatic = true;
        m_options.snn.timesteps = 16;
        m_options.balanceImages = 40;
        m_options.scoreImages = 50;
        m_options.bnIterations = 20;
    }

    // A candidate's score is its SNN's agreement with the ANN's labels on images it was not
    // balanced on, computed here again by simulating the returned SNN.
    void scoresOnHeldOutImages()
    {
        const auto set = psnn::readSyntheticSet(m_synthetic);
        const psnn::Network ann = psnn::loadAnyNetwork(psnn::demoModelPath());
        psnn::CandidateScorer scorer(psnn::demoModelPath(), ann, set.images(), m_options, {});
        const auto &held = scorer.heldOutIndices();
        const auto &balance = scorer.balanceIndices();
        QCOMPARE(held.size(), std::size_t(50));
        QCOMPARE(scorer.heldOut(), std::int64_t(100)); // and as many mixtures of them
        QCOMPARE(balance.size(), std::size_t(40));
        std::set<std::int64_t> overlap(held.begin(), held.end());
        for (auto i : balance)
            QVERIFY2(!overlap.count(i), "an image is both balanced on and scored on");
        psnn::ConversionCandidate c;
        c.snn = m_options.snn;
        c.snn.coding = psnn::InputCoding::Direct;
        c.snn.initialMembrane = 0.5;
        c.percentile = 99.9;
        const psnn::Network snn = scorer.score(c, nullptr);
        QVERIFY(c.error.empty());
        torch::NoGradGuard noGrad;
        // The plain held-out images: the SNN against the labels the synthesis stored.
        const auto plain = psnn::imagesToTensor(set.images(), held, ann.normalization);
        const auto out = psnn::simulate(snn, plain).output.sum(0).argmax(1);
        double plainHits = 0;
        for (std::size_t k = 0; k < held.size(); ++k)
            plainHits += out[std::int64_t(k)].item<std::int64_t>() == set.images().labels[std::size_t(held[k])];
        // The score also counts mixtures of held-out pairs, which are harder: it cannot exceed
        // the plain agreement by more than the mixtures' share allows, and it is a fraction of 100.
        QCOMPARE(c.scored, std::int64_t(100));
        QVERIFY(c.agreement * 100 == std::round(c.agreement * 100));
        QVERIFY(c.agreement <= (plainHits + 50) / 100.0);
        QVERIFY(c.agreement >= plainHits / 100.0);
    }

    // Auto tries every value of every setting group once (from the best so far), chooses the best
    // score, records every candidate, reads only the synthetic set, and comes close to the ANN.
    void choosesTheBestCandidateDataFree()
    {
        const std::string out = m_dir.filePath("auto.psnn").toStdString();
        const auto rep = psnn::convertModel(psnn::demoModelPath(), psnn::readSyntheticSet(m_synthetic), out, m_options);
        QVERIFY(rep.chosen >= 0);
        // 3 codings x signed or not x two membrane starts, 3 more percentiles, BN inversion (the demo has BN).
        QCOMPARE(rep.candidates.size(), std::size_t(16));
        double best = -1;
        for (const auto &c : rep.candidates)
            best = std::max(best, c.agreement);
        QCOMPARE(rep.candidates[std::size_t(rep.chosen)].agreement, best);
        QVERIFY(std::any_of(rep.candidates.begin(), rep.candidates.end(),
                            [](const auto &c) { return c.thresholdImages == "bn-inversion"; }));
        QCOMPARE(rep.dataFilesRead, std::vector<std::string>{m_synthetic});
        QVERIFY(!rep.usedRealData);
        const auto &chosen = rep.candidates[std::size_t(rep.chosen)];
        const auto saved = psnn::inspectModel(out);
        QCOMPARE(int(saved.snn.coding), int(chosen.snn.coding));
        QCOMPARE(saved.snn.initialMembrane, chosen.snn.initialMembrane);
        QCOMPARE(saved.snn.signedSpikes, chosen.snn.signedSpikes);
        QCOMPARE(rep.percentile, chosen.percentile);

        // On real test images (evaluation only) the chosen SNN is far from the poor settings (the
        // paper's defaults give 10-12 % at this T), though with 40 balancing and 100 scored
        // images the choice is noisy; bench/RESULTS.md has the full-size runs (the ANN: 92.4 %).
        const auto test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        psnn::SnnEvalOptions eo;
        eo.limit = 400;
        const double snn = psnn::evaluateSnn(out, test, eo).accuracy;
        QVERIFY2(snn > 0.8, std::to_string(snn).c_str());
    }

    // `pipeline` records the candidates in the manifest, and real data stays out of conversion.
    void pipelineRecordsCandidates()
    {
        psnn::PipelineOptions o;
        o.model = psnn::demoModelPath();
        o.workspace = m_dir.filePath("ws").toStdString();
        o.synthesis.imagesPerClass = 8;
        o.synthesis.iterations = 20;
        o.synthesis.learningRate = 0.05;
        o.conversion = m_options;
        o.stopAfter = "convert";
        const auto r = psnn::runPipeline(o);
        QVERIFY(r.stoppedEarly);
        const auto status = psnn::pipelineStatus(o);
        QCOMPARE(int(status[2].state), int(psnn::StageState::Done));
        const std::string results = status[2].resultsJson;
        QVERIFY(results.find("\"candidates\"") != std::string::npos);
        QVERIFY(results.find("\"chosen\"") != std::string::npos);
        // Reopening the workspace gives the same (auto) conversion settings: nothing is stale.
        const auto reopened = psnn::pipelineOptionsFromWorkspace(o.workspace);
        QVERIFY(reopened.conversion.automatic);
        QCOMPARE(reopened.conversion.scoreImages, 50);
    }

    void refusesTooSmallASet()
    {
        psnn::SynthesisOptions so;
        so.imagesPerClass = 1;
        so.iterations = 2;
        auto set = psnn::synthesize(psnn::demoModelPath(), so);
        psnn::ConversionOptions o = m_options;
        o.scoreImages = 0;
        expectError([&] { psnn::convertModel(psnn::demoModelPath(), set, m_dir.filePath("x.psnn").toStdString(), o); },
                    {"at least 1 score image"});
    }

private:
    QTemporaryDir m_dir;
    std::string m_synthetic;
    psnn::ConversionOptions m_options;
};

QTEST_GUILESS_MAIN(TestAutoConversion)
#include "tst_autoconversion.moc"
