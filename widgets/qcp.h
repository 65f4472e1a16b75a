#pragma once
// QCustomPlot's header uses Qt's lower-case keywords, which this project switches off
// (QT_NO_KEYWORDS, so that they cannot clash with other libraries): lend them for this include.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
