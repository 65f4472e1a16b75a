#pragma once

#include <QLabel>
#include <QStringList>

/// Warnings that change results, each with a link to what fixes it ("Set it…"): the window
/// opens the control for the warning's topic. Hidden while there is nothing to say.
class WarningList : public QLabel
{
    Q_OBJECT

public:
    struct Warning {
        QString topic;  ///< what fixes it: "normalization", "input-shape", "classes", "judge", ...
        QString text;   ///< translated
        QString action; ///< translated link text; empty: nothing to click
    };

    explicit WarningList(QWidget *parent = nullptr);

    void setWarnings(const QList<Warning> &warnings);
    const QList<Warning> &warnings() const { return m_warnings; }
    QStringList topics() const;

Q_SIGNALS:
    void fixRequested(const QString &topic);

private:
    QList<Warning> m_warnings;
};
