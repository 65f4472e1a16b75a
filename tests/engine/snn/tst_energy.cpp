#include "model/modelfile.h"
#include "model/modelloader.h"
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

psnn::SnnEvalResult rates(double inputSpikes, double hiddenSpikes, int timesteps = 10)
{
    psnn::SnnEvalResult r;
    r.timesteps = timesteps;
    r.neuronLayers = {"neuron"};
    r.spikesPerNeuron = {hiddenSpikes};
    r.inputSpikesPerNeuron = inputSpikes;
    return r;
}

psnn::EnergyTable withoutNeuronUpdates()
{
    psnn::EnergyTable t;
    t.countNeuronUpdates = false;
    return t;
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
        const auto e = psnn::estimateEnergy(twoLayerSnn(dir, psnn::InputCoding::Poisson), rates(20.0, 5.0),
                                            withoutNeuronUpdates());
        QCOMPARE(e.rows.size(), std::size_t(2));
        QCOMPARE(e.rows[0].macs, std::int64_t(288));
        QCOMPARE(e.rows[1].macs, std::int64_t(96));
        QCOMPARE(e.annPj, (288 + 96) * 4.6);
        // Each input spike costs one accumulate per synapse: 288 x 20 x 0.9 + 96 x 5 x 0.9.
        QCOMPARE(e.rows[0].snnPj, 288 * 20 * 0.9);
        QCOMPARE(e.rows[1].snnPj, 96 * 5 * 0.9);
        QCOMPARE(e.snnPj, 288 * 20 * 0.9 + 96 * 5 * 0.9);
        QCOMPARE(e.ratio, e.annPj / e.snnPj);
        QCOMPARE(e.breakEvenSpikes, 4.6 / 0.9);
        QVERIFY(!e.rows[0].analogInput);
    }

    // The two-layer net with a residual block between its neuron layers: Fork, conv 2->2 (3x3,
    // 4x4: 576 MACs), Add, a second neuron layer. An identity shortcut multiplies nothing: each
    // of the first layer's 32 neurons' spikes reaches the add once (32 accumulates per spike) and
    // the ANN adds 32 values; a 1x1 conv shortcut costs its 16 x 2 x 2 = 64 MACs on top.
    void residualShortcutsByHand_data()
    {
        QTest::addColumn<bool>("identity");
        QTest::newRow("identity") << true;
        QTest::newRow("1x1 conv") << false;
    }
    void residualShortcutsByHand()
    {
        QFETCH(bool, identity);
        QTemporaryDir dir;
        psnn::Network net = psnn::loadAnyNetwork(twoLayerSnn(dir, psnn::InputCoding::Poisson));
        psnn::Layer fork, conv = net.layers[0], add, neuron = net.layers[1];
        fork.kind = psnn::LayerKind::Fork;
        fork.name = "block";
        conv.name = "block.conv";
        conv.weight = torch::ones({2, 2, 3, 3});
        add.kind = psnn::LayerKind::Add;
        add.name = "block.add";
        if (!identity) {
            psnn::Layer down = conv;
            down.name = "block.down";
            down.kernel = {1, 1};
            down.padding = {0, 0};
            down.weight = torch::ones({2, 2, 1, 1});
            add.shortcut = {down};
        }
        neuron.name = "block.neuron";
        net.layers.insert(net.layers.begin() + 2, {fork, conv, add, neuron});
        const std::string path = dir.filePath("residual.psnn").toStdString();
        psnn::saveNetwork(net, path);
        psnn::SnnEvalResult r = rates(20.0, 5.0);
        r.neuronLayers = {"neuron", "block.neuron"};
        r.spikesPerNeuron = {5.0, 3.0};
        const auto e = psnn::estimateEnergy(path, r, withoutNeuronUpdates());
        QCOMPARE(e.rows.size(), std::size_t(4));
        QCOMPARE(e.rows[1].macs, std::int64_t(576));
        QCOMPARE(e.rows[2].layer, std::string("block.add"));
        QCOMPARE(e.rows[2].type, std::string(identity ? "Shortcut (identity)" : "Shortcut (conv)"));
        QCOMPARE(e.rows[2].macs, std::int64_t(identity ? 0 : 64));
        QCOMPARE(e.rows[2].synapticOps, (identity ? 32 : 64) * 5.0);
        QCOMPARE(e.rows[2].annPj, (identity ? 0 : 64 * 4.6) + 32 * 0.9);
        QCOMPARE(e.rows[2].snnPj, (identity ? 32 : 64) * 5.0 * 0.9);
        QCOMPARE(e.rows[3].synapticOps, 96 * 3.0); // the classifier is fed by the block's neurons
        QCOMPARE(e.annPj, (288 + 576 + 96) * 4.6 + e.rows[2].annPj);
        QCOMPARE(e.snnPj, 288 * 20 * 0.9 + 576 * 5 * 0.9 + e.rows[2].snnPj + 96 * 3 * 0.9);
    }

    // The same net at T = 4 with 32 neurons, counted by hand in both conventions with neuron
    // updates: per inference 288 x 2 x 0.9 + 96 x 1.5 x 0.9 + 32 x 4 x 0.9 = 763.2 pJ; per
    // timestep the spikes of one average step plus one update per neuron, 648 / 4 + 28.8 = 190.8.
    void bothConventionsAtFourStepsByHand()
    {
        QTemporaryDir dir;
        psnn::Network net = psnn::loadAnyNetwork(twoLayerSnn(dir, psnn::InputCoding::Poisson));
        net.snn.timesteps = 4;
        const std::string path = dir.filePath("t4.psnn").toStdString();
        psnn::saveNetwork(net, path);
        psnn::SnnEvalResult r = rates(2.0, 1.5, 4);
        r.spikeRatePerStep = {{0.5, 0.5, 0.25, 0.25}};
        r.accuracyPerStep = {0.2, 0.4, 0.6, 0.7};
        const auto e = psnn::estimateEnergy(path, r);
        QCOMPARE(e.timesteps, 4);
        QCOMPARE(e.annPj, 1766.4);
        QCOMPARE(e.neuronUpdates, 128.0);
        QVERIFY(qFuzzyCompare(e.neuronPj, 115.2));
        QVERIFY(qFuzzyCompare(e.snnPj, 763.2));
        QVERIFY(qFuzzyCompare(e.snnPjPerStep, 190.8));
        QVERIFY(qFuzzyCompare(e.ratio, 1766.4 / 763.2));
        QVERIFY(qFuzzyCompare(e.ratioPerStep, 1766.4 / 190.8));
        QVERIFY(qFuzzyCompare(e.rows[1].snnPjPerStep, 96 * 1.5 * 0.9 / 4));
        QCOMPARE(e.neuronLayers.size(), std::size_t(1));
        QCOMPARE(e.neuronLayers[0].neurons, std::int64_t(32));
        // Stopped after one step: a quarter of the input, the first step's 0.5 hidden spikes, 32 updates.
        QCOMPARE(e.snnPjAtStep.size(), std::size_t(4));
        QVERIFY(qFuzzyCompare(e.snnPjAtStep[0], 288 * 0.5 * 0.9 + 96 * 0.5 * 0.9 + 32 * 0.9));
        QVERIFY(qFuzzyCompare(e.snnPjAtStep[3], e.snnPj));
        QCOMPARE(e.accuracyAtStep, r.accuracyPerStep);
        // Without the updates both conventions drop exactly their share.
        const auto bare = psnn::estimateEnergy(path, r, withoutNeuronUpdates());
        QVERIFY(qFuzzyCompare(e.snnPj - bare.snnPj, 115.2));
        QVERIFY(qFuzzyCompare(e.snnPjPerStep - bare.snnPjPerStep, 28.8));
    }

    // Direct coding: the first layer is fed analog values at the MAC cost: recomputed every step
    // it pays MACs x T; computed once (the image is static, the default) its MACs once. The
    // per-timestep convention counts them once either way.
    void analogFirstLayerByHand()
    {
        QTemporaryDir dir;
        psnn::EnergyTable table = withoutNeuronUpdates();
        table.macPj = 3.0;
        table.acPj = 0.5;
        const std::string path = twoLayerSnn(dir, psnn::InputCoding::Direct);
        const auto once = psnn::estimateEnergy(path, rates(-1, 5.0), table);
        QCOMPARE(once.rows[0].snnPj, 288 * 3.0);
        QCOMPARE(once.rows[0].snnPjPerStep, 288 * 3.0);
        QCOMPARE(once.rows[0].inputSpikesPerNeuron, 1.0);
        table.analogInputOnce = false;
        const auto e = psnn::estimateEnergy(path, rates(-1, 5.0), table);
        QVERIFY(e.rows[0].analogInput);
        QCOMPARE(e.rows[0].snnPj, 288 * 10 * 3.0);
        QCOMPARE(e.rows[0].snnPjPerStep, 288 * 3.0);
        QCOMPARE(e.rows[1].snnPj, 96 * 5 * 0.5);
        QCOMPARE(e.annPj, 384 * 3.0);
        QVERIFY(e.snnPjAtStep.empty()); // no per-step rates given
    }

    void refusesRatesOfAnotherNetwork()
    {
        QTemporaryDir dir;
        psnn::SnnEvalResult r = rates(2.0, 1.0);
        r.spikesPerNeuron = {1.0, 2.0};
        const std::string path = twoLayerSnn(dir, psnn::InputCoding::Poisson);
        expectError([&] { psnn::estimateEnergy(path, r); }, {path, "do not belong"});
    }

    void presetsLoad()
    {
        const auto keys = psnn::energyPresetKeys();
        QCOMPARE(keys, (std::vector<std::string>{"45nm-fp32", "45nm-int32", "loihi"}));
        QCOMPARE(psnn::energyPresets().size(), keys.size());
        const auto fp32 = psnn::energyPreset("45nm-fp32");
        QCOMPARE(fp32.macPj, 4.6);
        QCOMPARE(fp32.acPj, 0.9);
        const auto int32 = psnn::energyPreset("45nm-int32");
        QCOMPARE(int32.macPj, 3.2);
        QCOMPARE(int32.acPj, 0.1);
        const auto loihi = psnn::energyPreset("loihi");
        QCOMPARE(loihi.acPj, 23.6);
        QCOMPARE(loihi.neuronUpdatePj, 81.0);
        for (const auto &t : psnn::energyPresets())
            QVERIFY2(!t.source.empty() && t.macPj > 0 && t.acPj > 0, t.name.c_str());
        expectError([] { psnn::energyPreset("tpu"); }, {"tpu", "45nm-fp32", "loihi"});
    }

    void tablesFromCsv()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("energy.csv").toStdString();
        std::ofstream(path) << "name,mac_pj,ac_pj\n45nm fp32,4.6,0.9\n# a comment\nint8 accelerator,0.2,0.03\n";
        auto tables = psnn::readEnergyTables(path);
        QCOMPARE(tables.size(), std::size_t(2));
        QCOMPARE(tables[1].name, std::string("int8 accelerator"));
        QCOMPARE(tables[1].acPj, 0.03);
        QVERIFY(!tables[1].countNeuronUpdates);
        // Named columns in any order, with neuron updates and a source.
        std::ofstream(path) << "source,ac_pj,name,neuron_update_pj,mac_pj\nmy paper,0.5,chip,2.5,4\n";
        tables = psnn::readEnergyTables(path);
        QCOMPARE(tables.size(), std::size_t(1));
        QCOMPARE(tables[0].name, std::string("chip"));
        QCOMPARE(tables[0].macPj, 4.0);
        QCOMPARE(tables[0].acPj, 0.5);
        QCOMPARE(tables[0].neuronUpdatePj, 2.5);
        QVERIFY(tables[0].countNeuronUpdates);
        QCOMPARE(tables[0].source, std::string("my paper"));
        // No header: name, mac, ac, update.
        std::ofstream(path) << "chip,4,0.5,1\n";
        QCOMPARE(psnn::readEnergyTables(path)[0].neuronUpdatePj, 1.0);
    }

    void refusesBadTablesNamingTheRow()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("energy.csv").toStdString();
        std::ofstream(path) << "name,mac_pj,ac_pj\nbroken,4.6\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 2", "ac_pj", "missing"});
        std::ofstream(path) << "name,mac_pj,ac_pj\nok,4.6,0.9\nnegative,-1,0.9\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 3", "mac_pj", "-1"});
        std::ofstream(path) << "name,mac_pj,ac_pj\nwords,4.6,cheap\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 2", "cheap", "not a number"});
        std::ofstream(path) << "name,mac_pj,ac_pj,sram_pj\nchip,4.6,0.9,5\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 1", "unknown column", "sram_pj"});
        std::ofstream(path) << "name,ac_pj\nchip,0.9\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 1", "mac_pj"});
        std::ofstream(path) << "name,mac_pj,ac_pj,neuron_update_pj\nchip,4.6,0.9,-3\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "row 2", "neuron_update_pj"});
        std::ofstream(path) << "";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "no energy table rows"});
        std::ofstream(path) << "name,mac_pj,ac_pj\n";
        expectError([&] { psnn::readEnergyTables(path); }, {path, "no energy table rows"});
        expectError([&] { psnn::readEnergyTables(path + ".missing"); }, {"energy.csv.missing", "cannot open"});
    }
};

QTEST_GUILESS_MAIN(TestEnergy)
#include "tst_energy.moc"
