#include "core/error.h"
#include "model/export.h"
#include "model/modelfile.h"
#include "snn/simulation.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace {

using psnn::Layer;
using psnn::LayerKind;

Layer make(LayerKind kind, const std::string &name)
{
    Layer l;
    l.kind = kind;
    l.name = name;
    return l;
}

// Multiples of 1/8: every sum is exact, so NumPy, PyTorch and the engine agree bit for bit.
torch::Tensor eighths(std::vector<std::int64_t> shape)
{
    return torch::randint(-4, 5, shape).to(torch::kFloat32) / 8.0;
}

Layer conv(const std::string &name, std::int64_t in, std::int64_t out, int k, int stride)
{
    Layer c = make(LayerKind::Conv2d, name);
    c.kernel = {k, k};
    c.padding = {k / 2, k / 2};
    c.stride = {stride, stride};
    c.weight = eighths({out, in, k, k});
    c.bias = eighths({out});
    return c;
}

Layer neuron(const std::string &name, std::int64_t channels)
{
    // Per-channel thresholds and amplitudes, as channel scrambling leaves them.
    Layer n = make(LayerKind::ReLU, name);
    n.thresholds = torch::randint(2, 9, {channels}).to(torch::kFloat32) / 8.0;
    n.amplitudes = torch::randint(1, 9, {channels}).to(torch::kFloat32) / 4.0;
    return n;
}

// 1x8x8 -> conv 4 -> IF -> [block: conv, IF, conv, + identity] -> IF -> [block: conv/2, IF, conv,
// + 1x1 conv/2] -> IF -> avg pool 2 -> global pool -> flatten -> linear 3.
psnn::Network resnet(psnn::InputCoding coding, int T)
{
    torch::manual_seed(9);
    psnn::Network net;
    net.inputShape = {1, 8, 8};
    net.normalization = {{0.f}, {1.f}};
    net.classNames = {"a", "b", "c"};
    Layer add1 = make(LayerKind::Add, "b1.add"), add2 = make(LayerKind::Add, "b2.add");
    add2.shortcut = {conv("b2.down", 4, 8, 1, 2)};
    Layer pool = make(LayerKind::AvgPool2d, "pool");
    pool.kernel = {2, 2};
    pool.stride = {2, 2};
    Layer fc = make(LayerKind::Linear, "fc");
    fc.weight = eighths({3, 8});
    fc.bias = eighths({3});
    net.layers = {conv("stem", 1, 4, 3, 1), neuron("stem.n", 4), make(LayerKind::Fork, "b1"), conv("b1.c1", 4, 4, 3, 1),
                  neuron("b1.n1", 4), conv("b1.c2", 4, 4, 3, 1), add1, neuron("b1.n2", 4), make(LayerKind::Fork, "b2"),
                  conv("b2.c1", 4, 8, 3, 2), neuron("b2.n1", 8), conv("b2.c2", 8, 8, 3, 1), add2, neuron("b2.n2", 8), pool,
                  make(LayerKind::AdaptiveAvgPool2d, "gap"), make(LayerKind::Flatten, "flat"), fc};
    net.spiking = true;
    net.snn.timesteps = T;
    net.snn.coding = coding;
    net.snn.initialMembrane = 0.5;
    return net;
}

void writeF32(const std::string &path, const torch::Tensor &t)
{
    const auto c = t.contiguous().to(torch::kFloat32);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char *>(c.data_ptr<float>()),
                                                 std::streamsize(c.numel() * 4));
}

