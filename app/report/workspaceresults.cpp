#include "workspaceresults.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool readJson(const QString &path, QJsonObject &out, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        out = {};
        return true; // the stage has not run: nothing to show
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = WorkspaceResults::tr("%1: cannot be read (%2)").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = WorkspaceResults::tr("%1: damaged JSON at byte %2 (%3)").arg(path).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    out = doc.object();
    return true;
}

} // namespace

bool WorkspaceResults::load(const QString &dir, QString *error)
{
    try {
        // The engine's own check: missing manifest, damaged, or written by a newer version.
        const psnn::Workspace ws(dir.toStdString(), false);
        Q_UNUSED(ws);
    } catch (const psnn::Error &e) {
        // what() names the folder or file already.
        *error = tr("not a usable workspace: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    QJsonObject manifest, results, evaluation, energy, audit, sweep, exports;
    const QDir d(dir);
    if (!readJson(d.filePath(QStringLiteral("manifest.json")), manifest, error)
        || !readJson(d.filePath(QStringLiteral("results.json")), results, error)
        || !readJson(d.filePath(QStringLiteral("evaluation.json")), evaluation, error)
        || !readJson(d.filePath(QStringLiteral("energy.json")), energy, error)
        || !readJson(d.filePath(QStringLiteral("audit.json")), audit, error)
        || !readJson(d.filePath(QStringLiteral("sweep.json")), sweep, error)
        || !readJson(d.filePath(QStringLiteral("exports.json")), exports, error))
        return false;
    m_dir = dir;
    m_manifest = manifest;
    m_results = results;
    m_evaluation = evaluation;
    m_energy = energy;
    m_audit = audit;
    m_sweep = sweep;
    m_exports = exports;
    m_stageOrder.clear();
    for (const QJsonValue &v : manifest.value(QStringLiteral("stage_order")).toArray())
        m_stageOrder << v.toString();
    // Decoded here, so that whoever loads the results off the GUI thread does the slow part too.
    m_images.clear();
    for (const QString &name : d.entryList({QStringLiteral("*.png")}, QDir::Files))
        m_images.insert(name, QImage(d.filePath(name)));
    return true;
}

QString WorkspaceResults::file(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

bool WorkspaceResults::hasStage(const QString &name) const
{
    return m_manifest.value(QStringLiteral("stages")).toObject().contains(name);
}

QJsonObject WorkspaceResults::stage(const QString &name) const
{
    return m_manifest.value(QStringLiteral("stages")).toObject().value(name).toObject();
}

QStringList WorkspaceResults::classNames() const
{
    QStringList names;
    for (const QJsonValue &v : m_audit.value(QStringLiteral("classes")).toArray())
        names << v.toString();
    if (names.isEmpty()) {
        // Before an audit: the synthesize stage counted images per class of the model.
        const int n = int(m_results.value(QStringLiteral("synthesis")).toObject().value(QStringLiteral("per_class_count")).toArray().size());
        for (int i = 0; i < n; ++i)
            names << QString::number(i);
    }
    return names;
}

QVector<double> WorkspaceResults::numbers(const QJsonValue &array)
{
    QVector<double> out;
    for (const QJsonValue &v : array.toArray())
        out << v.toDouble();
    return out;
}

QVector<double> WorkspaceResults::accuracyPerStep(const QString &model) const
{
    return numbers(m_evaluation.value(model).toObject().value(QStringLiteral("accuracy_per_step")));
}

double WorkspaceResults::accuracy(const QString &model) const
{
    const QJsonObject m = m_evaluation.value(model).toObject();
    return m.contains(QStringLiteral("accuracy")) ? m.value(QStringLiteral("accuracy")).toDouble() : -1.0;
}

QImage WorkspaceResults::image(const QString &name) const
{
    return m_images.value(name);
}
