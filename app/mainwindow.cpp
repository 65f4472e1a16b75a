#include "mainwindow.h"
#include "enginecontroller.h"
#include "modelsummaryview.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_engine(new EngineController(this))
    , m_summaryView(new ModelSummaryView)
    , m_header(new QLabel)
{
    setWindowTitle(tr("PrivateSNN Workbench"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setText(tr("No model loaded. Use File > Open Model to choose a TorchScript or PrivateSNN model."));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_summaryView, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Model..."), this, &MainWindow::chooseModel);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PrivateSNN Workbench"), this, &MainWindow::showAbout);

    connect(m_engine, &EngineController::modelInspected, this, &MainWindow::showSummary);
    connect(m_engine, &EngineController::failed, this, &MainWindow::showFailure);
    statusBar()->showMessage(tr("Ready"));
    resize(1000, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::openModel(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    m_lastDir = QFileInfo(path).absolutePath();
    m_engine->inspectModel(path);
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), m_lastDir,
                                                      tr("Models (*.psnn *.pt *.pth *.torchscript);;All files (*)"));
    if (!path.isEmpty())
        openModel(path);
}

void MainWindow::showSummary(const psnn::ModelSummary &s)
{
    m_summaryView->setSummary(s);
    const QLocale locale;
    QStringList shape;
    for (auto d : s.inputShape)
        shape << QString::number(d);
    QStringList classes;
    for (const auto &c : s.classNames)
        classes << QString::fromStdString(c).toHtmlEscaped();
    const QString format = s.format == "TorchScript" ? tr("TorchScript model") : tr("PrivateSNN model");
    m_header->setText(tr("<b>%1</b> &mdash; %2, architecture %3<br>Input %4, %5 parameters, %6 MACs per image"
                         "<br>Classes: %7")
                          .arg(QFileInfo(QString::fromStdString(s.path)).fileName().toHtmlEscaped(), format,
                               QString::fromStdString(s.architecture).toHtmlEscaped(), shape.join(QChar(0x00d7)),
                               locale.toString(qlonglong(s.totalParameters)), locale.toString(qlonglong(s.totalMacs)),
                               classes.join(QStringLiteral(", "))));
    if (s.spiking)
        m_header->setText(m_header->text() + QStringLiteral("<br>")
                          + tr("Spiking network: %1 neurons, %2 timesteps, %3 input coding")
                                .arg(QString::fromLatin1(psnn::neuronName(s.snn.neuron)), QString::number(s.snn.timesteps),
                                     QString::fromLatin1(psnn::codingName(s.snn.coding))));
    for (const auto &w : s.warnings)
        m_header->setText(m_header->text() + QStringLiteral("<br><span style='color:#a05a00'>%1 %2</span>")
                                                 .arg(tr("Warning:"), QString::fromStdString(w).toHtmlEscaped()));
    statusBar()->showMessage(tr("Loaded %1 (%n layer(s))", nullptr, int(s.layers.size()))
                                 .arg(QString::fromStdString(s.path)));
    Q_EMIT modelShown(QString::fromStdString(s.path));
}

void MainWindow::showFailure(const QString &message, const QString &detail)
{
    statusBar()->showMessage(message);
    Q_EMIT openFailed(detail);
    // Offscreen (tests, screenshots) nobody can close a dialog.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    QMessageBox box(QMessageBox::Warning, tr("PrivateSNN Workbench"), message, QMessageBox::Ok, this);
    box.setInformativeText(detail);
    box.exec();
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
