#include "model/modelfile.h"
#include "snn/energy.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QTemporaryDir>

#include <fstream>

namespace {

// conv 1->2 (3x3, pad 1) on 4x4 -> neurons -> flatten -> linear 32->3.
std::string twoLayerSnn(const QTemporaryDir &dir, psnn::InputCoding coding)
{
    psnn::Network net;
    net.inputShape = {1, 4, 4};
    net.normalization = {{0.f}, {1.f}};
    net.classNames = {"a", "b", "c"};
    psnn::Layer conv;
    conv.kind = psnn::LayerKind::Conv2d;
    conv.name = "conv";
    conv.kernel = {3, 3};
    conv.padding = {1, 1};
    conv.weight = torch::ones({2, 1, 3, 3});
    psnn::Layer neuron;
    neuron.kind = psnn::LayerKind::ReLU;
    neuron.name = "neuron";
    psnn::Layer flat;
    flat.kind = psnn::LayerKind::Flatten;
    flat.name = "flat";
    psnn::Layer fc;
    fc.kind = psnn::LayerKind::Linear;
    fc.name = "fc";
    fc.weight = torch::ones({3, 32});
    net.layers = {conv, neuron, flat, fc};
    net.spiking = true;
    net.snn.timesteps = 10;
    net.snn.coding = coding;
    const std::string path = dir.filePath(coding == psnn::InputCoding::Direct ? "direct.psnn" : "poisson.psnn").toStdString();
    psnn::saveNetwork(net, path);
    return path;
}

psnn::SnnEvalResult rates(double inputSpikes, double hiddenSpikes)
{
    psnn::SnnEvalResult r;
    r.timesteps = 10;
    r.neuronLayers = {"neuron"};
    r.spikesPerNeuron = {hiddenSpikes};
    r.inputSpikesPerNeuron = inputSpikes;
    return r;
}

} // namespace

class TestEnergy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // MACs by hand: conv 4*4 outputs x 2 channels x 9 = 288; linear 32 x 3 = 96.
    void poissonInputByHand()
    {
        QTemporaryDir dir;
        const auto e = psnn::estimateEnergy(twoLayerSnn(dir, psnn::InputCoding::Poisson), rates(20.0, 5.0));
        QCOMPARE(e.rows.size(), std::size_t(2));
        QCOMPARE(e.rows[0].macs, std::int64_t(288));
        QCOMPARE(e.rows[1].macs, std::int64_t(96));
        QCOMPARE(e.annPj, (288 + 96) * 4.6);
        // Each input spike costs one accumulate per synapse: 288 x 20 x 0.9 + 96 x 5 x 0.9.
        QCOMPARE(e.rows[0].snnPj, 288 * 20 * 0.9);
        QCOMPARE(e.rows[1].snnPj, 96 * 5 * 0.9);
        QCOMPARE(e.snnPj, 288 * 20 * 0.9 + 96 * 5 * 0.9);
        QCOMPARE(e.ratio, e.annPj / e.snnPj);
        QVERIFY(!e.rows[0].analogInput);
    }

    // Direct coding: the first layer is fed analog values and pays MACs x T at the MAC cost.
    void analogFirstLayerByHand()
    {
        QTemporaryDir dir;
        psnn::EnergyTable table;
        table.macPj = 3.0;
        table.acPj = 0.5;
        const auto e = psnn::estimateEnergy(twoLayerSnn(dir, psnn::InputCoding::Direct), rates(-1, 5.0), table);
        QVERIFY(e.rows[0].analogInput);
        QCOMPARE(e.rows[0].snnPj, 288 * 10 * 3.0);
        QCOMPARE(e.rows[1].snnPj, 96 * 5 * 0.5);
        QCOMPARE(e.annPj, 384 * 3.0);
    }

    void tablesFromCsv()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("energy.csv").toStdString();
        std::ofstream(path) << "name,mac_pj,ac_pj\n45nm fp32,4.6,0.9\n# a comment\nint8 accelerator,0.2,0.03\n";
        const auto tables = psnn::readEnergyTables(path);
        QCOMPARE(tables.size(), std::size_t(2));
        QCOMPARE(tables[1].name, std::string("int8 accelerator"));
        QCOMPARE(tables[1].acPj, 0.03);
        std::ofstream(path) << "name,mac_pj,ac_pj\nbroken,4.6\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "line 2"});
    }
};

QTEST_GUILESS_MAIN(TestEnergy)
#include "tst_energy.moc"
