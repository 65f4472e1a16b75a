#pragma once
// Engine result types that travel through queued signals.

#include "models.h"

#include <QMetaType>

Q_DECLARE_METATYPE(psnn::ModelSummary)
