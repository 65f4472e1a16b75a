#pragma once

#include <stdexcept>
#include <string>

namespace psnn {

/// What kind of failure an engine Error reports; the GUI and CLI may branch on it.
enum class ErrorCode {
    InvalidArgument,  ///< an option or argument is out of range or inconsistent
    FileNotFound,     ///< an input file or folder does not exist
    FileRead,         ///< an input file exists but could not be read
    FileWrite,        ///< an output could not be written (permissions, full disk)
    BadFormat,        ///< a file's content is not what its format requires
    UnsupportedLayer, ///< a model contains a layer the engine cannot represent
    BadWeights,       ///< a weight tensor holds NaN or infinite values
    ImportMismatch,   ///< an imported model does not reproduce its own output
    ShapeMismatch,    ///< layer shapes do not fit the input or each other
    InUse,            ///< another process holds the workspace
    LimitExceeded,    ///< reading a file went past its time or memory limit (model/importsandbox.h)
};

/// The engine's one exception type for user-facing failures: a code, a plain message, and the
/// context (usually the file, record or layer) that the message is about.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string &message, std::string context = {});

    ErrorCode code() const { return m_code; }
    const std::string &context() const { return m_context; }

private:
    ErrorCode m_code;
    std::string m_context;
};

/// Thrown at a safe point when the caller's cancel token was set; nothing half-written remains.
class Cancelled : public std::exception {
public:
    const char *what() const noexcept override { return "cancelled"; }
};

} // namespace psnn
