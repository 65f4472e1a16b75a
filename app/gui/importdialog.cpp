#include "importdialog.h"

#include "data/knowndatasets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum ClassSource { FromTestData, Typed, Numbers };

QString joined(const std::vector<float> &values)
{
    QStringList parts;
    for (float v : values)
        parts << QString::number(double(v), 'g', 5);
    return parts.join(QStringLiteral(", "));
}

std::vector<float> floats(const QString &text, bool *ok)
{
    std::vector<float> out;
    *ok = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const float v = part.trimmed().toFloat(&good);
        *ok = *ok && good;
        out.push_back(v);
    }
    return out;
}

QString percent(double fraction)
{
    return QLocale().toString(100 * fraction, 'f', 1) + QStringLiteral(" %");
}

} // namespace

ImportDialog::ImportDialog(const QString &modelPath, QWidget *parent)
    : QDialog(parent)
    , m_model(modelPath)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(modelPath).fileName()));
    buildFields();
    presetChosen();
    testDataChosen();
}

void ImportDialog::buildFields()
{
    const auto spin = [] {
        auto *s = new QSpinBox;
        s->setRange(0, 4096);
        s->setSpecialValueText(tr("guess"));
        return s;
    };
    m_channels = spin(), m_height = spin(), m_width = spin();
    m_shapeNote = new QLabel;
    auto *shape = new QHBoxLayout;
    for (QSpinBox *s : {m_channels, m_height, m_width})
        shape->addWidget(s);
    shape->addStretch(1);
    m_shapeNote->setWordWrap(true);

    m_preset = new QComboBox;
    // Nothing is preselected: a guess here would hide the warning the engine gives, and Check
    // finds the right one.
    m_preset->addItem(tr("Not chosen (Check finds it)"), QStringLiteral("unset"));
    const QString names[] = {tr("Fashion-MNIST"), tr("MNIST"), tr("CIFAR-10"), tr("CIFAR-100"), tr("ImageNet"),
                             tr("Pixels to [-1, 1]"), tr("None (pixels in [0, 1])")};
    int i = 0;
    for (const psnn::NormalizationPreset &p : psnn::normalizationPresets())
        m_preset->addItem(names[i++], QString::fromStdString(p.id));
    m_preset->addItem(tr("Custom values"), QStringLiteral("custom"));
    m_mean = new QLineEdit;
    m_std = new QLineEdit;
    m_mean->setPlaceholderText(tr("e.g. 0.2860"));
    m_std->setPlaceholderText(tr("e.g. 0.3530"));

    m_testData = new QComboBox;
    m_testData->addItem(tr("Fashion-MNIST test set"), QStringLiteral("fashion-mnist"));
    m_testData->addItem(tr("MNIST test set"), QStringLiteral("mnist"));
    m_testData->addItem(tr("CIFAR-10 test set"), QStringLiteral("cifar10"));
    m_folder = new QPushButton(tr("Folder…"));
    auto *data = new QHBoxLayout;
    data->addWidget(m_testData, 1);
    data->addWidget(m_folder);

    m_classSource = new QComboBox;
    m_classSource->addItems({tr("From the test data"), tr("Typed below"), tr("Numbers 0, 1, 2, …")});
    m_classes = new QLineEdit;
    m_classes->setPlaceholderText(tr("names separated by commas"));

    m_checkButton = new QPushButton(tr("Check on test images"));
    m_useSuggestion = new QPushButton;
    m_useSuggestion->hide();
    m_checkResult = new QLabel(tr("Check runs the model on 300 test images with the chosen normalisation and with "
                                  "every preset. It reads the test set only, as evaluation does."));
    m_checkResult->setWordWrap(true);
    auto *check = new QHBoxLayout;
    check->addWidget(m_checkButton);
    check->addWidget(m_useSuggestion);
    check->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Input shape (channels, height, width)"), shape);
    form->addRow(QString(), m_shapeNote);
    form->addRow(tr("Normalisation the model was trained with"), m_preset);
    form->addRow(tr("Mean per channel"), m_mean);
    form->addRow(tr("Standard deviation per channel"), m_std);
    form->addRow(tr("Test data"), data);
    form->addRow(tr("Class names"), m_classSource);
    form->addRow(QString(), m_classes);

    // Own buttons, not the standard Ok and Cancel: a button box gives those back Qt's own words
    // (untranslated here) whenever the language changes.
    m_buttons = new QDialogButtonBox;
    m_buttons->addButton(tr("Use these settings"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(check);
    layout->addWidget(m_checkResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(760);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportDialog::presetChosen);
    connect(m_testData, &QComboBox::currentIndexChanged, this, &ImportDialog::testDataChosen);
    connect(m_classSource, &QComboBox::currentIndexChanged, this, &ImportDialog::testDataChosen);
    connect(m_folder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        m_checkButton->setEnabled(false);
        m_useSuggestion->hide();
        m_checkResult->setText(tr("Checking on test images…"));
        Q_EMIT checkRequested(m_model, checkOptions());
    });
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        selectPreset(QString::fromStdString(m_check.suggestion));
        m_useSuggestion->hide();
        // The check's figures stay: they are what the choice was made on.
        m_checkResult->setText(m_checkResult->text() + QStringLiteral("<br>")
                               + tr("Normalisation set to the suggestion: %1 of the checked test images right.")
                                     .arg(percent(m_check.suggestionAccuracy)));
        growToContents();
    });
}

