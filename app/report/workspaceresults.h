#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

/// What a workspace holds, read for the views and the report: the manifest, each stage's JSON
/// output (whichever stages have run) and its PNG figures, decoded. Plain, implicitly shared
/// data: the window reads it on the engine thread and hands a copy to the GUI thread.
class WorkspaceResults
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceResults)

public:
    /// Reads `dir`. Returns false and sets `error` (naming the file and the problem) for a folder
    /// that is not a workspace, a damaged or newer manifest, or a damaged result file.
    bool load(const QString &dir, QString *error);

    QString dir() const { return m_dir; }
    QString file(const QString &name) const;
    bool hasStage(const QString &name) const;
    QStringList stages() const { return m_stageOrder; }
    QJsonObject stage(const QString &name) const;

    QJsonObject results() const { return m_results; }
    QJsonObject evaluation() const { return m_evaluation; }
    QJsonObject energy() const { return m_energy; }
    QJsonObject audit() const { return m_audit; }
    QJsonObject exports() const { return m_exports; } ///< exports.json (`export`, File > Export Model); empty if none
    QJsonObject sweep() const { return m_sweep; } ///< sweep.json (`privatesnn-cli sweep`); empty if none

    QStringList classNames() const;
    /// Accuracy per timestep of "converted", "encrypted" or "converted_real"; empty if not evaluated.
    QVector<double> accuracyPerStep(const QString &model) const;
    double accuracy(const QString &model) const; ///< "ann" too; negative if not evaluated
    /// A workspace PNG (gallery, synthetic grid) as load() read it; null if it was not there.
    QImage image(const QString &name) const;

    static QVector<double> numbers(const QJsonValue &array);

private:
    QString m_dir;
    QStringList m_stageOrder;
    QJsonObject m_manifest, m_results, m_evaluation, m_energy, m_audit, m_sweep, m_exports;
    QHash<QString, QImage> m_images; ///< every *.png of the folder, by file name
};
