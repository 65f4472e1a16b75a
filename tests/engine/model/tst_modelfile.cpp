#include "model/modelfile.h"
#include "model/models.h"
#include "model/presets.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>

#include <csignal>
#include <fstream>
#include <sys/resource.h>

namespace {

psnn::Network smallNet()
{
    torch::manual_seed(3);
    psnn::Network net = psnn::buildPreset("fmnist-cnn", {1, 28, 28}, 10, true);
    net.classNames = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    net.normalization = {{0.25f}, {0.5f}};
    // Non-trivial running statistics so that a lost buffer would show.
    for (auto &l : net.layers)
        if (l.kind == psnn::LayerKind::BatchNorm2d) {
            l.runningMean.uniform_(-1, 1);
            l.runningVar.uniform_(0.5, 2);
        }
    return net;
}

std::vector<char> readAll(const std::string &p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeAll(const std::string &p, const std::vector<char> &d)
{
    std::ofstream(p, std::ios::binary).write(d.data(), std::streamsize(d.size()));
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsExact_data()
    {
        QTest::addColumn<bool>("residual");
        QTest::newRow("chain") << false;
        QTest::newRow("residual blocks with 1x1 conv shortcuts") << true;
    }
    void roundTripIsExact()
    {
        QFETCH(bool, residual);
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.psnn").toStdString();
        psnn::Network net = smallNet();
        if (residual) {
            net.layers = psnn::buildPreset("fmnist-resnet", {1, 28, 28}, int(net.classNames.size()), true).layers;
            for (const psnn::Layer *l : psnn::allLayers(net))
                if (l->kind == psnn::LayerKind::BatchNorm2d)
                    l->runningMean.uniform_(-1, 1);
        }
        psnn::saveNetwork(net, path, {{"note", "hello"}});
        QVERIFY(psnn::isModelFile(path));
        nlohmann::json meta;
        const psnn::Network back = psnn::loadNetwork(path, &meta);
        QCOMPARE(meta.at("note").get<std::string>(), std::string("hello"));
        QCOMPARE(back.classNames, net.classNames);
        QCOMPARE(back.inputShape, net.inputShape);
        QCOMPARE(back.normalization.mean, net.normalization.mean);
        QCOMPARE(back.layers.size(), net.layers.size());
        const auto a = psnn::namedTensors(net), b = psnn::namedTensors(back);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].first, b[i].first);
            QVERIFY2(torch::equal(a[i].second, b[i].second), a[i].first.c_str()); // bit-exact
        }
        for (std::size_t i = 0; i < net.layers.size(); ++i) {
            QCOMPARE(back.layers[i].kind, net.layers[i].kind);
            QCOMPARE(back.layers[i].kernel, net.layers[i].kernel);
            QCOMPARE(back.layers[i].stride, net.layers[i].stride);
            QCOMPARE(back.layers[i].padding, net.layers[i].padding);
            QCOMPARE(back.layers[i].shortcut.size(), net.layers[i].shortcut.size());
            for (std::size_t k = 0; k < net.layers[i].shortcut.size(); ++k) {
                QCOMPARE(back.layers[i].shortcut[k].kind, net.layers[i].shortcut[k].kind);
                QCOMPARE(back.layers[i].shortcut[k].stride, net.layers[i].shortcut[k].stride);
            }
        }
        const auto x = torch::randn({2, 1, 28, 28});
        QVERIFY(torch::equal(psnn::forward(net, x), psnn::forward(back, x)));
    }

    // SNN settings survive a save; the ones added after 0.1.0 are left out at their defaults, so
    // files and manifests written before them read, and compare, the same.
    void snnSettingsRoundTrip()
    {
        psnn::SnnSettings s;
        s.timesteps = 42;
        s.coding = psnn::InputCoding::PoissonPixel;
        s.neuron = psnn::NeuronModel::LIF;
        s.leak = 0.75;
        s.initialMembrane = 0.5;
        s.signedSpikes = true;
        const auto back = psnn::snnSettingsFromJson(psnn::snnSettingsToJson(s));
        QCOMPARE(back.timesteps, 42);
        QCOMPARE(back.coding, psnn::InputCoding::PoissonPixel);
        QCOMPARE(back.neuron, psnn::NeuronModel::LIF);
        QCOMPARE(back.leak, 0.75);
        QCOMPARE(back.initialMembrane, 0.5);
        QVERIFY(back.signedSpikes);

        const nlohmann::json old = {{"timesteps", 100}, {"coding", "poisson"}, {"neuron", "IF"}, {"leak", 1.0}};
        QVERIFY(psnn::snnSettingsToJson(psnn::SnnSettings{}) == old);
        const auto fromOld = psnn::snnSettingsFromJson(old);
        QCOMPARE(fromOld.initialMembrane, 0.0);
        QVERIFY(!fromOld.signedSpikes);
    }

    void damagedFilesAreRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.psnn").toStdString();
        psnn::saveNetwork(smallNet(), path);
        const auto good = readAll(path);

        auto flipped = good;
        flipped[flipped.size() - 10] ^= 0x40;
        writeAll(path, flipped);
        expectError([&] { psnn::loadNetwork(path); }, {path, "checksum"});

        writeAll(path, std::vector<char>(good.begin(), good.end() - 100));
        expectError([&] { psnn::loadNetwork(path); }, {path, "truncated"});

        writeAll(path, std::vector<char>(good.begin(), good.begin() + 40));
        expectError([&] { psnn::loadNetwork(path); }, {path, "header"});

        auto newer = good;
        newer[8] = 9;
        writeAll(path, newer);
        expectError([&] { psnn::loadNetwork(path); }, {path, "version 9", "newer"});

        writeAll(path, {'h', 'e', 'l', 'l', 'o', '\n', 'w', 'o', 'r', 'l', 'd', '!', '!', '!', '!', '!'});
        expectError([&] { psnn::loadNetwork(path); }, {path, "not a PrivateSNN model"});
    }

    // The checksum covers the header too: a class name edited in place, the JSON still valid, is
    // refused as surely as an edited weight.
    void editedHeaderIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.psnn").toStdString();
        psnn::saveNetwork(smallNet(), path);
        bool verified = false;
        psnn::loadNetwork(path, nullptr, &verified);
        QVERIFY(verified);
        auto bytes = readAll(path);
        const std::string text(bytes.begin(), bytes.end());
        const std::size_t at = text.find("\"j\"");
        QVERIFY(at != std::string::npos);
        bytes[at + 1] = 'k';
        writeAll(path, bytes);
        expectError([&] { psnn::loadNetwork(path); }, {path, "changed after it was written", "edited header"});
    }

    // Files of format 1 (0.1.x: no digest before the header) still open, their data checked as
    // then, and are flagged as unverified: an edit of their header cannot be told.
    void formatOneOpensUnverified()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.psnn").toStdString();
        const psnn::Network net = smallNet();
        psnn::saveNetwork(net, path);
        auto bytes = readAll(path);
        bytes.erase(bytes.begin() + 16, bytes.begin() + 16 + 64);
        bytes[8] = 1;
        writeAll(path, bytes);
        bool verified = true;
        const psnn::Network old = psnn::loadNetwork(path, nullptr, &verified);
        QVERIFY(!verified);
        QCOMPARE(old.classNames, net.classNames);
        QVERIFY(torch::equal(old.layers[0].weight, net.layers[0].weight));
        const psnn::ModelSummary info = psnn::inspectModel(path);
        QCOMPARE(info.warnings.size(), std::size_t(1));
        QCOMPARE(info.warnings[0].topic, std::string("model-file"));
        QVERIFY(info.warnings[0].message.find("0.1.x") != std::string::npos);
        const std::string text(bytes.begin(), bytes.end());
        bytes[text.find("\"j\"") + 1] = 'k';
        writeAll(path, bytes);
        QCOMPARE(psnn::loadNetwork(path).classNames.back(), std::string("k"));
        bytes[bytes.size() - 10] ^= 0x40;
        writeAll(path, bytes);
        expectError([&] { psnn::loadNetwork(path); }, {path, "weight data is damaged"});
    }

    void nanWeightsAreRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("nan.psnn").toStdString();
        psnn::Network net = smallNet();
        net.layers[3].weight[0][0][1][1] = std::numeric_limits<float>::quiet_NaN();
        psnn::saveNetwork(net, path);
        expectError([&] { psnn::loadNetwork(path); }, {path, "features.3.weight", "1 of 2304 values are NaN"});
    }

    // A failed write (here: the target folder is missing) leaves an earlier file untouched.
    void failedWriteKeepsOldFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.psnn").toStdString();
        psnn::saveNetwork(smallNet(), path);
        const auto before = readAll(path);
        expectError([&] { psnn::saveNetwork(smallNet(), dir.filePath("missing/m.psnn").toStdString()); },
                    {"missing/m.psnn", "does not exist"});
        // A file-size limit makes writes fail part-way, as a full disk does.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit tiny = old;
        tiny.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &tiny);
        bool threw = false;
        try {
            psnn::saveNetwork(smallNet(), path);
        } catch (const psnn::Error &e) {
            threw = std::string(e.what()).find("writing failed") != std::string::npos;
        }
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(threw);
        QCOMPARE(readAll(path), before);
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path().toStdString()), {}), 1);
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