void ImportDialog::selectPreset(const QString &id)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(id)));
}

void ImportDialog::presetChosen()
{
    const QString id = normalizationPreset();
    const bool custom = m_preset->currentData() == QLatin1String("custom");
    m_mean->setReadOnly(!custom);
    m_std->setReadOnly(!custom);
    if (m_preset->currentData() == QLatin1String("unset")) {
        m_mean->clear();
        m_std->clear();
    } else if (!custom) {
        const psnn::NormalizationPreset &p = psnn::normalizationPreset(id.toStdString());
        m_mean->setText(joined(p.mean));
        m_std->setText(joined(p.std));
    }
}

void ImportDialog::testDataChosen()
{
    const psnn::KnownDataset *known = psnn::findKnownDataset(testDataSpec().toStdString());
    const int source = m_classSource->currentIndex();
    m_classes->setReadOnly(source != Typed);
    if (source == FromTestData) {
        std::vector<std::string> names = known ? known->classNames : std::vector<std::string>();
        if (!known && m_checked && m_check.testData == testDataSpec().toStdString())
            names = m_check.dataClassNames;
        QStringList list;
        for (const auto &n : names)
            list << QString::fromStdString(n);
        m_classes->setText(list.join(QStringLiteral(", ")));
        m_classes->setPlaceholderText(tr("read from a folder by Check"));
    } else if (source == Numbers) {
        m_classes->clear();
        m_classes->setPlaceholderText(tr("0 to %1").arg(std::max<qint64>(m_classCount - 1, 1)));
    }
}

void ImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Test data folder"), QFileInfo(m_model).absolutePath());
    if (dir.isEmpty())
        return;
    if (m_testData->findData(dir) < 0)
        m_testData->addItem(dir, dir);
    m_testData->setCurrentIndex(m_testData->findData(dir));
}

QString ImportDialog::testDataSpec() const
{
    return m_testData->currentData().toString();
}

QString ImportDialog::normalizationPreset() const
{
    const QString id = m_preset->currentData().toString();
    return id == QLatin1String("unset") || id == QLatin1String("custom") ? QString() : id;
}

