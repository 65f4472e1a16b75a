#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace psnn {

/// One progress report from a long engine job. Fractions are in [0, 1].
struct Progress {
    std::string stage;          ///< e.g. "train", "import"
    double fraction = 0.0;      ///< of the whole job
    double itemsPerSecond = 0;  ///< throughput of the current phase, 0 if unknown
    double etaSeconds = -1;     ///< estimated time to finish, negative if unknown
    std::string message;        ///< short human text ("epoch 3/10, loss 0.412")
    double stageFraction = -1;  ///< in a pipeline: of the current stage alone; negative outside one
};

using ProgressFn = std::function<void(const Progress &)>;

/// Shared cancel flag. Copies share one flag; the engine polls it at batch boundaries and throws
/// psnn::Cancelled. Setting it from any thread is safe.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() { m_flag->store(true); }
    void reset() { m_flag->store(false); }
    bool isCancelled() const { return m_flag->load(); }
    /// Throws Cancelled if the flag is set.
    void check() const;

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// Calls a ProgressFn at most every `minInterval` seconds (plus always for fraction 1), so a
/// GUI is never flooded with reports.
class ProgressThrottle {
public:
    explicit ProgressThrottle(ProgressFn fn, double minIntervalSeconds = 0.05);
    void report(const Progress &p);

private:
    ProgressFn m_fn;
    double m_minInterval;
    double m_last = -1e9;
};

} // namespace psnn
