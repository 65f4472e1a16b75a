#pragma once

#include "core/progress.h"

#include <chrono>
#include <string>

namespace psnn::cli {

/// A one-line terminal progress bar with throughput and ETA; when stderr is not a terminal (CI
/// logs, a pipe), a plain line every 10 %, at each new stage, and at least once a minute.
class ProgressBar {
public:
    ProgressFn callback();
    void finish();

private:
    void draw(const Progress &p);

    bool m_drawn = false;
    int m_lastDecile = -1;
    std::string m_lastStage;
    std::chrono::steady_clock::time_point m_lastLine;
};

} // namespace psnn::cli
