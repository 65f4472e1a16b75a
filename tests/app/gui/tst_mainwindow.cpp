#include "accuracyplot.h"
#include "core/sha256.h"
#include "energyplot.h"
#include "filemenu.h"
#include "frontierplot.h"
#include "imagegallery.h"
#include "importdialog.h"
#include "importflow.h"
#include "mainwindow.h"
#include "model/importsandbox.h"
#include "modelsummaryview.h"
#include "reportwriter.h"
#include "spikeview.h"
#include "warninglist.h"
#include "workspace/pipeline.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

#include <filesystem>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>
#include <QPlainTextEdit>
#include <QStandardPaths>

#include <fstream>

namespace {

// A private copy of the tiny workspace the CTest fixture made.
QString copyTinyWorkspace(const QTemporaryDir &dir, const QString &name)
{
    const QString to = dir.filePath(name);
    std::filesystem::copy(qEnvironmentVariable("PSNN_TINY_WORKSPACE").toStdString(), to.toStdString(),
                          std::filesystem::copy_options::recursive);
    return to;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A report without the moment it was made.
QString undated(QString html)
{
    return html.replace(QRegularExpression(QStringLiteral("report made .*? by PrivateSNN")), QStringLiteral("report made by PrivateSNN"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root; // workspaces the window makes go here, not into the home folder

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qEnvironmentVariable("PSNN_TINY_WORKSPACE").isEmpty());
        // As main() does: TorchScript files are read by privatesnn-cli in a process of its own.
        psnn::setImportHelper(qEnvironmentVariable("PSNN_CLI").toStdString());
    }

    // Every view shows what the workspace holds.
    void viewsShowAWorkspace()
    {
        QTemporaryDir dir;
        const QString ws = copyTinyWorkspace(dir, "ws");
        MainWindow window(nullptr, m_root.path());
        window.show();
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(shown.size() >= 1);
        const auto *accuracy = window.findChild<AccuracyPlot *>();
        QCOMPARE(accuracy->graphCount(), 3); // converted, encrypted, the ANN line
        QCOMPARE(accuracy->graph(0)->data()->size(), 16); // T = 16 in the tiny workspace
        const auto *energy = window.findChild<EnergyPlot *>();
        QCOMPARE(energy->annBars()->data()->size(), 6); // 4 conv + 2 linear layers of the demo CNN
        const auto galleries = window.findChildren<ImageGallery *>();
        QCOMPARE(galleries.size(), 2);
        // Leakage: per class 2 reconstructions x 3 models (scenario 1) + 2 x 2 SNNs (threshold-aware)
        // + 1 x 2 SNNs (surrogate) + 1 x 2 (evolution).
        const auto leakage = std::find_if(galleries.begin(), galleries.end(), [](auto *g) { return g->groupCount() == 9; });
        QVERIFY(leakage != galleries.end());
        QCOMPARE((*leakage)->imageCount(), 10 * 14);
        // Synthetic images arrive from the engine thread: 2 per class.
        const auto synthetic = std::find_if(galleries.begin(), galleries.end(), [](auto *g) { return g->groupCount() != 9; });
        QTRY_COMPARE_WITH_TIMEOUT((*synthetic)->imageCount(), 20, 20000);
        // The panel: every step of the tiny run is done and current.
        QTRY_COMPARE_WITH_TIMEOUT(window.panel()->state(PipelinePanel::Audit), PipelinePanel::Done, 30000);
        for (int s = 0; s < PipelinePanel::Report; ++s)
            QCOMPARE(window.panel()->state(PipelinePanel::Step(s)), PipelinePanel::Done);
        QVERIFY(window.panel()->numbers(PipelinePanel::Evaluate).contains("ANN"));
        // The spike raster gets a trace of test image 0.
        QTRY_VERIFY_WITH_TIMEOUT(window.spikeView()->raster()->graph(0)->data()->size()
                                     + window.spikeView()->raster()->graph(1)->data()->size() > 0, 20000);
    }

    // A workspace with a sweep: the leakage view draws its frontier (a series per attack, a point
    // and an interval per strength), and a click on a point sets the Encrypt step's option.
    void frontierPointSetsTheEncryption()
    {
        QTemporaryDir dir;
        const QString ws = copyTinyWorkspace(dir, "ws");
        const auto attack = [](const char *scenario, double top1) {
            return QStringLiteral(R"({"model": "encrypted", "scenario": "%1", "attack_top1": %2,
                                     "attack_top1_interval": [%3, %4], "reconstructions": 100})")
                .arg(QLatin1String(scenario)).arg(top1).arg(top1 - 0.05).arg(top1 + 0.05);
        };
        QString points;
        const double strengths[] = {0, 1, 10};
        for (int i = 0; i < 3; ++i)
            points += QStringLiteral(R"(%1{"strength": %2, "accuracy": %3, "attacks": [%4, %5]})")
                          .arg(i ? "," : "").arg(strengths[i]).arg(0.9 - 0.01 * i)
                          .arg(attack("weights_to_ann", 0.7 - 0.3 * i), attack("weights_rate_ann", 0.75 - 0.1 * i));
        std::ofstream(ws.toStdString() + "/sweep.json")
            << QStringLiteral(R"({"format": "privatesnn-sweep", "parameter": "privacy-weight", "chance": 0.1, "points": [%1]})")
                   .arg(points).toStdString();
        MainWindow window(nullptr, m_root.path());
        window.show();
        QVERIFY(window.openWorkspace(ws));
        auto *frontier = window.findChild<FrontierPlot *>();
        QCOMPARE(frontier->seriesCount(), 2);
        QCOMPARE(frontier->pointCount(0), 3);
        QCOMPARE(frontier->intervalCount(1), 3);
        QCOMPARE(frontier->point(0, 2), QPointF(0.1, 0.88));
        Q_EMIT frontier->pointClicked(2);
        QCOMPARE(window.panel()->options().encryption.privacyWeight, 10.0);
    }

    // Run through the worker, cancel in the middle of a step: the window stays usable, finished
    // steps stay done and nothing of the cancelled step is written.
    void cancelKeepsFinishedSteps()
    {
        QTemporaryDir dir;
        const QString ws = copyTinyWorkspace(dir, "ws");
        const std::string audit = psnn::sha256File((ws + "/audit.json").toStdString());
        MainWindow window(nullptr, m_root.path());
        window.show();
        QVERIFY(window.openWorkspace(ws));
        psnn::PipelineOptions o = window.panel()->options();
        o.audit.inversion.iterations = 5000; // the audit must run again, for long enough to be cancelled
        window.panel()->setOptions(o);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.makePrivateSnn();
        QTRY_COMPARE_WITH_TIMEOUT(window.panel()->state(PipelinePanel::Audit), PipelinePanel::Running, 30000);
        window.cancel();
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().first().toBool(), false);
        QVERIFY(!window.panel()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(window.panel()->state(PipelinePanel::Audit), PipelinePanel::Stale, 30000);
        QCOMPARE(window.panel()->state(PipelinePanel::Encrypt), PipelinePanel::Done);
        QCOMPARE(psnn::sha256File((ws + "/audit.json").toStdString()), audit);
        QVERIFY(!QFileInfo::exists(ws + "/.staging-audit"));
        QVERIFY(window.log()->toPlainText().contains("Cancelled"));
    }

    // "Make private SNN" on a current workspace: the report is read, drawn and written (its pages
    // on the engine thread) before the run ends, and it is the report the CLI's `report` writes.
    void runEndsWithItsReport()
    {
        QTemporaryDir dir;
        const QString ws = copyTinyWorkspace(dir, "ws");
        QFile::remove(ws + "/report.html");
        QFile::remove(ws + "/report.pdf");
        MainWindow window(nullptr, m_root.path());
        window.show();
        QVERIFY(window.openWorkspace(ws));
        bool reportAtTheEnd = false;
        connect(&window, &MainWindow::runEnded, this, [&](bool ok) {
            reportAtTheEnd = ok && QFile::exists(ws + "/report.html") && QFile::exists(ws + "/report.pdf");
        });
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.makePrivateSnn();
        QVERIFY(ended.wait(60000));
        QVERIFY(reportAtTheEnd);
        QCOMPARE(window.panel()->state(PipelinePanel::Report), PipelinePanel::Done);
        QVERIFY(window.log()->toPlainText().contains("Report written"));
        QVERIFY(readText(ws + "/report.pdf").startsWith("%PDF"));

        QString error;
        const QString html = dir.filePath("cli.html");
        QVERIFY2(ReportWriter::writeWorkspace(ws, html, dir.filePath("cli.pdf"), &error), qPrintable(error));
        const QString fromWindow = undated(readText(ws + "/report.html"));
        QVERIFY(fromWindow.contains("data:image/png;base64"));
        QVERIFY(fromWindow == undated(readText(html)));
    }

    // File > Export Report into a folder that does not exist: a message naming the file, and the
    // window stays usable.
    void unwritableReportNamesTheFile()
    {
        QTemporaryDir dir;
        const QString ws = copyTinyWorkspace(dir, "ws");
        MainWindow window(nullptr, m_root.path());
        window.show();
        QVERIFY(window.openWorkspace(ws));
        QSignalSpy failed(&window, &MainWindow::openFailed);
        const QString html = dir.filePath("no-such-folder/r.html");
        Q_EMIT window.findChild<FileMenu *>()->reportRequested(html, dir.filePath("no-such-folder/r.pdf"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(html), qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(html));
        QVERIFY(window.openWorkspace(ws));
    }

    void corruptWorkspaceShowsAnErrorAndKeepsTheWindowUsable()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad");
        QDir().mkpath(bad);
        std::ofstream((bad + "/manifest.json").toStdString()) << "{\"format\": \"privatesnn-workspace\", \"stages\": [";
        MainWindow window(nullptr, m_root.path());
        window.show();
        QSignalSpy failed(&window, &MainWindow::openFailed);
        QVERIFY(!window.openWorkspace(bad));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(bad), qPrintable(failed.first().first().toString()));
        QVERIFY(window.openWorkspace(copyTinyWorkspace(dir, "good")));
        QCOMPARE(window.workspace(), dir.filePath("good"));
    }

