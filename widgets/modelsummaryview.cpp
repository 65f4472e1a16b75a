#include "modelsummaryview.h"

#include <QColor>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLocale>

namespace {
enum Column { Name, Type, Output, Parameters, Macs, Details, ColumnCount };

QString pairText(const std::array<int, 2> &a)
{
    return QStringLiteral("%1%2%3").arg(a[0]).arg(QChar(0x00d7)).arg(a[1]);
}

QString shapeText(const psnn::Shape &shape)
{
    QStringList parts;
    for (auto d : shape)
        parts << QString::number(d);
    return parts.join(QChar(0x00d7));
}
} // namespace

ModelSummaryView::ModelSummaryView(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    retranslate();
}

void ModelSummaryView::retranslate()
{
    setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Output"), tr("Parameters"), tr("MACs"), tr("Details")});
}

void ModelSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setSummary(m_summary);
    }
    QTableWidget::changeEvent(event);
}

QString ModelSummaryView::details(const psnn::LayerInfo &l) const
{
    if (l.type == "Conv2d") {
        QString text = tr("%1 kernel, stride %2, padding %3").arg(pairText(l.kernel), pairText(l.stride), pairText(l.padding));
        return l.hasBias ? text : tr("%1, no bias").arg(text);
    }
    if (l.type == "AvgPool2d" || l.type == "MaxPool2d")
        return tr("%1 window, stride %2").arg(pairText(l.kernel), pairText(l.stride));
    if (l.type == "Linear" && !l.hasBias)
        return tr("no bias");
    if (l.threshold >= 0)
        return tr("spiking neurons, threshold %1").arg(QLocale().toString(l.threshold, 'g', 4));
    if (l.type == "Dropout")
        return tr("p = %1 (no effect at inference)").arg(QLocale().toString(l.dropout, 'g', 3));
    if (l.type == "Fork")
        return tr("residual block: its input is kept for the shortcut");
    if (l.type == "Add" && l.shortcutStride == 0)
        return tr("adds the block's input (identity shortcut)");
    if (l.type == "Add")
        return l.shortcutBatchNorm ? tr("adds the block's input through a 1×1 conv with stride %1 and BN").arg(l.shortcutStride)
                                   : tr("adds the block's input through a 1×1 conv with stride %1").arg(l.shortcutStride);
    return {};
}

void ModelSummaryView::clearSummary()
{
    m_summary = {};
    setRowCount(0);
}

void ModelSummaryView::setSummary(const psnn::ModelSummary &summary)
{
    m_summary = summary;
    const QLocale locale;
    setRowCount(int(summary.layers.size()));
    int blocks = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const psnn::LayerInfo &l = summary.layers[std::size_t(row)];
        auto number = [&](std::int64_t v) {
            auto *item = new QTableWidgetItem(locale.toString(qlonglong(v)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        // A residual block shows as a block: its layers indented under its first row, on a band
        // of colour that alternates from block to block.
        const bool inBlock = !l.block.empty();
        const bool opens = l.type == "Fork";
        const QString type = opens ? tr("Residual block") : l.type == "Add" ? tr("Add shortcut") : QString::fromStdString(l.type);
        setItem(row, Name, new QTableWidgetItem((inBlock && !opens ? QStringLiteral("    ") : QString())
                                                + QString::fromStdString(l.name)));
        setItem(row, Type, new QTableWidgetItem(type));
        setItem(row, Output, new QTableWidgetItem(shapeText(l.outputShape)));
        setItem(row, Parameters, number(l.parameters));
        setItem(row, Macs, number(l.macs));
        setItem(row, Details, new QTableWidgetItem(details(l)));
        if (opens)
            ++blocks;
        if (inBlock) {
            const QColor band = palette().color(QPalette::Highlight);
            for (int c = 0; c < ColumnCount; ++c) {
                item(row, c)->setBackground(QColor(band.red(), band.green(), band.blue(), blocks % 2 ? 40 : 22));
                if (opens) {
                    QFont f = item(row, c)->font();
                    f.setBold(true);
                    item(row, c)->setFont(f);
                }
            }
        }
    }
    // The last column stretches; sizing it to contents too would leave rows short of the header.
    for (int c = 0; c < Details; ++c)
        resizeColumnToContents(c);
}
