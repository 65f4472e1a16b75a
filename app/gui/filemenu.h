#pragma once

#include <QObject>
#include <QString>

class EngineController;
class QAction;
class QMenu;
class QMenuBar;
class QWidget;

/// The File menu: open a model, the demo or a workspace, recent files, save the workspace
/// elsewhere, export the workspace's models (.psnn, NIR, TorchScript; through the engine's worker)
/// and the report. It asks the window to open things and
/// reports failures through signals; the window tells it the current workspace.
class FileMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the menu to `bar`; dialogs open over `dialogParent`; exports run on `engine`'s thread
    /// and their results are logged.
    FileMenu(QMenuBar *bar, EngineController *engine, QWidget *dialogParent);

    void setWorkspace(const QString &dir) { m_workspace = dir; }
    /// Where the next file dialog starts.
    void setLastDir(const QString &dir) { m_lastDir = dir; }
    void addRecentModel(const QString &path);
    void addRecentWorkspace(const QString &dir);
    void retranslate();
    /// A file dropped on `target` is opened as a model, a folder as a workspace.
    void acceptDrops(QWidget *target);

Q_SIGNALS:
    void openModelRequested(const QString &path);
    void openDemoRequested();
    void openWorkspaceRequested(const QString &dir);
    void quitRequested();
    /// File > Export Report chose these files; the window writes them (through its engine thread).
    void reportRequested(const QString &html, const QString &pdf);
    void failed(const QString &message, const QString &detail);
    void logged(const QString &line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseModel();
    void chooseWorkspace();
    void saveWorkspaceAs();
    /// Asks where to write the workspace's model `file` (ann.psnn, converted.psnn, encrypted.psnn)
    /// and in which format, then exports it.
    void exportModel(const QString &file);
    void exportReport();
    void addRecent(const QString &key, const QString &path);
    void updateRecentMenu();

    QWidget *m_parent;
    QMenu *m_menu;
    QMenu *m_recentMenu;
    QList<QAction *> m_actions;
    QMenu *m_exportMenu;
    QList<QAction *> m_exportActions;
    EngineController *m_engine;
    QString m_workspace;
    QString m_lastDir;
};
