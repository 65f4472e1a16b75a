#include "mainwindow.h"

#include "core/error.h"
#include "energyview.h"
#include "enginecontroller.h"
#include "filemenu.h"
#include "imageexport.h"
#include "importflow.h"
#include "languagemenu.h"
#include "reportwriter.h"
#include "resultviews.h"
#include "spikeview.h"
#include "stepnumbers.h"
#include "syntheticview.h"
#include "turnqueue.h"
#include "warninglist.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

bool offscreen()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}

bool isDemoModel(const QString &path)
{
    return !path.isEmpty()
           && QFileInfo(path).canonicalFilePath()
                  == QFileInfo(QString::fromStdString(psnn::demoModelPath())).canonicalFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &workspaceRoot)
    : QMainWindow(parent)
    , m_engine(new EngineController(this))
    , m_panel(new PipelinePanel)
    , m_views(new ResultViews)
    , m_log(new QPlainTextEdit)
    , m_warnings(new WarningList)
    , m_workspaceRoot(workspaceRoot.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspaces")
                          : workspaceRoot)
{
    m_turns = new TurnQueue(this);
    auto *panelScroll = new QScrollArea;
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setMinimumWidth(380);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_warnings);
    leftLayout->addWidget(panelScroll, 1);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_views);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_logDock = new QDockWidget;
    m_logDock->setObjectName(QStringLiteral("log"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    buildMenus();
    m_files->acceptDrops(this);

    connect(m_engine, &EngineController::modelInspected, this, &MainWindow::showSummary);
    connect(m_engine, &EngineController::failed, this, &MainWindow::showFailure);
    connect(m_engine, &EngineController::progress, this, &MainWindow::showProgress);
    connect(m_engine, &EngineController::pipelineFinished, this, &MainWindow::finishRun);
    connect(m_engine, &EngineController::statusReady, this, &MainWindow::showStatus);
    connect(m_engine, &EngineController::syntheticLoaded, m_views->synthetic(), &SyntheticView::setImages);
    connect(m_engine, &EngineController::spikesTraced, m_views, &ResultViews::showTrace);
    connect(m_engine, &EngineController::cancelled, this, &MainWindow::showCancelled);
    connect(m_engine, &EngineController::resultsLoaded, this, &MainWindow::resultsLoaded);
    connect(m_engine, &EngineController::reportWritten, this, &MainWindow::reportWritten);
    m_imports = new ImportFlow(m_engine, m_panel, m_warnings, this);
    connect(m_imports, &ImportFlow::setupChanged, this, &MainWindow::refreshStatus);
    connect(m_imports, &ImportFlow::logged, this, &MainWindow::addLog);
    connect(m_panel, &PipelinePanel::makePrivateRequested, this, &MainWindow::makePrivateSnn);
    connect(m_panel, &PipelinePanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_panel, &PipelinePanel::runRequested, this, &MainWindow::runStep);
    connect(m_panel, &PipelinePanel::optionsChanged, this, [this] {
        refreshStatus();
        m_imports->updateWarnings(m_views->summary().warnings);
    });
    connect(m_views, &ResultViews::frontierPointChosen, m_panel, &PipelinePanel::setEncryptionSetting);
    connect(m_views->spikes(), &SpikeView::traceRequested, this, &MainWindow::requestTrace);
    connect(m_views->spikes(), &SpikeView::saveRequested, this,
            [this] { ImageExport::saveImage(m_views->spikes()->grab().toImage(), this, QStringLiteral("spikes")); });
    connect(m_views->energy(), &EnergyView::costsChanged, this, [this](const psnn::EnergyTable &table) {
        psnn::PipelineOptions o = m_panel->options();
        o.energy = table;
        m_panel->setOptions(o);
        runStep(PipelinePanel::Energy);
    });

    if (!restoreGeometry(QSettings().value(QStringLiteral("geometry")).toByteArray()))
        resize(1400, 900);
    retranslate();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

QTabWidget *MainWindow::views() const
{
    return m_views;
}

const ModelSummaryView *MainWindow::summaryView() const
{
    return m_views->summaryView();
}

SpikeView *MainWindow::spikeView() const
{
    return m_views->spikes();
}

void MainWindow::buildMenus()
{
    const auto action = [this](QMenu *menu, auto slot, const QKeySequence &key = {}) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setShortcut(key);
        m_actions << a;
        return a;
    };
    m_files = new FileMenu(menuBar(), m_engine, this);
    connect(m_files, &FileMenu::openModelRequested, this, &MainWindow::openModel);
    connect(m_files, &FileMenu::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_files, &FileMenu::openWorkspaceRequested, this, &MainWindow::openWorkspace);
    connect(m_files, &FileMenu::quitRequested, this, &QWidget::close);
    connect(m_files, &FileMenu::failed, this, &MainWindow::showFailure);
    connect(m_files, &FileMenu::logged, this, &MainWindow::addLog);
    connect(m_files, &FileMenu::reportRequested, this, &MainWindow::writeReport);

    m_runMenu = menuBar()->addMenu(QString());
    action(m_runMenu, &MainWindow::makePrivateSnn, QKeySequence(Qt::CTRL | Qt::Key_R));
    action(m_runMenu, &MainWindow::cancel, QKeySequence(Qt::Key_Escape));

    m_viewMenu = menuBar()->addMenu(QString());
    for (int v = 0; v < ResultViews::ViewCount; ++v) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, v] { m_views->setCurrentIndex(v); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_languages = new LanguageMenu(m_viewMenu, this);
    connect(m_languages, &LanguageMenu::changed, this, &MainWindow::retranslate);
    connect(m_languages, &LanguageMenu::missing, this,
            [this](const QString &code) { addLog(tr("No translation for %1 was found.").arg(code)); });
    m_helpMenu = menuBar()->addMenu(QString());
    action(m_helpMenu, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_workspace.isEmpty() ? tr("PrivateSNN Workbench")
                                         : tr("%1 — PrivateSNN Workbench").arg(QFileInfo(m_workspace).fileName()));
    m_files->retranslate();
    m_views->retranslate();
    m_runMenu->setTitle(tr("&Run"));
    m_viewMenu->setTitle(tr("&View"));
    m_languages->retranslate();
    m_helpMenu->setTitle(tr("&Help"));
    const QString texts[] = {tr("&Make Private SNN"), tr("&Cancel"), tr("&About PrivateSNN Workbench")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(texts[i]);
    for (int v = 0; v < ResultViews::ViewCount; ++v)
        m_viewMenu->actions()[v]->setText(ResultViews::viewName(ResultViews::View(v)));
    m_logDock->setWindowTitle(tr("Log"));
    m_panel->refreshNumbers([this](PipelinePanel::Step step) { return numbersFor(step); });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_engine->isBusy()) {
        m_engine->cancel(); // the controller's destructor waits for the stage to stop
        addLog(tr("Closing: the running step is cancelled; finished steps are kept."));
    }
    QSettings().setValue(QStringLiteral("geometry"), saveGeometry());
    event->accept();
}

void MainWindow::setLanguage(const QString &code)
{
    m_languages->setLanguage(code);
}

void MainWindow::addLog(const QString &line)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void MainWindow::setOptions(const psnn::PipelineOptions &o)
{
    m_panel->setOptions(o);
    m_views->energy()->setCosts(o.energy);
}

void MainWindow::openDemo()
{
    const QString ws = m_workspaceRoot + QStringLiteral("/demo");
    setOptions(psnn::demoPipelineOptions(ws.toStdString()));
    m_workspace = ws;
    m_files->setWorkspace(ws);
    m_engine->inspectModel(QString::fromStdString(psnn::demoModelPath()));
    if (QFileInfo::exists(ws + QStringLiteral("/manifest.json")))
        showResults();
    refreshStatus();
    retranslate();
    addLog(tr("Demo: the bundled Fashion-MNIST network, workspace %1").arg(ws));
}

void MainWindow::openModel(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_files->setLastDir(QFileInfo(path).absolutePath());
    if (isDemoModel(path)) {
        openDemo();
        return;
    }
    // A model of its own gets a workspace of its own, next to the others.
    m_workspace = m_workspaceRoot + QLatin1Char('/') + QFileInfo(path).completeBaseName();
    m_files->setWorkspace(m_workspace);
    psnn::PipelineOptions o = psnn::recommendedPipelineOptions(path.toStdString(), m_panel->options().testData,
                                                               m_workspace.toStdString());
    try {
        psnn::readPipelineSettings(m_workspace.toStdString(), o); // set up in an earlier session
    } catch (const psnn::Error &e) {
        showFailure(tr("The saved settings of this model cannot be read; it starts from the defaults."),
                    QString::fromStdString(e.context() + ": " + e.what()));
    }
    o.model = path.toStdString();
    o.workspace = m_workspace.toStdString();
    setOptions(o);
    m_files->addRecentModel(path);
    m_results = {};
    showResults();
    refreshStatus();
    retranslate();
    m_imports->open(path, o); // inspects the model with these settings, for the dialog and the views
}

bool MainWindow::openWorkspace(const QString &dir)
{
    WorkspaceResults ws;
    QString error;
    if (!ws.load(dir, &error)) {
        showFailure(tr("Could not open the workspace."), error);
        return false;
    }
    const QString source = ws.stage(QStringLiteral("import")).value(QStringLiteral("results")).toObject()
                               .value(QStringLiteral("source")).toString();
    const bool demo = isDemoModel(source);
    psnn::PipelineOptions o;
    try {
        o = psnn::pipelineOptionsFromWorkspace(dir.toStdString(), demo ? psnn::demoPipelineOptions(dir.toStdString())
                                                                       : psnn::PipelineOptions{});
    } catch (const psnn::Error &e) {
        showFailure(tr("Could not open the workspace."), QString::fromStdString(e.context() + ": " + e.what()));
        return false;
    }
    setOptions(o);
    m_workspace = dir;
    m_files->setWorkspace(dir);
    m_files->addRecentWorkspace(dir);
    QSettings().setValue(QStringLiteral("lastWorkspace"), dir);
    if (!source.isEmpty() && QFileInfo::exists(source))
        m_engine->inspectModel(source, o.import);
    else if (QFileInfo::exists(ws.file(QStringLiteral("ann.psnn"))))
        m_engine->inspectModel(ws.file(QStringLiteral("ann.psnn")));
    showResults();
    refreshStatus();
    retranslate();
    addLog(tr("Opened workspace %1").arg(dir));
    return true;
}

void MainWindow::makePrivateSnn()
{
    psnn::PipelineOptions o = m_panel->options();
    o.stopAfter.clear();
    m_target = PipelinePanel::Report;
    start(o, true);
}

void MainWindow::runStep(PipelinePanel::Step step)
{
    if (step == PipelinePanel::Report) {
        if (!QFileInfo::exists(m_workspace + QStringLiteral("/evaluation.json"))) {
            showFailure(tr("There is nothing to report yet."), tr("Run the pipeline up to “Evaluate” first."));
            return;
        }
        writeReport(m_workspace + QStringLiteral("/report.html"), m_workspace + QStringLiteral("/report.pdf"));
        return;
    }
    psnn::PipelineOptions o = m_panel->options();
    if (step == PipelinePanel::Audit && !o.withAudit) {
        showFailure(tr("The audit needs a judge model."), tr("Choose one in the settings of step 7 (Audit)."));
        return;
    }
    o.stopAfter = step == PipelinePanel::Audit ? std::string() : PipelinePanel::stageName(step).toStdString();
    if (step != PipelinePanel::Audit)
        o.withAudit = false;
    m_target = step;
    start(o, false);
}

void MainWindow::start(const psnn::PipelineOptions &options, bool withReport)
{
    if (m_engine->isBusy() || m_finishingRun)
        return;
    if (options.model.empty()) {
        showFailure(tr("No model is open."), tr("Use File > Open Model first."));
        return;
    }
    m_reportAfterRun = withReport;
    m_engine->saveSettings(m_panel->options()); // what the person set up, also for a run up to one step
    m_panel->setRunning(true);
    m_clock.start();
    m_lastStage.clear();
    m_panel->setOverall(0, 0, -1);
    addLog(tr("Started: %1").arg(withReport ? tr("Make private SNN") : PipelinePanel::stageName(m_target)));
    statusBar()->showMessage(tr("Working…"));
    m_engine->runPipeline(options);
    Q_EMIT runStarted();
}

void MainWindow::cancel()
{
    if (!m_engine->isBusy())
        return;
    addLog(tr("Cancelling…"));
    m_engine->cancel();
}

void MainWindow::showProgress(const QString &stage, double stageFraction, double fraction, double eta, const QString &message)
{
    const PipelinePanel::Step step = PipelinePanel::stepOf(stage);
    if (step != PipelinePanel::StepCount) {
        if (stage != m_lastStage) {
            // Steps before the running one have finished or were current.
            m_panel->endRunningSteps(PipelinePanel::Done, {}, step);
            addLog(tr("Step “%1” running").arg(stage));
            m_lastStage = stage;
        }
        m_panel->setStepProgress(step, stageFraction);
    }
    const double elapsed = m_clock.elapsed() / 1000.0;
    // With "run up to a step" the engine's fraction is of the whole pipeline: its ETA is too long.
    m_panel->setOverall(fraction, elapsed, m_target == PipelinePanel::Report ? eta : -1);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(stage, message));
}

