#pragma once

#include <QColor>

class QCustomPlot;
class QWidget;

/// The look every plot shares: large readable fonts (views are projected in classrooms), a
/// legend, a colour-blind-safe palette.
namespace PlotStyle {
void apply(QCustomPlot *plot);
/// The i-th colour of the palette (Okabe-Ito), repeating.
QColor color(int i);
/// Sets `w`'s font to the size spike pictures are drawn in, large enough to read when projected.
void useProjectorFont(QWidget *w);
} // namespace PlotStyle