    void germanAtRunTime()
    {
        MainWindow window(nullptr, m_root.path());
        window.show();
        window.setLanguage("de");
        QCOMPARE(window.views()->tabText(0), QString("Modell"));
        // Qt posts LanguageChange to every widget: the panel follows once events are processed.
        QTRY_COMPARE(window.panel()->findChild<QPushButton *>("makePrivate")->text(), QString("Privates SNN erstellen"));
        window.setLanguage("en");
        QCOMPARE(window.views()->tabText(0), QString("Model"));
        QTRY_COMPARE(window.panel()->findChild<QPushButton *>("makePrivate")->text(), QString("Make private SNN"));
    }

    // Smoke test: the window opens offscreen and shows the demo model's layers.
    void showsDemoModel()
    {
        const QString demo = QString::fromStdString(psnn::demoModelPath());
        QVERIFY2(QFile::exists(demo), qPrintable(demo));
        MainWindow window(nullptr, m_root.path());
        window.show();
        QSignalSpy shown(&window, &MainWindow::modelShown);
        window.openModel(demo);
        QVERIFY(shown.wait(20000));
        const ModelSummaryView *view = window.summaryView();
        QCOMPARE(view->rowCount(), int(psnn::inspectModel(demo.toStdString()).layers.size()));
        QCOMPARE(view->item(0, 0)->text(), QString("features.0"));
        QCOMPARE(view->item(0, 1)->text(), QString("Conv2d"));
        QCOMPARE(view->item(view->rowCount() - 1, 1)->text(), QString("Linear"));
    }