void MainWindow::finishRun(bool stoppedEarly)
{
    Q_UNUSED(stoppedEarly);
    addLog(tr("Finished in %1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    // The results and the report are read and written on the engine thread; the window stays
    // responsive and the run ends when they are done (completeRun()).
    m_finishingRun = true;
    if (m_reportAfterRun)
        m_pendingReport = ReportFiles{m_workspace + QStringLiteral("/report.html"), m_workspace + QStringLiteral("/report.pdf")};
    statusBar()->showMessage(m_pendingReport ? tr("Writing the report…") : tr("Reading the results…"));
    m_engine->loadResults(m_workspace, m_pendingReport.has_value());
}

void MainWindow::writeReport(const QString &html, const QString &pdf)
{
    m_pendingReport = ReportFiles{html, pdf};
    statusBar()->showMessage(tr("Writing the report…"));
    m_engine->loadResults(m_workspace, true);
}

void MainWindow::resultsLoaded(const WorkspaceResults &results, bool locked, const QString &error)
{
    if (!error.isEmpty()) {
        const bool forReport = locked && m_pendingReport;
        m_pendingReport.reset();
        completeRun();
        showFailure(forReport ? tr("Could not write the report.") : tr("Could not read the workspace."), error);
        return;
    }
    // Results of a workspace the person has left since are not shown.
    if (results.dir() == m_workspace) {
        m_results = results;
        // One view per turn of the event loop, then the report's figures one per turn (they are
        // widgets, drawn here); the rest of the report is written on the engine thread.
        m_turns->add(presentJobs());
        if (m_pendingReport) {
            auto report = std::make_shared<ReportWriter>(m_results, false);
            QList<TurnQueue::Job> jobs;
            for (const auto &figure : report->figureJobs())
                jobs << [report, figure] { figure(); };
            jobs << [this, report, files = *m_pendingReport] {
                m_engine->writeReport(m_workspace, report, files.html, files.pdf);
            };
            m_turns->add(jobs);
            return;
        }
        m_turns->add({[this] { completeRun(); }});
        return;
    }
    m_pendingReport.reset();
    completeRun();
}

void MainWindow::reportWritten(const QString &html, const QString &pdf, const QString &error)
{
    m_pendingReport.reset();
    if (!error.isEmpty()) {
        completeRun(); // first: a failure during a run would otherwise mark its steps failed
        showFailure(tr("Could not write the report."), error);
        return;
    }
    addLog(tr("Report written: %1 and %2").arg(html, pdf));
    if (html == m_workspace + QStringLiteral("/report.html"))
        m_panel->setState(PipelinePanel::Report, PipelinePanel::Done, numbersFor(PipelinePanel::Report));
    if (m_finishingRun)
        completeRun();
    else
        statusBar()->showMessage(tr("Report written"));
}

void MainWindow::completeRun()
{
    if (!m_finishingRun)
        return;
    m_finishingRun = false;
    m_panel->setRunning(false);
    m_panel->setOverall(1.0, m_clock.elapsed() / 1000.0, 0);
    statusBar()->showMessage(tr("Done"));
    Q_EMIT runEnded(true);
}

void MainWindow::refreshStatus()
{
    psnn::PipelineOptions o = m_panel->options();
    if (o.model.empty() || m_engine->isBusy())
        return;
    m_engine->pipelineStatus(o);
}

void MainWindow::showStatus(const std::vector<psnn::StageStatus> &status)
{
    if (m_engine->isBusy())
        return;
    m_panel->showStageStatus(status, [this](PipelinePanel::Step step) { return numbersFor(step); });
    const bool reported = QFileInfo::exists(m_workspace + QStringLiteral("/report.html"));
    m_panel->setState(PipelinePanel::Report, reported ? PipelinePanel::Done : PipelinePanel::NotRun, numbersFor(PipelinePanel::Report));
}

QString MainWindow::numbersFor(PipelinePanel::Step step) const
{
    return StepNumbers::text(step, m_results, m_workspace);
}

void MainWindow::showResults()
{
    // What is still queued from an earlier run's results is not shown over these.
    m_turns->clear();
    m_pendingReport.reset();
    completeRun();
    QString error;
    if (m_workspace.isEmpty() || !QFileInfo::exists(m_workspace + QStringLiteral("/manifest.json"))) {
        m_results = {};
    } else if (!m_results.load(m_workspace, &error)) {
        showFailure(tr("Could not read the workspace."), error);
        m_results = {};
    }
    for (const auto &job : presentJobs())
        job();
}

QList<TurnQueue::Job> MainWindow::presentJobs()
{
    QList<TurnQueue::Job> jobs = m_views->resultJobs(m_results);
    jobs << [this] {
        if (QFileInfo::exists(m_results.file(QStringLiteral("synthetic.bin"))) && !m_workspace.isEmpty())
            m_engine->loadSynthetic(m_results.file(QStringLiteral("synthetic.bin")));
        else
            m_views->synthetic()->clear();
        if (ResultViews::canTrace(m_results))
            requestTrace(0, 0, 0, 1.0,
                         m_results.evaluation().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("timesteps")).toInt(100));
        m_panel->refreshNumbers([this](PipelinePanel::Step step) { return numbersFor(step); });
        m_panel->setConversionCandidates(StepNumbers::candidateTable(m_results));
        // Conversion warnings (e.g. max pooling) belong in the log.
        for (const QJsonValue &w : m_results.stage(QStringLiteral("convert")).value(QStringLiteral("results")).toObject()
                                       .value(QStringLiteral("warnings")).toArray())
            addLog(tr("Conversion warning: %1").arg(w.toString()));
        Q_EMIT resultsShown();
    };
    return jobs;
}

void MainWindow::requestTrace(int image, int layer, qint64 neuron, double scale, int timesteps)
{
    const QString snn = m_results.file(QStringLiteral("encrypted.psnn"));
    const QString testData = m_results.evaluation().value(QStringLiteral("evaluated_on")).toString();
    if (!QFileInfo::exists(snn) || testData.isEmpty())
        return;
    m_views->spikes()->setBusy(true);
    m_engine->traceSpikes(snn, testData, image, layer, neuron, scale, timesteps);
}

void MainWindow::showSummary(const psnn::ModelSummary &s)
{
    m_views->showSummary(s);
    m_imports->updateWarnings(s.warnings);
    statusBar()->showMessage(tr("Loaded %1 (%n layer(s))", nullptr, int(s.layers.size())).arg(QString::fromStdString(s.path)));
    Q_EMIT modelShown(QString::fromStdString(s.path));
}

void MainWindow::showCancelled()
{
    m_panel->setRunning(false);
    m_panel->endRunningSteps(PipelinePanel::NotRun);
    addLog(tr("Cancelled. Every finished step is kept."));
    statusBar()->showMessage(tr("Cancelled"));
    refreshStatus();
    Q_EMIT runEnded(false);
}

void MainWindow::showFailure(const QString &message, const QString &detail)
{
    if (m_panel->isRunning()) {
        m_panel->setRunning(false);
        m_panel->endRunningSteps(PipelinePanel::Failed, detail);
        Q_EMIT runEnded(false);
    }
    m_views->spikes()->setBusy(false);
    statusBar()->showMessage(message);
    addLog(message + QStringLiteral(" ") + detail);
    Q_EMIT openFailed(detail);
    // Offscreen (tests, screenshots) nobody can close a dialog.
    if (offscreen())
        return;
    QMessageBox box(QMessageBox::Warning, tr("PrivateSNN Workbench"), message, QMessageBox::Ok, this);
    box.setInformativeText(detail);
    box.exec();
}

QStringList MainWindow::saveViewScreenshots(const QString &dir)
{
    return m_views->saveScreenshots(this, dir);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PrivateSNN Workbench"),
                       tr("<h3>PrivateSNN Workbench %1</h3>"
                          "<p>Turns a trained ANN into a low-power spiking neural network without real training "
                          "data, encrypts its weights against model inversion, and shows what leaks.</p>"
                          "<p>Following Kim, Venkatesha and Panda, <i>PrivateSNN</i>, AAAI 2022.</p>"
                          "<p>License: GPL-3.0-or-later.</p>")
                           .arg(QStringLiteral(PSNN_VERSION)));
}
