#include "progressbar.h"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace psnn::cli {

namespace {
std::string duration(double s)
{
    if (s < 0)
        return "?";
    const long t = long(s + 0.5);
    char buf[32];
    if (t >= 3600)
        std::snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, (t / 60) % 60);
    else
        std::snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
    return buf;
}
} // namespace

ProgressFn ProgressBar::callback()
{
    return [this](const Progress &p) { draw(p); };
}

void ProgressBar::draw(const Progress &p)
{
    const int pct = int(p.fraction * 100.0);
    if (!isatty(fileno(stderr))) {
        // A stage can take many minutes inside one decile of the whole run (converting a VGG
        // took 15 of a pipeline's 20): its start and a line a minute show that it is alive.
        const auto now = std::chrono::steady_clock::now();
        if (pct / 10 == m_lastDecile && p.stage == m_lastStage && now - m_lastLine < std::chrono::minutes(1))
            return;
        m_lastDecile = pct / 10;
        m_lastStage = p.stage;
        m_lastLine = now;
        std::fprintf(stderr, "%s %3d%%  %.0f/s  ETA %s  %s\n", p.stage.c_str(), pct, p.itemsPerSecond,
                     duration(p.etaSeconds).c_str(), p.message.c_str());
        return;
    }
    constexpr int kWidth = 30;
    const int filled = int(p.fraction * kWidth);
    std::fprintf(stderr, "\r%s [%s%s] %3d%%  %.0f img/s  ETA %s  %s\033[K", p.stage.c_str(),
                 std::string(std::size_t(filled), '#').c_str(), std::string(std::size_t(kWidth - filled), '.').c_str(),
                 pct, p.itemsPerSecond, duration(p.etaSeconds).c_str(), p.message.c_str());
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn)
        std::fprintf(stderr, "\n");
    m_drawn = false;
}

} // namespace psnn::cli
