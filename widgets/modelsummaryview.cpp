#include "modelsummaryview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace {
enum Column { Name, Type, Output, Parameters, Macs, Details, ColumnCount };

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
    horizontalHeader()->setStretchLastSection(true);
    retranslate();
}

void ModelSummaryView::retranslate()
{
    setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Output"), tr("Parameters"), tr("MACs"), tr("Details")});
}

void ModelSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void ModelSummaryView::clearSummary()
{
    setRowCount(0);
}

void ModelSummaryView::setSummary(const psnn::ModelSummary &summary)
{
    const QLocale locale;
    setRowCount(int(summary.layers.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const psnn::LayerInfo &l = summary.layers[std::size_t(row)];
        auto number = [&](std::int64_t v) {
            auto *item = new QTableWidgetItem(locale.toString(qlonglong(v)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        setItem(row, Name, new QTableWidgetItem(QString::fromStdString(l.name)));
        setItem(row, Type, new QTableWidgetItem(QString::fromStdString(l.type)));
        setItem(row, Output, new QTableWidgetItem(shapeText(l.outputShape)));
        setItem(row, Parameters, number(l.parameters));
        setItem(row, Macs, number(l.macs));
        setItem(row, Details, new QTableWidgetItem(QString::fromStdString(l.detail)));
    }
    resizeColumnsToContents();
}
