#include "core/progress.h"

#include "core/error.h"

#include <chrono>

namespace psnn {

void CancelToken::check() const
{
    if (m_flag->load())
        throw Cancelled();
}

ProgressThrottle::ProgressThrottle(ProgressFn fn, double minIntervalSeconds)
    : m_fn(std::move(fn))
    , m_minInterval(minIntervalSeconds)
{
}

void ProgressThrottle::report(const Progress &p)
{
    if (!m_fn)
        return;
    const double now = std::chrono::duration<double>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    if (p.fraction < 1.0 && now - m_last < m_minInterval)
        return;
    m_last = now;
    m_fn(p);
}

} // namespace psnn
