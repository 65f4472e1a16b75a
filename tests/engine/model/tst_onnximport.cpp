#include "model/models.h"
#include "model/onnximport.h"
#include "model/torchscriptimport.h"
#include "pytorchreference.h"
#include "testutil.h"

#include <onnx/onnx_pb.h>
#include <torch/torch.h>

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

namespace {

std::string kinds(const std::vector<psnn::Layer> &layers)
{
    std::string s;
    for (const psnn::Layer &l : layers) {
        s += (s.empty() ? "" : " ") + std::string(psnn::layerKindName(l.kind));
        if (l.kind == psnn::LayerKind::Add && !l.shortcut.empty())
            s += "(" + kinds(l.shortcut) + ")";
    }
    return s;
}

// A test file edited through ONNX's own classes, for damage torch.onnx.export never writes.
std::string edited(const QTemporaryDir &dir, const std::string &name, const std::function<void(onnx::ModelProto &)> &edit)
{
    onnx::ModelProto model;
    std::ifstream in(modelDir() + "/onnx_sequential_op17.onnx", std::ios::binary);
    if (!model.ParseFromIstream(&in))
        throw std::runtime_error("cannot parse the test file");
    edit(model);
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream out(path, std::ios::binary);
    model.SerializeToOstream(&out);
    return path;
}

onnx::NodeProto *firstNode(onnx::ModelProto &m, const std::string &op)
{
    for (auto &n : *m.mutable_graph()->mutable_node())
        if (n.op_type() == op)
            return &n;
    throw std::runtime_error("no " + op + " node in the test file");
}

} // namespace

class TestOnnxImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(std::filesystem::exists(modelDir() + "/onnx_resnet_cifar.onnx"),
                 "ONNX test models missing: run the make_torchscript_models test first (ctest does)");
    }

    // Each file torch.onnx.export wrote must reproduce PyTorch's own output, as the layers the
    // PyTorch model holds (BN folded into the convs where the exporter folded it).
    void reproducesPyTorch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("layers");
        const QString chain = "Conv2d ReLU MaxPool2d Conv2d ReLU Flatten Linear";
        QTest::newRow("opset 9, fixed batch") << "onnx_sequential_op9" << chain;
        QTest::newRow("opset 13, BN kept") << "onnx_sequential_bn_op13"
                                           << "Conv2d BatchNorm2d ReLU MaxPool2d Conv2d ReLU Flatten Linear";
        QTest::newRow("opset 17") << "onnx_sequential_op17" << chain;
        QTest::newRow("view(x.size(0), -1): shape arithmetic folded")
            << "onnx_vgg_view" << "Conv2d ReLU AvgPool2d Conv2d ReLU MaxPool2d AvgPool2d Flatten Linear ReLU Linear";
        QTest::newRow("Pad + AveragePool, GlobalAveragePool")
            << "onnx_pools" << "Conv2d ReLU AvgPool2d Conv2d ReLU MaxPool2d AdaptiveAvgPool2d Flatten Linear";
        QTest::newRow("MatMul + Add") << "onnx_matmul_add" << "Conv2d ReLU Flatten Linear";
        QTest::newRow("torchvision blocks")
            << "onnx_resnet_torchvision"
            << "Conv2d ReLU Fork Conv2d ReLU Conv2d Add ReLU Fork Conv2d ReLU Conv2d Add(Conv2d) ReLU "
               "Fork Conv2d ReLU Conv2d Add ReLU AdaptiveAvgPool2d Flatten Linear";
        QTest::newRow("CIFAR blocks, opset 17")
            << "onnx_resnet_cifar"
            << "Conv2d ReLU Fork Conv2d ReLU Conv2d Add ReLU Fork Conv2d ReLU Conv2d Add(Conv2d) ReLU AvgPool2d Flatten Linear";
        QTest::newRow("CIFAR blocks, opset 9, BN kept")
            << "onnx_resnet_cifar_bn_op9"
            << "Conv2d BatchNorm2d ReLU Fork Conv2d BatchNorm2d ReLU Conv2d BatchNorm2d Add ReLU "
               "Fork Conv2d BatchNorm2d ReLU Conv2d BatchNorm2d Add(Conv2d BatchNorm2d) ReLU AvgPool2d Flatten Linear";
    }
    void reproducesPyTorch()
    {
        QFETCH(QString, name);
        QFETCH(QString, layers);
        const auto [x, expected] = pytorchReference(name.toStdString());
        psnn::ImportReport report;
        const psnn::Network net = psnn::importOnnx(modelDir() + "/" + name.toStdString() + ".onnx", {}, &report);
        QCOMPARE(QString::fromStdString(kinds(net.layers)), layers);
        QCOMPARE(net.inputShape, (psnn::Shape(x.sizes().begin() + 1, x.sizes().end())));
        torch::NoGradGuard noGrad;
        const double diff = (psnn::forward(net, x) - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-4, std::to_string(diff).c_str());
        QVERIFY(report.maxDifference < 1e-4);
        std::set<std::string> names;
        for (const psnn::Layer *l : psnn::allLayers(net))
            QVERIFY2(names.insert(l->name).second, ("two layers are called " + l->name).c_str());
    }

    // The padding an exporter's Pad node carried must end up in the pooling, counted in the average.
    void padJoinsThePool()
    {
        const psnn::Network net = psnn::importOnnx(modelDir() + "/onnx_pools.onnx", {});
        const psnn::Layer &pool = net.layers[2];
        QCOMPARE(pool.kind, psnn::LayerKind::AvgPool2d);
        QCOMPARE(pool.padding, (std::array<int, 2>{1, 1}));
        QCOMPARE(pool.stride, (std::array<int, 2>{2, 2}));
        QVERIFY(pool.countIncludePad);
        const psnn::Network matmul = psnn::importOnnx(modelDir() + "/onnx_matmul_add.onnx", {});
        QVERIFY(matmul.layers.back().bias.defined());
    }

    // The layers are named by their PyTorch module paths, as the TorchScript import names them.
    void namesFollowTheModules()
    {
        std::set<std::string> fromOnnx, fromTorchScript;
        const auto convs = [](const psnn::Network &net, std::set<std::string> &out) {
            for (const psnn::Layer *l : psnn::allLayers(net))
                if (l->kind == psnn::LayerKind::Conv2d || l->kind == psnn::LayerKind::Linear)
                    out.insert(l->name);
        };
        convs(psnn::importOnnx(modelDir() + "/onnx_resnet_torchvision.onnx", {}), fromOnnx);
        convs(psnn::importTorchScript(modelDir() + "/scripted_resnet_torchvision.pt", {}), fromTorchScript);
        QCOMPARE(fromOnnx, fromTorchScript);
        QVERIFY(fromOnnx.count("layer2.0.downsample.0"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("unsupported op") << "onnx_unsupported_gelu.onnx" << ""
                                        << QStringList{"(Erf)", "op type Erf is not supported"};
        QTest::newRow("NaN weights") << "onnx_nan_weights.onnx" << ""
                                     << QStringList{"initializer '3.weight'", "(Gemm)", "NaN or infinite"};
        QTest::newRow("residual block with another op")
            << "onnx_residual_scaled.onnx" << "" << QStringList{"(Mul)", "cannot be a layer"};
        QTest::newRow("dynamic size") << "onnx_dynamic_size.onnx" << ""
                                      << QStringList{"dimension 2 ('height') is dynamic", "give the input shape"};
        QTest::newRow("truncated") << "onnx_truncated.onnx" << "" << QStringList{"truncated"};
        QTest::newRow("opset 8") << "onnx_opset8.onnx" << "" << QStringList{"opset 8 is not supported (9 to 17)"};
        QTest::newRow("wrong input shape") << "onnx_sequential_op17.onnx" << "1x32x32"
                                           << QStringList{"the model's input is 1x28x28, not the given 1x32x32"};
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, shape);
        QFETCH(QStringList, fragments);
        expectImportRefused(psnn::importOnnx, file, shape, fragments);
    }

    void dynamicSizeWithAShapeImports()
    {
        psnn::ImportOptions options;
        options.inputShape = {1, 28, 28};
        const psnn::Network net = psnn::importOnnx(modelDir() + "/onnx_dynamic_size.onnx", options);
        QCOMPARE(net.inputShape, options.inputShape);
    }

    // Damage no exporter writes, made with ONNX's own classes.
    void editedFilesAreRefused()
    {
        QTemporaryDir dir;
        const std::string missing = edited(dir, "missing.onnx", [](onnx::ModelProto &m) {
            m.mutable_graph()->mutable_node()->DeleteSubrange(0, 1);
        });
        expectError([&] { psnn::importOnnx(missing, {}); }, {missing, "which no earlier node or initializer produces"});
        const std::string asymmetric = edited(dir, "asymmetric.onnx", [](onnx::ModelProto &m) {
            for (auto &a : *firstNode(m, "Conv")->mutable_attribute())
                if (a.name() == "pads")
                    a.set_ints(2, 0);
        });
        expectError([&] { psnn::importOnnx(asymmetric, {}); }, {asymmetric, "(Conv)", "asymmetric padding [1,1,0,1]"});
        const std::string external = edited(dir, "external.onnx", [](onnx::ModelProto &m) {
            m.mutable_graph()->mutable_initializer(0)->set_data_location(onnx::TensorProto::EXTERNAL);
        });
        expectError([&] { psnn::importOnnx(external, {}); }, {external, "external data file"});
        const std::string twoInputs = edited(dir, "two-inputs.onnx", [](onnx::ModelProto &m) {
            *m.mutable_graph()->add_input() = m.graph().input(0);
            m.mutable_graph()->mutable_input(1)->set_name("mask");
        });
        expectError([&] { psnn::importOnnx(twoInputs, {}); }, {twoInputs, "2 inputs besides its weights"});
        const std::string text = dir.filePath("notes.onnx").toStdString();
        std::ofstream(text) << "these are not weights\n";
        expectError([&] { psnn::importOnnx(text, {}); }, {text, "not an ONNX model"});
    }

    // The front ends see an ONNX file as any other model: inspect, import into .psnn and reload.
    void importsLikeAnyModel()
    {
        QTemporaryDir dir;
        const std::string source = modelDir() + "/onnx_resnet_cifar.onnx";
        QVERIFY(psnn::looksLikeOnnx(source));
        QVERIFY(!psnn::looksLikeOnnx(modelDir() + "/scripted_resnet_cifar.pt"));
        const psnn::ModelSummary info = psnn::inspectModel(source);
        QCOMPARE(info.format, std::string("ONNX"));
        QVERIFY(info.importDifference < 1e-4);
        const std::string saved = dir.filePath("resnet.psnn").toStdString();
        const psnn::ModelSummary imported = psnn::importModel(source, saved);
        QCOMPARE(imported.totalParameters, info.totalParameters);
        const psnn::ModelSummary reloaded = psnn::inspectModel(saved);
        QCOMPARE(reloaded.format, std::string("PrivateSNN model"));
        QCOMPARE(reloaded.totalMacs, info.totalMacs);
        QCOMPARE(reloaded.layers.size(), info.layers.size());
    }
};

QTEST_APPLESS_MAIN(TestOnnxImport)
#include "tst_onnximport.moc"
