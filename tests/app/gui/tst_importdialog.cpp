#include "data/knowndatasets.h"
#include "importdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every field goes to the engine's options and back unchanged.
    void roundTripsEverySetting()
    {
        psnn::PipelineOptions in;
        in.import.inputShape = {3, 40, 36};
        in.import.normalization = {{0.3f, 0.4f, 0.5f}, {0.2f, 0.25f, 0.3f}}; // custom values
        in.import.classNames = {"cat", "dog", "newt"};
        in.testData = "/data/my-test-folder";
        in.encryption.epochs = 7; // not the dialog's: kept as it was
        ImportDialog dialog(QStringLiteral("/models/m.pt"));
        dialog.setOptions(in);
        const psnn::PipelineOptions out = dialog.options(in);
        QCOMPARE(out.import.inputShape, in.import.inputShape);
        QCOMPARE(out.import.normalization.mean, in.import.normalization.mean);
        QCOMPARE(out.import.normalization.std, in.import.normalization.std);
        QCOMPARE(out.import.classNames, in.import.classNames);
        QCOMPARE(out.testData, in.testData);
        QCOMPARE(out.encryption.epochs, 7);
        QVERIFY(out.import.check.testData.empty()); // no check ran
        QCOMPARE(dialog.normalizationPreset(), QString());

        // A preset by name, class names from a known test set, the shape left to the guess.
        psnn::PipelineOptions preset;
        const psnn::NormalizationPreset &cifar = psnn::normalizationPreset("cifar10");
        preset.import.normalization = {cifar.mean, cifar.std};
        preset.import.classNames = psnn::findKnownDataset("cifar10")->classNames;
        preset.testData = "cifar10";
        dialog.setOptions(preset);
        QCOMPARE(dialog.normalizationPreset(), QStringLiteral("cifar10"));
        const psnn::PipelineOptions back = dialog.options({});
        QVERIFY(back.import.inputShape.empty());
        QCOMPARE(back.import.normalization.mean, cifar.mean);
        QCOMPARE(back.import.classNames, preset.import.classNames);
        QCOMPARE(back.testData, std::string("cifar10"));

        // Nothing chosen stays nothing (the engine then warns); numbers as names stay unnamed.
        dialog.setOptions(psnn::PipelineOptions{});
        const psnn::PipelineOptions empty = dialog.options({});
        QVERIFY(empty.import.normalization.mean.empty());
        QCOMPARE(empty.testData, std::string("fashion-mnist")); // the default test set...
        QCOMPARE(empty.import.classNames, psnn::findKnownDataset("fashion-mnist")->classNames); // ...names the classes
        auto *source = dialog.findChildren<QComboBox *>().at(2);
        source->setCurrentIndex(2); // "Numbers 0, 1, 2, ..."
        QVERIFY(dialog.options({}).import.classNames.empty());
    }

    // Check: the request carries the fields, the result offers the better preset, and using it
    // records the check with that preset's accuracy.
    void checkOffersTheSuggestionAndRecordsIt()
    {
        psnn::PipelineOptions in;
        in.testData = "fashion-mnist";
        ImportDialog dialog(QStringLiteral("/models/m.pt"));
        dialog.setOptions(in);
        QSignalSpy requested(&dialog, &ImportDialog::checkRequested);
        dialog.checkButton()->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("/models/m.pt"));
        const auto sent = requested.first().at(1).value<psnn::ImportCheckOptions>();
        QCOMPARE(sent.testData, std::string("fashion-mnist"));
        QVERIFY(sent.import.normalization.mean.empty());
        QVERIFY(!dialog.checkButton()->isEnabled()); // until the result comes

        psnn::ImportCheck c;
        c.testData = "fashion-mnist";
        c.images = 300;
        c.accuracy = 0.61;
        c.chosen = "none";
        c.presets = {{"fashion-mnist", 270, 0.9}, {"mnist", 250, 0.8333}, {"minus-one-one", 100, 0.3333}, {"none", 183, 0.61}};
        c.suggestion = "fashion-mnist";
        c.suggestionAccuracy = 0.9;
        c.inputShape = {1, 28, 28};
        c.dataFiles = {"/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"};
        dialog.showCheck(c);
        QVERIFY(dialog.checkButton()->isEnabled());
        QVERIFY(!dialog.useSuggestionButton()->isHidden());
        dialog.useSuggestionButton()->click();
        QCOMPARE(dialog.normalizationPreset(), QStringLiteral("fashion-mnist"));
        const psnn::PipelineOptions out = dialog.options({});
        QCOMPARE(out.import.normalization.mean, (std::vector<float>{0.2860f}));
        QCOMPARE(out.import.check.testData, std::string("fashion-mnist"));
        QCOMPARE(out.import.check.normalization, std::string("fashion-mnist"));
        QCOMPARE(out.import.check.accuracy, 0.9);
        QCOMPARE(out.import.check.images, std::int64_t(300));
        QCOMPARE(out.import.check.dataFiles, c.dataFiles);
        QCOMPARE(dialog.findChildren<QSpinBox *>().at(1)->value(), 28); // the guessed shape fills empty fields
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
