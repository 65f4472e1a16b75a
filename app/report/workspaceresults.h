#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

/// What a workspace holds, read for the views and the report: the manifest and each stage's JSON
/// output, whichever stages have run. Plain data; reading it is fast (no model is loaded).
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
    /// A workspace PNG (gallery, synthetic grid); null if missing.
    QImage image(const QString &name) const;

    static QVector<double> numbers(const QJsonValue &array);

private:
    QString m_dir;
    QStringList m_stageOrder;
    QJsonObject m_manifest, m_results, m_evaluation, m_energy, m_audit, m_sweep, m_exports;
};
