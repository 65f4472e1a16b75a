#include "pipelinepanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestPipelinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateChangesShowInTheRow()
    {
        PipelinePanel panel;
        QCOMPARE(panel.state(PipelinePanel::Convert), PipelinePanel::NotRun);
        panel.setState(PipelinePanel::Convert, PipelinePanel::Done, "5 neuron layers balanced");
        QCOMPARE(panel.state(PipelinePanel::Convert), PipelinePanel::Done);
        QCOMPARE(panel.numbers(PipelinePanel::Convert), QString("5 neuron layers balanced"));
        const auto labels = panel.findChildren<QLabel *>();
        const auto has = [&](const QString &text) {
            return std::count_if(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == text; });
        };
        QCOMPARE(has("done"), 1);
        QCOMPARE(has("not run"), 7);
        panel.setStepProgress(PipelinePanel::Encrypt, 0.5); // progress marks the step as running
        QCOMPARE(panel.state(PipelinePanel::Encrypt), PipelinePanel::Running);
        QCOMPARE(has("running"), 1);
        panel.setState(PipelinePanel::Encrypt, PipelinePanel::Failed, "disk full");
        panel.setState(PipelinePanel::Audit, PipelinePanel::Stale);
        QCOMPARE(has("failed"), 1);
        QCOMPARE(has("stale"), 1);
    }

    void buttonsAskForWorkAndLockWhileRunning()
    {
        PipelinePanel panel;
        QSignalSpy run(&panel, &PipelinePanel::runRequested), make(&panel, &PipelinePanel::makePrivateRequested),
            cancel(&panel, &PipelinePanel::cancelRequested);
        auto *runEncrypt = panel.findChild<QPushButton *>("run-encrypt");
        auto *makePrivate = panel.findChild<QPushButton *>("makePrivate");
        auto *cancelButton = panel.findChild<QPushButton *>("cancel");
        QVERIFY(runEncrypt && makePrivate && cancelButton);
        QVERIFY(!cancelButton->isEnabled());
        QTest::mouseClick(runEncrypt, Qt::LeftButton);
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.first().first().value<PipelinePanel::Step>(), PipelinePanel::Encrypt);
        QTest::mouseClick(makePrivate, Qt::LeftButton);
        QCOMPARE(make.size(), 1);
        panel.setRunning(true);
        QVERIFY(!runEncrypt->isEnabled() && !makePrivate->isEnabled() && cancelButton->isEnabled());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        panel.setRunning(false);
        QVERIFY(runEncrypt->isEnabled() && !cancelButton->isEnabled());
    }

    // The panel shows and returns the options it was given; its edits land in the right fields.
    void optionsRoundTrip()
    {
        PipelinePanel panel;
        psnn::PipelineOptions o = psnn::demoPipelineOptions("/tmp/ws");
        o.conversion.snn.coding = psnn::InputCoding::Direct;
        o.encryption.distillation = 0.5;
        o.conversion.snn.initialMembrane = 0.25;
        o.conversion.snn.signedSpikes = true;
        panel.setOptions(o);
        const psnn::PipelineOptions back = panel.options();
        QCOMPARE(back.synthesis.imagesPerClass, 50);
        QCOMPARE(back.synthesis.iterations, 200);
        QCOMPARE(back.conversion.snn.coding, psnn::InputCoding::Direct);
        QCOMPARE(back.conversion.percentile, 99.9);
        QCOMPARE(back.conversion.snn.initialMembrane, 0.25);
        QVERIFY(back.conversion.snn.signedSpikes);
        QVERIFY(back.conversion.automatic); // the demo converts in auto mode
        QCOMPARE(back.encryption.timesteps, 32);
        QCOMPARE(back.encryption.deployTimesteps, std::string("search"));
        QVERIFY(back.conversion.quantizedThresholds);
        QCOMPARE(back.energy.name, o.energy.name);
        QCOMPARE(back.encryption.distillation, 0.5);
        QCOMPARE(back.evaluation.limit, std::int64_t(1000));
        QCOMPARE(back.audit.judge, o.audit.judge);
        QVERIFY(back.withAudit);
        QCOMPARE(back.workspace, std::string("/tmp/ws"));
        o.conversion.automatic = false;
        panel.setOptions(o);
        QVERIFY(!panel.options().conversion.automatic);
        // A point picked on the privacy frontier sets its encryption setting.
        o.encryption.privacyWeight = 0.5;
        o.encryption.scrambleSpread = 6;
        panel.setOptions(o);
        QCOMPARE(panel.options().encryption.privacyWeight, 0.5);
        QCOMPARE(panel.options().encryption.scrambleSpread, 6);
        QSignalSpy changed(&panel, &PipelinePanel::optionsChanged);
        panel.setEncryptionSetting("privacy-weight", 3.0);
        panel.setEncryptionSetting("scramble", 4.0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(panel.options().encryption.privacyWeight, 3.0);
        QCOMPARE(panel.options().encryption.scrambleSpread, 4);
        QCOMPARE(PipelinePanel::stepOf("encrypt"), PipelinePanel::Encrypt);
        QCOMPARE(PipelinePanel::stageName(PipelinePanel::Audit), QString("audit"));
    }

    // The deployment choice and the hardware preset land in the options; item 0 of the preset
    // list keeps the options' own (possibly edited) table.
    void deployAndHardwareChoices()
    {
        PipelinePanel panel;
        psnn::PipelineOptions o = psnn::demoPipelineOptions("/tmp/ws");
        o.energy.macPj = 2.5;
        panel.setOptions(o);
        auto *deploy = panel.findChild<QComboBox *>("deploy");
        auto *preset = panel.findChild<QComboBox *>("energyPreset");
        QVERIFY(deploy && preset);
        QCOMPARE(preset->count(), int(psnn::energyPresets().size()) + 1);
        QCOMPARE(panel.options().energy.macPj, 2.5);
        deploy->setCurrentIndex(1);
        preset->setCurrentIndex(3);
        const psnn::PipelineOptions back = panel.options();
        QCOMPARE(back.encryption.deployTimesteps, std::string("train"));
        QCOMPARE(back.energy.name, psnn::energyPreset("loihi").name);
        QCOMPARE(back.energy.acPj, 23.6);
    }
};

QTEST_MAIN(TestPipelinePanel)
#include "tst_pipelinepanel.moc"
