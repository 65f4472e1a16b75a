#include "mainwindow.h"

#include "accuracyview.h"
#include "enginecontroller.h"
#include "core/error.h"
#include "energyview.h"
#include "imageexport.h"
#include "leakagemodel.h"
#include "leakageview.h"
#include "modelsummaryview.h"
#include "reportwriter.h"
#include "spikeview.h"
#include "syntheticview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace {

QString pct(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

bool offscreen()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}

} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &workspaceRoot)
    : QMainWindow(parent)
    , m_engine(new EngineController(this))
    , m_panel(new PipelinePanel)
    , m_tabs(new QTabWidget)
    , m_summaryView(new ModelSummaryView)
    , m_header(new QLabel)
    , m_synthetic(new SyntheticView)
    , m_spikes(new SpikeView)
    , m_energy(new EnergyView)
    , m_accuracy(new AccuracyView)
    , m_leakage(new LeakageView)
    , m_log(new QPlainTextEdit)
    , m_workspaceRoot(workspaceRoot.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspaces")
                          : workspaceRoot)
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    auto *model = new QWidget;
    auto *modelLayout = new QVBoxLayout(model);
    modelLayout->addWidget(m_header);
    modelLayout->addWidget(m_summaryView, 1);
    m_tabs->addTab(model, QString());
    m_tabs->addTab(m_synthetic, QString());
    m_tabs->addTab(m_spikes, QString());
    m_tabs->addTab(m_energy, QString());
    m_tabs->addTab(m_accuracy, QString());
    m_tabs->addTab(m_leakage, QString());

    auto *panelScroll = new QScrollArea;
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setMinimumWidth(380);
    auto *split = new QSplitter;
    split->addWidget(panelScroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_logDock = new QDockWidget;
    m_logDock->setObjectName(QStringLiteral("log"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    setAcceptDrops(true);
    buildMenus();

    connect(m_engine, &EngineController::modelInspected, this, &MainWindow::showSummary);
    connect(m_engine, &EngineController::failed, this, &MainWindow::showFailure);
    connect(m_engine, &EngineController::progress, this, &MainWindow::showProgress);
    connect(m_engine, &EngineController::pipelineFinished, this, &MainWindow::finishRun);
    connect(m_engine, &EngineController::statusReady, this, &MainWindow::showStatus);
    connect(m_engine, &EngineController::syntheticLoaded, m_synthetic, &SyntheticView::setImages);
    connect(m_engine, &EngineController::spikesTraced, this, &MainWindow::showTrace);
    connect(m_engine, &EngineController::cancelled, this, [this] {
        m_panel->setRunning(false);
        for (int s = 0; s < PipelinePanel::StepCount; ++s)
            if (m_panel->state(PipelinePanel::Step(s)) == PipelinePanel::Running)
                m_panel->setState(PipelinePanel::Step(s), PipelinePanel::NotRun);
        addLog(tr("Cancelled. Every finished step is kept."));
        statusBar()->showMessage(tr("Cancelled"));
        refreshStatus();
        Q_EMIT runEnded(false);
    });
    connect(m_panel, &PipelinePanel::makePrivateRequested, this, &MainWindow::makePrivateSnn);
    connect(m_panel, &PipelinePanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_panel, &PipelinePanel::runRequested, this, &MainWindow::runStep);
    connect(m_panel, &PipelinePanel::optionsChanged, this, &MainWindow::refreshStatus);
    connect(m_spikes, &SpikeView::traceRequested, this, &MainWindow::requestTrace);
    connect(m_spikes, &SpikeView::saveRequested, this,
            [this] { ImageExport::saveImage(m_spikes->grab().toImage(), this, QStringLiteral("spikes")); });
    connect(m_energy, &EnergyView::costsChanged, this, [this](double mac, double ac) {
        psnn::PipelineOptions o = m_panel->options();
        o.energy.macPj = mac;
        o.energy.acPj = ac;
        m_panel->setOptions(o);
        runStep(PipelinePanel::Energy);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("geometry")))
        resize(1400, 900);
    retranslate();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    const auto action = [this](QMenu *menu, auto slot, const QKeySequence &key = {}) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setShortcut(key);
        m_actions << a;
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    action(m_fileMenu, &MainWindow::chooseModel, QKeySequence::Open);
    action(m_fileMenu, &MainWindow::openDemo, QKeySequence(Qt::CTRL | Qt::Key_D));
    action(m_fileMenu, &MainWindow::chooseWorkspace, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action(m_fileMenu, &MainWindow::saveWorkspaceAs, QKeySequence::SaveAs);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    action(m_fileMenu, &MainWindow::exportEncrypted, QKeySequence(Qt::CTRL | Qt::Key_E));
    action(m_fileMenu, &MainWindow::exportReport, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    action(m_fileMenu, &QWidget::close, QKeySequence::Quit);

    m_runMenu = menuBar()->addMenu(QString());
    action(m_runMenu, &MainWindow::makePrivateSnn, QKeySequence(Qt::CTRL | Qt::Key_R));
    action(m_runMenu, &MainWindow::cancel, QKeySequence(Qt::Key_Escape));

    m_viewMenu = menuBar()->addMenu(QString());
    for (int v = 0; v < ViewCount; ++v) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, v] { m_tabs->setCurrentIndex(v); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"de", "Deutsch"},
                                     std::pair{"zh_CN", "简体中文"}, std::pair{"ko", "한국어"}}) {
        QAction *a = m_languageMenu->addAction(QString::fromUtf8(name), this,
                                               [this, c = QString::fromLatin1(code)] { setLanguage(c); });
        a->setData(QString::fromLatin1(code));
        a->setCheckable(true);
    }
    m_helpMenu = menuBar()->addMenu(QString());
    action(m_helpMenu, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_workspace.isEmpty() ? tr("PrivateSNN Workbench")
                                         : tr("%1 — PrivateSNN Workbench").arg(QFileInfo(m_workspace).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_runMenu->setTitle(tr("&Run"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    const QString texts[] = {tr("&Open Model…"), tr("Open &Demo"), tr("Open &Workspace…"), tr("&Save Workspace As…"),
                             tr("Export &Encrypted SNN…"), tr("Export &Report…"), tr("&Quit"),
                             tr("&Make Private SNN"), tr("&Cancel"), tr("&About PrivateSNN Workbench")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(texts[i]);
    const QString tabs[] = {tr("Model"), tr("Synthetic images"), tr("Spikes"), tr("Energy"), tr("Accuracy"), tr("Leakage")};
    for (int v = 0; v < ViewCount; ++v) {
        m_tabs->setTabText(v, tabs[v]);
        m_viewMenu->actions()[v]->setText(tabs[v]);
    }
    m_logDock->setWindowTitle(tr("Log"));
    for (QAction *a : m_languageMenu->actions())
        a->setChecked(a->data().toString() == m_language);
    if (!m_summary.layers.empty())
        showSummary(m_summary);
    else
        m_header->setText(tr("No model loaded. Use File > Open Model to choose a TorchScript or PrivateSNN model."));
    for (int s = 0; s < PipelinePanel::StepCount; ++s)
        if (m_panel->state(PipelinePanel::Step(s)) != PipelinePanel::Running)
            m_panel->setState(PipelinePanel::Step(s), m_panel->state(PipelinePanel::Step(s)), numbersFor(PipelinePanel::Step(s)));
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QString path = urls.first().toLocalFile();
    if (QFileInfo(path).isDir())
        openWorkspace(path);
    else
        openModel(path);
}

void MainWindow::setLanguage(const QString &code)
{
    QApplication::removeTranslator(&m_translator);
    m_language = code;
    if (code != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/privatesnn_") + code))
            QApplication::installTranslator(&m_translator);
        else
            addLog(tr("No translation for %1 was found.").arg(code));
    }
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English) : QLocale(code));
    QSettings().setValue(QStringLiteral("language"), code);
    // installTranslator() sends LanguageChange to every widget; English needs it sent by hand.
    if (code == QLatin1String("en")) {
        QEvent change(QEvent::LanguageChange);
        for (QWidget *w : QApplication::allWidgets())
            QApplication::sendEvent(w, &change);
    }
    retranslate();
}

void MainWindow::addLog(const QString &line)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void MainWindow::addRecent(const QString &key, const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    settings.setValue(key, list.mid(0, 8));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    for (const QString &path : settings.value(QStringLiteral("recentModels")).toStringList())
        m_recentMenu->addAction(path, this, [this, path] { openModel(path); });
    m_recentMenu->addSeparator();
    for (const QString &path : settings.value(QStringLiteral("recentWorkspaces")).toStringList())
        m_recentMenu->addAction(path, this, [this, path] { openWorkspace(path); });
}

void MainWindow::setOptions(const psnn::PipelineOptions &o)
{
    m_panel->setOptions(o);
    m_energy->setCosts(o.energy.macPj, o.energy.acPj);
}

void MainWindow::openDemo()
{
    const QString ws = m_workspaceRoot + QStringLiteral("/demo");
    setOptions(psnn::demoPipelineOptions(ws.toStdString()));
    m_workspace = ws;
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
    m_lastDir = QFileInfo(path).absolutePath();
    const bool demo = QFileInfo(path).canonicalFilePath()
        == QFileInfo(QString::fromStdString(psnn::demoModelPath())).canonicalFilePath();
    if (demo) {
        openDemo();
        return;
    }
    // A model of its own gets a workspace of its own, next to the others.
    m_workspace = m_workspaceRoot + QLatin1Char('/') + QFileInfo(path).completeBaseName();
    psnn::PipelineOptions o;
    o.model = path.toStdString();
    o.workspace = m_workspace.toStdString();
    o.testData = m_panel->options().testData;
    setOptions(o);
    addRecent(QStringLiteral("recentModels"), path);
    m_engine->inspectModel(path);
    m_results = {};
    showResults();
    refreshStatus();
    retranslate();
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
    const bool demo = !source.isEmpty()
        && QFileInfo(source).canonicalFilePath() == QFileInfo(QString::fromStdString(psnn::demoModelPath())).canonicalFilePath();
    psnn::PipelineOptions o;
    try {
        o = psnn::pipelineOptionsFromWorkspace(dir.toStdString(), demo ? psnn::demoPipelineOptions(dir.toStdString())
                                                                       : psnn::PipelineOptions{});
    } catch (const psnn::Error &e) {
        showFailure(tr("Could not open the workspace."),
                    QStringLiteral("%1: %2").arg(QString::fromStdString(e.context()), QString::fromStdString(e.what())));
        return false;
    }
    setOptions(o);
    m_workspace = dir;
    addRecent(QStringLiteral("recentWorkspaces"), dir);
    QSettings().setValue(QStringLiteral("lastWorkspace"), dir);
    if (!source.isEmpty() && QFileInfo::exists(source))
        m_engine->inspectModel(source);
    else if (QFileInfo::exists(ws.file(QStringLiteral("ann.psnn"))))
        m_engine->inspectModel(ws.file(QStringLiteral("ann.psnn")));
    showResults();
    refreshStatus();
    retranslate();
    addLog(tr("Opened workspace %1").arg(dir));
    return true;
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), m_lastDir,
                                                      tr("Models (*.psnn *.pt *.pth *.torchscript);;All files (*)"));
    if (!path.isEmpty())
        openModel(path);
}

void MainWindow::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_lastDir);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::saveWorkspaceAs()
{
    if (m_workspace.isEmpty() || !QFileInfo::exists(m_workspace + QStringLiteral("/manifest.json"))) {
        showFailure(tr("Nothing to save yet."), tr("Run at least the first step to create the workspace."));
        return;
    }
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), m_lastDir);
    if (target.isEmpty())
        return;
    std::error_code ec;
    std::filesystem::copy(m_workspace.toStdString(), target.toStdString(), std::filesystem::copy_options::recursive, ec);
    if (ec) {
        showFailure(tr("Could not save the workspace."), QStringLiteral("%1: %2").arg(target, QString::fromStdString(ec.message())));
        return;
    }
    openWorkspace(target);
}

