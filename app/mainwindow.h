#pragma once

#include "models.h"

#include <QMainWindow>

class EngineController;
class ModelSummaryView;
class QLabel;

/// The workbench window. This version shows the loaded model's layer table; the pipeline panel
/// and views arrive with the GUI issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a model file in the background; modelShown() or a message follows.
    void openModel(const QString &path);
    const ModelSummaryView *summaryView() const { return m_summaryView; }

Q_SIGNALS:
    /// Emitted once the layer table shows a model (tests and --screenshot wait for it).
    void modelShown(const QString &path);
    void openFailed(const QString &detail);

private:
    void chooseModel();
    void showSummary(const psnn::ModelSummary &summary);
    void showFailure(const QString &message, const QString &detail);
    void showAbout();

    EngineController *m_engine;
    ModelSummaryView *m_summaryView;
    QLabel *m_header;
    QString m_lastDir;
};
