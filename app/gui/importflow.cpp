#include "importflow.h"

#include "enginecontroller.h"
#include "importdialog.h"
#include "pipelinepanel.h"
#include "warninglist.h"

#include "data/knowndatasets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

ImportFlow::ImportFlow(EngineController *engine, PipelinePanel *panel, WarningList *warnings, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_panel(panel)
    , m_warnings(warnings)
    , m_window(window)
{
    connect(m_warnings, &WarningList::fixRequested, this, &ImportFlow::fixWarning);
    connect(m_engine, &EngineController::importChecked, this, [this](const psnn::ImportCheck &c) {
        if (m_dialog)
            m_dialog->showCheck(c);
    });
    const auto stopped = [this](const QString &why) {
        if (m_dialog && !m_dialog->checkButton()->isEnabled())
            m_dialog->checkStopped(why);
        m_training = false;
    };
    connect(m_engine, &EngineController::failed, this, [stopped](const QString &m, const QString &d) {
        stopped(m + QLatin1Char(' ') + d);
    });
    connect(m_engine, &EngineController::cancelled, this, [this, stopped] { stopped(tr("The check was cancelled.")); });
    connect(m_engine, &EngineController::modelInspected, this, [this](const psnn::ModelSummary &s) {
        if (m_dialog)
            m_dialog->setGuess(s);
    });
    connect(m_engine, &EngineController::judgeTrained, this, &ImportFlow::useTrainedJudge);
}

void ImportFlow::open(const QString &model, const psnn::PipelineOptions &current)
{
    if (m_dialog)
        m_dialog->close();
    m_base = current;
    m_dialog = new ImportDialog(model, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setOptions(current);
    connect(m_dialog, &ImportDialog::checkRequested, this, [this](const QString &path, const psnn::ImportCheckOptions &o) {
        if (m_engine->isBusy())
            m_dialog->checkStopped(tr("The engine is busy with another job; try again when it has finished."));
        else
            m_engine->checkImport(path, o);
    });
    connect(m_dialog, &QDialog::accepted, this, [this] {
        psnn::PipelineOptions o = m_dialog->options(m_base);
        if (o.audit.judge.empty() || !QFileInfo::exists(QString::fromStdString(o.audit.judge)))
            o.audit.judge = judgeFor(QString::fromStdString(o.testData)).toStdString();
        o.withAudit = !o.audit.judge.empty();
        m_panel->setOptions(o);
        m_engine->saveSettings(o);
        m_engine->inspectModel(QString::fromStdString(o.model), o.import);
        Q_EMIT logged(tr("Import settings set; test data %1").arg(QString::fromStdString(o.testData)));
        Q_EMIT setupChanged();
        const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
        if (o.audit.judge.empty() && !o.testData.empty() && !offscreen
            && QMessageBox::question(m_window, tr("PrivateSNN Workbench"),
                                     tr("The audit needs a judge that knows the classes of %1, and there is none "
                                        "yet. Train one now (a few minutes; Esc cancels)?")
                                         .arg(QString::fromStdString(o.testData)))
                   == QMessageBox::Yes)
            fixWarning(QStringLiteral("judge"));
    });
    m_dialog->open();
    m_engine->inspectModel(model, current.import);
}

QString ImportFlow::trainedJudgePath(const QString &testData)
{
    // A folder's judge is named after the folder's path: two folders never share one.
    const QByteArray key = QFileInfo(testData).absoluteFilePath().toUtf8();
    const QString name = psnn::findKnownDataset(testData.toStdString())
                             ? testData
                             : QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/judges/")
           + name + QStringLiteral("-judge-lenet.psnn");
}

QString ImportFlow::judgeFor(const QString &testData)
{
    if (testData.isEmpty())
        return {};
    const QString bundled = QString::fromStdString(psnn::bundledJudgePath(testData.toStdString()));
    if (!bundled.isEmpty() && QFileInfo::exists(bundled))
        return bundled;
    const QString trained = trainedJudgePath(testData);
    return QFileInfo::exists(trained) ? trained : QString();
}

void ImportFlow::fixWarning(const QString &topic)
{
    const psnn::PipelineOptions o = m_panel->options();
    if (topic != QLatin1String("judge")) {
        open(QString::fromStdString(o.model), o);
        m_dialog->focusTopic(topic);
        return;
    }
    if (m_engine->isBusy() || o.testData.empty())
        return;
    const QString data = QString::fromStdString(o.testData);
    const QString out = trainedJudgePath(data);
    QDir().mkpath(QFileInfo(out).absolutePath());
    m_training = true;
    m_panel->setRunning(true);
    Q_EMIT logged(tr("Training a judge on the training split of %1").arg(data));
    m_engine->trainJudge(data, out);
}

void ImportFlow::useTrainedJudge(const QString &path, double accuracy)
{
    m_training = false;
    m_panel->setRunning(false);
    psnn::PipelineOptions o = m_panel->options();
    o.audit.judge = path.toStdString();
    m_panel->setOptions(o);
    m_engine->saveSettings(m_panel->options());
    Q_EMIT logged(tr("Judge trained (%1 % of the test set right), kept as %2")
                      .arg(QLocale().toString(100 * accuracy, 'f', 1), path));
    updateWarnings(m_importWarnings);
    Q_EMIT setupChanged();
}

void ImportFlow::updateWarnings(const std::vector<psnn::ImportWarning> &importWarnings)
{
    m_importWarnings = importWarnings;
    QList<WarningList::Warning> list;
    for (const psnn::ImportWarning &w : importWarnings) {
        const QString topic = QString::fromStdString(w.topic);
        if (topic == QLatin1String("normalization"))
            list.append({topic, tr("No normalisation is set: a model trained on normalised images then scores far "
                                   "below its real accuracy."), tr("Set it…")});
        else if (topic == QLatin1String("input-shape"))
            list.append({topic, tr("The input shape was guessed from the weights."), tr("Check it…")});
        else if (topic == QLatin1String("classes"))
            list.append({topic, tr("The classes have no names, only numbers."), tr("Name them…")});
    }
    const psnn::PipelineOptions o = m_panel->options();
    const bool demo = o.model == psnn::demoModelPath();
    if (!o.model.empty() && !demo && !o.testData.empty() && !o.withAudit)
        list.append({QStringLiteral("judge"),
                     tr("The audit needs a judge for the classes of %1.").arg(QString::fromStdString(o.testData)),
                     m_training ? QString() : tr("Train one…")});
    m_warnings->setWarnings(list);
}
