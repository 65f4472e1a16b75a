#pragma once

#include "frontierplot.h"
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
        double top1Low = 0, top1High = 1; ///< 95 % Wilson interval of top1
        int reconstructions = 0;          ///< how many the judge rated
        double readingAccuracy = -1;      ///< the reading's accuracy on real test images; < 0: not measured
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

    /// Gallery columns, one per attack in audit order. With `firstOnly`, one reconstruction per
    /// class and column.
    QList<ImageGallery::Group> galleryGroups(bool firstOnly) const;
    QList<RocPlot::Curve> rocCurves() const;

    /// The encryption sweep (sweep.json), if the workspace has one: one series per attack, and
    /// the parameter and strength of each point.
    bool hasSweep() const { return !m_sweepStrengths.isEmpty(); }
    QList<FrontierPlot::Series> frontier() const { return m_frontier; }
    QString sweepParameter() const { return m_sweepParameter; }
    QVector<double> sweepStrengths() const { return m_sweepStrengths; }
    QStringList sweepLabels() const; ///< "privacy weight 1" per point
    QStringList sweepValues() const; ///< "1" per point (the plot's point labels)
    static QString parameterTitle(const QString &key);

    static QString modelTitle(const QString &key);
    static QString scenarioTitle(const QString &key);
    static QString shortScenarioTitle(const QString &key); ///< for gallery column heads
    /// "62.0 % [55.1, 68.4] (n = 200)": the judge's top-1 with its 95 % interval.
    static QString top1WithInterval(const Attack &a);
    /// The attack table's columns and one attack's cells, for the view and the report alike.
    static QStringList tableHeader();
    static QStringList tableRow(const Attack &a);
    /// The attack of a model and scenario, nullptr when the audit did not run it.
    const Attack *attack(const QString &model, const QString &scenario) const;

private:
    void readSweep(const QJsonObject &sweep);

    const WorkspaceResults &m_ws;
    QStringList m_classes;
    double m_chance = 0;
    QList<Attack> m_attacks;
    QList<Membership> m_membership;
    QList<Similarity> m_similarity;
    QImage m_real;
    QList<FrontierPlot::Series> m_frontier;
    QString m_sweepParameter;
    QVector<double> m_sweepStrengths;
};
