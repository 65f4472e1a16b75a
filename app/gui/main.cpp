// privatesnn: the workbench GUI.
#include "core/runtime.h"
#include "importdialog.h"
#include "importflow.h"
#include "mainwindow.h"
#include "model/importsandbox.h"
#include "model/models.h"
#include "stallmonitor.h"

#include <algorithm>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    psnn::configureProcess(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrivateSNN Workbench"));
    QApplication::setOrganizationName(QStringLiteral("PrivateSNN"));
    QApplication::setApplicationVersion(QStringLiteral(PSNN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PrivateSNN Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"), QApplication::translate("main", "Model to open (default: the bundled demo)."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QApplication::translate("main", "Workspace to open."),
                                       QStringLiteral("folder"));
    const QCommandLineOption run(QStringLiteral("run"), QApplication::translate("main", "Click “Make private SNN” at start."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the window once the model is shown, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "After --run: save a PNG of every view into a folder, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "User interface language (de, zh_CN, ko, en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption importData(
        QStringLiteral("import-test-data"),
        QApplication::translate("main", "With a model: in its import dialog choose this test data, click Check, use "
                                        "the suggested normalisation and accept (what a person would click)."),
        QStringLiteral("data"));
    const QCommandLineOption measureStalls(
        QStringLiteral("measure-stalls"),
        QApplication::translate("main", "While a run goes on: measure how long the window's event loop stalls, and print "
                                        "the longest stall when the run ends (then quit, unless --screenshots)."));
    parser.addOptions({workspace, run, screenshot, screenshots, language, importData, measureStalls});
    parser.process(app);

    // TorchScript files are read by the command-line tool beside this executable, in a process of
    // its own (model/importsandbox.h), so that a hostile file cannot take the window down.
    psnn::setImportHelper(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("privatesnn-cli")).toStdString());

    MainWindow window;
    const QString code = parser.isSet(language) ? parser.value(language)
                                                : QSettings().value(QStringLiteral("language"), QLocale::system().name()).toString();
    // Any German, Chinese or Korean locale picks its translation; everything else is English.
    const QString lang = code.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                         : code.startsWith(QLatin1String("de")) ? QStringLiteral("de")
                         : code.startsWith(QLatin1String("ko")) ? QStringLiteral("ko")
                                                                 : QStringLiteral("en");
    window.setLanguage(lang);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto save = [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        };
        QObject::connect(&window, &MainWindow::modelShown, &window, [save] { QTimer::singleShot(300, save); });
        QObject::connect(&window, &MainWindow::openFailed, &window, [save] { QTimer::singleShot(300, save); });
    }
    if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        QObject::connect(&window, &MainWindow::runEnded, &window, [&window, dir](bool ok) {
            // Give the spike trace and the synthetic images a moment to arrive.
            QTimer::singleShot(3000, &window, [&window, dir, ok] {
                const QStringList files = window.saveViewScreenshots(dir);
                std::printf("%s: %lld screenshots in %s\n", ok ? "run finished" : "run failed", (long long)files.size(),
                            qUtf8Printable(dir));
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    StallMonitor stalls;
    if (parser.isSet(measureStalls)) {
        QObject::connect(&window, &MainWindow::runStarted, &stalls, &StallMonitor::start);
        QObject::connect(&window, &MainWindow::runEnded, &window, [&stalls, quit = !parser.isSet(screenshots)](bool ok) {
            stalls.stop();
            std::printf("event loop over %.1f s of run: longest stall %.1f ms, %d stalls over 50 ms\n",
                        stalls.watchedSeconds(), stalls.longestMs(), stalls.stallsOver(50));
            // When the longest ones began, to match against the log's step times.
            QList<StallMonitor::Stall> longest = stalls.stalls();
            std::sort(longest.begin(), longest.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
            for (const StallMonitor::Stall &s : longest.mid(0, 5))
                std::printf("  %.1f ms stall %.1f s into the run\n", s.ms, s.atSeconds);
            if (quit)
                QApplication::exit(ok ? 0 : 1);
        });
    }
    window.show();
    if (parser.isSet(workspace))
        window.openWorkspace(parser.value(workspace));
    else if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().first());
    else if (const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
             !last.isEmpty() && QFile::exists(last + QStringLiteral("/manifest.json")))
        window.openWorkspace(last); // where the user left off
    else
        window.openDemo(); // a first start: the bundled demo, one click from results
    if (parser.isSet(importData) && window.imports()->dialog()) {
        // The clicks of a new user, in order; the dialog's picture goes with the screenshots.
        ImportDialog *dialog = window.imports()->dialog();
        psnn::PipelineOptions o = dialog->options(window.panel()->options());
        o.testData = parser.value(importData).toStdString();
        dialog->setOptions(o);
        QObject::connect(dialog, &ImportDialog::checked, dialog, [&, dialog] {
            const psnn::ImportCheck &c = *dialog->lastCheck();
            std::printf("import checked: %lld of %lld right with %s; suggestion %s\n", (long long)c.correct,
                        (long long)c.images, c.chosen.empty() ? "custom values" : c.chosen.c_str(),
                        c.suggestion.empty() ? "none" : c.suggestion.c_str());
            if (!dialog->useSuggestionButton()->isHidden())
                dialog->useSuggestionButton()->click();
            if (parser.isSet(screenshots)) {
                QDir().mkpath(parser.value(screenshots));
                dialog->grab().save(parser.value(screenshots) + QStringLiteral("/import-dialog.png"));
            }
            dialog->accept();
            if (parser.isSet(run))
                QTimer::singleShot(500, &window, &MainWindow::makePrivateSnn);
            else if (parser.isSet(screenshots)) // the window as set up, then done
                QObject::connect(&window, &MainWindow::modelShown, &window, [&window, dir = parser.value(screenshots)] {
                    QTimer::singleShot(1000, &window, [&window, dir] {
                        const QStringList files = window.saveViewScreenshots(dir);
                        std::printf("import set up: %lld screenshots in %s\n", (long long)files.size(), qUtf8Printable(dir));
                        QApplication::quit();
                    });
                });
        });
        QTimer::singleShot(1000, dialog, [dialog] { dialog->checkButton()->click(); });
    } else if (parser.isSet(run)) {
        QTimer::singleShot(500, &window, &MainWindow::makePrivateSnn);
    }
    return QApplication::exec();
}
