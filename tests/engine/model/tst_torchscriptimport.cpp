#include "model/importsandbox.h"
#include "model/models.h"
#include "model/torchscriptimport.h"
#include "pytorchreference.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <set>

class TestTorchScriptImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(std::filesystem::exists(modelDir() + "/models.json"),
                 "test models missing: run the make_torchscript_models test first (ctest does)");
        // importModel() and inspectModel() read TorchScript files in privatesnn-cli's child process.
        psnn::setImportHelper(qEnvironmentVariable("PSNN_CLI").toStdString());
    }

    // Each importable model must reproduce the output PyTorch computed in Python.
    void reproducesPyTorch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layers");
        QTest::newRow("scripted Sequential, BN, MaxPool, Dropout") << "scripted_sequential" << 9;
        QTest::newRow("traced Sequential") << "traced_sequential" << 9;
        QTest::newRow("scripted VGG-like with view") << "scripted_vgg_view" << 13;  // + implicit flatten
        QTest::newRow("traced VGG-like with view") << "traced_vgg_view" << 13;
    }
    void reproducesPyTorch()
    {
        QFETCH(QString, name);
        QFETCH(int, layers);
        const std::string base = modelDir() + "/" + name.toStdString();
        const auto [x, expected] = pytorchReference(name.toStdString());

        psnn::ImportReport report;
        const psnn::Network net = psnn::importTorchScript(base + ".pt", {}, &report);
        QCOMPARE(int(net.layers.size()), layers);
        QCOMPARE(net.inputShape, (psnn::Shape(x.sizes().begin() + 1, x.sizes().end())));
        torch::NoGradGuard noGrad;
        const double diff = (psnn::forward(net, x) - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-5, std::to_string(diff).c_str());
        QVERIFY(report.maxDifference < 1e-5);
        // MaxPool converts poorly to spikes: the user is told.
        bool warned = false;
        for (const auto &w : report.warnings)
            warned |= w.topic == "layers" && w.message.find("MaxPool2d") != std::string::npos;
        QVERIFY(warned);
    }

    // Residual networks as PyTorch users write them: torchvision's BasicBlock (one relu module
    // called twice, downsample None or a Sequential) and the CIFAR block (F.relu, an empty or
    // 1x1-conv shortcut Sequential), scripted and traced, against PyTorch's own output.
    void reproducesPyTorchResNets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("convShortcuts");
        QTest::addColumn<int>("identityShortcuts");
        QTest::newRow("scripted torchvision blocks") << "scripted_resnet_torchvision" << 30 << 1 << 2;
        QTest::newRow("traced torchvision blocks") << "traced_resnet_torchvision" << 30 << 1 << 2;
        QTest::newRow("scripted CIFAR blocks") << "scripted_resnet_cifar" << 22 << 1 << 1;
        QTest::newRow("traced CIFAR blocks") << "traced_resnet_cifar" << 22 << 1 << 1;
    }
    void reproducesPyTorchResNets()
    {
        QFETCH(QString, name);
        QFETCH(int, layers);
        QFETCH(int, convShortcuts);
        QFETCH(int, identityShortcuts);
        const std::string base = modelDir() + "/" + name.toStdString();
        const auto [x, expected] = pytorchReference(name.toStdString());
        const psnn::Network net = psnn::importTorchScript(base + ".pt", {});
        QCOMPARE(int(net.layers.size()), layers);
        int conv = 0, identity = 0, forks = 0;
        std::set<std::string> names;
        for (const psnn::Layer &l : net.layers) {
            forks += l.kind == psnn::LayerKind::Fork;
            if (l.kind == psnn::LayerKind::Add) {
                (l.shortcut.empty() ? identity : conv) += 1;
                if (!l.shortcut.empty()) {
                    QCOMPARE(l.shortcut[0].kind, psnn::LayerKind::Conv2d);
                    QCOMPARE(l.shortcut[0].stride, (std::array<int, 2>{2, 2}));
                    QCOMPARE(l.shortcut[1].kind, psnn::LayerKind::BatchNorm2d);
                }
            }
            QVERIFY2(names.insert(l.name).second, ("two layers are called " + l.name).c_str());
        }
        QCOMPARE(conv, convShortcuts);
        QCOMPARE(identity, identityShortcuts);
        QCOMPARE(forks, conv + identity);
        torch::NoGradGuard noGrad;
        const double diff = (psnn::forward(net, x) - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-4, std::to_string(diff).c_str());
    }

    void hyperParametersSurviveTracing()
    {
        const psnn::Network net = psnn::importTorchScript(modelDir() + "/traced_sequential.pt", {});
        const psnn::Layer &strided = net.layers[5];
        QCOMPARE(strided.name, std::string("5"));
        QCOMPARE(strided.stride, (std::array<int, 2>{2, 2}));
        QCOMPARE(strided.padding, (std::array<int, 2>{1, 1}));
        QCOMPARE(net.layers[4].kind, psnn::LayerKind::Dropout);
        QCOMPARE(net.layers[4].dropout, 0.25);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("unsupported layer") << "unsupported_gelu.pt" << "" << QStringList{"layer 3", "GELU", "not supported"};
        QTest::newRow("NaN weights") << "nan_weights.pt" << "" << QStringList{"tensor 3.weight", "1 of 8112 values are NaN"};
        QTest::newRow("forward differs") << "doubled.pt" << "1x8x8" << QStringList{"do not reproduce", "largest difference"};
        QTest::newRow("forward out of order") << "misordered.pt" << "1x8x8" << QStringList{"fc (Linear)", "declaration order"};
        QTest::newRow("residual block with another op")
            << "residual_scaled.pt" << "" << QStringList{"layer 2", "residual block", "node aten::mul"};
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, shape);
        QFETCH(QStringList, fragments);
        expectImportRefused(psnn::importTorchScript, file, shape, fragments);
    }

    void damagedFilesAreRefused()
    {
        QTemporaryDir dir;
        const std::string truncated = dir.filePath("truncated.pt").toStdString();
        {
            std::ifstream in(modelDir() + "/scripted_vgg_view.pt", std::ios::binary);
            std::string bytes{std::istreambuf_iterator<char>(in), {}};
            std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
        }
        expectError([&] { psnn::inspectModel(truncated); }, {truncated, "not a TorchScript model"});
        const std::string text = dir.filePath("notes.pt").toStdString();
        std::ofstream(text) << "these are not weights\n";
        expectError([&] { psnn::inspectModel(text); }, {text, "not a TorchScript model"});
        expectError([&] { psnn::inspectModel(dir.filePath("none.pt").toStdString()); }, {"none.pt", "does not exist"});
    }

    void optionsAreApplied()
    {
        psnn::ImportOptions o;
        o.inputShape = {3, 64, 64};
        o.classNames = {"a", "b", "c", "d", "e"};
        o.normalization = {{0.5f, 0.5f, 0.5f}, {0.25f, 0.25f, 0.25f}};
        const psnn::Network net = psnn::importTorchScript(modelDir() + "/scripted_vgg_view.pt", o);
        QCOMPARE(net.inputShape, o.inputShape); // adaptive pooling accepts 64x64 as well
        QCOMPARE(net.classNames, o.classNames);
        o.classNames = {"only", "three", "names"};
        expectError([&] { psnn::importTorchScript(modelDir() + "/scripted_vgg_view.pt", o); },
                    {"3 class names given for a model with 5 outputs"});
    }

    void importWritesOwnFormat()
    {
        QTemporaryDir dir;
        const std::string out = dir.filePath("imported.psnn").toStdString();
        const psnn::ModelSummary s = psnn::importModel(modelDir() + "/traced_vgg_view.pt", out);
        const psnn::ModelSummary back = psnn::inspectModel(out);
        QCOMPARE(back.format, std::string("PrivateSNN model"));
        QCOMPARE(back.totalParameters, s.totalParameters);
        QCOMPARE(back.totalMacs, s.totalMacs);
        QVERIFY(back.metadataJson.find("traced_vgg_view.pt") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTorchScriptImport)
#include "tst_torchscriptimport.moc"