void MainWindow::exportEncrypted()
{
    const QString source = m_workspace + QStringLiteral("/encrypted.psnn");
    if (!QFileInfo::exists(source)) {
        showFailure(tr("There is no encrypted SNN yet."), tr("Run the pipeline up to “Encrypt” first."));
        return;
    }
    const QString target = QFileDialog::getSaveFileName(this, tr("Export Encrypted SNN"), m_lastDir + QStringLiteral("/encrypted.psnn"),
                                                        tr("PrivateSNN models (*.psnn)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(source, target))
        showFailure(tr("Could not export the encrypted SNN."), tr("%1 cannot be written.").arg(target));
    else
        addLog(tr("Exported the encrypted SNN to %1").arg(target));
}

bool MainWindow::writeReport(const QString &html, const QString &pdf)
{
    QString error;
    if (!m_results.load(m_workspace, &error)) {
        showFailure(tr("Could not write the report."), error);
        return false;
    }
    const ReportWriter report(m_results);
    if (!report.write(html, pdf, &error)) {
        showFailure(tr("Could not write the report."), error);
        return false;
    }
    addLog(tr("Report written: %1 and %2").arg(html, pdf));
    return true;
}

void MainWindow::exportReport()
{
    if (!QFileInfo::exists(m_workspace + QStringLiteral("/evaluation.json"))) {
        showFailure(tr("There is nothing to report yet."), tr("Run the pipeline up to “Evaluate” first."));
        return;
    }
    QString html = QFileDialog::getSaveFileName(this, tr("Export Report"), m_lastDir + QStringLiteral("/report.html"),
                                                tr("HTML (*.html)"));
    if (html.isEmpty())
        return;
    if (!html.endsWith(QLatin1String(".html")))
        html += QStringLiteral(".html");
    writeReport(html, html.left(html.size() - 5) + QStringLiteral(".pdf"));
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
        if (writeReport(m_workspace + QStringLiteral("/report.html"), m_workspace + QStringLiteral("/report.pdf")))
            m_panel->setState(PipelinePanel::Report, PipelinePanel::Done, numbersFor(PipelinePanel::Report));
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
    if (m_engine->isBusy())
        return;
    if (options.model.empty()) {
        showFailure(tr("No model is open."), tr("Use File > Open Model first."));
        return;
    }
    m_reportAfterRun = withReport;
    m_panel->setRunning(true);
    m_clock.start();
    m_lastStage.clear();
    m_panel->setOverall(0, 0, -1);
    addLog(tr("Started: %1").arg(withReport ? tr("Make private SNN") : PipelinePanel::stageName(m_target)));
    statusBar()->showMessage(tr("Working…"));
    m_engine->runPipeline(options);
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
            for (int s = 0; s < step; ++s)
                if (m_panel->state(PipelinePanel::Step(s)) == PipelinePanel::Running)
                    m_panel->setState(PipelinePanel::Step(s), PipelinePanel::Done);
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
    m_panel->setRunning(false);
    addLog(tr("Finished in %1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    showResults();
    if (m_reportAfterRun
        && writeReport(m_workspace + QStringLiteral("/report.html"), m_workspace + QStringLiteral("/report.pdf")))
        m_panel->setState(PipelinePanel::Report, PipelinePanel::Done, numbersFor(PipelinePanel::Report));
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
    for (const auto &st : status) {
        const PipelinePanel::Step step = PipelinePanel::stepOf(QString::fromStdString(st.stage));
        if (step == PipelinePanel::StepCount)
            continue;
        const PipelinePanel::State state = st.state == psnn::StageState::Done    ? PipelinePanel::Done
                                           : st.state == psnn::StageState::Stale ? PipelinePanel::Stale
                                                                                 : PipelinePanel::NotRun;
        m_panel->setState(step, state, numbersFor(step));
    }
    const bool hasAudit = std::any_of(status.begin(), status.end(), [](const auto &s) { return s.stage == "audit"; });
    if (!hasAudit)
        m_panel->setState(PipelinePanel::Audit, PipelinePanel::NotRun, tr("needs a judge model (settings)"));
    const bool reported = QFileInfo::exists(m_workspace + QStringLiteral("/report.html"));
    m_panel->setState(PipelinePanel::Report, reported ? PipelinePanel::Done : PipelinePanel::NotRun, numbersFor(PipelinePanel::Report));
}

QString MainWindow::numbersFor(PipelinePanel::Step step) const
{
    const QJsonObject stage = m_results.stage(PipelinePanel::stageName(step));
    const QJsonObject r = stage.value(QStringLiteral("results")).toObject();
    const QLocale loc;
    switch (step) {
    case PipelinePanel::Import:
        return r.isEmpty() ? QString() : tr("%1 parameters").arg(loc.toString(qint64(r.value(QStringLiteral("parameters")).toDouble())));
    case PipelinePanel::Synthesize:
        if (r.isEmpty())
            return {};
        return tr("%1 images; the ANN agrees on %2").arg(m_results.results().value(QStringLiteral("synthesis")).toObject().isEmpty()
                                                             ? QStringLiteral("?")
                                                             : loc.toString(qint64([&] {
                                                                   double n = 0;
                                                                   for (const QJsonValue &v : r.value(QStringLiteral("per_class_count")).toArray())
                                                                       n += v.toDouble();
                                                                   return n;
                                                               }())),
                                                         pct(r.value(QStringLiteral("assigned_to_intended")).toDouble()));
    case PipelinePanel::Convert:
        return r.isEmpty() ? QString() : tr("%n neuron layer(s) balanced", nullptr, int(r.value(QStringLiteral("thresholds")).toArray().size()));
    case PipelinePanel::Encrypt: {
        double lowest = 1;
        for (const QJsonValue &v : r.value(QStringLiteral("weight_similarity")).toArray())
            lowest = std::min(lowest, v.toObject().value(QStringLiteral("after")).toDouble());
        return r.isEmpty() ? QString() : tr("weight similarity to the ANN ≥ %1").arg(loc.toString(lowest, 'f', 4));
    }
    case PipelinePanel::Evaluate:
        return m_results.accuracy(QStringLiteral("ann")) < 0
                   ? QString()
                   : tr("ANN %1 · SNN %2 · encrypted %3")
                         .arg(pct(m_results.accuracy(QStringLiteral("ann"))), pct(m_results.accuracy(QStringLiteral("converted"))),
                              pct(m_results.accuracy(QStringLiteral("encrypted"))));
    case PipelinePanel::Energy: {
        const double ratio = m_results.energy().value(QStringLiteral("encrypted")).toObject().value(QStringLiteral("ratio")).toDouble(-1);
        return ratio < 0 ? QString() : tr("ANN / SNN energy: %1×").arg(loc.toString(ratio, 'f', 2));
    }
    case PipelinePanel::Audit: {
        const LeakageModel model(m_results);
        if (!model.isValid())
            return {};
        double ann = -1, enc = -1;
        for (const auto &a : model.attacks()) {
            if (a.scenario != QLatin1String("weights_to_ann"))
                continue;
            if (a.model == QLatin1String("ann"))
                ann = a.top1;
            else if (a.model == QLatin1String("encrypted"))
                enc = a.top1;
        }
        return tr("judge recognises %1 (ANN), %2 (encrypted)").arg(pct(ann), pct(enc));
    }
    case PipelinePanel::Report:
        return QFileInfo::exists(m_workspace + QStringLiteral("/report.html")) ? tr("report.html and report.pdf") : QString();
    default:
        return {};
    }
}

void MainWindow::showResults()
{
    QString error;
    if (m_workspace.isEmpty() || !QFileInfo::exists(m_workspace + QStringLiteral("/manifest.json"))) {
        m_results = {};
    } else if (!m_results.load(m_workspace, &error)) {
        showFailure(tr("Could not read the workspace."), error);
        m_results = {};
    }
    m_energy->showResults(m_results);
    m_accuracy->showResults(m_results);
    m_leakage->showResults(m_results);
    if (QFileInfo::exists(m_results.file(QStringLiteral("synthetic.bin"))) && !m_workspace.isEmpty())
        m_engine->loadSynthetic(m_results.file(QStringLiteral("synthetic.bin")));
    else
        m_synthetic->clear();
    // The spike view follows the encrypted SNN (else the converted one) on the evaluation's data.
    const QJsonObject eval = m_results.evaluation().value(QStringLiteral("encrypted")).toObject();
    QStringList layers, rateNames;
    QVector<qint64> neurons;
    QVector<QVector<double>> rates;
    for (const QJsonValue &v : eval.value(QStringLiteral("neuron_layers")).toArray())
        layers << v.toString();
    for (const QJsonValue &v : eval.value(QStringLiteral("neurons_per_layer")).toArray())
        neurons << qint64(v.toDouble());
    for (const QJsonValue &v : eval.value(QStringLiteral("spike_rate_per_step")).toArray())
        rates << WorkspaceResults::numbers(v);
    const QString testData = m_results.evaluation().value(QStringLiteral("evaluated_on")).toString();
    const bool canTrace = !layers.isEmpty() && !testData.startsWith(QLatin1String("synthetic"));
    m_spikes->setLayers(canTrace ? layers : QStringList(), neurons, eval.value(QStringLiteral("timesteps")).toInt(100),
                        int(eval.value(QStringLiteral("count")).toInt()));
    m_spikes->setRates(layers, rates);
    if (canTrace)
        requestTrace(0, 0, 0, 1.0, eval.value(QStringLiteral("timesteps")).toInt(100));
    for (int s = 0; s < PipelinePanel::StepCount; ++s)
        if (m_panel->state(PipelinePanel::Step(s)) != PipelinePanel::Running)
            m_panel->setState(PipelinePanel::Step(s), m_panel->state(PipelinePanel::Step(s)), numbersFor(PipelinePanel::Step(s)));
    // Conversion warnings (e.g. max pooling) belong in the log.
    for (const QJsonValue &w : m_results.stage(QStringLiteral("convert")).value(QStringLiteral("results")).toObject()
                                   .value(QStringLiteral("warnings")).toArray())
        addLog(tr("Conversion warning: %1").arg(w.toString()));
    Q_EMIT resultsShown();
}

void MainWindow::requestTrace(int image, int layer, qint64 neuron, double scale, int timesteps)
{
    const QString snn = m_results.file(QStringLiteral("encrypted.psnn"));
    const QString testData = m_results.evaluation().value(QStringLiteral("evaluated_on")).toString();
    if (!QFileInfo::exists(snn) || testData.isEmpty())
        return;
    m_spikes->setBusy(true);
    m_engine->traceSpikes(snn, testData, image, layer, neuron, scale, timesteps);
}

void MainWindow::showTrace(const psnn::SpikeTrace &t, const psnn::ImageSet &image)
{
    SpikeView::Trace trace;
    trace.layer = QString::fromStdString(t.layer);
    trace.timesteps = t.timesteps;
    trace.neurons = t.neurons;
    trace.threshold = t.threshold;
    for (const auto &[time, n] : t.spikes)
        trace.spikes.append({time, qint64(n)});
    for (const auto &[time, n] : t.negativeSpikes)
        trace.negativeSpikes.append({time, qint64(n)});
    if (!t.tracedNeurons.empty()) {
        trace.tracedNeuron = t.tracedNeurons[0];
        for (float v : t.membrane[0])
            trace.membrane << double(v);
    }
    trace.input = SyntheticView::toImage(image.pixels.data(), image.channels, image.height, image.width);
    const auto name = [&](int c) {
        return c >= 0 && c < int(image.classNames.size()) ? QString::fromStdString(image.classNames[std::size_t(c)]) : QString::number(c);
    };
    trace.verdict = tr("Label: %1\nThe SNN says: %2").arg(name(image.labels.at(0)), name(t.prediction));
    m_spikes->setTrace(trace);
    m_spikes->setBusy(false);
}

void MainWindow::showSummary(const psnn::ModelSummary &s)
{
    m_summary = s;
    m_summaryView->setSummary(s);
    const QLocale locale;
    QStringList shape;
    for (auto d : s.inputShape)
        shape << QString::number(d);
    QStringList classes;
    for (const auto &c : s.classNames)
        classes << QString::fromStdString(c).toHtmlEscaped();
    const QString format = s.format == "TorchScript" ? tr("TorchScript model") : tr("PrivateSNN model");
    QString text = tr("<b>%1</b> &mdash; %2, architecture %3<br>Input %4, %5 parameters, %6 MACs per image"
                      "<br>Classes: %7")
                       .arg(QFileInfo(QString::fromStdString(s.path)).fileName().toHtmlEscaped(), format,
                            QString::fromStdString(s.architecture).toHtmlEscaped(), shape.join(QChar(0x00d7)),
                            locale.toString(qlonglong(s.totalParameters)), locale.toString(qlonglong(s.totalMacs)),
                            classes.join(QStringLiteral(", ")));
    if (s.spiking) {
        text += QStringLiteral("<br>")
            + tr("Spiking network: %1 neurons, %2 timesteps, %3 input coding")
                  .arg(QString::fromLatin1(psnn::neuronName(s.snn.neuron)), QString::number(s.snn.timesteps),
                       QString::fromLatin1(psnn::codingName(s.snn.coding)));
        if (s.snn.initialMembrane != 0.0)
            text += tr(", membrane starts at %1 × threshold").arg(locale.toString(s.snn.initialMembrane));
        if (s.snn.signedSpikes)
            text += tr(", negative spikes");
    }
    for (const auto &w : s.warnings)
        text += QStringLiteral("<br><span style='color:#a05a00'>%1 %2</span>").arg(tr("Warning:"), QString::fromStdString(w).toHtmlEscaped());
    m_header->setText(text);
    statusBar()->showMessage(tr("Loaded %1 (%n layer(s))", nullptr, int(s.layers.size())).arg(QString::fromStdString(s.path)));
    Q_EMIT modelShown(QString::fromStdString(s.path));
}

void MainWindow::showFailure(const QString &message, const QString &detail)
{
    if (m_panel->isRunning()) {
        m_panel->setRunning(false);
        for (int s = 0; s < PipelinePanel::StepCount; ++s)
            if (m_panel->state(PipelinePanel::Step(s)) == PipelinePanel::Running)
                m_panel->setState(PipelinePanel::Step(s), PipelinePanel::Failed, detail);
        Q_EMIT runEnded(false);
    }
    m_spikes->setBusy(false);
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
    QDir().mkpath(dir);
    QStringList files;
    static const char *names[] = {"model", "synthetic", "spikes", "energy", "accuracy", "leakage"};
    for (int v = 0; v < ViewCount; ++v) {
        m_tabs->setCurrentIndex(v);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("view-%1.png").arg(QLatin1String(names[v])));
        if (grab().save(file))
            files << file;
    }
    return files;
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