// Runs a check script from tests/data with Debian's python; returns its output, failing the test
// with it when the script says the files disagree.
QString runCheck(const QString &script, const QStringList &args, const QString &pythonPath = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!pythonPath.isEmpty())
        env.insert("PYTHONPATH", pythonPath);
    p.setProcessEnvironment(env);
    p.start("/usr/bin/python3", QStringList{qEnvironmentVariable("PSNN_TEST_SCRIPTS") + "/" + script} + args);
    p.waitForFinished(120000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s", qPrintable(out));
    return p.exitCode() == 0 ? out : QString();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    // The engine's simulation of `net` on a fixed batch, saved for a check script: the images, the
    // output of every step, and (Poisson) the uniform draws the simulation made with its seed.
    void engineCase(const psnn::Network &net, const std::string &name, nlohmann::json &c)
    {
        torch::manual_seed(4);
        const auto images = torch::randint(-8, 9, {3, 1, 8, 8}).to(torch::kFloat32) / 8.0;
        psnn::SimulationOptions o;
        o.seed = 21;
        o.blockBytes = 4 << 10; // several blocks of steps
        const auto r = psnn::simulate(net, images, o);
        const std::string base = m_dir.filePath(QString::fromStdString(name)).toStdString();
        writeF32(base + ".input.f32", images);
        writeF32(base + ".output.f32", r.output);
        c = {{"input", base + ".input.f32"}, {"input_shape", images.sizes().vec()},
                            {"output", base + ".output.f32"}, {"output_shape", r.output.sizes().vec()}};
        const auto neurons = psnn::neuronLayers(net);
        for (std::size_t k = 0; k < neurons.size(); ++k)
            c["spikes"][net.layers[std::size_t(neurons[k])].name] = r.spikesPerStep[k].sum().item<double>();
        if (net.snn.coding != psnn::InputCoding::Direct) {
            auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
            std::vector<std::int64_t> shape = {net.snn.timesteps};
            shape.insert(shape.end(), images.sizes().begin(), images.sizes().end());
            writeF32(base + ".draws.f32", torch::rand(shape, gen));
            c["draws"] = base + ".draws.f32";
            c["draws_shape"] = shape;
        }
        QVERIFY(r.output.abs().sum().item<double>() > 0);
        for (const auto &s : r.spikesPerStep)
            QVERIFY(s.sum().item<double>() > 0); // every layer fires
        std::ofstream(base + ".json") << c.dump();
    }

    std::string saved(const psnn::Network &net, const std::string &name)
    {
        const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        psnn::saveNetwork(net, path);
        return path;
    }

private Q_SLOTS:
    // The reference reader loads the file (type-checking every edge), and a NumPy simulation of the
    // graph with NIR's semantics gives the engine's outputs and spike counts exactly.
    void nirReproducesTheEngine()
    {
        if (!std::filesystem::exists(qEnvironmentVariable("PSNN_NIR_READER").toStdString() + "/nir/__init__.py"))
            QSKIP("NIR's reference reader was not found (../shared/tools/nir-1.0.7; cmake -DPSNN_NIR_READER=DIR)");
        const psnn::Network net = resnet(psnn::InputCoding::Direct, 12);
        nlohmann::json c;
        engineCase(net, "nir", c);
        c["residual_adds"] = 2;
        const std::string json = m_dir.filePath("nir.json").toStdString();
        std::ofstream(json) << c.dump();
        const std::string out = m_dir.filePath("net.nir").toStdString();
        const psnn::ExportResult r = psnn::exportModel(saved(net, "nir.psnn"), psnn::ExportFormat::Nir, out);
        QCOMPARE(r.sha256.size(), std::size_t(64));
        QVERIFY(!r.warnings.empty()); // the membrane start and the reset are metadata only
        const QString log = runCheck("check_nir.py", {QString::fromStdString(out), QString::fromStdString(json)},
                                     qEnvironmentVariable("PSNN_NIR_READER"));
        QVERIFY2(log.contains("equal the engine's"), qPrintable(log));
        QVERIFY2(log.contains("2 nodes with two inputs"), qPrintable(log));
    }

    // PyTorch runs the exported module and gets the engine's output bit for bit: direct coding,
    // and signed Poisson coding with the engine's own draws passed in.
    void torchScriptReproducesTheEngine_data()
    {
        QTest::addColumn<int>("coding");
        QTest::addColumn<bool>("signedSpikes");
        QTest::newRow("direct") << int(psnn::InputCoding::Direct) << false;
        QTest::newRow("poisson, signed spikes") << int(psnn::InputCoding::Poisson) << true;
        QTest::newRow("poisson-pixel") << int(psnn::InputCoding::PoissonPixel) << false;
    }
    void torchScriptReproducesTheEngine()
    {
        QFETCH(int, coding);
        QFETCH(bool, signedSpikes);
        psnn::Network net = resnet(psnn::InputCoding(coding), 10);
        net.snn.signedSpikes = signedSpikes;
        const std::string name = "ts" + std::to_string(coding);
        nlohmann::json c;
        engineCase(net, name, c);
        const std::string out = m_dir.filePath(QString::fromStdString(name + ".pt")).toStdString();
        psnn::exportModel(saved(net, name + ".psnn"), psnn::ExportFormat::TorchScript, out);
        const QString log = runCheck("check_torchscript_snn.py",
                                     {QString::fromStdString(out), m_dir.filePath(QString::fromStdString(name + ".json"))});
        QVERIFY2(log.contains("equals the engine's"), qPrintable(log));
    }

    // What NIR cannot express is refused naming the layer or the setting; nothing is written.
    void nirRefusals()
    {
        const std::string out = m_dir.filePath("refused.nir").toStdString();
        psnn::Network net = resnet(psnn::InputCoding::Direct, 4);
        net.layers[14].kind = LayerKind::MaxPool2d;
        expectError([&] { psnn::exportModel(saved(net, "mp.psnn"), psnn::ExportFormat::Nir, out); },
                    {"mp.psnn", "layer pool", "max pooling"});
        net = resnet(psnn::InputCoding::Direct, 4);
        net.snn.signedSpikes = true;
        expectError([&] { psnn::exportModel(saved(net, "signed.psnn"), psnn::ExportFormat::Nir, out); },
                    {"signed.psnn", "signed spikes", "--signed-spikes off"});
        net = resnet(psnn::InputCoding::PoissonPixel, 4);
        expectError([&] { psnn::exportModel(saved(net, "pixel.psnn"), psnn::ExportFormat::Nir, out); },
                    {"pixel.psnn", "poisson-pixel"});
        net.spiking = false;
        net.layers[1].thresholds = torch::Tensor();
        net.layers[1].amplitudes = torch::Tensor();
        expectError([&] { psnn::exportModel(saved(net, "ann.psnn"), psnn::ExportFormat::TorchScript, out); },
                    {"ann.psnn", "needs a spiking network"});
        QVERIFY(!std::filesystem::exists(out));
        expectError([] { psnn::exportFormatFromName("onnx"); }, {"onnx", "psnn, nir, torchscript"});
    }

    // A failed write leaves the file that was there, and no temporary beside it.
    void failedWriteKeepsTheOldFile()
    {
        const std::string model = saved(resnet(psnn::InputCoding::Direct, 4), "keep.psnn");
        const std::string out = m_dir.filePath("keep.nir").toStdString();
        std::ofstream(out) << "old";
        psnn::Network bad = resnet(psnn::InputCoding::Direct, 4);
        bad.snn.signedSpikes = true;
        expectError([&] { psnn::exportModel(saved(bad, "bad.psnn"), psnn::ExportFormat::Nir, out); }, {"signed spikes"});
        std::ifstream in(out);
        std::string text;
        in >> text;
        QCOMPARE(text, std::string("old"));
        expectError([&] { psnn::exportModel(model, psnn::ExportFormat::Nir, "/nonexistent-folder/x.nir"); },
                    {"/nonexistent-folder/x.nir", "does not exist"});
        int temporaries = 0;
        for (const auto &e : std::filesystem::directory_iterator(m_dir.path().toStdString()))
            temporaries += e.path().filename().string().find(".tmp-") != std::string::npos;
        QCOMPARE(temporaries, 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
