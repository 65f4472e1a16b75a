#pragma once

#include "imagegallery.h"
#include "rocplot.h"
#include "workspaceresults.h"

#include <QCoreApplication>

/// The audit results of a workspace (audit.json) in the form the leakage view and the report
/// show them, with translated model and attack names.
class LeakageModel
{
    Q_DECLARE_TR_FUNCTIONS(LeakageModel)

public:
    struct Attack {
        QString model, scenario;          ///< keys as in audit.json
        QString modelTitle, scenarioTitle;
        double top1 = 0, top3 = 0, confidence = 0;
        double ssimMean = -2, ssimNearest = -2; ///< < -1: not measured
        QString gallery;
        int perClass = 1;
        QVector<int> predicted;
        QVector<double> judgeConfidence;
    };
    struct Membership {
        QString modelTitle, attackTitle;
        double auc = 0.5, tprAt1 = 0, tprAt01 = 0;
        QVector<double> fpr, tpr;
    };
    struct Similarity {
        QString layer;
        double converted = 0, encrypted = 0;
    };

    explicit LeakageModel(const WorkspaceResults &ws);

    bool isValid() const { return !m_attacks.isEmpty(); }
    QStringList classNames() const { return m_classes; }
    double chance() const { return m_chance; }
    const QList<Attack> &attacks() const { return m_attacks; }
    const QList<Membership> &membership() const { return m_membership; }
    const QList<Similarity> &weightSimilarity() const { return m_similarity; }
    /// The real-data reference sheet (class mean, then examples), null without real data.
    QImage realGallery() const { return m_real; }

    /// Gallery columns: scenario 1 for ANN / converted / encrypted, then scenario 2 (unless
    /// `scenario1Only`). With `firstOnly`, one reconstruction per class and column.
    QList<ImageGallery::Group> galleryGroups(bool firstOnly, bool scenario1Only = false) const;
    QList<RocPlot::Curve> rocCurves() const;

    static QString modelTitle(const QString &key);
    static QString scenarioTitle(const QString &key);
    static QString shortScenarioTitle(const QString &key); ///< for gallery column heads

private:
    const WorkspaceResults &m_ws;
    QStringList m_classes;
    double m_chance = 0;
    QList<Attack> m_attacks;
    QList<Membership> m_membership;
    QList<Similarity> m_similarity;
    QImage m_real;
};