std::vector<std::string> ImportDialog::classNames() const
{
    std::vector<std::string> names;
    if (m_classSource->currentIndex() == Numbers)
        return names;
    for (const QString &n : m_classes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.push_back(n.trimmed().toStdString());
    return names;
}

void ImportDialog::setOptions(const psnn::PipelineOptions &o)
{
    const psnn::Shape &s = o.import.inputShape;
    m_channels->setValue(s.size() == 3 ? int(s[0]) : 0);
    m_height->setValue(s.size() == 3 ? int(s[1]) : 0);
    m_width->setValue(s.size() == 3 ? int(s[2]) : 0);
    const psnn::Normalization &n = o.import.normalization;
    const std::string preset = n.mean.empty() ? std::string("unset") : psnn::matchingPreset(n);
    m_preset->setCurrentIndex(m_preset->findData(QString::fromStdString(preset.empty() ? "custom" : preset)));
    if (preset.empty()) {
        m_mean->setText(joined(n.mean));
        m_std->setText(joined(n.std));
    }
    const QString data = QString::fromStdString(o.testData.empty() ? std::string("fashion-mnist") : o.testData);
    if (m_testData->findData(data) < 0)
        m_testData->addItem(data, data);
    m_testData->setCurrentIndex(m_testData->findData(data));
    const psnn::KnownDataset *known = psnn::findKnownDataset(data.toStdString());
    if (o.import.classNames.empty()) {
        m_classSource->setCurrentIndex(known ? FromTestData : Numbers);
    } else if (known && known->classNames == o.import.classNames) {
        m_classSource->setCurrentIndex(FromTestData);
    } else {
        m_classSource->setCurrentIndex(Typed);
        QStringList list;
        for (const auto &c : o.import.classNames)
            list << QString::fromStdString(c);
        m_classes->setText(list.join(QStringLiteral(", ")));
    }
    testDataChosen();
}

psnn::PipelineOptions ImportDialog::options(psnn::PipelineOptions o) const
{
    o.import.inputShape.clear();
    if (m_channels->value() > 0 && m_height->value() > 0 && m_width->value() > 0)
        o.import.inputShape = {m_channels->value(), m_height->value(), m_width->value()};
    // "None" is a choice, not a missing value: it is written out, so no warning follows. Not
    // chosen (or custom values that are not numbers) leaves it empty, and the engine warns.
    bool ok = true, okStd = true;
    o.import.normalization = {floats(m_mean->text(), &ok), floats(m_std->text(), &okStd)};
    if (!ok || !okStd || o.import.normalization.mean.size() != o.import.normalization.std.size())
        o.import.normalization = {};
    o.import.classNames = classNames();
    o.testData = testDataSpec().toStdString();
    o.import.check = {};
    if (m_checked && m_check.testData == o.testData)
        o.import.check = psnn::importCheckRecord(m_check, normalizationPreset().toStdString());
    return o;
}

void ImportDialog::setGuess(const psnn::ModelSummary &s)
{
    m_classCount = qint64(s.classNames.size());
    if (s.inputShape.size() == 3 && m_channels->value() == 0) {
        m_channels->setValue(int(s.inputShape[0]));
        m_height->setValue(int(s.inputShape[1]));
        m_width->setValue(int(s.inputShape[2]));
        // ONNX files declare their input; TorchScript files leave it to be guessed from the weights.
        const bool guessed = std::any_of(s.warnings.begin(), s.warnings.end(),
                                         [](const psnn::ImportWarning &w) { return w.topic == "input-shape"; });
        m_shapeNote->setText(guessed ? tr("guessed from the weights: change it if it is wrong")
                                     : tr("as the model file declares it"));
    }
    testDataChosen();
}

psnn::ImportCheckOptions ImportDialog::checkOptions() const
{
    psnn::ImportCheckOptions c;
    const psnn::PipelineOptions o = options({});
    c.import = o.import;
    c.import.check = {};
    c.testData = o.testData;
    return c;
}

void ImportDialog::showCheck(const psnn::ImportCheck &c)
{
    m_check = c;
    m_checked = true;
    m_checkButton->setEnabled(true);
    QString text = tr("With the chosen normalisation the model gets %1 of %n test image(s) right (%2).", nullptr,
                      int(c.images))
                       .arg(percent(c.accuracy), dataName(QString::fromStdString(c.testData)));
    QStringList scores;
    for (const psnn::NormalizationScore &s : c.presets)
        scores << QStringLiteral("%1 %2").arg(m_preset->itemText(m_preset->findData(QString::fromStdString(s.preset))),
                                              percent(s.accuracy));
    text += QStringLiteral("<br>") + tr("Every preset on the same images: %1.").arg(scores.join(QStringLiteral(", ")));
    if (!c.suggestion.empty()) {
        const QString name = m_preset->itemText(m_preset->findData(QString::fromStdString(c.suggestion)));
        text += QStringLiteral("<br><b>") + tr("%1 fits better: %2 instead of %3.").arg(name, percent(c.suggestionAccuracy), percent(c.accuracy))
                + QStringLiteral("</b>");
        m_useSuggestion->setText(tr("Use %1").arg(name));
        m_useSuggestion->show();
    }
    m_checkResult->setText(text);
    if (c.inputShape.size() == 3 && m_channels->value() == 0) {
        m_channels->setValue(int(c.inputShape[0]));
        m_height->setValue(int(c.inputShape[1]));
        m_width->setValue(int(c.inputShape[2]));
    }
    testDataChosen();
    growToContents();
    Q_EMIT checked();
}

QString ImportDialog::dataName(const QString &spec) const
{
    const int i = m_testData->findData(spec);
    return i >= 0 ? m_testData->itemText(i) : spec;
}

void ImportDialog::growToContents()
{
    // The check's lines wrap; without this the dialog keeps its height and cuts them off.
    layout()->activate();
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(height(), h));
}

void ImportDialog::checkStopped(const QString &why)
{
    m_checkButton->setEnabled(true);
    m_checkResult->setText(why);
}

void ImportDialog::focusTopic(const QString &topic)
{
    QWidget *field = topic == QLatin1String("input-shape")     ? static_cast<QWidget *>(m_channels)
                     : topic == QLatin1String("normalization") ? static_cast<QWidget *>(m_preset)
                     : topic == QLatin1String("classes")       ? static_cast<QWidget *>(m_classSource)
                                                               : static_cast<QWidget *>(m_testData);
    field->setFocus(Qt::OtherFocusReason);
}
