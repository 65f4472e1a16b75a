#pragma once

#include "model/importcheck.h"
#include "workspace/pipeline.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// What a model of one's own needs before anything is built on it: the input shape (guessed,
/// editable), the normalisation (presets or values), the class names (from the test data or
/// typed) and the test data (a known set or a folder). Check runs the ANN on a few hundred test
/// images with every preset and offers the best one. The dialog edits values only; the window
/// runs the check on the engine thread and hands the result back.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString &modelPath, QWidget *parent = nullptr);

    /// Shows `options` (its import settings and test data) in the fields.
    void setOptions(const psnn::PipelineOptions &options);
    /// `base` with the fields applied: import options, test data, and the check's record when
    /// the check ran on the chosen test data.
    psnn::PipelineOptions options(psnn::PipelineOptions base) const;
    /// The engine's guess of the input shape and class count, for the fields still empty.
    void setGuess(const psnn::ModelSummary &summary);

    /// What Check sends to the engine: the current fields.
    psnn::ImportCheckOptions checkOptions() const;
    void showCheck(const psnn::ImportCheck &check);
    /// The check failed or was cancelled: Check can be pressed again, `why` says what happened.
    void checkStopped(const QString &why);
    /// Moves the focus to the field that settles a warning's topic (ImportWarning::topic).
    void focusTopic(const QString &topic);

    /// The id of the normalisation preset chosen, "" for custom values.
    QString normalizationPreset() const;
    const psnn::ImportCheck *lastCheck() const { return m_checked ? &m_check : nullptr; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *useSuggestionButton() const { return m_useSuggestion; }

Q_SIGNALS:
    void checkRequested(const QString &model, const psnn::ImportCheckOptions &options);
    /// showCheck() has shown a result.
    void checked();

private:
    void buildFields();
    void presetChosen();
    void testDataChosen();
    void chooseFolder();
    void selectPreset(const QString &id);
    void growToContents();
    /// The test data as the combo box names it (a folder: its path).
    QString dataName(const QString &spec) const;
    QString testDataSpec() const;
    std::vector<std::string> classNames() const;

    QString m_model;
    QSpinBox *m_channels, *m_height, *m_width;
    QLabel *m_shapeNote;
    QComboBox *m_preset;
    QLineEdit *m_mean, *m_std;
    QComboBox *m_classSource;
    QLineEdit *m_classes;
    QComboBox *m_testData;
    QPushButton *m_folder, *m_checkButton, *m_useSuggestion;
    QLabel *m_checkResult;
    QDialogButtonBox *m_buttons;
    psnn::ImportCheck m_check;
    bool m_checked = false;
    qint64 m_classCount = 0;
};
