#include "filemenu.h"

#include "enginecontroller.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>

#include <filesystem>

FileMenu::FileMenu(QMenuBar *bar, EngineController *engine, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_menu(bar->addMenu(QString()))
    , m_engine(engine)
{
    connect(engine, &EngineController::exported, this, [this](const QString &path, const QString &sha256, const QStringList &warnings) {
        for (const QString &w : warnings)
            Q_EMIT logged(tr("Warning: %1").arg(w));
        Q_EMIT logged(tr("Exported %1 (SHA-256 %2)").arg(path, sha256));
    });
    const auto action = [this](auto slot, const QKeySequence &key) {
        QAction *a = m_menu->addAction(QString(), this, slot);
        a->setShortcut(key);
        m_actions << a;
    };
    action(&FileMenu::chooseModel, QKeySequence::Open);
    action(&FileMenu::openDemoRequested, QKeySequence(Qt::CTRL | Qt::Key_D));
    action(&FileMenu::chooseWorkspace, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action(&FileMenu::saveWorkspaceAs, QKeySequence::SaveAs);
    m_recentMenu = m_menu->addMenu(QString());
    m_menu->addSeparator();
    m_exportMenu = m_menu->addMenu(QString());
    for (const char *file : {"ann.psnn", "converted.psnn", "encrypted.psnn"})
        m_exportActions << m_exportMenu->addAction(QString(), this, [this, file] { exportModel(QString::fromLatin1(file)); });
    m_exportActions.back()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action(&FileMenu::exportReport, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_menu->addSeparator();
    action(&FileMenu::quitRequested, QKeySequence::Quit);
    updateRecentMenu();
    retranslate();
}

void FileMenu::retranslate()
{
    m_menu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    const QString texts[] = {tr("&Open Model…"), tr("Open &Demo"), tr("Open &Workspace…"), tr("&Save Workspace As…"),
                             tr("Export &Report…"), tr("&Quit")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(texts[i]);
    m_exportMenu->setTitle(tr("E&xport Model"));
    const QString models[] = {tr("&ANN…"), tr("&Converted SNN…"), tr("&Encrypted SNN…")};
    for (int i = 0; i < m_exportActions.size(); ++i)
        m_exportActions[i]->setText(models[i]);
}

void FileMenu::acceptDrops(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool FileMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (drag->mimeData()->hasUrls())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        const QString path = static_cast<QDropEvent *>(event)->mimeData()->urls().value(0).toLocalFile();
        if (!path.isEmpty())
            QFileInfo(path).isDir() ? Q_EMIT openWorkspaceRequested(path) : Q_EMIT openModelRequested(path);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FileMenu::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open Model"), m_lastDir,
                                                      tr("Models (*.psnn *.pt *.pth *.torchscript *.onnx);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openModelRequested(path);
}

void FileMenu::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(m_parent, tr("Open Workspace"), m_lastDir);
    if (!dir.isEmpty())
        Q_EMIT openWorkspaceRequested(dir);
}

void FileMenu::saveWorkspaceAs()
{
    if (m_workspace.isEmpty() || !QFileInfo::exists(m_workspace + QStringLiteral("/manifest.json"))) {
        Q_EMIT failed(tr("Nothing to save yet."), tr("Run at least the first step to create the workspace."));
        return;
    }
    const QString target = QFileDialog::getSaveFileName(m_parent, tr("Save Workspace As"), m_lastDir);
    if (target.isEmpty())
        return;
    std::error_code ec;
    std::filesystem::copy(m_workspace.toStdString(), target.toStdString(), std::filesystem::copy_options::recursive, ec);
    if (ec) {
        Q_EMIT failed(tr("Could not save the workspace."),
                      QStringLiteral("%1: %2").arg(target, QString::fromStdString(ec.message())));
        return;
    }
    Q_EMIT openWorkspaceRequested(target);
}

void FileMenu::exportModel(const QString &file)
{
    const QString source = m_workspace + QLatin1Char('/') + file;
    if (!QFileInfo::exists(source)) {
        Q_EMIT failed(tr("There is no %1 in this workspace yet.").arg(file), tr("Run the pipeline up to the stage that makes it first."));
        return;
    }
    // The filter chosen is the format: the workbench's own, NIR for neuromorphic tools, or a
    // module PyTorch runs (NIR and TorchScript need an SNN).
    const QStringList filters = {tr("PrivateSNN model (*.psnn)"), tr("NIR graph for SNN tools (*.nir)"),
                                 tr("TorchScript SNN for PyTorch (*.pt)")};
    QString chosen = filters.front();
    const QString target = QFileDialog::getSaveFileName(m_parent, tr("Export %1").arg(file), m_lastDir + QLatin1Char('/') + file,
                                                        filters.join(QStringLiteral(";;")), &chosen);
    if (target.isEmpty())
        return;
    m_engine->exportModel(source, int(filters.indexOf(chosen)), target);
}

void FileMenu::exportReport()
{
    if (!QFileInfo::exists(m_workspace + QStringLiteral("/evaluation.json"))) {
        Q_EMIT failed(tr("There is nothing to report yet."), tr("Run the pipeline up to “Evaluate” first."));
        return;
    }
    QString html = QFileDialog::getSaveFileName(m_parent, tr("Export Report"), m_lastDir + QStringLiteral("/report.html"),
                                                tr("HTML (*.html)"));
    if (html.isEmpty())
        return;
    if (!html.endsWith(QLatin1String(".html")))
        html += QStringLiteral(".html");
    Q_EMIT reportRequested(html, html.left(html.size() - 5) + QStringLiteral(".pdf"));
}

void FileMenu::addRecentModel(const QString &path)
{
    addRecent(QStringLiteral("recentModels"), path);
}

void FileMenu::addRecentWorkspace(const QString &dir)
{
    addRecent(QStringLiteral("recentWorkspaces"), dir);
}

void FileMenu::addRecent(const QString &key, const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    settings.setValue(key, list.mid(0, 8));
    updateRecentMenu();
}

void FileMenu::updateRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    for (const QString &path : settings.value(QStringLiteral("recentModels")).toStringList())
        m_recentMenu->addAction(path, this, [this, path] { Q_EMIT openModelRequested(path); });
    m_recentMenu->addSeparator();
    for (const QString &path : settings.value(QStringLiteral("recentWorkspaces")).toStringList())
        m_recentMenu->addAction(path, this, [this, path] { Q_EMIT openWorkspaceRequested(path); });
}
