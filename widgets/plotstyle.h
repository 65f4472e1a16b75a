#pragma once

#include <QColor>

class QCustomPlot;

/// The look every plot shares: large readable fonts (views are projected in classrooms), a
/// legend, a colour-blind-safe palette.
namespace PlotStyle {
void apply(QCustomPlot *plot);
/// The i-th colour of the palette (Okabe-Ito), repeating.
QColor color(int i);
} // namespace PlotStyle
