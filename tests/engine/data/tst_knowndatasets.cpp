// Normalisation presets and known data sets by name.
#include "../testutil.h"
#include "data/datasets.h"
#include "data/knowndatasets.h"

#include <QFileInfo>
#include <QTest>

class TestKnownDatasets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greyPresetsRepeatPerChannel()
    {
        const psnn::Normalization n = psnn::presetNormalization(psnn::normalizationPreset("minus-one-one"), 3);
        QCOMPARE(n.mean, (std::vector<float>{0.5f, 0.5f, 0.5f}));
        QCOMPARE(n.std, (std::vector<float>{0.5f, 0.5f, 0.5f}));
        // A colour preset does not fit a grey input.
        expectError([] { psnn::presetNormalization(psnn::normalizationPreset("cifar10"), 1); },
                    {"cifar10", "3 channels", "1"});
        expectError([] { psnn::normalizationPreset("imagenet21k"); }, {"imagenet21k", "fashion-mnist", "none"});
    }

    void everyPresetIsRecognisedFromItsValues()
    {
        for (const psnn::NormalizationPreset &p : psnn::normalizationPresets()) {
            const std::int64_t channels = std::int64_t(p.mean.size() == 1 ? 1 : p.mean.size());
            QCOMPARE(psnn::matchingPreset(psnn::presetNormalization(p, channels)), p.id);
        }
        QCOMPARE(psnn::matchingPreset({{0.3f}, {0.3f}}), std::string());
        QCOMPARE(psnn::matchingPreset({}), std::string());
    }

    void datasetsByNameAndByFolder()
    {
        const psnn::KnownDataset *fashion = psnn::findKnownDataset("fashion-mnist");
        QVERIFY(fashion);
        QCOMPARE(fashion->classNames.size(), std::size_t(10));
        QCOMPARE(fashion->normalization, std::string("fashion-mnist"));
        QCOMPARE(psnn::findKnownDataset("cifar100")->classNames.size(), std::size_t(100));
        QCOMPARE(psnn::findKnownDataset("cifar10")->inputShape, (psnn::Shape{3, 32, 32}));
        QVERIFY(!psnn::findKnownDataset("/nonexistent/folder"));
        QVERIFY(!psnn::findKnownDataset(""));
        // The folder a name stands for is that data set too, and its reader names the classes alike.
        if (QFileInfo::exists(QString::fromStdString(psnn::resolveDatasetPath("fashion-mnist")))) {
            QCOMPARE(psnn::findKnownDataset(psnn::resolveDatasetPath("fashion-mnist") + "/"), fashion);
            QCOMPARE(psnn::loadDataset("fashion-mnist", psnn::Split::Test).classNames, fashion->classNames);
        }
    }
};

QTEST_GUILESS_MAIN(TestKnownDatasets)
#include "tst_knowndatasets.moc"
