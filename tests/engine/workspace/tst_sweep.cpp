#include "core/network.h"
#include "model/modelloader.h"
#include "testutil.h"
#include "workspace/sweep.h"

#include <QTemporaryDir>

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

// The sweep on a copy of the tiny workspace (every stage run by the CLI with tiny settings).
class TestSweep : public QObject
{
    Q_OBJECT

    psnn::SweepOptions tiny(const std::string &ws) const
    {
        psnn::SweepOptions o;
        o.workspace = ws;
        o.strengths = {0.0, 4.0};
        // The tiny workspace's own encryption settings (tests/CMakeLists.txt).
        o.encryption.epochs = 1;
        o.encryption.timesteps = 4;
        o.testData = "fashion-mnist";
        o.testLimit = 40;
        o.audit.judge = std::string(qgetenv("PSNN_RESOURCES").constData()) + "/models/fmnist-judge.psnn";
        o.audit.reconstructionsPerClass = 2;
        o.audit.snnReconstructionsPerClass = 1;
        o.audit.inversion.iterations = 20;
        o.audit.readingImages = 100;
        o.audit.surrogate = false;
        o.audit.evolution.enabled = false;
        return o;
    }

    std::string copyTiny(const char *name)
    {
        const std::string to = m_dir.filePath(QLatin1String(name)).toStdString();
        fs::copy(qgetenv("PSNN_TINY_WORKSPACE").toStdString(), to, fs::copy_options::recursive);
        return to;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    // Two strengths give two points, each with both weight readings and their intervals; the
    // point at strength 0 is the workspace's own encryption again, bit for bit.
    void writesTheFrontier()
    {
        const std::string ws = copyTiny("ws");
        const psnn::SweepResult r = psnn::runSweep(tiny(ws));
        QCOMPARE(r.points.size(), std::size_t(2));
        for (const psnn::SweepPoint &p : r.points) {
            QVERIFY(p.accuracy >= 0 && p.accuracy <= 1);
            QCOMPARE(p.testImages, std::int64_t(40));
            QCOMPARE(p.attacks.size(), std::size_t(2));
            QCOMPARE(p.attacks[0].scenario, std::string("weights_to_ann"));
            QCOMPARE(p.attacks[1].scenario, std::string("weights_rate_ann"));
            for (const auto &a : p.attacks) {
                QCOMPARE(a.model, std::string("encrypted"));
                QCOMPARE(a.reconstructions, std::int64_t(20));
                QVERIFY(a.top1Interval.low <= a.attackTop1 && a.attackTop1 <= a.top1Interval.high);
            }
            QVERIFY(fs::exists(ws + "/" + p.model));
        }
        const psnn::Network own = psnn::loadAnyNetwork(ws + "/encrypted.psnn");
        const psnn::Network again = psnn::loadAnyNetwork(ws + "/" + r.points[0].model);
        const auto a = psnn::namedTensors(own), b = psnn::namedTensors(again);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(torch::equal(a[i].second, b[i].second), a[i].first.c_str());
        // A privacy weight trains different weights.
        const psnn::Network strong = psnn::loadAnyNetwork(ws + "/" + r.points[1].model);
        QVERIFY(!torch::equal(psnn::namedTensors(strong).front().second, a.front().second));

        std::ifstream f(ws + "/results.json");
        const auto results = nlohmann::json::parse(f);
        QCOMPARE(results.at("sweep").at("points").size(), std::size_t(2));
        // Current: a second run is skipped and gives the same frontier.
        const psnn::SweepResult again2 = psnn::runSweep(tiny(ws));
        QVERIFY(again2.skipped);
        QCOMPARE(again2.json, r.json);
    }

    void badInputIsRefusedBeforeAnyWork()
    {
        const std::string ws = copyTiny("bad");
        psnn::SweepOptions o = tiny(ws);
        o.strengths.clear();
        expectError([&] { psnn::runSweep(o); }, {"at least one strength"});
        o = tiny(ws);
        o.parameter = "colour";
        expectError([&] { psnn::runSweep(o); }, {"colour"});
        o = tiny(ws);
        o.audit.judge = std::string(qgetenv("PSNN_RESOURCES").constData()) + "/models/cifar10-judge.psnn";
        expectError([&] { psnn::runSweep(o); }, {"cifar10-judge.psnn", "3x32x32"});
        o = tiny(ws);
        o.audit.reconstructionsPerClass = 0;
        expectError([&] { psnn::runSweep(o); }, {"reconstructions per class"});
        o = tiny(ws);
        fs::remove(ws + "/converted.psnn");
        expectError([&] { psnn::runSweep(o); }, {"converted.psnn"});
        QVERIFY(!fs::exists(ws + "/sweep.json"));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
