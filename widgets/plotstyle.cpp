#include "plotstyle.h"

#include "qcp.h"

namespace PlotStyle {

void useProjectorFont(QWidget *w)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    w->setFont(f);
}

void apply(QCustomPlot *plot)
{
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setLabelFont(font);
        axis->setTickLabelFont(font);
    }
    plot->legend->setFont(font);
    plot->legend->setVisible(false);
    plot->setBackground(Qt::white);
    plot->setMinimumSize(320, 220);
}

QColor color(int i)
{
    static const QColor palette[] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115),
                                     QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233)};
    return palette[i % 6];
}

} // namespace PlotStyle
