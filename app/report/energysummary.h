#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// The words around an energy estimate (one model's entry of energy.json), shared by the
/// Energy view and the report so that both say the same thing.
class EnergySummary
{
    Q_DECLARE_TR_FUNCTIONS(EnergySummary)

public:
    /// ANN and SNN per image in both conventions, with who needs less energy.
    static QString totals(const QJsonObject &e);
    /// What the two conventions count, in plain language.
    static QString conventionNote(const QJsonObject &e);
    /// The hardware table and its source.
    static QString table(const QJsonObject &e);
};