    // A file the window cannot open gives a message naming it, and the window stays usable: it
    // opens the demo next. A corrupt .psnn; a TorchScript file that crashes LibTorch's reader
    // (tests/data/make_torchscript_models.py), which takes down only its import process.
    void unopenableModelKeepsWindowUsable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("corrupt .psnn") << QString() << QString();
        QTest::newRow("crashes LibTorch") << qEnvironmentVariable("PSNN_TEST_MODELS") + QStringLiteral("/hostile_loader_crash.pt")
                                          << QStringLiteral("crashed while reading it");
    }
    void unopenableModelKeepsWindowUsable()
    {
        QFETCH(QString, model);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        if (model.isEmpty()) {
            model = dir.filePath("broken.psnn");
            std::ofstream(model.toStdString()) << "PSNNMODL garbage";
        }
        QVERIFY2(QFile::exists(model), qPrintable(model));
        MainWindow window(nullptr, m_root.path());
        window.show();
        QSignalSpy failed(&window, &MainWindow::openFailed);
        QSignalSpy shown(&window, &MainWindow::modelShown);
        window.openModel(model);
        QVERIFY(failed.wait(60000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(model) && message.contains(fragment), qPrintable(message));
        window.openModel(QString::fromStdString(psnn::demoModelPath()));
        QVERIFY(shown.wait(20000));
        QVERIFY(window.summaryView()->rowCount() > 0);
    }

    // A model of one's own, as a new user opens it: the warning says what to fix, the dialog's
    // check finds the normalisation the model was trained with, and on OK the workspace keeps
    // the settings, the bundled judge is set, and the warning has gone.
    void ownModelThroughTheImportDialog()
    {
        const QString model = qEnvironmentVariable("PSNN_TEST_MODELS") + QStringLiteral("/fmnist_normalised.pt");
        QVERIFY2(QFile::exists(model), qPrintable(model));
        QTemporaryDir root;
        MainWindow window(nullptr, root.path());
        window.show();
        QSignalSpy shown(&window, &MainWindow::modelShown);
        window.openModel(model);
        QVERIFY(shown.wait(20000));
        QVERIFY(window.warnings()->topics().contains("normalization"));
        ImportDialog *dialog = window.imports()->dialog();
        QVERIFY(dialog);

        psnn::PipelineOptions o = dialog->options(window.panel()->options());
        o.testData = "fashion-mnist";
        dialog->setOptions(o);
        QSignalSpy checked(dialog, &ImportDialog::checked);
        dialog->checkButton()->click();
        QVERIFY(checked.wait(60000));
        QVERIFY(dialog->lastCheck());
        QCOMPARE(QString::fromStdString(dialog->lastCheck()->suggestion), QString("fashion-mnist"));
        QVERIFY(!dialog->useSuggestionButton()->isHidden());
        dialog->useSuggestionButton()->click();
        QCOMPARE(dialog->normalizationPreset(), QString("fashion-mnist"));

        shown.clear();
        dialog->accept();
        QVERIFY(shown.wait(20000));
        const psnn::PipelineOptions set = window.panel()->options();
        QCOMPARE(QString::fromStdString(set.testData), QString("fashion-mnist"));
        QCOMPARE(set.import.normalization.mean.size(), size_t(1));
        QVERIFY(std::abs(set.import.normalization.mean[0] - 0.2860f) < 1e-4f);
        QVERIFY(set.withAudit);
        QCOMPARE(QString::fromStdString(set.audit.judge), QString::fromStdString(psnn::bundledJudgePath("fashion-mnist")));
        QVERIFY(!window.warnings()->topics().contains("normalization"));
        QVERIFY(!window.warnings()->topics().contains("judge"));

        // What the workspace keeps gives the same pipeline to the CLI and to a later session.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QString::fromStdString(set.workspace) + "/settings.json"), 10000);
        psnn::PipelineOptions again;
        psnn::readPipelineSettings(set.workspace, again);
        QCOMPARE(QString::fromStdString(again.model), model);
        QCOMPARE(QString::fromStdString(again.testData), QString("fashion-mnist"));
        QCOMPARE(again.import.normalization.std, set.import.normalization.std);
        QCOMPARE(QString::fromStdString(again.audit.judge), QString::fromStdString(set.audit.judge));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
