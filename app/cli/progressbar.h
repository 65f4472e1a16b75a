#pragma once

#include "core/progress.h"

namespace psnn::cli {

/// A one-line terminal progress bar with throughput and ETA; plain lines every 10% when stderr
/// is not a terminal (CI logs).
class ProgressBar {
public:
    ProgressFn callback();
    void finish();

private:
    void draw(const Progress &p);

    bool m_drawn = false;
    int m_lastDecile = -1;
};

} // namespace psnn::cli
